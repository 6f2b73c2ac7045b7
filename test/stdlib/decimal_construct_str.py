# Decimal construction from str/int/float/tuple/Decimal, str/repr/to_eng_string, as_tuple
from decimal import Decimal, Context, getcontext, InvalidOperation

def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for s in ['1.23', '-0', '0E-7', '1E+7', '123e-10', '-Inf', 'nan', '-sNaN12', '1.2e', '', ' ', '1 2', '\u0661\u0662\u0663',
          '0x10', '.5', '5.', '.', '+.e1', '1e+', 'Infinity', 'inf', 'INFINITY', 'infinit', '1_000.000_1', ' \t7.50\n',
          '1e-1000000', '-12345678901234567890.123456789', 'NaN0012', '+0.000', '1E+999999', '00012']:
    show(lambda: Decimal(s))
for v in [0, -5, 10**30, True, 0.1, -0.0, 1e300, 5e-324, float('nan'), float('-inf'), (1, (0,), 0), (1, (), 'n'),
          (0, (1, 2), 'N'), (0, [1, 2], 3), ([0], (1,), 2), (2, (1,), 1), (0, (1,), 1.5), (0, (1, 12), -1), (0, (1,)),
          (0, (4, 5), 'F'), [1], 1j, None, b'1', Decimal('7.70')]:
    show(lambda: Decimal(v))
for d in ['1.23', '-0', '0E-7', '1E+7', '123e-10', '-Inf', 'nan', '-sNaN12', '123456789e-20', '1e-6', '1e-7',
          '0.000001', '12345e5', '100', '1e100', '0e100', '0e-100', '1234.5e-2', '-1.5E+11', '0.00E+3']:
    x = Decimal(d)
    print(d, str(x), repr(x), x.to_eng_string(), x.as_tuple(), x.adjusted(), x.is_signed(), x.is_zero(), x.number_class())
print(Decimal.from_float(0.1), Decimal.from_float(3), Decimal.from_float(-2.5))
show(lambda: Decimal.from_float('1'))
print(Decimal.from_number(7), Decimal.from_number(0.25), Decimal.from_number(Decimal('1.0')))
show(lambda: Decimal.from_number('1'))
print(Decimal(), Decimal(value='3.0'), Decimal('2', Context(prec=1)))
c = Context(prec=5)
print(c.create_decimal('3.14159265'), c.create_decimal(123456789), c.create_decimal(1.1), c.create_decimal((0, (1, 2, 3, 4, 5, 6), -3)))
print(c.create_decimal_from_float(0.1), repr(c.create_decimal()), c.flags[getcontext().__class__ and __import__('decimal').Inexact])
c.traps[InvalidOperation] = False
print(repr(c.create_decimal('NaN123456')), repr(c.create_decimal('abc')))
getcontext().capitals = 0
print(Decimal('1e20'), repr(Decimal('-1E-20')))
getcontext().capitals = 1
class MyDec(Decimal):
    pass
m = MyDec('1.50')
print(type(m).__name__, m, repr(m), isinstance(m, Decimal), type(m + 1).__name__, m.__class__.__mro__)
m.extra = 5
print(m.extra, MyDec.from_float(0.5), type(MyDec.from_float(0.5)).__name__)
print(Decimal('1.30').as_integer_ratio(), Decimal('-0.125').as_integer_ratio(), Decimal('12e3').as_integer_ratio(), Decimal(0).as_integer_ratio())
show(lambda: Decimal('NaN').as_integer_ratio())
show(lambda: Decimal('-Inf').as_integer_ratio())
import copy, pickle
x = Decimal('-3.14')
print(copy.copy(x) is x, copy.deepcopy(x), pickle.loads(pickle.dumps(x)), x.__reduce__())
print(Decimal('1.5').real, Decimal('1.5').imag, Decimal('1.5').conjugate(), Decimal(3).radix(), Decimal(2).canonical())
print(complex(Decimal('1.5')), bool(Decimal(0)), bool(Decimal('0.0001')), bool(Decimal('NaN')))
