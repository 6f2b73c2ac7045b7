# Decimal with Python's operators, reflected and in-place forms, builtins, fractions and math
import decimal, math, fractions, copy, pickle
from decimal import Decimal as D
from fractions import Fraction as F

a = D('2.5')
print(1 + a, a + 1, 3 - a, a - 3, 2 * a, a * 2, 5 / a, a / 5, 7 // a, a // 2, 7 % a, a % 2, divmod(7, a), divmod(a, 2))
print(2 ** a, a ** 2, pow(a, 3), pow(3, D(2)), pow(D(3), 4, 7), -a, +a, abs(-a), ~5)
x = D('1.1')
x += 2
x *= D('1.5')
x -= 1
x /= 3
x //= D('0.1')
x **= 2
x %= 7
print(x)
for bad in [lambda: a + 1.5, lambda: 1.5 * a, lambda: a + F(1, 2), lambda: a + 'x', lambda: pow(a, 2, 1.5), lambda: ~a, lambda: a @ a]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print(sum([D('0.1')] * 10), sum([D('0.1'), 1, 2]), max([D(1), 2, D('1.5')]), sorted([3, D('2.5'), 1.5, F(7, 4)]))
print(F(D('1.25')), F.from_decimal(D('-0.001')), F(1, 3) + 1, F(1, 4) == D('0.25'), F(1, 3) == D('0.3333'), D('0.5') >= F(1, 2))
print(math.floor(D('2.7')), math.ceil(D('-2.7')), math.trunc(D('9.99')), round(D('7.5')), round(D('8.5')), round(D('-0.5')))
print(math.sqrt(D(2)), math.isclose(D('1.0000000001'), 1), math.fsum([D('0.1'), D('0.2')]), float(D('1e400')), float(D('-1e-400')))
print(int(D('123456789012345678901234567890.9')), D('1e30').__int__(), hash(D('1e30')) == hash(10**30))
print(isinstance(D(1), decimal.Decimal), type(D(1)).__name__, type(D(1)).__module__, type(D(1)).__qualname__)
print(repr(D), D.__name__, D.__module__, decimal.Context.__name__, decimal.DecimalTuple(0, (1,), 0))
print(D('1.5').__round__(), D('1.25').__round__(1), D('1.35').__round__(1), D('123').__round__(-2))
print(str(D('1.5E+3')), '{}'.format(D('0.1')), f'{D("3.0")!r}', '%s %r' % (D('1'), D('2')))
print(list(map(D, ['1', '2.0', '-3e1'])), [D(i) / 4 for i in range(4)], bool(D('-0')))
class Money(D):
    def __repr__(self):
        return f'Money({str(self)!r})'
m = Money('10.50')
print(m, repr(m), m + 1, type(m + 1).__name__, -m, type(-m).__name__, Money(m), isinstance(m, D), m == D('10.5'))
print(copy.copy(m), pickle.loads(pickle.dumps(D('3.14'))), pickle.loads(pickle.dumps(decimal.Context(prec=5))))
print(D(10).log10(), D(100).sqrt(), D('0.25').sqrt(), D(2).exp(decimal.Context(prec=6)), D(3).ln(context=decimal.Context(prec=4)))
print(D('1.23456789').quantize(D('0.001'), rounding=decimal.ROUND_DOWN), D(5).fma(2, 3), D('12.345').to_integral_value(decimal.ROUND_CEILING))
try:
    D(1).quantize(D('0.1'), rounding='bad')
except TypeError as e:
    print('TypeError', e)
try:
    D(1).exp(context=1)
except TypeError as e:
    print('TypeError', e)
with decimal.localcontext(prec=4) as c:
    total = D(0)
    for i in range(1, 10):
        total += D(1) / i
    print(total, c.flags[decimal.Inexact], c.flags[decimal.Rounded])
