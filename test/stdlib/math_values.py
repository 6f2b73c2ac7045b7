# Results of the math module's float functions, compared with CPython bit for bit (repr).
import math

xs = [0.0, -0.0, 1e-300, 5e-324, 1e-20, 1e-8, 0.1, 0.25, 0.5, 0.7, 0.84375, 1.0, 1.1, 1.25, 1.5, 2.0, 2.5, 3.0,
      math.pi / 4, math.pi / 2, math.pi, 4.0, 5.5, 7.0, 10.0, 20.0, 27.5, 30.0, 100.0, 170.5, 700.0, 1e10, 1e300]
xs += [-x for x in xs if x]
for name in ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "erf", "erfc", "exp",
             "exp2", "expm1", "fabs", "gamma", "lgamma", "log1p", "sin", "sinh", "sqrt", "tan", "tanh",
             "log2", "log10", "log", "degrees", "radians", "ceil", "floor", "trunc", "frexp", "modf", "ulp",
             "isfinite", "isinf", "isnan"]:
    f = getattr(math, name)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__[0])
    print(name, " ".join(out))

# a grid of values in the ranges where libm implementations usually differ in the last bit
grid = [i / 7.0 - 3.0 for i in range(43)] + [i * 13.37 - 400 for i in range(60)]
for name in ["exp", "sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "erf", "erfc", "expm1", "exp2"]:
    f = getattr(math, name)
    print(name, [f(x) for x in grid])
def safe(f, x):
    try:
        return f(x)
    except (ValueError, OverflowError) as e:
        return type(e).__name__
for name in ["log", "log2", "log10", "log1p", "sqrt", "acosh", "lgamma", "gamma", "cbrt"]:
    f = getattr(math, name)
    print(name, [safe(f, abs(x) + 1.0) for x in grid])
pairs = [(x, y) for x in [-2.5, -1.0, -0.0, 0.0, 0.5, 1.0, 3.0, 1e300] for y in [-3.0, -0.5, 0.0, 0.5, 2.0, 3.0, 1e-300]]
for name in ["atan2", "copysign", "hypot", "remainder"]:
    f = getattr(math, name)
    print(name, [f(x, y) for x, y in pairs])
print("pow", [math.pow(abs(x) + 0.5, y) for x, y in pairs])
print("fmod", [math.fmod(x, y) for x, y in pairs if y])
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.log(100, 10), math.log(8, 2), math.log(2 ** 1000), math.log10(10 ** 300 + 1), math.log2(3 ** 700))
print(math.hypot(3, 4), math.hypot(1e308, 1e308), math.hypot(), math.hypot(-5), math.hypot(1, 2, 3, 4, 5), math.hypot(5e-324, 5e-324))
print(math.dist((1, 2), (4, 6)), math.dist([0.1, 0.2, 0.3], [0.3, 0.2, 0.1]), math.dist((), ()))
print(math.ldexp(0.75, 3), math.ldexp(1.0, -1074), math.ldexp(1.0, -1075), math.ldexp(3.0, -1075), math.ldexp(-1.5, 1023))
print(math.frexp(1e-310), math.frexp(-8.0), math.modf(-2.0), math.modf(3.75), math.modf(-math.inf))
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0), math.nextafter(1.0, 2.0, steps=3))
print(math.nextafter(-0.0, 1.0, steps=5), math.nextafter(5e-324, -1.0, steps=3), math.nextafter(1.0, 1.0, steps=10), math.nextafter(1.0, 2.0, steps=0))
print(math.ulp(1.0), math.ulp(0.0), math.ulp(math.inf), math.ulp(1e308 * 1.7), math.ulp(-3.5))
print(math.fma(2.0, 3.0, 4.0), math.fma(0.1, 10.0, -1.0), math.fma(1e-200, 1e-200, 0.0), math.fma(-0.0, 1.0, 0.0), math.fma(-0.0, 1.0, -0.0))
print(math.fma(1 + 2 ** -52, 1 + 2 ** -52, -1.0), math.fma(3, 4, 5))
print(math.isclose(1.0, 1.0000000001), math.isclose(1.0, 1.1, abs_tol=0.2), math.isclose(math.inf, math.inf), math.isclose(0.0, 1e-10))
print(math.copysign(1.0, -0.0), math.copysign(3, -math.nan), math.fabs(-0.0))
