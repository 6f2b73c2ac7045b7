# match statements: sequence patterns with stars, mapping patterns with **rest, and what counts as a sequence.
def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [first, *middle, last]:
            return f"many: {first} {middle} {last}"
        case _:
            return "not a sequence"

for v in ([], [1], (1, 2), [1, 2, 3, 4], range(3), "ab", b"ab", {1, 2}, {"a": 1}, 5, iter([1])):
    print(repr(v) if not hasattr(v, "__next__") else "iterator", "->", seq(v))

def star_positions(v):
    match v:
        case [*all_]:
            return ("all", all_)
    return None
print(star_positions((1, 2, 3)), star_positions([]))

def star_front(v):
    match v:
        case [*init, 9]:
            return init
        case [0, *_, 0]:
            return "zeros at ends"
    return None
print(star_front([1, 2, 9]), star_front([9]), star_front([0, 5, 5, 0]), star_front([0, 0]), star_front([0]))

def nested(v):
    match v:
        case [("add" | "sub") as op, [x, y]]:
            return f"{op} {x} {y}"
        case [[a, b], [c, d]]:
            return f"matrix {a}{b}{c}{d}"
        case [_, [*rest]]:
            return f"rest {rest}"
    return "nope"
print(nested(["add", [1, 2]]), nested([[1, 2], [3, 4]]), nested([0, [1, 2, 3]]), nested([0, 1]))

def mapping(v):
    match v:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
    return "not a mapping"
for v in ({"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": True},
          {"type": "square"}, {"other": 1}, {}, [("type", "point")], "type"):
    print(mapping(v))

class LoggingDict(dict):
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
match LoggingDict(a=1, b=2):
    case {"a": 1, "b": b}:
        print("matched b =", b)

def literal_keys(v):
    match v:
        case {1: "one", None: n, False: t}:
            return n, t
        case {-1: x}:
            return x
    return None
print(literal_keys({1: "one", None: "nil", 0: "yes"}), literal_keys({-1: "neg"}), literal_keys({1: "uno"}))

def dup_values(v):
    match v:
        case [1, 2] | [2, 1]:
            return "pair"
        case [x, y] if x == y:
            return "same"
        case [x, y, *z] if len(z) > 2:
            return f"long {len(z)}"
    return "other"
print(dup_values([2, 1]), dup_values([3, 3]), dup_values([1, 2, 3, 4, 5]), dup_values([1, 2, 3]))

class Seq:
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
match Seq(1, 2):
    case [a, b]:
        print("custom class matched as sequence?", a, b)
    case _:
        print("custom class is not a registered Sequence")

