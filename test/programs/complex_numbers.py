# complex numbers: literals, constructor, repr, arithmetic (incl. mixed with int/float), errors.
zs = [1j, 2 + 3j, -1.5 - 0.5j, complex(), complex(4), complex(1, -0.0), complex(-0.0, 2), 1e300j, complex(float("inf"), float("nan"))]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), abs(z) if z == z and abs(z.imag) < 1e308 else "skip", bool(z))
a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, a ** 2, a ** -1, a ** 0.5, a ** b, -a, +a, abs(a))
print(a + 1, 1 + a, a - 1.5, 2 - a, a * 2, 2.5 * a, a / 2, 10 / a, a ** 2.0, 2 ** a, True + a)
print(a == 3 + 4j, a != b, complex(3, 0) == 3, 3.0 == complex(3), 3 == 3 + 0j, a == "a", 1j * 1j, (1j) ** 2, 0j ** 0)
print(complex("1+2j"), complex(" ( -3.5-4j ) "), complex("j"), complex("-j"), complex("2.5"), complex("1e3j"), complex("inf"), complex("-nanj"))
print(complex(1, 2), complex(real=1.5), complex(imag=2), complex(2j, 1), complex(1.5, 2j), complex(True, False))
print((-8) ** (1 / 3), (-1) ** 0.5, pow(-2.0, 1.5), (-4.0) ** 0.5)
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), {1j: "i"}[1j], 1j in [1j], sorted([1j, 2j], key=abs))
print(type(1j).__name__, isinstance(1j, complex), complex.__mro__, (1 + 2j).__class__.__name__, sum([1j, 2, 3.5]))

class C:
    def __complex__(self):
        return 5 + 6j
class F:
    def __float__(self):
        return 2.5
print(complex(C()), complex(F()), complex(F(), F()))
errors = [
    lambda: 1j < 2j,
    lambda: 1j // 2,
    lambda: 1j % 2,
    lambda: 1j / 0,
    lambda: 1j / 0j,
    lambda: 0j ** -1,
    lambda: int(1j),
    lambda: float(1j),
    lambda: complex("1+2"),
    lambda: complex("x"),
    lambda: complex("1", 2),
    lambda: complex(1, "2"),
    lambda: complex(None),
    lambda: complex(1, 2, 3),
    lambda: round(1j),
    lambda: divmod(1j, 2),
    lambda: max(1j, 2j),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        print(type(e).__name__, e)
print(1j > 0)
