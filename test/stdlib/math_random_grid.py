# math on pseudo-random arguments (from _random, so both sides see the same values): the libm
# functions, CPython's own gamma/lgamma, fsum/sumprod/hypot/dist/fma, bit for bit.
import math, _random

rng = _random.Random(20240601)
def u(lo, hi):
    return lo + (hi - lo) * rng.random()

xs = [u(-20, 20) for _ in range(150)] + [u(-1, 1) for _ in range(100)] + [u(-700, 700) for _ in range(50)]
pos = [abs(x) + 1e-3 for x in xs]
for name in ["exp", "expm1", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "erf", "erfc", "cbrt", "exp2"]:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(f(x))
        except OverflowError:
            out.append("O")
    print(name, out)
for name in ["log", "log2", "log10", "log1p", "sqrt", "gamma", "lgamma", "acosh"]:
    f = getattr(math, name)
    out = []
    for x in pos:
        try:
            out.append(f(x + 1 if name == "acosh" else x))
        except (OverflowError, ValueError) as e:
            out.append(type(e).__name__[0])
    print(name, out)
print("gamma-neg", [math.gamma(-x) if x != int(x) else None for x in pos[:60] if x < 170])
print("lgamma-neg", [math.lgamma(-x) for x in pos[:60]])
print("asin", [math.asin(x) for x in xs[150:250]], [math.acos(x) for x in xs[150:250]], [math.atanh(x) for x in xs[150:250]])
ys = [u(-5, 5) for _ in range(len(xs))]
print("atan2", [math.atan2(x, y) for x, y in zip(xs, ys)])
print("pow", [math.pow(p, y) for p, y in zip(pos[:200], ys)])
print("hypot", [math.hypot(x, y) for x, y in zip(xs, ys)], math.hypot(*xs), math.hypot(*pos[:37]))
print("dist", math.dist(xs[:50], ys[:50]), math.dist(xs[50:53], ys[50:53]))
print("fsum", math.fsum(xs), math.fsum(x * 1e10 for x in xs), math.fsum([1e100, 1.0, -1e100] + xs[:5]))
print("sumprod", math.sumprod(xs, ys), math.sumprod(xs[:10], [3] * 10), math.sumprod(range(50), xs[:50]))
print("fma", [math.fma(x, y, z) for x, y, z in zip(xs[:60], ys[:60], pos[:60])])
print("remainder", [math.remainder(x, y) for x, y in zip(xs[:80], ys[:80])], [math.fmod(x, y) for x, y in zip(xs[:80], ys[:80])])
print("frexp/ldexp", [math.frexp(x) for x in xs[:20]], [math.ldexp(x, int(y * 100)) for x, y in zip(xs[:40], ys[:40])])
print("ulp/nextafter", [math.ulp(x) for x in xs[:30]], [math.nextafter(x, y, steps=int(abs(y) * 3)) for x, y in zip(xs[:30], ys[:30])])
print("isqrt/comb", [math.isqrt(int(p * 10 ** 12)) for p in pos[:30]], [math.comb(int(p) + 30, 7) for p in pos[:30]])
