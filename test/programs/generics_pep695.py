# PEP 695 type parameters at run time: generic functions and classes, `type` aliases


def first[T](items: list[T]) -> T:
    return items[0]


def pair[K, V: (int, str), *Ts, **P](k: K, v: V) -> tuple[K, V]:
    return (k, v)


def bounded[N: float = int]():
    return N


print(first([3, 1, 2]), first("xyz"))
print(first.__type_params__)
(T,) = first.__type_params__
print(type(T).__name__, T.__name__, repr(T), T.__bound__, T.__constraints__, T.__default__)
print(T.__covariant__, T.__contravariant__, T.__infer_variance__, T.has_default(), T.__module__)
K, V, Ts, P = pair.__type_params__
print([type(p).__name__ for p in pair.__type_params__])
print(repr(V), V.__constraints__, repr(Ts), repr(P), P.args, P.kwargs, P.args.__origin__ is P)
(N,) = bounded.__type_params__
print(bounded() is N, N.__bound__, N.__default__, N.has_default())
print(first.__annotations__)
print(pair(1, "a"), pair.__name__, pair.__qualname__)


class Stack[T]:
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        return self.items.pop()

    @classmethod
    def params(cls):
        return cls.__type_params__


s = Stack[int]().push(1).push(2)
print(s.pop(), s.items)
print(Stack.__type_params__, Stack.params())
print(Stack.__mro__)
print(Stack.__orig_bases__, Stack.__parameters__)
print(Stack[int], type(Stack[str]).__name__)
print(Stack.__type_params__[0] is not T)


class Node[T, U = None](Stack[T]):
    pass


print(Node.__mro__)
print(Node.__type_params__, Node.__type_params__[1].__default__)


class Plain(list[int]):
    pass


print(Plain.__mro__, Plain.__orig_bases__, Plain([1, 2]))

type Number = int | float
type Pairs[A] = list[tuple[A, A]]
type Recursive = list[Recursive] | int
type Lazy = UndefinedYet

print(Number, type(Number).__name__, Number.__name__, Number.__value__)
print(Pairs.__type_params__, Pairs.__value__, Pairs[int])
print(Recursive.__value__)
try:
    Lazy.__value__
except NameError as e:
    print("NameError:", e)
UndefinedYet = "now defined"
print(Lazy.__value__)
try:
    Number[int]
except TypeError as e:
    print("TypeError:", e)
print(Number.__type_params__, Number.__module__)


def outer():
    type Local[X] = dict[str, X]
    return Local


L = outer()
print(L, L.__value__, L.__type_params__)


class Container:
    type Item = str

    def method[M](self, m: M) -> M:
        return m


print(Container.Item.__value__, Container().method(5), Container.method.__type_params__)
try:
    class Bad(T):
        pass
except TypeError as e:
    print("TypeError:", e)
