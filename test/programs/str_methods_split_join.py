# str.split / rsplit / splitlines / partition / join.
texts = ["a,b,c", "a,,b,", ",a,b", "", "   a  b   c  ", "one", "a b\tc\nd\x0be\x0cf\rg\x1ch\x85i\u2028j"]
for t in texts:
    print(repr(t))
    print("  split()", t.split())
    print("  split(',')", t.split(","))
    print("  split(',', 1)", t.split(",", 1), t.rsplit(",", 1))
    print("  split(None, 1)", t.split(None, 1), t.rsplit(None, 1))
    print("  maxsplit=0", t.split(maxsplit=0), t.split(",", maxsplit=0), t.rsplit(maxsplit=0))
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaaa".split("aa"), "aaa".rsplit("aa"))
print("abc".split("abc"), "abcabc".split("abc"), "x".split("xx"))
print("1 2 3".split(sep=None, maxsplit=-1), "1 2 3".split(maxsplit=-5))

lines = "first\nsecond\r\nthird\rfourth\x0bfifth\x0c\x1c\x1d\x1e\x85\u2028\u2029last"
print(lines.splitlines())
print(lines.splitlines(True))
print("no newline".splitlines(), "".splitlines(), "\n".splitlines(), "\n\n".splitlines(keepends=True))
print("x\n".splitlines(), "x\r\n".splitlines(True))

for t in ["key=value=more", "novalue", "=start", "end="]:
    print(t.partition("="), t.rpartition("="))
print("a.b.c".partition("."), "a.b.c".rpartition("."), "abc".partition("abc"))

print(",".join(["a", "b", "c"]), "".join([]), "-".join("xyz"), " ".join(("1", "2")))
print("".join(x for x in "hello" if x != "l"), ", ".join({"k": 1, "j": 2}))
print("ab".join("123"), "\n".join(["line1", "line2"]).split("\n"))

class S(str):
    pass
print(type("".join([S("a")])).__name__, type(S("a,b").split(",")[0]).__name__)

errors = [
    lambda: "a".split(""),
    lambda: "a".rsplit(""),
    lambda: "a".partition(""),
    lambda: "a".rpartition(""),
    lambda: "a".split(1),
    lambda: "a".split(",", "1"),
    lambda: "a".partition(None),
    lambda: ",".join([1, 2]),
    lambda: ",".join(["a", b"b"]),
    lambda: ",".join(5),
    lambda: ",".join(["a", None, "c"]),
    lambda: "x".splitlines("yes"),
    lambda: "a b".split(None, 1, 2),
    lambda: "a".split(sep=",", bogus=1),
    lambda: "a".join(),
]
for f in errors:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
