d = {"a": 1, "b": 2}
for k in d:
    print("key", k)
for k, v in d.items():
    print(k, "=", v)
for i, ch in enumerate("xy", start=1):
    print(i, ch)
for a, b in zip([1, 2, 3], "pq"):
    print(a, b)
for x in reversed([1, 2]):
    print("rev", x)
for c in "hi":
    print(c)
for t in (1, (2, 3)):
    print(t)
for s in {5}:
    print("set", s)
for r in range(10, 0, -4):
    print(r)
