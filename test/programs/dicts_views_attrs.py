d = {"a": 1, "b": 2}
k = d.keys()
d["c"] = 3
print(k, d.values(), d.items(), len(k), "a" in k, ("a", 1) in d.items(), k & {"a", "z"}, list(reversed(d)))
for key, val in d.items():
    print(key, val, end=";")
print(dict.fromkeys("xy", 0), d.popitem(), d)


def f(a, b=2):
    "doc"
    x = 1
    return locals()


print(f(1), f.__name__, f.__doc__, f.__defaults__, type(f).__name__, (1).__class__, globals()["__name__"])


class C:
    """cdoc"""
    y = 2


o = C()
o.z = 5
print(o.__dict__, C.__doc__, o.__class__.__name__, C.__name__, C.__qualname__, C.__module__)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
