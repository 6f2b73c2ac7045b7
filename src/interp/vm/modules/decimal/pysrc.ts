// The Python half of _decimal: the bookkeeping Modules/_decimal/_decimal.c does with Python objects
// (the signal classes, DecimalTuple, SignalDict, the context templates, getcontext/setcontext/
// localcontext over a ContextVar, numbers registration). Decimal and Context are declared here and
// get their methods from module.ts (`_mpd.install`), written in TypeScript.
export const DECIMAL_SOURCE = String.raw`
import contextvars as _contextvars
import numbers as _numbers
from collections import namedtuple as _namedtuple
from collections.abc import MutableMapping as _MutableMapping

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_UP = 'ROUND_UP'
ROUND_DOWN = 'ROUND_DOWN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_05UP = 'ROUND_05UP'

HAVE_THREADS = True
HAVE_CONTEXTVAR = True
MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = -1999999999999999997
IEEE_CONTEXT_MAX_BITS = 512

DecimalTuple = _namedtuple('DecimalTuple', 'sign digits exponent', module='decimal')

class DecimalException(ArithmeticError):
    __module__ = 'decimal'
class Clamped(DecimalException):
    __module__ = 'decimal'
class InvalidOperation(DecimalException):
    __module__ = 'decimal'
class ConversionSyntax(InvalidOperation):
    __module__ = 'decimal'
class DivisionByZero(DecimalException, ZeroDivisionError):
    __module__ = 'decimal'
class DivisionImpossible(InvalidOperation):
    __module__ = 'decimal'
class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    __module__ = 'decimal'
class Inexact(DecimalException):
    __module__ = 'decimal'
class InvalidContext(InvalidOperation):
    __module__ = 'decimal'
class Rounded(DecimalException):
    __module__ = 'decimal'
class Subnormal(DecimalException):
    __module__ = 'decimal'
class Overflow(Inexact, Rounded):
    __module__ = 'decimal'
class Underflow(Inexact, Rounded, Subnormal):
    __module__ = 'decimal'
class FloatOperation(DecimalException, TypeError):
    __module__ = 'decimal'

class Decimal(object):
    """Construct a new Decimal object. 'value' can be an integer, string, tuple,
or another Decimal object. If no value is given, return Decimal('0'). The
context does not affect the conversion and is only passed to determine if
the InvalidOperation trap is active.

"""
    __module__ = 'decimal'
    __slots__ = ()

class Context(object):
    """The context affects almost all operations and controls rounding,
Over/Underflow, raising of exceptions and much more.  A new context
can be constructed as follows:

    >>> c = Context(prec=28, Emin=-425000000, Emax=425000000,
    ...             rounding=ROUND_HALF_EVEN, capitals=1, clamp=1,
    ...             traps=[InvalidOperation, DivisionByZero, Overflow],
    ...             flags=[])
    >>>


"""
    __module__ = 'decimal'
    __slots__ = ()

def _private(_mpd):
    # names the functions above use, kept out of the module's namespace (closures)
    signals = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow,
               Subnormal, Inexact, Rounded, Clamped)
    sig_get = _mpd.sig_get
    sig_set = _mpd.sig_set

    class SignalDictMixin:
        __module__ = 'decimal'
        __qualname__ = 'SignalDictMixin'
        def __init__(self, ctx, traps):
            self._ctx = ctx
            self._traps = traps
        def __getitem__(self, key):
            return sig_get(self._ctx, self._traps, key)
        def __setitem__(self, key, value):
            sig_set(self._ctx, self._traps, key, value)
        def __delitem__(self, key):
            raise ValueError('signal keys cannot be deleted')
        def __len__(self):
            return 9
        def __iter__(self):
            return iter(signals)
        def __repr__(self):
            return '{' + ', '.join('%r:%r' % (s, self[s]) for s in signals) + '}'
        def copy(self):
            return {s: self[s] for s in signals}

    SignalDict = type('SignalDict', (SignalDictMixin, _MutableMapping), {'__module__': 'abc'})

    class ContextManager:
        __module__ = 'decimal'
        __qualname__ = 'ContextManager'
        def __init__(self, new_context):
            self.new_context = new_context
        def __enter__(self):
            self.saved_context = getcontext()
            setcontext(self.new_context)
            return self.new_context
        def __exit__(self, *args):
            setcontext(self.saved_context)

    _current_context_var = _contextvars.ContextVar('decimal_context')
    _ContextManager = ContextManager
    _setattrs = _mpd.setattrs

    def getcontext():
        """Get the current default context."""
        try:
            return _current_context_var.get()
        except LookupError:
            context = DefaultContext.copy()
            context.clear_flags()
            _current_context_var.set(context)
            return context

    def setcontext(context):
        """Set a new default context."""
        if not isinstance(context, Context):
            raise TypeError('argument must be a context')
        if context is DefaultContext or context is BasicContext or context is ExtendedContext:
            context = context.copy()
            context.clear_flags()
        _current_context_var.set(context)

    names = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')
    def localcontext(ctx=None, **kwargs):
        """Return a context manager that will set the default context to a copy
    of ctx on entry to the with-statement and restore the previous default
    context when exiting the with-statement. If no context is specified, a
    copy of the current default context is used.

    """
        if ctx is None:
            ctx = getcontext()
        elif not isinstance(ctx, Context):
            raise TypeError('optional argument must be a context')
        for k in kwargs:
            if k not in names:
                raise TypeError(f"this function got an unexpected keyword argument '{k}'")
        local = ctx.copy()
        _setattrs(local, *[kwargs.get(k) for k in names])
        return _ContextManager(local)

    _mpd.install(Decimal, Context, signals,
                 (InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext),
                 DecimalTuple, SignalDict, getcontext, _numbers.Rational, _current_context_var)
    for f in (getcontext, setcontext, localcontext):
        f.__qualname__ = f.__name__
    return getcontext, setcontext, localcontext

getcontext, setcontext, localcontext = _private(_mpd)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                         flags=[], traps=[InvalidOperation, DivisionByZero, Overflow])
_mpd.set_default(DefaultContext)
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                       flags=[], traps=[Clamped, InvalidOperation, DivisionByZero, Overflow, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999, capitals=1, clamp=0,
                          flags=[], traps=[])

def IEEEContext(bits, /):
    """Return a context object initialized to the proper values for one of the
IEEE interchange formats."""
    if not isinstance(bits, int):
        raise TypeError('an integer is required')
    if bits <= 0 or bits > IEEE_CONTEXT_MAX_BITS or bits % 32:
        raise ValueError('argument must be a multiple of 32, with a maximum of %d' % IEEE_CONTEXT_MAX_BITS)
    emax = 3 * 2 ** (bits // 16 + 3)
    prec = 9 * bits // 32 - 2
    return Context(prec=prec, rounding=ROUND_HALF_EVEN, Emin=1 - emax, Emax=emax, capitals=1, clamp=1,
                   flags=[], traps=[])

_numbers.Number.register(Decimal)

del _mpd, _contextvars, _namedtuple, _MutableMapping, _numbers, _private
`;
