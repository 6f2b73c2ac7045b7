# glob over a tree the program builds in a temporary directory: recursion, hidden files, trailing
# slashes, bytes patterns, glob.translate and fnmatch against the same names. Only paths relative
# to the temporary directory are printed.
import glob
import os
import re
import tempfile

with tempfile.TemporaryDirectory() as top:
    for rel in ["x.py", "y.py", "z.txt", ".dot.py", "pkg/__init__.py", "pkg/mod.py", "pkg/data/d1.csv",
                "pkg/data/d2.csv", "pkg/.cache/c.bin", "docs/index.rst", "docs/a b.rst", "we[ir]d/q.py"]:
        path = os.path.join(top, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(rel)
    os.makedirs(os.path.join(top, "empty"))

    def g(pattern, **kw):
        return sorted(os.path.relpath(p, top) if not kw.get("root_dir") else p
                      for p in glob.glob(pattern if kw.get("root_dir") else os.path.join(top, pattern), **kw))

    print(g("*.py"))
    print(g("*"))
    print(g("*", include_hidden=True))
    print(g("*/"))
    print(g("**", recursive=True))
    print(g("**/", recursive=True))
    print(g("**/*.py", recursive=True))
    print(g("**/*.py", recursive=True, include_hidden=True))
    print(g("pkg/**/*.csv", recursive=True))
    print(g("**/data/*", recursive=True))
    print(g("*/*.rst"))
    print(g("docs/a b.rst"), g("docs/a?b.rst"))
    print(g("we[ir]d/*"), g(glob.escape("we[ir]d") + "/*"))
    print(g("empty/*"), g("empty/"), g("empty"))
    print(g("*.py", root_dir=top), g("**/*.csv", root_dir=top, recursive=True))
    print(g("pkg/*", root_dir=top), g("", root_dir=top))
    print(sorted(glob.glob(b"*.py", root_dir=os.fsencode(top))))
    print(sorted(os.path.relpath(p, os.fsencode(top)) for p in glob.glob(os.path.join(os.fsencode(top), b"pkg", b"*.py"))))
    print(sorted(glob.iglob("**/*.py", root_dir=top, recursive=True)))
    # glob.translate: the regular expression for a pattern (3.13)
    for pat, kw in [("*.py", {}), ("**/*.py", {"recursive": True}), ("a/**", {"recursive": True}),
                    ("[ab]?.txt", {}), (".*", {"include_hidden": True}), ("x/*/y", {"seps": "/"})]:
        rx = glob.translate(pat, **kw)
        names = ["x.py", "pkg/mod.py", "a/b/c", "a", "ab.txt", "b1.txt", ".dot", "x/q/y", "x/q/r/y"]
        print(repr(pat), rx, [n for n in names if re.match(rx, n)])
    # removing files through what glob found
    for p in glob.glob(os.path.join(top, "**", "*.csv"), recursive=True):
        os.remove(p)
    print(g("**/*.csv", recursive=True), g("pkg/data/*"), os.path.isdir(os.path.join(top, "pkg", "data")))
print(os.path.exists(top))
