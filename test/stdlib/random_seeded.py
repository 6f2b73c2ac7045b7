# random (Lib/random.py over _random, _sha2 and math): seeded sequences identical to CPython's.
# os and itertools may not be importable yet, so minimal stand-ins are installed first when they
# are missing (CPython imports its own and prints the same).
import sys, types
try:
    import os
except ImportError:
    os = types.ModuleType("os")
    os.urandom = lambda n: bytes(n)
    sys.modules["os"] = os
try:
    import itertools
except ImportError:
    itertools = types.ModuleType("itertools")
    def accumulate(iterable, func=None, *, initial=None):
        it = iter(iterable)
        total = initial
        if initial is None:
            try:
                total = next(it)
            except StopIteration:
                return
        yield total
        for x in it:
            total = total + x if func is None else func(total, x)
            yield total
    def repeat(obj, times=None):
        if times is None:
            while True:
                yield obj
        for _ in range(times):
            yield obj
    itertools.accumulate, itertools.repeat = accumulate, repeat
    sys.modules["itertools"] = itertools
import random

for seed in [0, 1, 42, -7, 2 ** 40 + 3, 12345678901234567890, "hello", b"bytes", bytearray(b"ba"), "", "\u00e9t\u00e9"]:
    random.seed(seed)
    print(repr(seed), random.random(), random.getrandbits(70), random.randrange(1000))
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print(random.choice("abcdefg"), random.choice(range(100)), random.choices("abc", k=5), random.choices(range(10), weights=range(10), k=4))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 10), random.sample("abcdef", k=3))
print(random.uniform(1, 2), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(5, 1))
print(random.expovariate(2.0), random.betavariate(2, 3), random.gammavariate(2.5, 1.0), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(1.0, 2.0), random.paretovariate(3), random.weibullvariate(1, 1.5), random.binomialvariate(20, 0.3))
print(random.randbytes(8).hex(), random.randrange(0, 100, 7), random.randrange(-50, 50))
state = random.getstate()
a = [random.random() for _ in range(5)]
random.setstate(state)
print(a == [random.random() for _ in range(5)], state[0], len(state[1]), state[2])
r = random.Random(99)
print(r.random(), r.randint(0, 10 ** 30), r.getrandbits(5))
class MyRandom(random.Random):
    def random(self):
        return 0.25
print(MyRandom(1).randrange(100), MyRandom(1).choice("xyz"))
for bad in [lambda: random.randrange(0), lambda: random.randrange(1, 1), lambda: random.choice([]), lambda: random.sample(range(3), 5),
            lambda: random.seed([1]), lambda: random.getrandbits(-1), lambda: random.randint(1, 0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
