# find / index / count / replace / startswith / endswith / strip family.
s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.find("dog"), s.find(""))
print(s.rfind("the"), s.rfind("the", 0, 20), s.rfind(""), s.rfind("at", -10), s.rfind("at", -10, -3))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("at", 10), s.count(""), "".count(""))
print(s.count("t", -5, -1), "aaaa".count("aa"), "abc".find("c", 5), "abc".find("", 3), "abc".find("", 4))
print("abc".find("", -100), "abc".count("", 1, 2), "abc".rfind("", 1, 2), "abc".find("b", None, None))
for t in ["cat", "dog"]:
    try:
        print(s.index(t), s.rindex(t))
    except ValueError as e:
        print(type(e).__name__, e)

print(s.replace("the", "THE"), s.replace("the", "THE", 2), s.replace("at", ""), s.replace("", "-")[:20])
print("aaa".replace("a", "bb"), "aaa".replace("aa", "x"), "abc".replace("", "|", 2), "x".replace("x", "y", -1))
print("abc".replace("b", "B", count=1), "abc".replace("", ""), "".replace("", "z"))

print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.endswith("hat"))
print(s.endswith(("mat", "hat"), 0, 26), s.endswith("mat", 0, 26), s.startswith(""), "".startswith(""))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1), "abc".endswith(()))

print(repr("  x y  ".strip()), repr("  x y  ".lstrip()), repr("  x y  ".rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("abc".strip("")), repr("\t\n x \x85".strip()))
print(repr("www.example.com".lstrip("cmowz.")), repr("mississippi".rstrip("ipz")), repr("x".strip(None)))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "file.py".removesuffix(".py"), "x".removesuffix(""))

print("abc".center(9), "|" + "abc".ljust(7, "*") + "|", "|" + "abc".rjust(2) + "|", "abc".center(8, "-"))
print("42".zfill(6), "-42".zfill(6), "+42".zfill(2), "".zfill(3), "abc".zfill(5), "-".zfill(3))
print("a\tbc\tdef\n\tx".expandtabs(), "a\tb".expandtabs(0), "ab\tc".expandtabs(tabsize=3), "\r\tx".expandtabs(4))

tbl = str.maketrans("abc", "xyz", "d")
print(sorted(tbl.items()), "abcdd".translate(tbl))
print("hello".translate({ord("l"): None, ord("h"): "J"}), "abc".translate({97: 65}))
print(sorted(str.maketrans({"a": "1", "b": None, 99: "z"}).items()))

errs = [
    lambda: "x".find(1), lambda: "x".count(None), lambda: "x".replace("a"), lambda: "x".replace(1, "b"),
    lambda: "x".startswith(1), lambda: "x".startswith(("a", 1)), lambda: "x".endswith(["x"]),
    lambda: "x".strip(1), lambda: "x".center(5, "ab"), lambda: "x".ljust("5"), lambda: "x".zfill(None),
    lambda: str.maketrans("ab", "c"), lambda: str.maketrans({"ab": 1}), lambda: str.maketrans(1),
    lambda: "x".translate({120: 1.5}), lambda: "x".removeprefix(None), lambda: "x".index("y", 0, 1),
    lambda: "x".rjust(), lambda: "abc".find("a", "1"), lambda: "x".expandtabs("4"),
    lambda: str.maketrans("a", "b", 3),
]
for f in errs:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
