# seeded random operands through every arithmetic operation, at random precisions and roundings
import random
import decimal
from decimal import Decimal as D, Context

R = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
     decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]
rng = random.Random(20260401)

def rand_dec():
    k = rng.random()
    if k < 0.03:
        return D(rng.choice(['NaN', '-Infinity', 'Infinity', 'sNaN', '-0', '0E+5']))
    digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 25)))
    sign = rng.choice(['', '-'])
    return D(f'{sign}{digits}E{rng.randint(-30, 20)}')

def flags(c):
    return ''.join(s.__name__[:3] for s, v in c.flags.items() if v)

ops = [
    ('add', lambda c, a, b: c.add(a, b)), ('sub', lambda c, a, b: c.subtract(a, b)),
    ('mul', lambda c, a, b: c.multiply(a, b)), ('div', lambda c, a, b: c.divide(a, b)),
    ('divint', lambda c, a, b: c.divide_int(a, b)), ('rem', lambda c, a, b: c.remainder(a, b)),
    ('remnear', lambda c, a, b: c.remainder_near(a, b)), ('sqrt', lambda c, a, b: c.sqrt(a)),
    ('exp', lambda c, a, b: c.exp(a.scaleb(-a.adjusted()) if a.is_finite() and a.adjusted() > 2 else a)),
    ('ln', lambda c, a, b: c.ln(a)), ('log10', lambda c, a, b: c.log10(a)),
    ('pow', lambda c, a, b: c.power(a, D(rng.randint(-12, 12)))),
    ('powf', lambda c, a, b: c.power(abs(a), D(rng.randint(-300, 300)).scaleb(-2))),
    ('quant', lambda c, a, b: c.quantize(a, D(f'1E{rng.randint(-10, 5)}'))),
    ('fma', lambda c, a, b: c.fma(a, b, a)), ('cmp', lambda c, a, b: c.compare(a, b)),
    ('max', lambda c, a, b: c.max(a, b)), ('minmag', lambda c, a, b: c.min_mag(a, b)),
    ('next', lambda c, a, b: c.next_toward(a, b)), ('norm', lambda c, a, b: c.normalize(a)),
    ('intx', lambda c, a, b: c.to_integral_exact(a)), ('plus', lambda c, a, b: c.plus(a)),
    ('logb', lambda c, a, b: c.logb(a)),
]
for i in range(450):
    prec = rng.choice([1, 2, 3, 5, 9, 16, 28, 34])
    c = Context(prec=prec, rounding=rng.choice(R), Emax=rng.choice([99, 999999]), Emin=rng.choice([-99, -999999]),
                clamp=rng.randint(0, 1), traps=[])
    a, b = rand_dec(), rand_dec()
    name, f = ops[i % len(ops)]
    try:
        r = f(c, a, b)
    except Exception as e:
        r = type(e).__name__
    print(i, name, prec, c.rounding[6:], a, b, r, flags(c))
