class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def create(n):
        return Dog(n)
    @classmethod
    def describe(cls):
        return f"class {cls.__name__}"

class Dog(Animal):
    kind = "dog"
    def speak(self):
        base = super().speak()
        return base + " (woof)"

d = Animal.create("rex")
print(d.speak(), d.upper, Dog.describe(), d.kind, Animal.kind, isinstance(d, Animal))
print(Dog.__mro__, Dog.__name__, type(d).__name__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
        self.__private = 5
    def get(self):
        return self.__private

c1, c2 = Counter(), Counter()
print(Counter.count, c1.get(), hasattr(c1, "_Counter__private"))
try:
    d.missing
except AttributeError as e:
    print(e)

class V:
    def __init__(self, *xs): self.xs = list(xs)
    def __len__(self): return len(self.xs)
    def __getitem__(self, i): return self.xs[i]
    def __iter__(self): return iter(self.xs)
    def __contains__(self, x): return x in self.xs
    def __eq__(self, o): return self.xs == o.xs
    def __hash__(self): return hash(tuple(self.xs))
    def __lt__(self, o): return self.xs < o.xs
    def __bool__(self): return bool(self.xs)
    def __call__(self, k): return self.xs[k] * 10
    def __str__(self): return f"V{self.xs}"

v = V(3, 1, 2)
print(len(v), v[0], list(v), 2 in v, v == V(3, 1, 2), {v: 1}[V(3, 1, 2)], sorted([V(2), V(1)])[0].xs, bool(V()), v(1), str(v), v)
