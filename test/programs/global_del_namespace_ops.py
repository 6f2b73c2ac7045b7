# global declarations, del of names/attributes/items/slices, NameError and UnboundLocalError
# messages, and module namespace inspection through globals()
counter = 0
registry = {}

def bump(n=1):
    global counter
    counter += n
    return counter

def create_global(name, value):
    globals()[name] = value

def shadow():
    counter = "local"
    return counter

print(bump(), bump(5), shadow(), counter)
create_global("dynamic", 42)
print(dynamic, "dynamic" in globals(), sorted(k for k in globals() if not k.startswith("__"))[:6])

def unbound():
    try:
        print(total)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    total = 1
    return total
unbound()

def uses_global_later():
    global late_name
    late_name = "defined inside function"
uses_global_later()
print(late_name)

x = 1
del x
try:
    x
except NameError as e:
    print("NameError", e)
try:
    del x
except NameError as e:
    print("NameError", e)

def local_del():
    y = 5
    del y
    try:
        return y
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"
print(local_del())

items = list(range(10))
del items[0], items[-1]
del items[::3]
del items[1:2]
print(items)
d = {"a": 1, "b": 2, "c": 3}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
print(d)

class Obj:
    cls_attr = 1
o = Obj()
o.inst = 2
del o.inst
try:
    del o.inst
except AttributeError as e:
    print("AttributeError", e)
try:
    del o.cls_attr
except AttributeError as e:
    print("AttributeError", e)
del Obj.cls_attr
print(hasattr(o, "cls_attr"), vars(o))
a, (b, c) = 1, (2, 3)
del a, (b, c)
print("a" in globals(), "b" in globals())
for bad in ["del 1", "del f()", "del (x + 1)", "del [a, 1]"]:
    try:
        compile(bad, "<del>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)
try:
    undefined_function()
except NameError as e:
    print("NameError", e, e.name)
try:
    prnt("typo")
except NameError as e:
    print("NameError", e)

def make_unbound_closure():
    def inner():
        return value
    return inner
try:
    make_unbound_closure()()
except NameError as e:
    print("NameError", e)
ns = {}
exec("g = 1\ndef f():\n    global g\n    g += 1\n    return g\n", ns)
print(ns["f"](), ns["g"], "g" in globals())
