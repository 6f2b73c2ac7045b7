# os.path (posixpath) on literal paths: no file system involved
import os.path as p
import os

paths = ["", "/", "a", "a/", "/a/b/c.txt", "a//b", "a/./b", "a/../b", "../x", "/..", "//x/y", "///x", "a/b/", ".hidden", "x.tar.gz", "/a.b/c"]
for s in paths:
    print(repr(s), p.split(s), p.splitext(s), p.basename(s), p.dirname(s), p.isabs(s), p.normpath(s))
print(p.join("a", "b", "c"), p.join("/a", "/b"), p.join("a/", "b"), p.join("", "x"), p.join("a", ""))
print(p.commonprefix(["/usr/lib", "/usr/local", "/usr/li"]), p.commonpath(["/usr/lib", "/usr/local/x"]))
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.splitroot("//x/y"), p.splitroot("/a"), p.splitroot("a"))
print(p.normcase("AbC"), p.splitdrive("/x/y"), p.sep, p.pardir, p.curdir, p.extsep, p.altsep, p.pathsep, p.defpath)
print(p.join(b"a", b"b"), p.split(b"/x/y"), p.normpath(b"a//b/../c"))
try:
    p.join("a", b"b")
except TypeError as e:
    print("TypeError", e)
try:
    p.commonpath(["/a", "b"])
except ValueError as e:
    print("ValueError", e)
print(os.sep, os.curdir, os.pardir, os.extsep, os.linesep == "\n", os.name, os.devnull)
print(os.fspath("x"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))
print(p.expanduser("x/~"))
