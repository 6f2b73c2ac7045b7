# posixpath's pure functions (join, split, splitext, normpath, relpath, commonpath, commonprefix,
# basename, dirname, isabs, expanduser with a fixed HOME, expandvars) and bytes paths.
import os
import os.path as op

for parts in [("a", "b"), ("/a", "b", "c"), ("a", "/b"), ("a/", "b"), ("", "x"), ("a", ""), ("a", "", "b"), ("/",)]:
    print("join", parts, repr(op.join(*parts)))
print(op.join(b"a", b"b"))
for p in ["/a/b/c", "a/b", "a", "/a", "/", "a/b/", "//a//b", "", "a/.hidden", "..", "."]:
    print(repr(p), op.split(p), op.basename(p), repr(op.dirname(p)), op.isabs(p), op.splitroot(p))
for p in ["a.txt", "a.tar.gz", ".bashrc", "a/.bashrc", "a.", "a..b", "/x.y/z", "noext", "...", "a/b.c/d"]:
    print("splitext", repr(p), op.splitext(p))
for p in ["a//b", "a/./b", "a/../b", "/../a", "../../a", "a/b/../../..", "./", "", "//a", "///a", "/a/b/", "a/./../."]:
    print("normpath", repr(p), repr(op.normpath(p)))
print(op.normpath(b"a//b/../c"))
for a, b in [("/a/b/c", "/a"), ("/a", "/a/b/c"), ("/a/b", "/a/c/d"), ("a/b", "a"), ("/x", "/"), ("/", "/x/y"), ("/a/b", "/a/b")]:
    print("relpath", a, b, op.relpath(a, b))
try:
    op.relpath("")
except ValueError as e:
    print("ValueError", e)
print(op.commonpath(["/a/b/c", "/a/b/d", "/a/bc"]), op.commonpath(["a/b", "a/c"]), op.commonpath(["/a"]))
for bad in [[], ["/a", "b"]]:
    try:
        op.commonpath(bad)
    except ValueError as e:
        print("ValueError", e)
print(repr(op.commonprefix(["interspecies", "interstellar", "interstate"])), repr(op.commonprefix([])),
      op.commonprefix([[1, 2, 3], [1, 2, 4]]), repr(op.commonprefix(["/a/bc", "/a/bd"])))

# expanduser with a fixed HOME (pwd lookups for ~user are host-dependent and left out)
os.environ["HOME"] = "/home/tester"
for p in ["~", "~/x", "~/", "x/~", "~tester" if False else "~/a/b", b"~/bytes"]:
    print("expanduser", repr(p), repr(op.expanduser(p)))
os.environ["HOME"] = "/home/slash/"
print(op.expanduser("~/y"), op.expanduser("~"))
os.environ["SPAM"] = "eggs"
os.environ["EMPTY"] = ""
os.environ.pop("UNSET_VAR_XYZ", None)
for p in ["$SPAM", "${SPAM}/x", "a$SPAM.b", "$UNSET_VAR_XYZ", "${UNSET_VAR_XYZ}x", "$", "$$SPAM", "${SPAM", "x$EMPTY.y", "no vars", "$SPAM$SPAM"]:
    print("expandvars", repr(p), repr(op.expandvars(p)))
print(op.expandvars(b"$SPAM/${SPAM}"))
print(op.normcase("AbC"), op.sep, op.altsep, op.extsep, op.pathsep, op.curdir, op.pardir, op.defpath, op.devnull)
print(op.isabs(b"/x"), op.basename(b"/a/b.c"), op.splitext(b"a.b"), op.split(b"/a/b"), op.dirname(b"a/b/c"))
try:
    op.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    op.join("a", 3)
except TypeError as e:
    print("TypeError", e)
print(op.abspath("/a/./b/../c"), op.isreserved("x") if hasattr(op, "isreserved") else "no isreserved")
print(op.abspath("rel/x") == op.join(os.getcwd(), "rel", "x"), op.isabs(op.abspath(".")))
