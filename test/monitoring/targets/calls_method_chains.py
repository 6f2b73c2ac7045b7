text = "  Alpha,beta , Gamma  "
parts = [p.strip().lower() for p in text.strip().split(",")]
print(parts)
print(",".join(parts).upper().replace("A", "4"))
d = {"b": 2, "a": 1}
print(sorted(d.keys()), list(d.values()), d.pop("a"), d)
try:
    d.pop("missing")
except KeyError as e:
    print("pop missing", e)
lst = [3, 1]
lst.reverse()
try:
    lst.remove(99)
except ValueError as e:
    print(e)
s = set([1, 2])
s.add(3)
s.discard(1)
print(sorted(s), "abc".startswith("a"), "x".join(["1", "2"]).count("x"))
