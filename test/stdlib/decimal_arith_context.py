# Decimal arithmetic under several precisions and all rounding modes, with the flags raised
import decimal
from decimal import Decimal as D, Context, localcontext, getcontext
ROUNDINGS = [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_CEILING, decimal.ROUND_FLOOR,
             decimal.ROUND_HALF_UP, decimal.ROUND_HALF_DOWN, decimal.ROUND_HALF_EVEN, decimal.ROUND_05UP]

def flags(c):
    return [s.__name__ for s, v in c.flags.items() if v]

pairs = [(D('1'), D('3')), (D('2'), D('3')), (D('-2'), D('3')), (D('12345.6789'), D('0.0321')), (D('1e10'), D('7')),
         (D('-0.5'), D('0.5')), (D('99999'), D('1')), (D('1.25'), D('-0.05')), (D('0'), D('-7')), (D('2.5'), D('2'))]
for prec in (1, 3, 5, 28):
    for rnd in ROUNDINGS:
        c = Context(prec=prec, rounding=rnd, traps=[])
        out = []
        for a, b in pairs:
            out.append(f'{c.add(a, b)} {c.subtract(a, b)} {c.multiply(a, b)} {c.divide(a, b)}')
        print(prec, rnd, ' | '.join(out), flags(c))

for a, b in pairs:
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, -a, +a, abs(a))
    print(a + 1, 2 - a, a * 3, 10 / b, 7 // b, 7 % b, a.remainder_near(b), a.fma(b, 1), a.compare(b), a.max(b), a.min(b))

for x, y in [(7, 2), (-7, 2), (7, -2), (-7, -2), (D('7.5'), D('0.2')), (D('-7.5'), 2), (D('1e3'), D('0.3'))]:
    x, y = D(x), D(y)
    print(x // y, x % y, divmod(x, y), x.remainder_near(y))

with localcontext() as ctx:
    ctx.prec = 6
    print(D(1) / D(7), D(2).sqrt(), D('1.23456789') + 0, +D('1.23456789'), ctx.plus(D('9.9999999')))
    ctx.rounding = decimal.ROUND_FLOOR
    print(D(1) / D(7), D(-1) / D(7), D(5) - D(5), D(-5) + D(5), -D(0))
with localcontext(prec=3, rounding=decimal.ROUND_UP) as ctx:
    print(D('1.001') * 1, D(2) ** D('0.5'), D(10) ** -3, D('1.1') ** 10, D(3) ** 100)
print(getcontext().prec, getcontext().rounding)

c = Context(prec=9, Emax=99, Emin=-99, traps=[])
for v in [D('9.99999999999e99'), D('1e-105'), D('1.234567e-100'), D('1e100'), D('0e-200'), D('0e200')]:
    c.clear_flags()
    print(c.plus(v), flags(c))
c.clamp = 1
c.clear_flags()
print(c.plus(D('1e99')), c.plus(D('1.5e92')), flags(c))
c = Context(prec=3, Emax=5, Emin=-5, rounding=decimal.ROUND_DOWN, traps=[])
print(c.multiply(D(999), D(1000)), c.multiply(D(-999), D(1000)), flags(c))
c.rounding = decimal.ROUND_CEILING
print(c.multiply(D(999), D(1000)), c.multiply(D(-999), D(1000)))

x = D('123.456')
print(x.quantize(D('0.01')), x.quantize(D('1e1')), x.quantize(D('1'), rounding=decimal.ROUND_UP), x.quantize(D('1e-5')))
for r in ROUNDINGS:
    print(r, [str(D(v).quantize(D('1'), rounding=r)) for v in ['2.5', '-2.5', '1.5', '0.5', '2.51', '-0.49', '5.5', '6.05']],
          [str(D(v).to_integral_value(rounding=r)) for v in ['2.5', '-3.5', '0.05']])
print(D('7.50').normalize(), D('0.00').normalize(), D('-1200').normalize(), D('1E+2').normalize(), D('120.00').to_integral_exact())
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-2.5')), round(D('123.456'), -1), round(D('1.5'), 0))
print(int(D('-7.9')), int(D('1e3')), float(D('1.1')), float(D('-0')), D('7.9').__floor__(), D('-7.1').__ceil__(), D('-7.9').__trunc__())
import math
print(math.floor(D('-2.5')), math.ceil(D('2.1')), math.trunc(D('-9.99')))
