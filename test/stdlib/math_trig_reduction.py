# sin, cos (and cmath on top) of huge arguments: musl's __rem_pio2 and __rem_pio2_large reduction.
import math, cmath

xs = [1e7 * i + 0.5 for i in range(1, 40)] + [2.0 ** k + 0.1 * k for k in range(21, 80)]
xs += [1e22, 1e300, -1e300, 1.7e308, 123456789.123, -2.0 ** 41 - 4.1, 3.5e15, 6.0e100]
xs += [1.2345 * 10.0 ** k for k in range(7, 300, 3)] + [-x for x in xs[::7]]
print([math.sin(x) for x in xs])
print([math.cos(x) for x in xs])
print([cmath.exp(complex(0.5, x)) for x in xs[::5]])
print([math.tan(x) for x in xs[:30]])
