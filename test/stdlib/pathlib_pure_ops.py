# pathlib's pure paths as build tools use them: joining, parts, suffixes, relative_to/is_relative_to,
# with_*, match/full_match, parents, Windows drives/UNC, comparisons, and reading this program's own files.
import os
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

p = PurePosixPath("/usr/local/lib/python3.14/site-packages/pkg/mod.tar.gz")
print(p, repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.stem, p.suffix, p.suffixes, p.parent)
print(list(p.parents)[:3], p.parents[0], p.parents[-1], len(p.parents), p.parents[1:3])
print(p.with_name("other.py"), p.with_suffix(".zip"), p.with_suffix(""), p.with_stem("renamed"), p.relative_to("/usr/local"))
print(p.is_relative_to("/usr"), p.is_relative_to("/opt"), p.is_absolute(), PurePosixPath("a/b").is_absolute())
print(PurePosixPath("a") / "b" / "../c", PurePosixPath("a", "/abs", "x"), PurePosixPath("//double/x"), PurePosixPath("///triple"), PurePosixPath("a//b/./c/"))
print(PurePosixPath("a/b").joinpath("c", "d"), "x" / PurePosixPath("y"), PurePosixPath(), PurePosixPath("."), PurePosixPath("..") / "x")
for pat in ["*.gz", "mod.*", "pkg/*.gz", "/usr/*", "**/*.gz", "site-packages/**", "*.GZ"]:
    print(pat, p.match(pat), p.full_match(pat), p.full_match("/usr/**/" + pat.lstrip("/*")))
for bad in [lambda: p.relative_to("/opt"), lambda: p.with_suffix("gz"), lambda: PurePosixPath("/").with_name("x"),
            lambda: p.with_name(""), lambda: p.with_name("a/b"), lambda: PurePosixPath("a").relative_to("/a")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
print(PurePosixPath("a/b").relative_to("a/c", walk_up=True), PurePosixPath("/x/y").relative_to("/x/z/w", walk_up=True))

w = PureWindowsPath(r"C:\Users\Ann\Documents\report.final.DOCX")
print(w, repr(w), w.parts, w.drive, w.root, w.anchor, w.suffix, w.stem, w.as_posix(), w.parent.name)
print(PureWindowsPath(r"\\server\share\dir\f.txt").parts, PureWindowsPath(r"\\server\share").anchor, PureWindowsPath("c:foo").anchor)
print(PureWindowsPath("C:/a") == PureWindowsPath("c:\\A"), PureWindowsPath("a") / "D:/b", PureWindowsPath("C:/a") / "/b", PureWindowsPath("C:/a") / "D:b")
print(w.match("*.docx"), w.is_relative_to("c:/users"), w.relative_to("C:/Users"), PureWindowsPath("nul").is_reserved() if hasattr(PureWindowsPath, "is_reserved") else "")
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a"), PurePosixPath("A")]), PurePosixPath("a") == PurePosixPath("a/"), PurePosixPath("a") < PurePosixPath("b"))
try:
    PurePosixPath("a") < PureWindowsPath("a")
except TypeError as e:
    print("TypeError:", e)
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), os.fspath(PurePosixPath("q/r")), bytes(PurePosixPath("q")), str(PurePath("x")).count("/"))

here = Path(__file__).resolve().parent
me = Path(__file__)
print(me.name, me.suffix, me.exists(), me.is_file(), (here / "no_such_file").exists())
text = me.read_text(encoding="utf-8")
print(text.splitlines()[0][:40], len(me.read_bytes()) == len(text.encode()), me.stat().st_size == len(text.encode()))
print(me.with_suffix(".txt").exists(), (here / "_imp_helper.py").is_file())
