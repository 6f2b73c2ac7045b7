# isinstance / issubclass with tuples, unions, ABC-free hooks and errors.
class A: pass
class B(A): pass
class C(B): pass
class D: pass
class M(A, D): pass
print(isinstance(C(), A), isinstance(A(), C), isinstance(M(), D), isinstance(M(), (int, D)), isinstance(1, (str, (list, int))))
print(issubclass(C, A), issubclass(A, C), issubclass(C, C), issubclass(M, (D, int)), issubclass(bool, (int,)), issubclass(int, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance("s", str), isinstance(None, type(None)))
print(isinstance(int, type), isinstance(type, type), isinstance(type, object), issubclass(type, object), isinstance(object, type))
print(isinstance(1, int | str), isinstance("a", int | None), isinstance(None, int | None), issubclass(bool, int | str))
print(isinstance([], ()), issubclass(A, ()), isinstance(1, (((int,),),)), isinstance(len, type(print)))
print(isinstance(lambda: 0, type(lambda: 0)), isinstance(A, type), isinstance(A(), object), issubclass(D, object))
print(isinstance([], list), isinstance({}, dict), isinstance((), tuple), isinstance(set(), frozenset), isinstance(frozenset(), set))
print(isinstance(range(1), range), isinstance(slice(1), slice), isinstance(b"", bytes), isinstance(1j, complex) if False else True)
print(issubclass(KeyError, LookupError), issubclass(KeyError, (ValueError, Exception)), isinstance(KeyError(), BaseException))
print(type(C()).__mro__, C.__bases__, M.__mro__, A.__subclasses__())

class Meta(type):
    def __instancecheck__(cls, obj):
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int

class Magic(metaclass=Meta):
    pass
print(isinstance("magic", Magic), isinstance("other", Magic), issubclass(int, Magic), issubclass(str, Magic), isinstance(Magic(), Magic))

class Proxy:
    @property
    def __class__(self):
        return A
p = Proxy()
print(isinstance(p, A), isinstance(p, Proxy), type(p).__name__, issubclass(Proxy, A))

errors = [
    lambda: isinstance(1, 1),
    lambda: isinstance(1, (int, 1)),
    lambda: issubclass(1, int),
    lambda: issubclass(A(), A),
    lambda: issubclass(int, 5),
    lambda: issubclass(int, (str, 5)),
    lambda: isinstance(1),
    lambda: isinstance(1, int, str),
    lambda: issubclass(),
    lambda: isinstance(1, [int]),
    lambda: isinstance(x=1, cls=int),
]
for f in errors:
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
issubclass("A", A)
