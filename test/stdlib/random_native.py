# _random.Random (the Mersenne Twister under random.Random) and _sha2, used directly.
import _random, _sha2

r = _random.Random(42)
print(r.random(), r.random(), r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
for s in [0, 1, -1, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 5, -(2 ** 64), 12345678901234567890, True]:
    r.seed(s)
    print(s, r.random(), r.getrandbits(64))
st = r.getstate()
print(type(st).__name__, len(st), st[:4], st[-1])
a = [r.random() for _ in range(700)]
r.setstate(st)
print([r.random() for _ in range(700)] == a, a[-1])
r2 = _random.Random()
r2.setstate(st)
print(r2.random() == a[0])
for bad in [[1, 2], (1, 2), tuple(range(624)) + (625,), tuple(range(624)) + (-1,), tuple([-1] * 624) + (0,), tuple(["x"] * 625)]:
    try:
        r.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [-1, "a", 1.5]:
    try:
        print(r.getrandbits(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(r.getrandbits(0))
try:
    _random.Random(1, 2)
except TypeError as e:
    print(e)
try:
    _random.Random(x=1)
except TypeError as e:
    print(e)

class R(_random.Random):
    def __init__(self, *args):
        self.extra = args
r3 = R(7)
r4 = _random.Random(7)
print(r3.extra, r3.random() == r4.random(), isinstance(r3, _random.Random), type(r3).__name__)
class R2(_random.Random):
    def random(self):
        return 0.5
print(R2(3).random(), R2(3).getrandbits(8))

for name in ["sha224", "sha256", "sha384", "sha512"]:
    h = getattr(_sha2, name)(b"abc")
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
    h2 = h.copy()
    h2.update(b"def" * 100)
    print(h.hexdigest()[:16], h2.hexdigest()[:16], len(h2.digest()), getattr(_sha2, name)().hexdigest()[:16])
    print(getattr(_sha2, name)(b"x" * 200).hexdigest())
h = _sha2.sha256()
h.update(bytearray(b"hello"))
h.update(memoryview(b" world"))
print(h.hexdigest(), _sha2.sha256(b"hello world").digest())
for bad in ["text", 5]:
    try:
        _sha2.sha256(bad)
    except TypeError as e:
        print(e)
print(_sha2.sha512(data=b"q").hexdigest()[:20], _sha2.sha512(string=b"q").hexdigest()[:20], type(h).__name__)
