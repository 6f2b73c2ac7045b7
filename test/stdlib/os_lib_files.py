# Lib's os on top of posix: makedirs/removedirs, walk, scandir, stat, exists/isdir/isfile/getsize, replace
import os, stat, errno

base = "/tmp/os_lib_files"

def cleanup(top):
    # what an earlier, failed run may have left behind
    if not os.path.exists(top):
        return
    for root, dirs, files in os.walk(top, topdown=False):
        for n in files:
            os.remove(os.path.join(root, n))
        for d in dirs:
            os.rmdir(os.path.join(root, d))
    os.rmdir(top)

cleanup(base)
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/b/c", exist_ok=True)
try:
    os.makedirs(base + "/a")
except FileExistsError as e:
    print("FileExistsError", e.strerror, e.filename)
for name, text in [("a/one.txt", "1"), ("a/b/two.txt", "22"), ("a/b/c/three.txt", "333"), ("top.txt", "")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
for root, dirs, files in os.walk(base):
    dirs.sort()
    print(root[len(base):] or "/", sorted(dirs), sorted(files))
for root, dirs, files in os.walk(base, topdown=False):
    print("up", root[len(base):] or "/")
print(sorted(e.name for e in os.scandir(base)), sorted(os.listdir(base + "/a")))
f = base + "/a/b/two.txt"
print(os.path.exists(f), os.path.isfile(f), os.path.isdir(f), os.path.getsize(f), os.path.islink(f))
print(os.path.exists(base + "/nope"), os.path.isdir(base + "/a"), os.path.lexists(f))
st = os.stat(f)
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0], st.st_size)
print(stat.S_ISDIR(os.stat(base).st_mode), stat.filemode(os.stat(base).st_mode)[0])
os.replace(f, base + "/moved.txt")
os.rename(base + "/moved.txt", base + "/a/b/c/moved.txt")
print(sorted(os.listdir(base + "/a/b/c")))
try:
    os.remove(base + "/a/b/two.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.strerror, e.filename == base + "/a/b/two.txt")
try:
    os.rmdir(base + "/a")
except OSError as e:
    print(type(e).__name__, e.errno == errno.ENOTEMPTY, e.strerror)
for root, dirs, files in os.walk(base, topdown=False):
    for n in files:
        os.remove(os.path.join(root, n))
    for d in dirs:
        os.rmdir(os.path.join(root, d))
os.rmdir(base)
print(os.path.exists(base))
os.makedirs(base + "/x/y")
open(base + "/keep", "w").close()
os.removedirs(base + "/x/y")
print(os.path.exists(base + "/x"), os.path.exists(base))
os.remove(base + "/keep")
os.rmdir(base)
print(isinstance(os.environ, os._Environ), "PATH_THAT_IS_NOT_SET_X" in os.environ, os.environ.get("PATH_THAT_IS_NOT_SET_X", "dflt"))
os.environ["TSPY_TEST_VAR"] = "v1"
print(os.environ["TSPY_TEST_VAR"], os.getenv("TSPY_TEST_VAR"), os.environb[b"TSPY_TEST_VAR"])
del os.environ["TSPY_TEST_VAR"]
print(os.getenv("TSPY_TEST_VAR"))
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END, os.O_RDONLY, callable(os.fdopen))
with open(base + ".bin", "w") as fo:
    fo.write("via fdopen")
fd = os.open(base + ".bin", os.O_RDONLY)
with os.fdopen(fd) as fi:
    print(fi.read(), fi.fileno() == fd)
os.unlink(base + ".bin")
