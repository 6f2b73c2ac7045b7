class Base:
    def greet(self):
        return "base"
    def twice(self, x):
        return x * 2
    @classmethod
    def make(cls):
        return cls.__name__

class Mid(Base):
    def greet(self):
        return "mid+" + super().greet()
    def twice(self, x):
        return super().twice(x) + 1

class Leaf(Mid):
    def greet(self):
        return "leaf+" + super().greet()
    @classmethod
    def make(cls):
        return "leaf:" + super().make()

leaf = Leaf()
print(leaf.greet())
print(leaf.twice(5))
print(Leaf.make())
print(super(Mid, leaf).greet())
