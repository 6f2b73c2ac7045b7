# Inheritance: C3 MRO, super() chains in diamonds, MRO conflicts, and attribute lookup order.
class A:
    def who(self):
        return ["A"]
class B(A):
    def who(self):
        return ["B"] + super().who()
class C(A):
    def who(self):
        return ["C"] + super().who()
class D(B, C):
    def who(self):
        return ["D"] + super().who()

print([k.__name__ for k in D.__mro__])
print(D().who())
print(D.__bases__ == (B, C), B.__base__ is A, A.__base__ is object)
print(issubclass(D, A), issubclass(A, D), isinstance(D(), C))

class O: pass
class X(O): pass
class Y(O): pass
class Z(O): pass
class K1(X, Y): pass
class K2(Y, Z): pass
class K3(X, Z): pass
class M(K1, K2, K3): pass
print([k.__name__ for k in M.mro()])

try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(X, K1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromInstance(A()):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    x = "base"
    def __init__(self):
        self.log = ["Base.__init__"]
class Mixin:
    x = "mixin"
    def __init__(self):
        super().__init__()
        self.log.append("Mixin.__init__")
class Child(Mixin, Base):
    def __init__(self):
        super().__init__()
        self.log.append("Child.__init__")
c = Child()
print(c.log, Child.x)

class Shape:
    sides = 0
    def describe(self):
        return f"{type(self).__name__} with {self.sides} sides"
class Square(Shape):
    sides = 4
class Cube(Square):
    def describe(self):
        return super().describe() + " (3d)"
print(Square().describe(), Cube().describe(), Shape.describe(Cube()))

class Explicit(B):
    def who(self):
        return ["E"] + super(B, self).who()
print(Explicit().who())

class Meta(type):
    pass
class WithMeta(metaclass=Meta):
    pass
print(type(WithMeta).__name__, [k.__name__ for k in type(WithMeta).__mro__])

try:
    super(B, A()).who()
except TypeError as e:
    print(type(e).__name__, e)

def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class Attr:
    def __init__(self):
        self.v = "instance"
    v = "class"
a = Attr()
print(a.v, Attr.v)
del a.v
print(a.v)
class Sub(Attr):
    pass
s = Sub()
Sub.v = "sub class"
print(s.v, Attr.v)
print(Sub.__name__, Sub.__qualname__, Sub.__module__, Sub.__dict__.get("v"))

class Outer:
    class Inner:
        class Deepest:
            pass
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.__name__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.count += 100
c1, c2 = Counter(), Counter()
print(Counter.count, c1.count, c2.count)
print(bool.__mro__)
try:
    class Bad3(int, str):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class E(D, A): pass
print([k.__name__ for k in E.__mro__])
class F(A, D): pass
