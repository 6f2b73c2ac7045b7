# tempfile: TemporaryDirectory, NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile, mkstemp,
# mkdtemp, prefixes and suffixes; only deterministic facts (no random names, no absolute paths).
import os
import stat
import tempfile

print(isinstance(tempfile.gettempdir(), str), os.path.isdir(tempfile.gettempdir()), isinstance(tempfile.gettempdirb(), bytes))
print(tempfile.gettempprefix(), tempfile.template, tempfile.TMP_MAX > 0)

with tempfile.TemporaryDirectory(prefix="pre_", suffix="_suf") as d:
    base = os.path.basename(d)
    print(base.startswith("pre_"), base.endswith("_suf"), os.path.isdir(d), os.listdir(d))
    fd, path = tempfile.mkstemp(dir=d, prefix="m", suffix=".txt")
    print(isinstance(fd, int), os.path.dirname(path) == d, os.path.basename(path)[0], path.endswith(".txt"))
    os.write(fd, b"hello")
    os.close(fd)
    print(open(path, "rb").read(), stat.S_IMODE(os.stat(path).st_mode) & 0o077 == 0)
    fd, bpath = tempfile.mkstemp(dir=os.fsencode(d), suffix=b".b")
    os.close(fd)
    print(type(bpath).__name__, bpath.endswith(b".b"))
    sub = tempfile.mkdtemp(dir=d, prefix="sub")
    print(os.path.isdir(sub), os.path.basename(sub).startswith("sub"), os.path.dirname(sub) == d)
    with tempfile.NamedTemporaryFile("w+", dir=d, suffix=".log", delete=True) as f:
        f.write("line1\nline2\n")
        f.seek(0)
        print(f.read().splitlines(), os.path.exists(f.name), f.name.endswith(".log"), f.mode, type(f).__name__)
        name = f.name
    print(os.path.exists(name))
    with tempfile.NamedTemporaryFile(dir=d, delete=False) as f:
        f.write(b"kept")
        kept = f.name
    print(os.path.exists(kept), open(kept, "rb").read())
    os.remove(kept)
    with tempfile.NamedTemporaryFile(dir=d, delete=True, delete_on_close=False) as f:
        f.write(b"x")
        f.close()
        print(os.path.exists(f.name))
    print(os.path.exists(f.name))
    with tempfile.TemporaryFile(dir=d) as f:
        f.write(b"anon")
        f.seek(0)
        print(f.read(), "b" in f.mode)
    with tempfile.SpooledTemporaryFile(max_size=10, mode="w+") as f:
        f.write("short")
        print(f._rolled, f.tell())
        f.write("x" * 20)
        print(f._rolled, f.tell())
        f.seek(0)
        print(len(f.read()))
    with tempfile.SpooledTemporaryFile(max_size=100) as f:
        f.write(b"abc")
        f.rollover()
        f.seek(0)
        print(f._rolled, f.read())
    print(sorted(n[:3] for n in os.listdir(d) if n.startswith("sub")), len(os.listdir(d)))
print(os.path.exists(d))

td = tempfile.TemporaryDirectory()
p = td.name
open(os.path.join(p, "f"), "w").close()
td.cleanup()
print(os.path.exists(p))
td.cleanup()
with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as d2:
    os.makedirs(os.path.join(d2, "a", "b"))
print(os.path.exists(d2))
with tempfile.TemporaryDirectory(delete=False) as d3:
    pass
print(os.path.exists(d3))
os.rmdir(d3)
names = tempfile._get_candidate_names()
n1, n2 = next(names), next(names)
print(len(n1), len(n2), n1 != n2, set(n1) <= set("abcdefghijklmnopqrstuvwxyz0123456789_"))
try:
    tempfile.mkstemp(dir=os.path.join(tempfile.gettempdir(), "no", "such", "dir"))
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror)
