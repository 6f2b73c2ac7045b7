# sqrt, exp, ln, log10, power at several precisions (correctly rounded, flags)
import decimal
from decimal import Decimal as D, Context, localcontext

def flags(c):
    return [s.__name__ for s, v in c.flags.items() if v]

values = ['2', '0.5', '10', '1000', '1e-10', '123.456', '7', '0.0001', '1.0000001', '9.99e5', '3.14159265358979', '1e50', '0.1', '100']
for prec in (5, 16, 28, 40):
    c = Context(prec=prec, traps=[])
    for v in values:
        x = D(v)
        c.clear_flags()
        print(prec, v, c.sqrt(x), c.exp(x if x < 1000 else D(-5)), c.ln(x), c.log10(x), flags(c))
c = Context(prec=20, traps=[])
for v in ['-1', '0', '-0', 'Infinity', '-Infinity', 'NaN', '1', '1.000', '100', '0.01', '1e-20', '4', '0.25', '1e100']:
    x = D(v)
    c.clear_flags()
    print(v, c.sqrt(x), c.exp(x), c.ln(x), c.log10(x), c.logb(x), flags(c))
for v in ['-20', '-1', '-0.001', '0.001', '1', '5', '20', '100', '230', '-230', '-2e6', '2e6']:
    c.clear_flags()
    print(v, c.exp(D(v)), flags(c))
for a, b in [('2', '0.5'), ('4', '0.5'), ('2', '10'), ('2', '-2'), ('10', '-3'), ('1.5', '2.5'), ('0.5', '-1.5'), ('-2', '3'),
             ('-2', '-3'), ('-8', '0.5'), ('0', '-1'), ('0', '2'), ('1', '1e10'), ('1.00', '3'), ('1', '0.5'), ('Infinity', '-1'),
             ('2', 'Infinity'), ('0.5', 'Infinity'), ('7', '0'), ('3', '100'), ('1.0001', '10000'), ('9', '1e30'), ('2', '1000')]:
    c.clear_flags()
    print(a, b, c.power(D(a), D(b)), flags(c))
print(pow(D(3), D(7), D(5)), pow(D(-3), 3, 7), pow(D(2), 100, D(1000)))
c.clear_flags()
print(c.power(D(2), D(3), D('0.5')), flags(c))
with localcontext(prec=50):
    print(D(2).sqrt(), D(1).exp(), D(10).ln(), D(2).log10())
    print(D(2) ** D('0.5'), D('1.1') ** 50)
for r in [decimal.ROUND_UP, decimal.ROUND_DOWN, decimal.ROUND_FLOOR]:
    c = Context(prec=12, rounding=r)
    print(r, c.sqrt(D(3)), c.exp(D(1)), c.ln(D(3)), c.power(D(3), D('0.5')), c.power(D(3), D(-1)))
