# newline= on files: what is written to disk and what reading returns, for every mode
import posix

path = "/tmp/open_newlines.txt"
for wnl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=wnl) as f:
        f.write("one\ntwo\r\nthree\rfour\n")
    with open(path, "rb") as f:
        raw = f.read()
    print("written with", repr(wnl), raw)
    for rnl in [None, "", "\n", "\r", "\r\n"]:
        with open(path, newline=rnl) as f:
            lines = list(f)
            nls = f.newlines
        with open(path, newline=rnl) as f:
            whole = f.read()
        print("   read", repr(rnl), lines, repr(whole), repr(nls))
with open(path, "w", newline="") as f:
    f.write("x\r")
    f.write("\ny\r")
with open(path) as f:
    print(repr(f.read()), repr(f.newlines))
with open(path, newline="") as f:
    print([f.readline(), f.readline(), f.readline()])
posix.remove(path)
