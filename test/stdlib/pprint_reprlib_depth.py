# pprint and reprlib on the structures a debugging session dumps: nested configs, wide lists,
# recursive containers, dataclasses, width/compact/depth/sort_dicts/underscore_numbers, and
# reprlib.Repr limits and recursive_repr.
import pprint
import reprlib
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple
from dataclasses import dataclass, field
from types import SimpleNamespace

config = {
    "service": {"name": "billing-api", "replicas": 3, "ports": [8080, 8081, 9090],
                "env": {"LOG_LEVEL": "debug", "DB_URL": "postgres://db.internal:5432/billing", "FEATURE_FLAGS": ["a", "b", "c"]}},
    "limits": {"cpu": 1.5, "memory": "512Mi", "burst": (10, 20, 30)},
    "zeta": None, "alpha": True, "numbers": list(range(40)), "big": 12345678901234567890,
    "nested": [[1, [2, [3, [4, [5, [6]]]]]]], "blob": b"\x00\x01binary data that is rather long indeed" * 2,
    "text": "a fairly long string that will certainly need to be wrapped when the width is small " * 2,
}
pprint.pprint(config)
print(pprint.pformat(config, width=50, sort_dicts=False, compact=True))
print(pprint.pformat(config, depth=2))
print(pprint.pformat(config["numbers"], width=30, compact=True))
print(pprint.pformat({"n": 10 ** 12, "f": 1234567.5}, underscore_numbers=True))
pprint.pp({"b": 1, "a": [1, 2]}, width=10)
print(pprint.isreadable(config), pprint.isrecursive(config), pprint.saferepr(config["service"]["ports"]))

loop = [1, 2]
loop.append(loop)
d = {"self": None}
d["self"] = d
import re
print(re.sub(r"id=\d+", "id=N", pprint.pformat(loop) + pprint.pformat(d) + pprint.saferepr(d)), pprint.isrecursive(loop), pprint.isreadable(loop))


@dataclass
class Job:
    name: str
    args: list = field(default_factory=list)
    options: dict = field(default_factory=dict)


jobs = [Job("compile", ["-O2", "-Wall", "main.c", "util.c", "parser.c"], {"cc": "clang", "jobs": 8, "cache": True}),
        Job("test"), Job("deploy", ["--region", "eu-west-1"], {"dry_run": False, "targets": ["web", "worker", "cron"]})]
pprint.pprint(jobs, width=60)
Point = namedtuple("Point", "x y")
special = {"od": OrderedDict(a=1, b=[1, 2, 3]), "dd": defaultdict(list, {"k": [1]}), "ctr": Counter("mississippi"),
           "dq": deque(range(30), maxlen=35), "ns": SimpleNamespace(alpha=1, beta=[1, 2, 3] * 8), "pt": Point(1, 2),
           "sets": [set(range(25)), frozenset({3, 1, 2})], "mp": __import__("types").MappingProxyType({"z": 1, "a": 2})}
pprint.pprint(special, width=40)
pp = pprint.PrettyPrinter(indent=4, width=40, depth=3)
pp.pprint(config["service"])
print(pp.isreadable([1, (2, 3)]))

# reprlib
r = reprlib.Repr()
print(r.repr(list(range(100))), r.repr("x" * 100), r.repr({i: str(i) for i in range(10)}), r.repr(set(range(10))))
print(r.repr(tuple(range(3))), r.repr(frozenset()), r.repr(10 ** 50), r.repr([[[[[[1]]]]]]), r.repr(deque(range(9))))
r2 = reprlib.Repr(maxlist=3, maxstring=12, maxlevel=2, maxother=10, fillvalue="...", indent=2)
print(r2.repr(config["service"]))
print(r2.repr(["abcdefghijklmnopqrstuvwxyz", 12345678901234567890123, object.__new__(Job).__class__]))
r3 = reprlib.Repr(maxdict=2, maxlong=8)
print(r3.repr({"a": 1, "b": 2, "c": 3}), r3.repr(2 ** 100), reprlib.repr(b"y" * 50), reprlib.aRepr.maxlevel)


class Tree:
    def __init__(self, label, *kids):
        self.label, self.kids = label, list(kids)

    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.label!r}, {self.kids!r})"


t = Tree("root", Tree("a"), Tree("b", Tree("c")))
t.kids[1].kids.append(t)
print(repr(t))
print(Tree.__repr__.__name__, Tree.__repr__.__wrapped__.__qualname__)


class MyRepr(reprlib.Repr):
    def repr_Tree(self, obj, level):
        return f"<Tree {obj.label} x{len(obj.kids)}>"


print(MyRepr().repr([t, t.kids[0]]))
