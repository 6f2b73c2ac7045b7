# Descriptors: __set_name__, data vs non-data precedence, validation, class-level access


class Typed:
    def __init__(self, kind, default=None):
        self.kind = kind
        self.default = default

    def __set_name__(self, owner, name):
        self.name = name
        self.storage = "_" + name
        print(f"  {owner.__name__}.{name} is {self.kind.__name__}")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.storage, self.default)

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.storage, value)

    def __delete__(self, obj):
        raise AttributeError(f"cannot delete {self.name}")


class Lazy:
    def __init__(self, fn):
        self.fn = fn
        self.__doc__ = fn.__doc__

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.attr] = value
        print(f"  computed {self.attr}")
        return value


class Product:
    name = Typed(str, "unnamed")
    price = Typed(float, 0.0)
    qty = Typed(int, 0)

    def __init__(self, name, price, qty):
        self.name = name
        self.price = price
        self.qty = qty

    @Lazy
    def total(self):
        """price times quantity"""
        return self.price * self.qty


p = Product("widget", 2.5, 4)
print(p.name, p.price, p.qty, p.total, p.total)
print(type(Product.name).__name__, Product.name.name, Product.total.__doc__, vars(p))
for attr, value in [("price", "cheap"), ("qty", 1.5), ("name", "gadget")]:
    try:
        setattr(p, attr, value)
        print("set", attr, getattr(p, attr))
    except TypeError as e:
        print("TypeError:", e)
try:
    del p.qty
except AttributeError as e:
    print("AttributeError:", e)


class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"


class Holder:
    attr = NonData()


h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance"
print(h.attr, Holder.attr)


class Counter:
    count = 0

    def __set_name__(self, owner, name):
        raise ValueError(f"refusing {name}")


try:
    class Broken:
        c = Counter()
except ValueError as e:
    print("ValueError:", e, "| notes:", getattr(e, "__notes__", None))


class Meta(type):
    def __getattr__(cls, name):
        return f"{cls.__name__}.{name} via metaclass"


class Dyn(metaclass=Meta):
    real = 1


print(Dyn.real, Dyn.virtual)
print(property.__get__, type(Product.__dict__["total"]).__name__)
bound = Product.__dict__["name"].__get__(p, Product)
print(bound, Product.__dict__["name"].__get__(None, Product) is Product.name)
