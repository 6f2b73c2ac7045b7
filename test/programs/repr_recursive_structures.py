# repr/str of nested and self-referential containers, and user __repr__ interplay

a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
d = {"self": None}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
nested = [a, [a]]
print(nested)
s = {"k": [1, {"deep": (2, [3, {4}])}]}
print(s, len(str(s)))


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []

    def __repr__(self):
        return f"Node({self.name!r}, {self.children!r})"


root = Node("root")
child = Node("child")
root.children.append(child)
child.children.append(Node("leaf"))
print(root)
print([root, child], {"tree": root})


class Strange:
    def __repr__(self):
        return "<strange>"

    def __str__(self):
        return "strange as str"


x = Strange()
print(x, [x], (x,), {x: x}, f"{x}", f"{x!r}", str([x]), "%s %r" % (x, x))


class BadRepr:
    def __repr__(self):
        return 42


try:
    repr(BadRepr())
except TypeError as e:
    print("TypeError:", e)
try:
    print([BadRepr()])
except TypeError as e:
    print("TypeError:", e)


class RaisingRepr:
    def __repr__(self):
        raise ValueError("no repr for you")


try:
    str({1: RaisingRepr()})
except ValueError as e:
    print("ValueError:", e)
print(repr(""), repr("'"), repr(1.0), repr(-0.0), repr(1e100), repr(float("nan")), repr(2**64), repr(True))
print(repr(range(0, 10, 2)), repr(slice(1, None)), repr(frozenset()), repr(set()), repr({}.keys()), repr({1: 2}.items()))
print(repr(b"\x00"), repr(bytearray()), repr(memoryview(b"ab"))[:12], repr(type), repr(object()).startswith("<object object at 0x"))
print(repr(iter([])).startswith("<list_iterator object"), repr(reversed([])).startswith("<list_reverseiterator"))
print(repr(len), repr(int.from_bytes)[:35], repr([].append)[:36], repr(Node.__init__).startswith("<function Node.__init__"))
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:30], len(repr(deep)))
