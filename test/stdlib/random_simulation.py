# random as simulations use it: seeded streams, distributions, sampling, shuffles, state save/restore,
# a Random subclass, and the argument errors.
import random

rng = random.Random(2024)
print([rng.randint(1, 6) for _ in range(10)], rng.randrange(0, 100, 7), rng.random(), rng.getrandbits(70), rng.randbytes(5))
print(round(rng.uniform(1, 2), 12), round(rng.triangular(0, 10, 3), 12), round(rng.gauss(0, 1), 12), round(rng.normalvariate(5, 2), 12))
print(round(rng.expovariate(1.5), 12), round(rng.betavariate(2, 3), 12), round(rng.gammavariate(2, 1), 12), round(rng.lognormvariate(0, 0.5), 12))
print(round(rng.paretovariate(3), 12), round(rng.weibullvariate(1, 2), 12), round(rng.vonmisesvariate(1, 4), 12), rng.binomialvariate(20, 0.3))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:8], rng.sample(deck, 5), rng.sample(range(1000), 4), rng.sample(["a", "b", "c"], 3, counts=[1, 2, 3]))
print(rng.choices("abc", k=8), rng.choices("abc", weights=[10, 1, 1], k=8), rng.choices(range(5), cum_weights=[1, 2, 3, 4, 10], k=6))
print(rng.choice(deck), rng.choice(range(10 ** 9)))
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)], state[0], len(state[1]))
walk, pos = [], 0
for _ in range(20):
    pos += rng.choice((-1, 1))
    walk.append(pos)
print(walk)
for seed in (0, 1, -1, 2 ** 100, "text", b"bytes", bytearray(b"ba"), 3.5):
    r = random.Random(seed) if not isinstance(seed, float) else None
    if r:
        print(repr(seed), r.random(), r.getrandbits(16))
random.seed(99, version=1)
print(random.random())
random.seed(7)
print(random.random(), random.randint(0, 10))


class Loaded(random.Random):
    def random(self):
        return 0.999


class Counting(random.Random):
    def __init__(self, seed):
        self.calls = 0
        super().__init__(seed)

    def getrandbits(self, k):
        self.calls += 1
        return super().getrandbits(k)


print(Loaded(1).choice("abc"), Loaded(1).randrange(10), Loaded(1).uniform(0, 1))
c = Counting(5)
print(c.randrange(1000), c.randbytes(3), c.calls, c.shuffle(x := list(range(6))), x)
for call in [lambda: rng.randrange(10, 5), lambda: rng.randint(5, 1), lambda: rng.choice([]), lambda: rng.sample([1, 2], 3),
             lambda: rng.choices([1], weights=[1, 2]), lambda: rng.randrange(0, 10, 0), lambda: rng.getrandbits(-1),
             lambda: rng.sample({1, 2}, 1), lambda: rng.randrange(1.5), lambda: rng.choices([1, 2], weights=[0, 0]), lambda: rng.binomialvariate(-1)]:
    try:
        call()
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
sr = random.SystemRandom()
print(type(sr.random()).__name__, 0 <= sr.randrange(10) < 10)
try:
    sr.getstate()
except NotImplementedError as e:
    print("NotImplementedError:", e)
