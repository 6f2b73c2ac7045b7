# Decimal subclasses with __new__, descriptors' reprs, argument errors with getargs.c's messages
from decimal import Decimal, Context, getcontext
import decimal
class Pos(Decimal):
    def __new__(cls, value='0', *args):
        self = super().__new__(cls, value)
        if self < 0:
            raise ValueError('negative')
        return self
    def double(self):
        return Pos(self * 2)
p = Pos('1.5')
print(p, repr(p), p.double(), type(p.double()).__name__)
try: Pos('-1')
except ValueError as e: print(e)
print(Decimal.__new__(Decimal, '3'), Decimal.__new__(Pos, '4'), type(Decimal.__new__(Pos, '4')).__name__)
print(getcontext.__module__, decimal.localcontext.__name__, Decimal.__doc__.splitlines()[0])
print(Decimal.sqrt, Decimal.__add__, Context.prec, type(getcontext().flags).__name__)
print(Decimal('1') .__format__('.2f'), Decimal(5).__round__(None) if False else '', Decimal('1.5').__reduce__())
try:
    Decimal('1', 'x')
except TypeError as e: print(e)
try:
    Decimal('1', foo=1)
except TypeError as e: print(e)
try:
    Decimal(1).exp(1, 2)
except TypeError as e: print(e)
