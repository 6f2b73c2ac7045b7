# collections.OrderedDict (the _collections type): order, move_to_end, popitem, views, equality, |, mutation
from _collections import OrderedDict as OD

o = OD(a=1, b=2, c=3)
print(o, OD(), o.keys(), o.values(), o.items(), list(reversed(o)), list(reversed(o.items())), list(reversed(o.values())))
o.move_to_end("a"); print(o)
o.move_to_end("c", last=False); print(o)
o.move_to_end("c", False); o.move_to_end("b", True); print(list(o))
print(o.popitem(), o.popitem(last=False), o, OD(x=1).copy(), OD.fromkeys("ab"), OD.fromkeys("xy", 0))
d = OD(a=1); print(d.setdefault("b", 5), d.pop("a"), d.pop("x", 0), d, OD([(1, 2)], x=3), OD({"z": 1}), OD(OD(q=1)))
print(OD(a=1) == OD(a=1), OD(a=1, b=2) == OD(b=2, a=1), OD(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OD(a=1, b=2), OD(a=1) != OD(a=2))
print(OD(a=1) | {"b": 2}, {"b": 2} | OD(a=1), type({"b": 2} | OD(a=1)).__name__, OD(a=1) == OD(a=1.0))
u = OD(a=1); u |= [("b", 2)]; u |= {"a": 0}; print(u)
r = OD(); r["self"] = r; print(r)
def add(d): d["c"] = 3
def move(d): d.move_to_end("a")
def delete(d): del d["a"]
def pop(d): d.popitem()
for body in [add, move, delete, pop]:
    d = OD(a=1, b=2)
    try:
        for k in d:
            body(d)
    except RuntimeError as e:
        print(body.__name__, "->", e)
d = OD(a=1, b=2)
for k in d:
    d[k] = 9  # values only: no error
print(d, o.keys() - {"b"}, OD(a=1).items() == {("a", 1)}, "a" in OD(a=1).keys(), len(OD(a=1, b=2).values()))
class S(OD):
    pass
s = S(a=1)
print(s, s.copy(), type(s.copy()).__name__, S.fromkeys([1]), isinstance(s, dict))
class Q(OD):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
q = Q(a=1, b=2); q.update([("c", 3)], d=4); print(q, Q.fromkeys("xy"))
o2 = OD(b=1, a=2); o2.attr = "x"; print(o2.attr, o2.__dict__, OD[int, str], type(o2.keys()).__name__, type(iter(o2)).__name__)
for bad in [lambda: OD(a=1).move_to_end("zz"), lambda: OD().popitem(), lambda: OD(1, 2), lambda: OD(1), lambda: hash(OD()),
            lambda: OD(a=1).move_to_end(), lambda: OD(a=1).popitem(1, 2), lambda: OD(a=1).pop("x"), lambda: OD([(1, 2, 3)]),
            lambda: OD(a=1) | 1, lambda: OD(a=1) < OD(b=2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
