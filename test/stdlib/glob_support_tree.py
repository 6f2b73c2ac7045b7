# glob over a folder of support files next to the program (_globtree/): patterns, recursion with
# '**', hidden files, root_dir, escape, iglob, magic checks. Paths are printed relative to the tree.
import glob
import os

HERE = os.path.dirname(os.path.abspath(__file__))
TREE = os.path.join(HERE, "_globtree")


def rel(paths):
    return sorted(os.path.relpath(p, TREE) for p in paths)


def show(label, paths):
    print(f"{label:28} {paths}")


print(os.path.isdir(TREE), os.path.isdir(os.path.dirname(__file__)))
show("*", rel(glob.glob(os.path.join(TREE, "*"))))
show("*.txt", rel(glob.glob(os.path.join(TREE, "*.txt"))))
show("*.TXT", rel(glob.glob(os.path.join(TREE, "*.TXT"))))
show("?.py", rel(glob.glob(os.path.join(TREE, "?.py"))))
show("[ab].*", rel(glob.glob(os.path.join(TREE, "[ab].*"))))
show("[!a]*", rel(glob.glob(os.path.join(TREE, "[!a]*"))))
show("*/", rel(glob.glob(os.path.join(TREE, "*/"))))
show("*/*", rel(glob.glob(os.path.join(TREE, "*", "*"))))
show("sub/*/*.json", rel(glob.glob(os.path.join(TREE, "sub", "*", "*.json"))))
show("** (not recursive)", rel(glob.glob(os.path.join(TREE, "**", "*.txt"))))
show("**/*.txt", rel(glob.glob(os.path.join(TREE, "**", "*.txt"), recursive=True)))
show("**/*.py", rel(glob.glob(os.path.join(TREE, "**", "*.py"), recursive=True)))
show("**/", rel(glob.glob(os.path.join(TREE, "**", ""), recursive=True)))
show("sub/**", rel(glob.glob(os.path.join(TREE, "sub", "**"), recursive=True)))
show("hidden **", rel(glob.glob(os.path.join(TREE, "**"), recursive=True, include_hidden=True)))
show(".*", rel(glob.glob(os.path.join(TREE, ".*"))))
show(".hiddendir/*", rel(glob.glob(os.path.join(TREE, ".hiddendir", "*"))))
show("missing/*", rel(glob.glob(os.path.join(TREE, "missing", "*"))))
show("literal a.txt", rel(glob.glob(os.path.join(TREE, "a.txt"))))
show("literal missing", rel(glob.glob(os.path.join(TREE, "nope.txt"))))

# root_dir: results are relative to it
show("root_dir *", sorted(glob.glob("*", root_dir=TREE)))
show("root_dir **/*.txt", sorted(glob.glob("**/*.txt", root_dir=TREE, recursive=True)))
show("root_dir ** hidden", sorted(glob.glob("**", root_dir=TREE, recursive=True, include_hidden=True)))
show("root_dir sub/*", sorted(glob.glob("sub/*", root_dir=TREE)))
show("root_dir bytes", sorted(glob.glob(b"*.py", root_dir=os.fsencode(TREE))))

# brackets in names: a pattern, unless escaped
show("[x].txt pattern", sorted(glob.glob("[x].txt", root_dir=TREE)))
print(glob.escape("[x].txt"), glob.escape("a*b?c"), glob.escape(b"[x]"), glob.escape("//?/c:/a*"))
show("escaped", sorted(glob.glob(glob.escape("[x].txt"), root_dir=TREE)))
show("escape dir + *.txt", rel(glob.glob(os.path.join(glob.escape(TREE), "*.txt"))))

# iglob is lazy and yields the same names
it = glob.iglob("**/*.py", root_dir=TREE, recursive=True)
print(type(it).__name__ in ("generator", "chain", "map", "filter"), sorted(it))
print(glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"), glob.has_magic("a?"))

# glob0 / glob1 (old helpers, still present)
print(sorted(glob.glob1(TREE, "*.py")), glob.glob0(TREE, "a.txt"), glob.glob0(TREE, "zz"))

# pathlib's globbing over the same tree
from pathlib import Path

p = Path(TREE)
print(p.is_dir(), Path(__file__).parent.is_dir(), (p / "a.txt").is_file())
print(sorted(x.name for x in p.iterdir()))
print(sorted(str(x.relative_to(p)) for x in p.glob("*.txt")))
print(sorted(str(x.relative_to(p)) for x in p.rglob("*.py")))
print(sorted(str(x.relative_to(p)) for x in p.glob("**/*.json")))
print(sorted(str(x.relative_to(p)) for x in p.glob("sub/**")))
print((p / "sub" / "deep" / "f.txt").read_text(), end="")
