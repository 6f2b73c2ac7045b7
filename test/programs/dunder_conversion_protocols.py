# __index__, __int__, __float__, __complex__, __bool__, __len__ and the places that call them,
# with their checks on the returned values
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
i3 = Idx(3)
data = list(range(10))
print(data[i3], data[Idx(-1)], data[i3:Idx(6)], "abcdef"[i3], bin(i3), hex(Idx(255)), oct(Idx(8)),
      [0] * Idx(2), "ab" * i3, range(i3), round(2.567, Idx(2)), (10).to_bytes(Idx(2), "big"))
print(int(i3), float(i3), complex(i3), operator_index := __import__("operator").index(i3))
try:
    f"{Idx(5):03d}"
except TypeError as e:
    print("TypeError", e)
for bad in [lambda: data[Idx("x")], lambda: bin(Idx(1.5)), lambda: data[1.5], lambda: "ab" * 2.0,
            lambda: range(Idx(None))]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
print(bool(B(True)), not B(False), [x for x in [B(True), B(False)] if x].__len__(), B(False) or "fallback")
for v in [1, "yes", None]:
    try:
        bool(B(v))
    except TypeError as e:
        print("TypeError", e)

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(L(4)), bool(L(0)), bool(L(2)), len(L(True)), len(L(Idx(7))) if False else "skip")
for n in [-1, "3", 2.0, 2**100]:
    try:
        print(len(L(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
# __bool__ wins over __len__; with neither, objects are truthy
class Both(L):
    def __bool__(self):
        return False
print(bool(Both(5)), bool(object()), bool(L(0)) is False)

class F:
    def __float__(self):
        return 2.5
class BadF:
    def __float__(self):
        return "2.5"
class SubFloat(float):
    pass
class RetSub:
    def __float__(self):
        return SubFloat(1.5)
import math
print(float(F()), math.sqrt(F()), math.floor(F()), round(F()) if hasattr(F, "__round__") else "no __round__")
for op in [lambda: float(BadF()), lambda: math.sqrt(BadF()), lambda: round(F())]:
    try:
        print(op())
    except TypeError as e:
        print("TypeError", e)
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    r = float(RetSub())
print(r, type(r).__name__, [str(w.message) for w in caught])

class C:
    def __complex__(self):
        return 1 + 2j
class BadC:
    def __complex__(self):
        return 5
print(complex(C()), complex(C()) * 2)
try:
    complex(BadC())
except TypeError as e:
    print("TypeError", e)

class I:
    def __int__(self):
        return 42
print(int(I()), "%d" % I())
for op in [lambda: [1, 2][I()], lambda: bin(I()), lambda: range(I())]:
    try:
        op()
    except TypeError as e:
        print("TypeError", e)
