# Every pattern kind of the match statement, including guards, captures and failures


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Color:
    RED = "red"
    GREEN = "green"


def classify(subject):
    match subject:
        case None:
            return "None literal"
        case True | False as flag:
            return f"bool {flag}"
        case -1 | 0 | 1.5 | -2j:
            return f"number literal {subject!r}"
        case "text" | b"bytes":
            return f"str/bytes literal {subject!r}"
        case Color.RED:
            return "value pattern (dotted name)"
        case int(n) if n > 100:
            return f"big int {n}"
        case int() | float() as num:
            return f"other number {num}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"on y axis at {yy}"
        case Point(xx, yy) if xx == yy:
            return f"diagonal {xx}"
        case Point():
            return "some point"
        case []:
            return "empty sequence"
        case [single]:
            return f"one item {single!r}"
        case [first, *_, last] if first == last:
            return f"bookends {first!r}"
        case [int(), int()] | (str(), str()):
            return "pair of ints or strs"
        case [_, [inner, *rest]]:
            return f"nested inner={inner!r} rest={rest!r}"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": "event", "payload": {"id": event_id}}:
            return f"event {event_id}"
        case {}:
            return "some mapping"
        case str() as s if len(s) > 3:
            return f"long string {s[:3]}..."
        case (a, b, c):
            return f"triple {a}-{b}-{c}"
        case _:
            return f"fallback {type(subject).__name__}"


subjects = [None, True, 0, 1.5, -2j, "text", b"bytes", "red", 500, 7, 2.5, Point(0, 0), Point(0, 5), Point(3, 3),
            Point(1, 2), [], ["x"], [1, 2, 1], [1, 2], ("a", "b"), [9, [8, 7, 6]], {"type": "user", "name": "ann", "age": 3},
            {"type": "event", "payload": {"id": 42}}, {"other": 1}, "long text", (1, 2, 3), "ab", {1, 2}]
for s in subjects:
    print(f"{s!r:40.40} -> {classify(s)}")


def errors():
    class NoArgs:
        pass

    for subject, fn in [(NoArgs(), lambda s: _match_positional(s, NoArgs)), (5, lambda s: _match_bad_class(s))]:
        try:
            print(fn(subject))
        except TypeError as e:
            print("TypeError:", e)


def _match_positional(s, cls):
    match s:
        case cls(1):
            return "matched"
    return "no match"


def _match_bad_class(s):
    not_a_class = 3
    match s:
        case not_a_class():
            return "matched"
    return "no match"


errors()
match 3:
    case x:
        pass
print("irrefutable capture bound x =", x)
