# __new__ / __init__ rules: argument checking, __new__ returning other objects, immutable subclasses


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "!! TypeError:", e)


class Plain:
    pass


class InitOnly:
    def __init__(self, x):
        self.x = x


class NewOnly:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj


class Other:
    def __new__(cls, value):
        if value < 0:
            return "negative!"
        return super().__new__(cls)

    def __init__(self, value):
        print("  Other.__init__ runs", value)
        self.value = value


show("plain no args", lambda: type(Plain()).__name__)
show("plain args", lambda: Plain(1))
show("plain kwargs", lambda: Plain(a=1))
show("init ok", lambda: InitOnly(5).x)
show("init missing", lambda: InitOnly())
show("new only", lambda: NewOnly(1, 2).args)
show("other positive", lambda: Other(3).value)
show("other negative", lambda: Other(-3))
show("object args", lambda: object(1))
show("object.__new__ bad", lambda: object.__new__(5))
show("object.__init__ extra", lambda: object.__init__(Plain(), 1))


class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())

    def shout(self):
        return self + "!"


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)

    def __repr__(self):
        return f"{float(self):.1f}°C"


class Even(int):
    def __new__(cls, n):
        return super().__new__(cls, n - n % 2)


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))

    @property
    def first(self):
        return self[0]


s = UpperStr("hello")
print(s, s.shout(), type(s).__name__, isinstance(s, str), s == "HELLO", len(s), s.lower(), type(s.lower()).__name__)
c = Celsius(21.456)
print(c, c + 1, type(c + 1).__name__, str(c), c > 20)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
print(Even(7), Even(8), Even(7) + 1, type(Even(3)).__name__, Even(5) == 4, hash(Even(4)) == hash(4))
p = Pair(1, 2)
print(p, p.first, len(p), p + (3,), type(p + (3,)).__name__, p == (1, 2))


class Counted:
    instances = 0

    def __new__(cls, *args, **kwargs):
        cls.instances += 1
        return super().__new__(cls)

    def __init__(self, name):
        self.name = name


a, b = Counted("a"), Counted("b")
print(Counted.instances, a.name, b.name)


class InitReturns:
    def __init__(self):
        return 5


show("init returns", lambda: InitReturns())


class NewNotCallingInit:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never")


print(NewNotCallingInit())
show("int sub extra", lambda: Even(1, 2))
show("str new bad", lambda: str.__new__(int))
show("int new non-type", lambda: int.__new__(5))
print(int.__new__(Even, 9), type(int.__new__(Even, 9)).__name__, object.__new__(Plain).__class__.__name__)
