# class definitions of many shapes
class A: pass
class B(): pass
class C(A): pass
class D(A, B): pass
class E(A, metaclass=M): pass
class F(metaclass=M): pass
class G(*bases): pass
class H(**kw): pass
class I(A, *bases, k=1, **kw): pass
class J(A.B.C): pass
class K(f()): pass
class L(A[int]): pass
class M(x if y else z): pass
class N((lambda: object)()): pass
class O(
    A,
    B,
): pass
class P:
    """Docstring."""
class Q:
    x = 1
    y: int
    z: int = 2
    def __init__(self): self.a = 1
    @classmethod
    def c(cls): pass
    class Inner:
        class Innermost: pass
    async def am(self): pass
    __slots__ = ("a",)
    def __private(self): pass
    _Q__mangled = 1
class R[T](Generic[T]): pass
class S(A, B, C, D, E, F, G, H, I, J, K, L, M, N, O, P, Q, R): pass
class T(object, metaclass=type, extra=1): pass
class U((B := object)): pass
class V(A if True else B, *[C], **{"k": 1}): pass
