# assert statements: messages, evaluated-only-on-failure, non-string messages, uncaught AssertionError.
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x * 2

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(type(e).__name__, e, e.args)

try:
    assert False
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)

calls = []
def msg():
    calls.append("msg")
    return "lazy message"
assert True, msg()
print(calls)
try:
    assert 0, msg()
except AssertionError as e:
    print(e, calls)

for val in ([], {}, "", 0, 0.0, None, [0], "0"):
    try:
        assert val, val
        print("passed", repr(val))
    except AssertionError as e:
        print("failed", repr(val), e.args)

try:
    assert 1 == 2, ("tuple", "message")
except AssertionError as e:
    print(e.args, str(e))

try:
    assert [], 42
except AssertionError as e:
    print(e.args[0] + 1)

class Custom:
    def __bool__(self):
        raise ValueError("no truth")
try:
    assert Custom()
except ValueError as e:
    print(type(e).__name__, e)

def assert_in_gen():
    for i in range(5):
        assert i < 3, i
        yield i
try:
    print(list(assert_in_gen()))
except AssertionError as e:
    print("gen assertion", e)

try:
    assert isinstance(5, str), "not a str"
except AssertionError as e:
    print(e)
print(__debug__)

x = 10
assert x == 10
assert x < 5, "x is too big: %d" % x
