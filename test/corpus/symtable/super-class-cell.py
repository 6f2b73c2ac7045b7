# super() and __class__: implicit __class__ cells in class bodies.
class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return super().greet() + " child"

    def explicit(self):
        return __class__

    def nested(self):
        def inner():
            return super(Child, self).greet()
        return inner

    def nested_zero_arg(self):
        def inner():
            return __class__
        return inner

    lam = lambda self: super()

    @classmethod
    def make(cls):
        return super().__new__(cls)

    @staticmethod
    def static():
        return [super for _ in range(1)]


class NoMethods:
    x = 1
    y = [super for _ in range(2)]


def func_with_super():
    return super
