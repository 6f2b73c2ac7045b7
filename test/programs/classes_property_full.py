# property: getter/setter/deleter chains, docstrings, read-only errors, inheritance and
# overriding one accessor in a subclass, and property objects used directly
class Account:
    """A bank account with validated balance."""
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = 0
        self.balance = balance

    @property
    def balance(self):
        """Current balance in cents."""
        return self._balance

    @balance.setter
    def balance(self, value):
        if not isinstance(value, int):
            raise TypeError(f"balance must be int, not {type(value).__name__}")
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    @balance.deleter
    def balance(self):
        print("closing account of", self.owner)
        self._balance = 0

    @property
    def summary(self):
        return f"{self.owner}: {self._balance / 100:.2f}"

a = Account("ann", 1050)
print(a.balance, a.summary, Account.balance.__doc__, type(Account.balance).__name__)
a.balance = 99
print(a.balance)
for bad in [-1, 2.5, "10"]:
    try:
        a.balance = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
del a.balance
print(a.balance)
try:
    a.summary = "x"
except AttributeError as e:
    print("AttributeError", e)
try:
    del a.summary
except AttributeError as e:
    print("AttributeError", e)

# property() built by hand, and the accessors objects
def get_x(self):
    return self._x * 2
prop = property(get_x, None, None, "doubled x")
print(prop.fget is get_x, prop.fset, prop.fdel, prop.__doc__)
prop2 = prop.setter(lambda self, v: setattr(self, "_x", v))
print(prop2 is prop, prop2.fget is get_x, prop2.__doc__)
class Holder:
    x = prop2
    def __init__(self):
        self._x = 1
h = Holder()
h.x = 21
print(h.x, Holder.x is prop2, vars(h))
try:
    Holder().x = None
    print(Holder().x)
except TypeError as e:
    print("TypeError", e)

# a subclass replaces only the getter; the inherited setter stays
class Savings(Account):
    @Account.balance.getter
    def balance(self):
        return self._balance + 1
s = Savings("bo", 500)
print(s.balance)
s.balance = 100
print(s.balance, Savings.balance.fset is Account.balance.fset, Savings.balance.__doc__)

# properties are data descriptors: they win over the instance dict
a.__dict__["balance"] = "shadow"
print(a.balance, a.__dict__["balance"])

# a property that raises AttributeError falls back to __getattr__
class Lazy:
    @property
    def value(self):
        raise AttributeError("not computed yet")
    def __getattr__(self, name):
        return f"fallback for {name}"
print(Lazy().value)
# errors from the property object itself
p = property()
class Empty:
    attr = p
for op in [lambda: Empty().attr, lambda: setattr(Empty(), "attr", 1), lambda: delattr(Empty(), "attr")]:
    try:
        op()
    except AttributeError as e:
        print("AttributeError", e)
print(property.__name__, isinstance(p, property), Empty.attr is p)
