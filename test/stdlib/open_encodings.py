# encodings and errors= on files; bytes on disk checked in binary mode
import posix

path = "/tmp/open_encodings.txt"
text = "naïve café – 😀\n"
for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-le", "utf-32-be", "utf-8-sig", "cp1252"]:
    for errors in ["strict", "replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
        try:
            with open(path, "w", encoding=enc, errors=errors) as f:
                f.write(text)
        except (UnicodeError, LookupError) as e:
            print(enc, errors, "write failed:", type(e).__name__, e)
            continue
        with open(path, "rb") as f:
            data = f.read()
        try:
            with open(path, encoding=enc, errors=errors) as f:
                back = f.read()
        except UnicodeError as e:
            back = type(e).__name__ + ": " + str(e)
        print(enc, errors, data, repr(back))
with open(path, "wb") as f:
    f.write(b"caf\xe9 \xff\n")
for errors in ["strict", "replace", "ignore", "surrogateescape", "backslashreplace"]:
    try:
        with open(path, encoding="utf-8", errors=errors) as f:
            print(errors, repr(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "!!", e, e.start, e.end, e.reason, e.encoding)
with open(path, encoding="latin-1") as f:
    print(repr(f.read()), f.encoding)
posix.remove(path)
