# Building lists from 200,000 items: unpacking, extend, += (no spread of the items onto the JS stack)
a = [*range(200000)]
b = []; b.extend(range(200000))
c = []; c += list(range(200000))
d = list(range(200000))
e = [0]; e += range(200000)
print(len(a), len(b), len(c), len(d), len(e))
