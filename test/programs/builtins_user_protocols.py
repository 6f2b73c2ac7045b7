# Builtins driven by special methods of user classes: __len__, __bool__, __index__, __iter__ and
# __getitem__, __hash__ and __eq__, __lt__, __add__ and __radd__ (sum), __round__, __abs__,
# __format__, __repr__/__str__ — and what happens when those return the wrong thing.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)

    def __repr__(self):
        return "Vec(" + ", ".join(map(repr, self.xs)) + ")"

    def __str__(self):
        return "<" + " ".join(map(str, self.xs)) + ">"

    def __len__(self):
        return len(self.xs)

    def __iter__(self):
        return iter(self.xs)

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs, strict=True)])
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __abs__(self):
        return sum(x * x for x in self.xs) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs

    def __hash__(self):
        return hash(tuple(self.xs))

    def __lt__(self, other):
        return abs(self) < abs(other)

    def __format__(self, spec):
        return "Vec[" + ", ".join(format(x, spec) for x in self.xs) + "]"

    def __round__(self, n=None):
        return Vec(*[round(x, n) for x in self.xs])


class BadLen:
    def __len__(self):
        return -1


class HugeLen:
    def __len__(self):
        return "three"


class Falsy:
    def __bool__(self):
        return False


class BadBool:
    def __bool__(self):
        return 1


class Letters:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return "abc"[i]


vs = [Vec(3, 4), Vec(1, 1), Vec(0, 2)]
show("len(Vec(1, 2, 3))", lambda: len(Vec(1, 2, 3)))
show("list(Vec(1, 2))", lambda: list(Vec(1, 2)))
show("sum(vs)", lambda: sum(vs))
show("sum(vs, Vec(10, 10))", lambda: sum(vs, Vec(10, 10)))
show("sum([Vec(1), 5])", lambda: sum([Vec(1), 5]))
show("Vec(1, 2) + Vec(1)", lambda: Vec(1, 2) + Vec(1))
show("abs(Vec(3, 4))", lambda: abs(Vec(3, 4)))
show("sorted(vs)", lambda: sorted(vs))
show("min(vs), max(vs)", lambda: (min(vs), max(vs)))
show("max(vs, key=len)", lambda: max(vs, key=len))
show("round(Vec(1.26, 2.5))", lambda: round(Vec(1.26, 2.5)))
show("round(Vec(1.26, 2.5), 1)", lambda: round(Vec(1.26, 2.5), 1))
show("format(Vec(1.5, 2), '.2f')", lambda: format(Vec(1.5, 2), ".2f"))
show("f'{Vec(7, 255):>4x}'", lambda: f"{Vec(7, 255):>4x}")
show("str(Vec(1, 2)), repr(Vec(1, 2))", lambda: (str(Vec(1, 2)), repr(Vec(1, 2))))
show("{Vec(1): 'one'}[Vec(1)]", lambda: {Vec(1): "one"}[Vec(1)])
show("hash(Vec(1, 2)) == hash((1, 2))", lambda: hash(Vec(1, 2)) == hash((1, 2)))
show("Vec(1) in vs, Vec(1, 1) in vs", lambda: (Vec(1) in vs, Vec(1, 1) in vs))
show("bool(Vec()), bool(Vec(0))", lambda: (bool(Vec()), bool(Vec(0))))
show("list(zip(Vec(1, 2), 'ab'))", lambda: list(zip(Vec(1, 2), "ab")))
show("dict(zip('ab', Vec(1, 2)))", lambda: dict(zip("ab", Vec(1, 2))))
show("list(enumerate(Vec(5, 6), 1))", lambda: list(enumerate(Vec(5, 6), 1)))
show("list(Letters()), 'b' in Letters()", lambda: (list(Letters()), "b" in Letters()))
show("sorted(Letters(), reverse=True)", lambda: sorted(Letters(), reverse=True))
show("len(BadLen())", lambda: len(BadLen()))
show("len(HugeLen())", lambda: len(HugeLen()))
show("bool(Falsy()), not Falsy()", lambda: (bool(Falsy()), not Falsy()))
show("bool(BadBool())", lambda: bool(BadBool()))
show("any([Falsy()]), all([Falsy()])", lambda: (any([Falsy()]), all([Falsy()])))
show("list(filter(None, [Falsy(), 1]))", lambda: [type(x).__name__ for x in filter(None, [Falsy(), 1])])
show("len(Letters())", lambda: len(Letters()))
show("reversed(Letters())", lambda: reversed(Letters()))
