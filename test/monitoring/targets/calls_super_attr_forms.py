class Base:
    label = "base label"
    def __init__(self):
        self._p = 7
    @property
    def prop(self):
        return self._p
    def method(self, x=1):
        return x

class Child(Base):
    label = "child label"
    def __init__(self):
        super().__init__()
        self.extra = 1
    def show(self):
        a = super().label
        b = super().prop
        c = super().method(x=5)
        d = super().method
        return a, b, c, d()

    @classmethod
    def cls_label(cls):
        return super().label

print(Child().show())
print(Child.cls_label())
try:
    class Bad(Base):
        def f(self):
            return super().nothing
    Bad().f()
except AttributeError as e:
    print("super attr error")
