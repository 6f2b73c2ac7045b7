# Dict and set keys that are ints beyond float range (and their neighbours in float range).
big = 2 ** 20000
d = {big: "big", -big: "minus", 2 ** 1000: "float-sized", float(2 ** 1000): "same key"}
print(len(d), d[big], d[-big], d[2 ** 1000])
print(big in d, big + 1 in d, float("inf") in d)
s = {big, big * 1, 2 ** 20000, float(2 ** 1023)}
print(len(s), 2 ** 1023 in s)
d[big] = "again"
print(sorted(v for v in d.values()))
del d[-big]
print(-big in d, len(d))
