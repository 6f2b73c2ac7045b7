# os.listdir / os.scandir / os.walk / os.stat over folders of support files next to the program
# (_globtree/): directories are seen as directories, with their entries.
import os
import stat

TREE = os.path.join(os.path.dirname(__file__), "_globtree")

print(sorted(os.listdir(TREE)))
print(sorted(os.listdir(os.fsencode(TREE))))
with os.scandir(TREE) as it:
    for e in sorted(it, key=lambda e: e.name):
        print(f"{e.name:12} dir={e.is_dir()} file={e.is_file()} link={e.is_symlink()}",
              os.path.relpath(e.path, TREE), isinstance(e.inode(), int), os.fspath(e) == e.path)
for e in sorted(os.scandir(os.path.join(TREE, "sub")), key=lambda e: e.name):
    st = e.stat()
    print(e.name, stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), None if e.is_dir() else st.st_size)

for root, dirs, files in os.walk(TREE):
    dirs.sort()
    print(os.path.relpath(root, TREE), dirs, sorted(files))
print("bottom-up")
for root, dirs, files in os.walk(TREE, topdown=False):
    print(os.path.relpath(root, TREE), sorted(dirs), sorted(files))
print("pruned")
for root, dirs, files in os.walk(TREE):
    dirs[:] = sorted(d for d in dirs if not d.startswith("."))
    print(os.path.relpath(root, TREE), dirs, sorted(files))

for name in ["", "sub", "sub/deep", "a.txt", "sub/deep/g.json", "missing"]:
    p = os.path.join(TREE, name)
    print(repr(name), os.path.exists(p), os.path.isdir(p), os.path.isfile(p), os.path.islink(p),
          os.path.lexists(p), os.path.getsize(p) if os.path.isfile(p) else "-")
st = os.stat(TREE)
print(stat.S_ISDIR(st.st_mode), stat.filemode(st.st_mode)[0])
st = os.stat(os.path.join(TREE, "sub", "d.txt"))
print(stat.S_ISREG(st.st_mode), st.st_size, stat.filemode(st.st_mode)[0])
print(os.path.samefile(TREE, os.path.join(TREE, "sub", "..")),
      os.path.samefile(os.path.join(TREE, "a.txt"), os.path.join(TREE, "b.py")))
print(os.path.realpath(os.path.join(TREE, "sub", "deep", "..", "..", "a.txt")) == os.path.join(os.path.realpath(TREE), "a.txt"))
print(os.path.relpath(os.path.realpath(__file__), os.path.realpath(TREE)))
print(os.access(TREE, os.F_OK), os.access(os.path.join(TREE, "a.txt"), os.R_OK), os.access(os.path.join(TREE, "zz"), os.F_OK))

for bad in ["a.txt", "missing"]:
    try:
        os.listdir(os.path.join(TREE, bad))
    except OSError as e:
        print(type(e).__name__, e.strerror, os.path.basename(e.filename))
try:
    open(os.path.join(TREE, "sub"))
except OSError as e:
    print(type(e).__name__, e.strerror, os.path.basename(e.filename))
