# every open() mode on one file: x, w, a, r, and their + forms; truncation, appending, positions
import os

path = "/tmp/open_modes.txt"
if os.path.exists(path):
    os.remove(path)
with open(path, "x") as f:
    f.write("created\n")
for mode in ["r", "r+", "a", "a+", "w+", "rb", "rb+", "ab", "ab+", "wb+", "rt", "r+t"]:
    with open(path, mode) as f:
        print(mode, type(f).__name__, getattr(f, "mode", None), f.readable(), f.writable(), f.seekable(), f.tell())
        if f.writable():
            f.write(b"+" + mode.encode() + b"\n" if "b" in mode else "+" + mode + "\n")
        if f.readable():
            f.seek(0)
            print("   ", repr(f.read()))
with open(path, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    f.write("at end anyway\n")
    f.seek(0)
    print(repr(f.read()).count("\\n"), f.tell())
with open(path, "w") as f:
    print(f.tell())
print(os.path.getsize(path))
with open(path, "w+") as f:
    f.write("0123456789")
    f.seek(3)
    print(f.truncate(), f.tell())
    f.seek(0)
    print(f.read(), f.truncate(1), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(path, "rb+") as f:
    f.seek(5)
    f.write(b"Z")
    f.seek(0)
    print(f.read())
with open(path, "r", buffering=1) as f:
    print(f.line_buffering, f.read())
with open(path, "rb", buffering=5) as f:
    print(f.read(2), f.peek()[:3], f.read())
with open(path, mode="rt", encoding="ascii", errors="strict", newline="") as f:
    print(f.mode, f.encoding, f.errors, f.newlines)
try:
    open(path, "x")
except FileExistsError as e:
    print("FileExistsError", e.strerror)
os.remove(path)
