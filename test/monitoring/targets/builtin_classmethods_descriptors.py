class Tracked:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        return self._x
    @x.deleter
    def x(self):
        print("deleting x")
        self._x = None

class Sub(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)

class Generic:
    def __class_getitem__(cls, item):
        return "%s[%s]" % (cls.__name__, item.__name__)

d = dict.fromkeys("ab", 0)
print(d, {}.fromkeys([1]))
t = Tracked()
del t.x
print(t.x)
print(Sub(4), type(Sub(1)).__name__)
print(Generic[int])
print(str.maketrans("a", "b") == {97: 98}, "abc".translate({97: "z"}))
