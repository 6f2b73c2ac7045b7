# fnmatch: fnmatch/fnmatchcase/filter/translate (and 3.14's filterfalse), bracket expressions,
# negation, ranges, escapes by brackets, case handling on POSIX, the translate cache.
import fnmatch
import re

names = ["a.py", "b.PY", "abc.txt", "a.b.c", ".hidden", "x[1].txt", "x1.txt", "dir/f.py", "-", "]", "!", "a\\b", "\n"]
pats = ["*.py", "*.PY", "?.py", "a*", "*.*", "[ab]*", "[!ab]*", "[a-c]*", "[]]", "[!]]", "x[[]1].txt", "x[0-9].txt",
        "*", "?", "[-]", "[!!]", "[\\]*", "dir/*", "*/*.py", "[z-a]", "a**c", "[*]", "[?]", "**", "[a-]", "[^a]*"]
for p in pats:
    print(f"{p!r:14} {fnmatch.filter(names, p)!r}")
for p in pats:
    print(f"{p!r:14} {fnmatch.translate(p)}")
print(fnmatch.fnmatch("A.PY", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"), fnmatch.fnmatch("a.py", "*.PY"))
print(fnmatch.fnmatch(b"a.py", b"*.py"), fnmatch.filter([b"x.c", b"y.h"], b"*.c"), fnmatch.translate("[a-z]x"))
if hasattr(fnmatch, "filterfalse"):
    print(fnmatch.filterfalse(names, "*.txt"))
for p in ["[", "[!", "a[", "[a", "[]", "[!]", "\\", "[a-b-c]", "[a--]", "[[:alpha:]]", "*[!x]?*"]:
    rx = fnmatch.translate(p)
    print(repr(p), rx, [n for n in ["[", "a[", "[a", "]", "\\", "a", "-", "b", ":", "abc", "xa", "xx"] if re.match(rx, n)])
try:
    fnmatch.fnmatch("a", 1)
except TypeError as e:
    print("TypeError", e)
try:
    fnmatch.filter(["a"], b"a")
except TypeError as e:
    print("TypeError", type(e).__name__)
# long patterns of stars collapse
print(fnmatch.translate("***a***b***"), fnmatch.fnmatch("xaxxb", "***a***b***"))
print(fnmatch.fnmatch("a" * 50, "*a*a*a*a*a*a*a*b"))
