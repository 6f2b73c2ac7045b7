# __getattribute__ overrides: every attribute access goes through it, __getattr__ as a fallback


class Logged:
    def __init__(self):
        self.value = 42
        self.calls = 0

    def __getattribute__(self, name):
        if name != "calls" and not name.startswith("__"):
            object.__setattr__(self, "calls", object.__getattribute__(self, "calls") + 1)
            print(f"  get {name}")
        return super().__getattribute__(name)

    def method(self):
        return self.value * 2


obj = Logged()
print(obj.value)
print(obj.method())
print(obj.calls, getattr(obj, "value"), hasattr(obj, "nope"), obj.calls)


class Defaults:
    known = "class attr"

    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(f"{name} is hidden")
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback:{name}"


d = Defaults()
print(d.known, d.missing, d.hidden_thing, getattr(d, "hidden2", "dflt"))


class Strict:
    def __getattribute__(self, name):
        if name == "forbidden":
            raise AttributeError("no access")
        if name == "broken":
            raise KeyError(name)
        return object.__getattribute__(self, name)


s = Strict()
for attr in ["forbidden", "broken", "__class__", "other"]:
    try:
        print(attr, getattr(s, attr))
    except (AttributeError, KeyError) as e:
        print(attr, type(e).__name__, e)
print(hasattr(s, "forbidden"))
try:
    hasattr(s, "broken")
except KeyError as e:
    print("hasattr propagates KeyError:", e)


class Virtual:
    def __getattribute__(self, name):
        if name.startswith("v_"):
            return name[2:].upper()
        return object.__getattribute__(self, name)


v = Virtual()
print(v.v_abc, v.v_x, type(v).__name__, isinstance(v, Virtual))
try:
    v.real_missing
except AttributeError as e:
    print("AttributeError:", e)
print(object.__getattribute__(d, "known"), object.__getattribute__, type(object.__getattribute__).__name__)
try:
    object.__getattribute__(d, 5)
except TypeError as e:
    print("TypeError:", e)


class Child(Logged):
    pass


c = Child()
print(c.value, c.calls)
