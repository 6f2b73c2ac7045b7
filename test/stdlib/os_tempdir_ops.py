# os in a temporary directory: makedirs/rename/replace/remove/rmdir/removedirs, listdir/scandir/walk,
# the deterministic stat fields, fspath/fsencode/fsdecode, environ as a mapping, relative paths.
import errno
import os
import stat
import tempfile

with tempfile.TemporaryDirectory() as top:
    J = lambda *p: os.path.join(top, *p)
    os.makedirs(J("a", "b", "c"))
    os.makedirs(J("a", "b"), exist_ok=True)
    for name, data in [("a/one.txt", b"1"), ("a/b/two.txt", b"22"), ("a/b/c/three.bin", b"\x00" * 300)]:
        with open(J(name), "wb") as f:
            f.write(data)
    print(sorted(os.listdir(top)), sorted(os.listdir(J("a"))))
    for e in sorted(os.scandir(J("a")), key=lambda e: e.name):
        print(e.name, e.is_dir(), e.is_file(), e.is_symlink(), os.path.relpath(e.path, top))
    for root, dirs, files in os.walk(top):
        dirs.sort()
        print(os.path.relpath(root, top), dirs, sorted(files))
    st = os.stat(J("a", "b", "c", "three.bin"))
    print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(J("a")).st_mode), st.st_nlink)
    print(os.path.getsize(J("a", "b", "two.txt")), os.stat(J("a", "one.txt"))[stat.ST_SIZE])
    os.utime(J("a", "one.txt"), (1_000_000, 2_000_000))
    st = os.stat(J("a", "one.txt"))
    print(st.st_atime, st.st_mtime, st.st_mtime_ns, os.path.getmtime(J("a", "one.txt")))
    os.utime(J("a", "one.txt"), ns=(5_000_000_000, 6_000_000_000))
    print(os.stat(J("a", "one.txt")).st_mtime_ns)

    os.rename(J("a", "one.txt"), J("a", "uno.txt"))
    os.replace(J("a", "b", "two.txt"), J("a", "dos.txt"))
    print(sorted(os.listdir(J("a"))), sorted(os.listdir(J("a", "b"))))
    for f, args in [(os.rmdir, (J("a"),)), (os.remove, (J("nope"),)), (os.mkdir, (J("a"),)),
                    (os.rename, (J("nope"), J("x"))), (os.listdir, (J("a", "uno.txt"),)),
                    (os.rmdir, (J("a", "uno.txt"),)), (os.mkdir, (J("no", "such"),))]:
        try:
            f(*args)
        except OSError as e:
            print(f.__name__, type(e).__name__, errno.errorcode[e.errno], os.path.relpath(e.filename, top))
    os.remove(J("a", "b", "c", "three.bin"))
    os.removedirs(J("a", "b", "c"))  # stops at a, which is not empty
    print(sorted(os.listdir(J("a"))))
    os.unlink(J("a", "uno.txt"))
    os.remove(J("a", "dos.txt"))
    os.rmdir(J("a"))
    print(os.listdir(top))
    # mkdir mode and a file created with os.open
    fd = os.open(J("raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    print(os.write(fd, b"abc"), os.fstat(fd).st_size)
    os.close(fd)
    try:
        os.open(J("raw.bin"), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    except FileExistsError as e:
        print("FileExistsError", e.strerror)
    print(os.path.exists(J("raw.bin")), os.path.isfile(J("raw.bin")), os.path.isdir(top))
    # relative to a directory given explicitly
    print(os.path.relpath(J("raw.bin"), top), os.path.relpath(top, J("raw.bin")))
print(os.path.exists(top))

# fspath / fsencode / fsdecode
class P:
    def __fspath__(self):
        return "some/path"
print(os.fspath("s"), os.fspath(b"b"), os.fspath(P()), os.fsencode("é/x"), os.fsdecode(b"\xc3\xa9"), ascii(os.fsdecode(b"\xff")))
for bad in [1, None, object()]:
    try:
        os.fspath(bad)
    except TypeError as e:
        print("TypeError", e)
print(os.fsencode("\udcff"), repr(os.fsdecode(P())))

# environ: a mapping over str, with the bytes view and the usual helpers
os.environ["TSPY_T1"] = "v1"
print(os.environ["TSPY_T1"], os.getenv("TSPY_T1"), os.getenv("TSPY_NOPE"), os.getenv("TSPY_NOPE", "dflt"),
      "TSPY_T1" in os.environ, os.environb[b"TSPY_T1"], os.getenvb(b"TSPY_T1"))
os.environ.setdefault("TSPY_T2", "v2")
os.environ.setdefault("TSPY_T2", "other")
print(os.environ.pop("TSPY_T2"), os.environ.pop("TSPY_T2", "gone"))
os.environ.update(TSPY_T3="3", TSPY_T4="4")
print(sorted(k for k in os.environ if k.startswith("TSPY_")), sorted((k, v) for k, v in os.environ.items() if k.startswith("TSPY_")))
del os.environ["TSPY_T3"]
try:
    del os.environ["TSPY_T3"]
except KeyError as e:
    print("KeyError", e)
for bad in [("TSPY_X", 1), (1, "x")]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError", e)
env2 = os.environ.copy()
print(type(env2).__name__, env2["TSPY_T1"], isinstance(os.environ | {"A": "b"}, dict), repr(os.environ)[:8])
os.environ |= {"TSPY_T5": "5"}
print(os.environ.get("TSPY_T5"), os.environ.get("TSPY_T4"))
for k in ["TSPY_T1", "TSPY_T4", "TSPY_T5"]:
    del os.environ[k]
print(sorted(k for k in os.environ if k.startswith("TSPY_")))
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == "\n", os.name, os.devnull)
print(isinstance(os.getcwd(), str), os.path.isabs(os.getcwd()), isinstance(os.getcwdb(), bytes))
