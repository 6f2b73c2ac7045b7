import types

def gen():
    yield 1

async def coro():
    pass

print(types.FunctionType, types.LambdaType is types.FunctionType, types.GeneratorType, types.CoroutineType)
print(isinstance(gen(), types.GeneratorType), isinstance(len, types.BuiltinFunctionType), types.ModuleType)
print(types.MethodType, types.NoneType, types.EllipsisType, types.NotImplementedType)
c = coro()
print(isinstance(c, types.CoroutineType))
c.close()

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1, 2]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1, 2]), vars(ns))
ns2 = types.SimpleNamespace({"k": 1}, z=2)
print(ns2, repr(types.SimpleNamespace()))

Point = types.new_class("Point", (), {}, lambda ns: ns.update(x=0, y=0))
print(Point.__name__, Point.x, Point().y)
print(types.resolve_bases((int, str)))

m = types.ModuleType("mymod", "my doc")
m.value = 3
print(m, m.__doc__, m.value, m.__name__)

mp = types.MappingProxyType({"a": 1})
print(mp["a"], len(mp), list(mp), "a" in mp)
try:
    mp["b"] = 2
except TypeError as e:
    print("TypeError:", e)

def f(a, b=2):
    return a + b
print(types.FunctionType(f.__code__, {}, "g", (10,))(1))
print(type(f.__code__) is types.CodeType, types.CellType, types.GenericAlias(list, (int,)))
print(int | None, types.UnionType)

class Meta(type):
    pass
try:
    type("X", (list[int],), {})
except TypeError as e:
    print("TypeError:", e)
class Y(list[int], dict[str, int] if False else object):
    pass
print(types.get_original_bases(Y), Y.__bases__)

@types.coroutine
def old_style():
    yield 1
print(old_style.__name__)
