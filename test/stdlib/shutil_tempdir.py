# shutil in a temporary directory: copyfile/copy/copy2/copyfileobj, copytree (ignore, dirs_exist_ok),
# rmtree (onexc), move (file, directory, into a directory), disk-free-less helpers, which over a
# PATH the program controls. Paths are printed relative to the temporary directory.
import io
import os
import shutil
import stat
import tempfile


def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        rel = os.path.relpath(root, top)
        out += [os.path.join(rel, f) for f in sorted(files)]
    return out


with tempfile.TemporaryDirectory() as top:
    J = lambda *p: os.path.join(top, *p)
    src = J("src")
    os.makedirs(os.path.join(src, "sub", "deep"))
    for rel, text in [("a.txt", "alpha"), ("b.log", "log"), ("sub/c.txt", "gamma"), ("sub/deep/d.txt", "delta"),
                      ("sub/skip.tmp", "tmp")]:
        with open(os.path.join(src, rel), "w") as f:
            f.write(text)
    r = shutil.copyfile(J("src", "a.txt"), J("copy.txt"))
    print(os.path.relpath(r, top), open(J("copy.txt")).read())
    r = shutil.copy(J("src", "a.txt"), J("src", "sub"))
    print(os.path.relpath(r, top))
    r = shutil.copy2(J("src", "b.log"), J("b2.log"))
    print(os.path.relpath(r, top), open(r).read())
    try:
        shutil.copyfile(J("src", "a.txt"), J("src", "a.txt"))
    except shutil.SameFileError as e:
        print("SameFileError", type(e).__mro__[1].__name__)
    try:
        shutil.copyfile(J("src", "nope"), J("x"))
    except FileNotFoundError as e:
        print("FileNotFoundError", os.path.relpath(e.filename, top))
    try:
        shutil.copyfile(J("src"), J("x"))
    except IsADirectoryError as e:
        print("IsADirectoryError", os.path.relpath(e.filename, top))
    buf = io.StringIO()
    with open(J("src", "sub", "c.txt")) as f:
        shutil.copyfileobj(f, buf, length=2)
    print(buf.getvalue())

    r = shutil.copytree(src, J("dst"))
    print(os.path.relpath(r, top), tree(J("dst")))
    shutil.copytree(src, J("dst2"), ignore=shutil.ignore_patterns("*.tmp", "deep"))
    print(tree(J("dst2")))
    try:
        shutil.copytree(src, J("dst2"))
    except FileExistsError as e:
        print("FileExistsError", os.path.relpath(e.filename, top))
    with open(J("src", "new.txt"), "w") as f:
        f.write("new")
    shutil.copytree(src, J("dst2"), dirs_exist_ok=True)
    print(tree(J("dst2")))
    seen = []
    def ign(d, names):
        seen.append((os.path.relpath(d, top), sorted(names)))
        return {"b.log"}
    shutil.copytree(src, J("dst3"), ignore=ign)
    print(sorted(seen), tree(J("dst3")))

    r = shutil.move(J("copy.txt"), J("moved.txt"))
    print(os.path.relpath(r, top), os.path.exists(J("copy.txt")))
    r = shutil.move(J("moved.txt"), J("dst"))
    print(os.path.relpath(r, top))
    r = shutil.move(J("dst3"), J("dst4"))
    print(os.path.relpath(r, top), tree(J("dst4")))
    try:
        shutil.move(J("dst", "moved.txt"), J("dst"))
    except shutil.Error as e:
        print("Error", str(e).replace(top, "TOP"))

    shutil.rmtree(J("dst2"))
    print(os.path.exists(J("dst2")))
    errors = []
    shutil.rmtree(J("not-there"), onexc=lambda fn, p, exc: errors.append((fn.__name__, os.path.relpath(p, top), type(exc).__name__)))
    print(errors)
    shutil.rmtree(J("not-there"), ignore_errors=True)
    try:
        shutil.rmtree(J("not-there"))
    except FileNotFoundError as e:
        print("FileNotFoundError", os.path.relpath(e.filename, top))
    try:
        shutil.rmtree(J("b2.log"))
    except NotADirectoryError as e:
        print("NotADirectoryError", os.path.relpath(e.filename, top))
    print(sorted(os.listdir(top)))

    # which, over a PATH of the program's own folders
    bindir = J("bin")
    os.mkdir(bindir)
    for name, mode in [("tool", 0o755), ("data", 0o644)]:
        with open(os.path.join(bindir, name), "w") as f:
            f.write("#!/bin/sh\n")
        os.chmod(os.path.join(bindir, name), mode)
    print(os.path.relpath(shutil.which("tool", path=bindir), top), shutil.which("data", path=bindir),
          shutil.which("nope", path=bindir), os.path.relpath(shutil.which(os.path.join(bindir, "tool")), top))
    print(os.path.relpath(shutil.which("tool", path=os.pathsep.join([J("src"), bindir])), top))
    print(os.path.relpath(shutil.which("data", mode=os.F_OK, path=bindir), top))
print(os.path.exists(top))
print(shutil.get_archive_formats()[:1] != [], {"tar", "zip"} <= {f[0] for f in shutil.get_unpack_formats()})
