# PEP 695 / PEP 696 type parameters on def, class and type alias
def f[T](x: T) -> T: return x
def g[T: int, U: (int, str), *Ts, **P](*args: *Ts, **kw: P.kwargs) -> tuple[T, U]: ...
def h[T = int, *Ts = *tuple[int, ...], **P = [int, str]](): pass
def i[T: (int, str) = int](): pass
def j[T: int = bool, U = T](): pass
async def k[T](x: T) -> T: return await x
class A[T]: pass
class B[T: Hashable, *Ts, **P](Base[T], Generic[*Ts], metaclass=M): pass
class C[T = str, *Ts = *tuple[()], **P = ...]: pass
class D[T,]: pass
class E[
    T: int,
    U,  # comment
    *Ts,
    **P,
]:
    def m[S](self, s: S) -> S: return s
type Alias = int
type Alias2[T] = list[T]
type Alias3[T: int = int, *Ts = *tuple[str], **P = [int]] = Callable[P, tuple[T, *Ts]]
type Alias4[K, V] = dict[K, V] | None
type Rec = list[Rec] | int
type  Spaced  [ T ]  =  T
type Lam = lambda: 1
type Tup = (int, str)
type Y[T: (lambda: int)()] = T
type Z[T: [int]] = T
type W[*Ts = *Unpack[Ts0]] = tuple[*Ts]
@dec
def deco[T](): pass
@dec
class Deco[T]: pass
def nested[T]():
    def inner[U: T](): pass
    class Inner[V: T]: pass
    type Local[X] = dict[T, X]
class Outer[T]:
    type M[U] = T | U
    def meth[U](self, *a: *tuple[T, U]): pass
def withdefaults[T](a: T = None, /, b: T = None, *, c: T = None): pass
type Str = "forward ref"
type Bits = b"xx"
