# str.maketrans and str.translate: one, two and three argument tables, mappings and errors.
t1 = str.maketrans("abc", "xyz")
t2 = str.maketrans("ab", "AB", "cd")
t3 = str.maketrans({"a": "1", "b": None, ord("c"): "three", "é": "e"})
t4 = str.maketrans("", "", "aeiou")
for t in (t1, t2, t3, t4):
    print(sorted(t.items()))
for s in ["abcdef", "cab", "décor", "", "AAA"]:
    print(repr(s), s.translate(t1), s.translate(t2), s.translate(t3), s.translate(t4))
print("hello".translate({ord("l"): "L" * 3}), "hello".translate({104: 74, 111: None}), "x".translate({}), "😀a".translate({0x1F600: "smile"}))

class Table:
    def __getitem__(self, k):
        if k == ord("q"):
            raise LookupError("skip")
        if k == ord("z"):
            return None
        return chr(k).upper()
print("quiz".translate(Table()), "abc".translate([None, "x"] * 60 + ["A", "B", "C"]))

class Bad:
    def __getitem__(self, k):
        return 1.5
errors = [
    lambda: str.maketrans("ab", "x"),
    lambda: str.maketrans({"ab": "x"}),
    lambda: str.maketrans({1.5: "x"}),
    lambda: str.maketrans(5),
    lambda: str.maketrans("a", 5),
    lambda: str.maketrans("a", "b", 5),
    lambda: str.maketrans(),
    lambda: "x".translate(Bad()),
    lambda: "x".translate({120: 0x110000}),
    lambda: "x".translate({120: b"y"}),
    lambda: "x".translate(),
    lambda: "x".translate(5),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
