# super(): zero-argument form in methods, classmethods, staticmethods (error), nested functions
# and comprehensions, two-argument form with its checks, super of properties and __class__ cell
class A:
    def who(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
    @property
    def label(self):
        return "label-A"
    def __repr__(self):
        return f"<{type(self).__name__}>"

class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def make(cls):
        return "B>" + super().make()
    @property
    def label(self):
        return "label-B>" + super().label
    def nested(self):
        def inner():
            return super(B, self).who()
        return inner()
    def in_comprehension(self):
        return [super().who() for _ in range(2)]
    def in_lambda(self):
        f = lambda: super(B, self).who()
        return f()
    @staticmethod
    def static():
        try:
            return super().who()
        except RuntimeError as e:
            return f"RuntimeError {e}"

class C(B):
    def who(self):
        return "C>" + super().who()

c = C()
print(c.who(), C.make(), c.label, c.nested(), c.in_comprehension(), c.in_lambda(), B.static())
print(super(C, c).who(), super(B, c).who(), super(C, C).make(), type(super(A, c).__repr__).__name__)
s = super(B, c)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is c, s.__self_class__.__name__)
for bad in [lambda: super(B, 1), lambda: super(int, "x"), lambda: super(1, c), lambda: super(C, B()),
            lambda: super(B, c).nonexistent]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

def outside():
    return super().who()
try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
class D(A):
    def no_args_after_del(self):
        del self
        return super().who()
try:
    D().no_args_after_del()
except RuntimeError as e:
    print("RuntimeError", e)

# __class__ is the defining class, even in subclasses
class E(A):
    def cls(self):
        return __class__.__name__, type(self).__name__
class F(E):
    pass
print(F().cls())

# super with multiple inheritance follows the MRO of the instance
class Base:
    def hello(self, trail):
        return trail + ["Base"]
class Left(Base):
    def hello(self, trail):
        return super().hello(trail + ["Left"])
class Right(Base):
    def hello(self, trail):
        return super().hello(trail + ["Right"])
class Both(Left, Right):
    def hello(self, trail):
        return super().hello(trail + ["Both"])
print(Both().hello([]), [k.__name__ for k in Both.__mro__])
print(super(Left, Both()).hello([]), Right().hello([]))

# super() in __init_subclass__ and __new__
class Registry:
    names = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.names.append(cls.__name__)
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
class Plugin(Registry):
    pass
print(Registry.names, Plugin(1, 2).args)
try:
    class Bad(Registry, unexpected=1):
        pass
except TypeError as e:
    print("TypeError", e)
