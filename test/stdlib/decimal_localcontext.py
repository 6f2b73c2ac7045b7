# getcontext/setcontext/localcontext, Context attributes, copy, repr, methods
import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext
print(getcontext())
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / 7, getcontext() is ctx, getcontext().prec)
    with localcontext(Context(prec=2, rounding=decimal.ROUND_UP)) as c2:
        print(D(1) / 7, c2.prec, c2.rounding)
    print(D(1) / 7)
print(D(1) / 7, getcontext().prec)
with localcontext(prec=3, Emax=10, traps=[decimal.Inexact]) as ctx:
    print(ctx)
    try:
        D(1) / 3
    except decimal.Inexact as e:
        print('Inexact', e)
try:
    localcontext(foo=1)
except TypeError as e:
    print('TypeError', e)
try:
    localcontext(3)
except TypeError as e:
    print('TypeError', e)
try:
    with localcontext(prec=0):
        pass
except ValueError as e:
    print('ValueError', e)
c = Context(prec=7, rounding=decimal.ROUND_HALF_UP, Emin=-20, Emax=20, capitals=0, clamp=1, flags=[decimal.Inexact], traps=[decimal.Overflow])
print(c, c.Etiny(), c.Etop())
d = c.copy()
d.prec = 3
print(c.prec, d.prec, d.flags[decimal.Inexact], repr(d))
print(c.__reduce__())
c.clear_traps()
c.clear_flags()
print(c)
c.traps = getcontext().traps
c.flags = dict.fromkeys(c.flags, True)
print(c)
c.flags = dict.fromkeys(c.flags, False)
print(c.flags == {s: False for s in c.flags}, c.traps.copy() == dict(c.traps))
x = Context(prec=6)
print(x.add(1, 2), x.subtract(D('1.5'), 3), x.multiply(7, D('1.1')), x.divide(1, 3), x.divide_int(7, 2), x.remainder(7, 2),
      x.divmod(7, 2), x.power(2, 10), x.power(7, 2, 5), x.abs(D(-3)), x.minus(3), x.plus(D('1.23456789')), x.sqrt(2))
print(x.compare(1, 2), x.max(1, 2), x.min_mag(-1, 2), x.quantize(D('1.23456'), D('0.01')), x.to_integral_exact(D('2.5')),
      x.normalize(D('1.500')), x.next_plus(D(1)), x.next_minus(D(1)), x.next_toward(D(1), D(2)), x.logb(D(250)), x.scaleb(D(1), 5))
print(x.is_zero(0), x.is_signed(D(-1)), x.is_nan(D('NaN')), x.is_normal(D('1e-999999')), x.is_subnormal(D('1e-1000000')),
      x.number_class(D('-0')), x.to_sci_string(D('1e10')), x.to_eng_string(D('1e10')), x.copy_sign(1, -2), x.fma(2, 3, 4))
print(x.same_quantum(D('1.0'), D('2.0')), x.compare_total(1, D('1.0')), x.canonical(D(1)), x.radix(), x.copy_decimal(5),
      x.create_decimal('1.2345678'), x.exp(1), x.ln(2), x.log10(2), x.rotate(D(123), 2), x.shift(D(123), -1))
print(x.logical_and(D(1101), D(1011)), x.logical_or(D(1101), D(1011)), x.logical_xor(D(1101), D(1011)), x.logical_invert(D(101)))
try:
    x.add(1, 1.5)
except TypeError as e:
    print('TypeError', e)
getcontext().traps[decimal.DivisionByZero] = False
for v in ['1', '0.5', '1e-6', '-0', '9.99999e5', '1e-999999']:
    y = D(v)
    print(v, y.next_plus(), y.next_minus(), y.next_toward(0), y.is_normal(), y.is_subnormal(), y.logb(), y.number_class())
getcontext().traps[decimal.DivisionByZero] = True
print(D(12345).rotate(2), D(12345).shift(2), D(12345).rotate(-2), D(12345).shift(-2), D(1).scaleb(-3), D('1.5').scaleb(D(2)))
class MyContext(Context):
    pass
mc = MyContext(prec=4)
print(type(mc).__name__, mc.prec, type(mc.copy()).__name__, mc.divide(1, 3))
setcontext(mc)
print(D(2) / 3, getcontext() is mc)
setcontext(decimal.DefaultContext)
print(getcontext() is decimal.DefaultContext, getcontext().prec)
ie = decimal.IEEEContext(64)
# (MAX_PREC and friends are 32-bit values in pyodide: not printed)
print(ie, decimal.IEEEContext(128).prec, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)
print(decimal.__version__, decimal.__libmpdec_version__)
print(sorted(n for n in dir(decimal) if not n.startswith('_')))
c = Context()
for stmt in ['c.foo = 1', 'del c.prec', 'c.flags = {}', 'c.traps = [decimal.Inexact]', 'del c.foo']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except (AttributeError, KeyError, TypeError) as e:
        print(stmt, type(e).__name__, e)
mc.note = 'subclasses have a __dict__'
print(mc.note)
