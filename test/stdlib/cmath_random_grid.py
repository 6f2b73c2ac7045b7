# cmath on pseudo-random complex arguments (from _random): every function, bit for bit.
import cmath, _random

rng = _random.Random(77)
def u(lo, hi):
    return lo + (hi - lo) * rng.random()
zs = [complex(u(-4, 4), u(-4, 4)) for _ in range(120)] + [complex(u(-1, 1), u(-1e-3, 1e-3)) for _ in range(30)] + \
     [complex(u(-700, 700), u(-30, 30)) for _ in range(30)]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10", "sin", "sinh", "sqrt", "tan", "tanh"]:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(f(z))
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__)
    print(name, out)
print("polar", [cmath.polar(z) for z in zs[:60]])
print("rect", [cmath.rect(abs(z), z.imag) for z in zs[:60]])
print("log-base", [cmath.log(z, w) for z, w in zip(zs[:40], zs[40:80])])
