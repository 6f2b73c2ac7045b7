import glob
import os
import pathlib
from pathlib import Path, PurePosixPath

base = Path("/tmp/tspy_pathlib_demo")
if base.exists():
    for p in sorted(base.rglob("*"), reverse=True):
        p.rmdir() if p.is_dir() else p.unlink()
    base.rmdir()
(base / "sub" / "deep").mkdir(parents=True)
(base / "a.txt").write_text("alpha\n")
(base / "b.py").write_text("print('b')\n")
(base / "sub" / "c.txt").write_text("gamma")
(base / "sub" / "deep" / "d.bin").write_bytes(b"\x00\x01")
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.txt")))
print(sorted(os.path.relpath(p, base) for p in glob.glob(str(base / "**" / "*"), recursive=True)))
print((base / "a.txt").read_text(), (base / "sub" / "deep" / "d.bin").read_bytes(), (base / "a.txt").stat().st_size)
p = PurePosixPath("/usr/lib/python3.14/site-packages/pkg/__init__.py")
print(p.name, p.stem, p.suffix, p.parent, p.parts[:3], p.with_suffix(".pyc"), p.anchor, p.is_absolute())
print(PurePosixPath("a/b/../c").as_posix(), PurePosixPath("a") / "b" / "c.tar.gz", PurePosixPath("x.tar.gz").suffixes)
print(PurePosixPath("/a/b").match("*/b"), PurePosixPath("a/b").relative_to("a"), PurePosixPath("/a/b/c").is_relative_to("/a"))
try:
    PurePosixPath("/a").relative_to("/b")
except ValueError as e:
    print("ValueError:", e)
print((base / "nope").exists(), (base / "sub").is_dir(), (base / "a.txt").is_file(), (base / "a.txt").suffix)
(base / "a.txt").rename(base / "renamed.txt")
print(sorted(p.name for p in base.glob("*.txt")))
try:
    (base / "missing.txt").read_text()
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename.endswith("missing.txt"))
