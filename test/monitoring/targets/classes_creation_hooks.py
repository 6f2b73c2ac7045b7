class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        return "field " + self.name

class Base:
    registry = []
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        Base.registry.append((cls.__name__, tag))

class A(Base, tag="a"):
    x = Field()

class B(A):
    y = Field()
    squares = [i * i for i in range(3)]

print(Base.registry, A().x, B().y, B.squares)
