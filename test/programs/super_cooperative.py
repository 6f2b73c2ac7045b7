# super(): cooperative multiple inheritance, explicit two-argument form, classmethods, errors


class Base:
    def __init__(self, **kw):
        print(f"  Base.__init__ leftover={kw}")
        super().__init__()

    def describe(self):
        return ["Base"]

    @classmethod
    def create(cls):
        return f"create {cls.__name__}"


class Left(Base):
    def __init__(self, left=None, **kw):
        print(f"  Left.__init__ left={left}")
        self.left = left
        super().__init__(**kw)

    def describe(self):
        return ["Left"] + super().describe()


class Right(Base):
    def __init__(self, right=None, **kw):
        print(f"  Right.__init__ right={right}")
        self.right = right
        super().__init__(**kw)

    def describe(self):
        return ["Right"] + super().describe()

    @classmethod
    def create(cls):
        return "Right:" + super().create()


class Both(Left, Right):
    def __init__(self, **kw):
        print("  Both.__init__")
        super().__init__(**kw)

    def describe(self):
        return ["Both"] + super().describe()


b = Both(left=1, right=2, extra=3)
print([c.__name__ for c in Both.__mro__])
print(b.describe(), b.left, b.right, Both.create())
print(super(Left, b).describe(), super(Both, b).describe(), super(Right, Both).create())
print(super(Both, Both).describe(b))
s = super(Left, b)
print(type(s).__name__, s.__thisclass__.__name__, s.__self__ is b, s.__self_class__.__name__)


class Child(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value * 2)

    def __getitem__(self, key):
        return super().__getitem__(key) + 1


c = Child()
c["a"] = 5
print(c["a"], dict(c), super(Child, c).__getitem__("a"))


class Sized(list):
    def __len__(self):
        return super().__len__() * 10


print(len(Sized([1, 2])), Sized([1]).__len__())


def outside():
    return super().method()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError:", e)


class Static:
    @staticmethod
    def s():
        return super().x


try:
    Static.s()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    super(Left, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    super(Both, b).missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    super(1, b)
except TypeError as e:
    print("TypeError:", e)


class Shadow:
    def __init__(self):
        super = None
        self.ok = super is None


print(Shadow().ok)


class Deep(Both):
    def describe(self):
        inner = lambda: super(Deep, self).describe()
        return ["Deep"] + inner()


print(Deep().describe() if False else "skip", [x for x in Deep.__mro__ if x is not object][-1].__name__)
