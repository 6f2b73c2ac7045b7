# byte order marks with text files: no second BOM when appending or writing after a seek (utf-16, utf-8-sig)
import os
p = "/tmp/open_bom.txt"
with open(p, "w", encoding="utf-16") as f:
    f.write("ab")
with open(p, "a", encoding="utf-16") as f:
    f.write("cd")
print(open(p, "rb").read())
with open(p, "r+", encoding="utf-16") as f:
    f.seek(0, 2)
    f.write("e")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w", encoding="utf-8-sig") as f:
    f.write("x")
    f.seek(0)
    f.write("y")
print(open(p, "rb").read())
os.remove(p)
