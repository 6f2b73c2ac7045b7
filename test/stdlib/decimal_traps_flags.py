# signals: trapped conditions raise (CPython's messages), untrapped ones set flags
import decimal
from decimal import Decimal as D, Context, getcontext, setcontext, localcontext

def show(f):
    try:
        r = f()
        print('->', repr(r))
    except decimal.DecimalException as e:
        print(type(e).__name__, e, e.args, isinstance(e, ArithmeticError), isinstance(e, ZeroDivisionError))
    except Exception as e:
        print('other', type(e).__name__, e)

show(lambda: D(1) / 0)
show(lambda: D(0) / 0)
show(lambda: D(1) // 0)
show(lambda: D(1) % 0)
show(lambda: divmod(D(1), 0))
show(lambda: D('Inf') - D('Inf'))
show(lambda: D('Inf') * 0)
show(lambda: D('1e999999') * 10)
show(lambda: D('abc'))
show(lambda: D(-1).sqrt())
show(lambda: D(-1).ln())
show(lambda: D(0).ln())
show(lambda: D(10**30) // D(3) if getcontext().prec < 30 else None)
show(lambda: D('sNaN') + 1)
show(lambda: D('NaN') < 1)
show(lambda: D('sNaN') == 1)
show(lambda: D('NaN') == 1)
show(lambda: D(1).quantize(D('1e-30')))
show(lambda: D(2) ** D('0.5') if False else D(-2) ** D('0.5'))
show(lambda: D(0) ** 0)
print(getcontext())
getcontext().clear_flags()
getcontext().traps[decimal.Inexact] = True
show(lambda: D(1) / 3)
show(lambda: D(1) / 4)
getcontext().traps[decimal.Inexact] = False
getcontext().traps[decimal.Rounded] = True
show(lambda: D('1.23456789012345678901234567890') + 0)
getcontext().traps[decimal.Rounded] = False
print(getcontext())
print(getcontext().flags)
print(dict(getcontext().traps))
c = Context(traps=[])
print(c.divide(1, 0), c.divide(0, 0), c.divide_int(10**30, 3), c.sqrt(-4), c.ln(0), c.power(0, -1))
print(c)
print(c.flags[decimal.InvalidOperation], c.flags[decimal.DivisionByZero], len(c.flags), list(c.flags)[:3])
c.clear_flags()
c.flags[decimal.Inexact] = 1
c.traps[decimal.Overflow] = True
print(c)
try:
    c.flags[1]
except KeyError as e:
    print('KeyError', e)
for bad in [{'prec': 0}, {'prec': 'x'}, {'rounding': 'x'}, {'Emin': 1}, {'Emax': -1}, {'capitals': 2}, {'clamp': 2}, {'flags': 1},
            {'traps': {decimal.Inexact: True}}]:
    try:
        Context(**bad)
        print('ok', bad)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
getcontext().traps[decimal.FloatOperation] = True
show(lambda: D(1.5))
show(lambda: D(1) < 1.5)
show(lambda: D(1) == 1.5)
show(lambda: D.from_float(1.5))
getcontext().traps[decimal.FloatOperation] = False
show(lambda: D(1) < 1.5)
print(getcontext().flags[decimal.FloatOperation])
show(lambda: D(1) + 1.5)
show(lambda: D(1) + 'x')
show(lambda: D(1).compare(1.5))
show(lambda: D(1).quantize(D(1), context=5))
show(lambda: Context().add(D(1), 1.0))
print(decimal.DivisionByZero.__mro__)
print(decimal.FloatOperation.__mro__, decimal.Underflow.__mro__)
print(decimal.DivisionUndefined.__mro__)
setcontext(decimal.BasicContext)
print(getcontext(), getcontext() is decimal.BasicContext)
show(lambda: D('1e-999999') / 1000)
setcontext(decimal.ExtendedContext)
print(D(1) / 0, D(0) / 0, getcontext().flags[decimal.DivisionByZero])
setcontext(decimal.DefaultContext)
print(repr(decimal.DefaultContext), repr(decimal.ExtendedContext))
try:
    setcontext(1)
except TypeError as e:
    print('TypeError', e)
