# find/rfind/index/rindex/count/startswith/endswith with start/end (incl. negative and None),
# tuples of prefixes, and the error messages
s = "the quick brown fox jumps over the lazy dog; the end"
for sub in ["the", "o", "", "cat", "d", " "]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub),
          s.find(sub, 10), s.rfind(sub, 0, 30), s.count(sub, -20), s.find(sub, -5, None))
print(s.count(""), "abc".count("", 1), "abc".count("", 4), "abc".find("", 3), "abc".find("", 4))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"), "ababab".rindex("ab", 0, 5))
for call in [lambda: s.index("cat"), lambda: s.rindex("zzz"), lambda: "abc".index("c", 0, 2),
             lambda: b"abc".index(b"z"), lambda: [1, 2].index(3), lambda: (1, 2).index(5),
             lambda: "abc".index(""), lambda: "abc".rindex("", 5)]:
    try:
        print(call())
    except ValueError as e:
        print("ValueError:", e)

print(s.startswith("the"), s.startswith(("a", "th")), s.startswith("quick", 4),
      s.endswith("end"), s.endswith(("x", "end"), 0, -1), s.endswith("the", 0, 3),
      s.startswith(""), "".startswith(""), "abc".startswith("", 5), "abc".endswith("", 3))
for bad in [lambda: s.startswith(1), lambda: s.endswith(["end"]), lambda: s.startswith(("a", 2)),
            lambda: s.find(3), lambda: s.count(None), lambda: s.find("a", "1"),
            lambda: b"x".startswith("x"), lambda: s.index()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# start/end accept objects with __index__ and None
class Pos:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
print(s.find("the", Pos(1)), s.count("e", None, Pos(20)), s[Pos(4):Pos(9)])

# all occurrences, overlapping and not
def find_all(text, sub, overlap=False):
    out, i = [], text.find(sub)
    while i != -1:
        out.append(i)
        i = text.find(sub, i + (1 if overlap else len(sub)))
    return out
print(find_all("abababa", "aba"), find_all("abababa", "aba", True), find_all("xyz", "q"))
print(find_all(s, "the"), [s[i:i + 3] for i in find_all(s, "o", True)])

# bytes, bytearray search with ints
data = b"\x00\x01\x02\x01\x00"
print(data.find(1), data.rfind(1), data.count(0), data.index(2), bytearray(data).rindex(b"\x01\x00"))
try:
    data.find(256)
except ValueError as e:
    print("ValueError:", e)
