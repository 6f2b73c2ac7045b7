# cmath: every function on finite values (repr, bit for bit), the special-value tables, errors.
import cmath

inf, nan = float("inf"), float("nan")
finite = [0j, -0j, complex(0.0, -0.0), complex(-0.0, -0.0), 1 + 0j, -1 + 0j, 1j, -1j, 0.5 + 0.5j, -2.5 + 3j, 3 - 4j, 1e-310 + 1e-310j,
          1e300 + 1e300j, -1e308 - 1e308j, 0.71 + 0.01j, 1 + 1e-20j, 800 + 1j, -800 - 2j, 2 + 700j]
specials = [complex(x, y) for x in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan) for y in (-inf, -2.0, -0.0, 0.0, 2.0, inf, nan)]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]

def show(f, z):
    try:
        return repr(f(z))
    except (ValueError, OverflowError) as e:
        return type(e).__name__ + ":" + str(e)

for name in names:
    f = getattr(cmath, name)
    print(name, [show(f, z) for z in finite])
    print(name, "special", [show(f, z) for z in specials])
for z in finite + specials[::3]:
    print(z, cmath.phase(z), show(cmath.polar, z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
for r, phi in [(1.0, 0.5), (2.0, -0.0), (-1.0, 3.0), (inf, 1.0), (-inf, 2.0), (0.0, inf), (1.0, inf), (nan, 0.0), (inf, 0.0), (3, 4)]:
    print(r, phi, show(lambda a: cmath.rect(*a), (r, phi)))
print(cmath.log(8, 2), cmath.log(1j, 10), cmath.log(-1), show(lambda a: cmath.log(*a), (1, 0)), show(lambda a: cmath.log(*a), (0, 2)), cmath.log(5, 1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 2j), cmath.isclose(1j, 1.1j, abs_tol=0.2), cmath.isclose(complex(inf, 0), complex(inf, 0)))
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.exp(1), cmath.sqrt(2.0), cmath.acos(2), cmath.asin(True))
class C:
    def __complex__(self):
        return 3 + 4j
class F:
    def __float__(self):
        return 2.0
print(cmath.sqrt(C()), cmath.sqrt(F()), cmath.phase(C()))
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(), lambda: cmath.rect(1),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.polar(complex(1e308, 1e308)), lambda: cmath.exp(1000),
            lambda: cmath.cosh(complex(1000, 1)), lambda: cmath.atanh(1), lambda: cmath.log(0)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
