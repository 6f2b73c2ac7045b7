# pathlib: pure paths, and reading/writing files under /tmp
from pathlib import PurePosixPath, Path, PurePath
import os

p = PurePosixPath("/usr/local/lib/python3.14/site.py")
print(p, repr(p), p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts, p.anchor, p.root, p.drive)
print(list(p.parents)[:3], p.is_absolute(), p.with_suffix(".txt"), p.with_name("x.py"), p.with_stem("s"))
print(p.relative_to("/usr"), p.is_relative_to("/opt"), p.match("*.py"), p.full_match("/usr/**/*.py"))
q = PurePosixPath("a") / "b" / "../c.tar.gz"
print(q, q.suffixes, q.stem, PurePosixPath("a//b/./c"), PurePosixPath("x") == PurePosixPath("x/"), hash(PurePosixPath("a")) == hash(PurePosixPath("a")))
print(sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]), PurePosixPath("/a").joinpath("b", "c"))
print(str(PurePath("x/y")), os.fspath(PurePosixPath("/x")), bytes(PurePosixPath("/x")), PurePosixPath("a", "/b", "c"))
try:
    PurePosixPath("/a").relative_to("/b")
except ValueError as e:
    print("ValueError", e)
try:
    PurePosixPath("a").with_suffix("bad")
except ValueError as e:
    print("ValueError", e)

base = Path("/tmp/os_pathlib")
if base.exists():
    for child in sorted(base.rglob("*"), reverse=True):
        child.rmdir() if child.is_dir() else child.unlink()
    base.rmdir()
base.mkdir()
(base / "sub").mkdir(parents=True, exist_ok=True)
f = base / "sub" / "notes.txt"
print(f.write_text("héllo\nworld\n"), f.read_text(), f.read_bytes(), f.exists(), f.is_file(), f.is_dir())
print(f.stat().st_size, (base / "bin.dat").write_bytes(b"\x00\x01"), sorted(x.name for x in base.iterdir()))
with f.open() as fh:
    print(fh.readline(), type(fh).__name__)
with f.open("a", encoding="utf-8") as fh:
    fh.write("more\n")
print(f.read_text().splitlines(), [x.name for x in sorted(base.glob("*"))], sorted(str(x.relative_to(base)) for x in base.rglob("*")))
g = f.rename(base / "renamed.txt")
print(g.name, f.exists(), g.exists())
try:
    (base / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, e.filename == str(base / "missing.txt"))
try:
    base.mkdir()
except FileExistsError as e:
    print("FileExistsError", e.strerror)
g.unlink()
(base / "bin.dat").unlink()
(base / "sub").rmdir()
base.rmdir()
print(base.exists())
