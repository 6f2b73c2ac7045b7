# Error types and messages of the math module's functions.
import math

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, a, k, repr(r))
    except Exception as e:
        print(f.__name__, a, k, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp",
             "exp2", "expm1", "fabs", "gamma", "lgamma", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
             "log2", "log10", "log"]:
    f = getattr(math, name)
    for x in [inf, -inf, nan, 0.0, -0.0, -1.0, 1.0, 1000.0, -1000.0, 2, -3, 1e-300]:
        t(f, x)
    t(f)
    t(f, 1.0, 2.0)
    t(f, "x")
for name in ["atan2", "copysign", "fmod", "pow", "remainder"]:
    f = getattr(math, name)
    for a in [(1.0, 0.0), (inf, 1.0), (0.0, -1.0), (-8.0, 1 / 3), (2.0, 2000.0), (1.0, nan), (nan, 0.0), (-0.0, -3.0), (7.0, inf)]:
        t(f, *a)
    t(f, 1.0)
    t(f, 1.0, "y")
t(math.log, 10, 1); t(math.log, 10, 0); t(math.log, 0); t(math.log, -5); t(math.log, 8, 2); t(math.log)
t(math.log, 10 ** 400); t(math.log2, 2 ** 2000); t(math.log10, 10 ** 500); t(math.log, 2 ** 2000, 2); t(math.log, -10 ** 400)
t(math.ldexp, 1.0, 2 ** 70); t(math.ldexp, 1.0, -2 ** 70); t(math.ldexp, 1.0, 1.5); t(math.ldexp, 1.0, 1024); t(math.ldexp, 3.0, -1075)
t(math.ldexp, 1.0); t(math.ldexp, inf, 5); t(math.ldexp, 0.5, -1074)
t(math.factorial, -1); t(math.factorial, 1.5); t(math.factorial, True); t(math.factorial, "3"); t(math.factorial)
t(math.isqrt, -1); t(math.isqrt, 2.5)
t(math.comb, -1, 2); t(math.comb, 3, -1); t(math.comb, 5); t(math.comb, 5, 2.0); t(math.perm, 3, -1); t(math.perm); t(math.perm, 1, 2, 3)
t(math.gcd, 1.5); t(math.gcd, 4, x=2); t(math.lcm, "a")
t(math.fsum, [1e308, 1e308]); t(math.fsum, [inf, -inf]); t(math.fsum, [inf, 1.0, inf]); t(math.fsum, [nan, 1.0]); t(math.fsum, 5); t(math.fsum, ["a"])
t(math.isclose, 1, 2, rel_tol=-1); t(math.isclose, 1); t(math.isclose, 1, 2, 3); t(math.isclose, 1.0, 1.0, tol=3)
t(math.nextafter, 1.0, 2.0, steps=-1); t(math.nextafter, 1.0); t(math.nextafter, 1.0, 2.0, 3)
t(math.fma, inf, 0.0, 1.0); t(math.fma, 1e308, 10.0, 0.0); t(math.fma, 1.0, 2.0); t(math.fma, nan, 0.0, 1.0)
t(math.trunc, "x"); t(math.floor, "x"); t(math.ceil, None); t(math.floor, nan); t(math.ceil, inf); t(math.trunc, -inf)
t(math.dist, [1, 2], [3]); t(math.dist, 1.0, 2.0); t(math.hypot, "a"); t(math.hypot, 1, x=2)
t(math.sumprod, [1, 2], [3]); t(math.sumprod, 1, 2); t(math.sumprod, [1])
t(math.prod); t(math.prod, [1, 2], 3); t(math.prod, [1, "a"]); t(math.prod, 5)
t(math.gamma, -1.5); t(math.gamma, 171.7); t(math.gamma, 200.0); t(math.gamma, -200.5); t(math.lgamma, -0.0); t(math.lgamma, 1e308)
t(math.sqrt, 10 ** 400); t(math.exp, 10 ** 400)
