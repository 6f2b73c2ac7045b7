# complex numbers: construction from strings and pairs, arithmetic, repr of signed zeros,
# infinities and nan, abs, conjugate, format specs and errors
zs = [complex(1, 2), complex(-1.5, 0), complex(0, -0.0), complex(-0.0, 0), 3j, -3j, complex(1e16, 1e-5),
      complex(float("inf"), -1), complex(0, float("nan")), 1 + 0j, complex("1+2j"), complex(" (3-4j) "),
      complex("-j"), complex("2.5e3J"), complex(True, False)]
for z in zs:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, a ** 2, a ** 0.5, abs(a), abs(b), a == 3 + 4j, a != b)
print(a + 1, 1 - a, 2 * a, a / 2, (1 + 1j) ** 8, 1j ** 2, 0j ** 0, pow(2j, 3))
print(complex(2, 3) == complex(2.0, 3.0), complex(5) == 5, 5.0 == complex(5, 0), hash(complex(5, 0)) == hash(5))
for call in [lambda: a < b, lambda: a // 2, lambda: a % 2, lambda: divmod(a, 1), lambda: int(a),
             lambda: float(a), lambda: a / 0, lambda: 0j ** -1, lambda: complex("1+2"),
             lambda: complex("j1"), lambda: complex("1", 2), lambda: complex([]), lambda: round(a)]:
    try:
        print(call())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)

specs = ["", ".2f", "+.1e", "^20", ">18.3g", "<16", "g", ".0f", "10.1f", "e"]
for z in [1.23456 + 7.891j, -0.5 - 0.25j, 1j, complex(2, 0)]:
    print("|".join(format(z, s) for s in specs))
print(f"{3-4j:*^20.2f}", f"{1e20+1j:g}", f"{-1j!r}")
for bad in ["=10", "010", "c", "%"]:
    try:
        format(1 + 1j, bad)
    except ValueError as e:
        print("ValueError", e)

# roots of a quadratic with complex results, verified by substitution
def roots(a, b, c):
    d = (b * b - 4 * a * c) ** 0.5
    return (-b + d) / (2 * a), (-b - d) / (2 * a)
for coeffs in [(1, 0, 1), (1, 2, 5), (2, -4, 10)]:
    r1, r2 = roots(*coeffs)
    a_, b_, c_ = coeffs
    check = [abs(a_ * r * r + b_ * r + c_) < 1e-9 for r in (r1, r2)]
    print(coeffs, complex(round(r1.real, 6), round(r1.imag, 6)), complex(round(r2.real, 6), round(r2.imag, 6)), check)

# the complex subclass keeps the subclass only through the constructor
class C(complex):
    def __repr__(self):
        return f"C{complex.__repr__(self)}"
c = C(1, 1)
print(repr(c), type(c + 1).__name__, type(-c).__name__, repr(complex(c)), isinstance(c, complex))
