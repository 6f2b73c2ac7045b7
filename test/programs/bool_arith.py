# bool: a subclass of int with its own repr and operators.
print(True + True, True * 3, True - False, -True, ~True, ~False, +True, True / 2, True // 2, True % 2, True ** 5)
print(True & False, True | False, True ^ True, False ^ False, True & 3, 2 | True, True ^ 1, type(True & False).__name__, type(True & 1).__name__)
print(True == 1, False == 0, True is not 1 if False else "skip", True == 1.0, hash(True) == hash(1), {1: "one", True: "true"})
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]), bool({}), bool(None), bool(()))
print(bool(range(0)), bool(range(1)), bool(set()), bool(0j) if False else False, bool(b""), bool(bytearray(1)))
print(str(True), repr(False), f"{True}", f"{True:d}", f"{True:>6}", format(False, "b"), "%d %s %r" % (True, True, False))
print(int(True), float(False), True.real, True.imag, True.numerator, True.bit_length(), True.conjugate(), type(True.conjugate()).__name__)
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__name__, type(True).__name__)
print(sum([True, True, False]), max(True, 0), min(False, -1), sorted([True, False, 0, 1]), [True, False].count(1))
print(True and 5, False or "x", not 0, not "a", 0 or [] or None, 1 and 2 and 3, (0 and 1) or "z")
print(list(map(bool, [0, 1, "", "a", [], [1], None])), all([]), any([]), all([1, True]), any([0, False]))

class Empty:
    def __len__(self):
        return 0

class Truthy:
    def __bool__(self):
        return True
    def __len__(self):
        return 0

class NoBool:
    pass

print(bool(Empty()), bool(Truthy()), bool(NoBool()), not Empty())
print(True.__and__(False), True.__or__(1), True.__xor__(True), (True).__add__(1), True.__repr__(), True.__str__())
print(True > False, False < True, True >= 1, sorted([(True, "t"), (False, "f")]))

class BadBool:
    def __bool__(self):
        return 1

class BadLen:
    def __len__(self):
        return -1

class BigLen:
    def __len__(self):
        return "3"

for obj in (BadBool(), BadLen(), BigLen()):
    try:
        print(bool(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
errors = [
    lambda: bool(1, 2),
    lambda: bool(x=1),
    lambda: type("B", (bool,), {}),
    lambda: True / False,
    lambda: True % False,
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
if BadBool():
    print("unreachable")
