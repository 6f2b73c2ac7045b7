import copy
import pprint
import reprlib

class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []
    def __repr__(self):
        return f"Node({self.value!r}, {self.children!r})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
shallow = copy.copy(tree)
deep = copy.deepcopy(tree)
tree.children[0].value = 20
print(shallow.children[0].value, deep.children[0].value, shallow.children is tree.children, deep is tree)
cyc = [1, 2]
cyc.append(cyc)
c2 = copy.deepcopy(cyc)
print(c2[2] is c2, c2 is not cyc)

class Custom:
    def __init__(self):
        self.n = 0
    def __copy__(self):
        c = Custom()
        c.n = self.n + 100
        return c
    def __deepcopy__(self, memo):
        c = Custom()
        c.n = self.n + 1000
        return c
print(copy.copy(Custom()).n, copy.deepcopy(Custom()).n, copy.copy((1, [2])) , copy.deepcopy({"a": [1, {2: 3}]}))
print(copy.replace(complex(1, 2), imag=5) if hasattr(copy, "replace") else None)

data = {"users": [{"name": f"user{i}", "roles": ["admin", "dev"] if i % 2 else ["guest"], "id": i} for i in range(4)], "meta": {"count": 4, "tags": set()}}
pprint.pprint(data, width=60)
print(pprint.pformat(list(range(30)), width=40, compact=True))
pprint.pprint({"b": 2, "a": 1, "c": {"z": 26, "y": [1, 2, 3]}}, sort_dicts=True, depth=1)
print(pprint.saferepr(cyc), pprint.isrecursive(cyc), pprint.isreadable([1, 2]))
print(reprlib.repr(list(range(100))), reprlib.repr("x" * 100), reprlib.repr({i: i for i in range(20)}))
r = reprlib.Repr(maxlist=2, maxstring=10)
print(r.repr([1, 2, 3, 4]), r.repr("abcdefghijklmnop"))
class Loop:
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"<Loop {self.me}>"
lp = Loop()
lp.me = lp
print(repr(lp))
