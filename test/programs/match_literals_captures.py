# match statements: literal patterns, captures, wildcards, or-patterns, as-patterns, value patterns.
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case True:
            return "true"
        case None:
            return "none"
        case str() as s if len(s) > 10:
            return f"long string {s[:5]}..."
        case other:
            return f"other: {other!r}"

for v in [0, 1, 3, -1, 1.5, "hello", "hi", b"bytes", True, None, "a very long string", 4, [], 0.0, False, 1.0]:
    print(repr(v), "->", describe(v))

class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

def color_name(c):
    match c:
        case Color.RED:
            return "it's red"
        case Color.GREEN | Color.BLUE as cool:
            return f"cool color {cool}"
        case _:
            return "unknown color"

for c in ["red", "green", "blue", "purple"]:
    print(color_name(c))

def wildcard_binds(x):
    match x:
        case _:
            pass
    return "matched anything"
print(wildcard_binds(object))

def capture_scope(x):
    match x:
        case [a, b] if a > b:
            pass
        case _:
            pass
    try:
        return a, b
    except UnboundLocalError as e:
        return f"UnboundLocalError {e}"
print(capture_scope([5, 3]))
print(capture_scope([1, 3]))
print(capture_scope("no"))

def or_with_captures(p):
    match p:
        case (x, 0) | (0, x):
            return f"on an axis at {x}"
        case (x, y):
            return f"at {x},{y}"
print(or_with_captures((5, 0)), or_with_captures((0, 7)), or_with_captures((2, 3)))

def nested_as(v):
    match v:
        case ((1 | 2) as first, (3 | 4) as second) as whole:
            return first, second, whole
        case _:
            return None
print(nested_as((1, 4)), nested_as((2, 3)), nested_as((3, 3)))

def match_bool_vs_int(v):
    match v:
        case True:
            return "True"
        case 1:
            return "one"
        case False:
            return "False"
        case 0:
            return "zero"
    return "no match"
for v in (True, 1, False, 0, 1.0, 0.0):
    print(repr(v), match_bool_vs_int(v))

count = 0
for item in ["x", 1, None, "y", 2.5]:
    match item:
        case str():
            count += 10
        case int() | float():
            count += 1
        case None:
            count += 100
print(count)

def guard_side_effects(v):
    calls = []
    def g(tag, result):
        calls.append(tag)
        return result
    match v:
        case int(n) if g("first", n > 100):
            r = "big"
        case int(n) if g("second", n > 10):
            r = "medium"
        case int(n):
            r = "small"
        case _:
            r = "not int"
    return r, calls
for v in (500, 50, 5, "s"):
    print(guard_side_effects(v))

match 42:
    case 41:
        print("no")
print("match with no matching case is fine")
