# sum (start, floats with Neumaier compensation), round (banker's, ndigits), min/max variants, divmod, pow


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


print(sum([0.1] * 10), sum([1e100, 1.0, -1e100, 1.0]), sum([0.1, 0.2, 0.3]))
print(sum(range(101)), sum([1, 2], 10), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum([1.5, 2, True]), sum([1, 2.5]), sum([2**70, 1.0]), sum([], 5), sum((x * x for x in range(4)), start=1))
print(sum([1 + 2j, 3.5, 1]), sum([float("inf"), 1.0]), sum([float("inf"), float("-inf")]))
show("sum str", lambda: sum(["a", "b"], ""))
show("sum bytes", lambda: sum([b"a"], b""))
show("sum bytearray", lambda: sum([bytearray(b"a")], bytearray()))
show("sum mixed", lambda: sum([1, "a"]))

for x in [0.5, 1.5, 2.5, -0.5, -1.5, 3.5, 2.675, 0.125, 1e16 + 1.0]:
    print(x, round(x), round(x, 1), round(x, 2), round(x, -1))
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, 0), round(7, 2))
print(round(2**70 + 2**69, -21), type(round(2.5)), type(round(2.5, 0)), round(-0.0), round(-0.4))
show("round inf", lambda: round(float("inf")))
show("round nan", lambda: round(float("nan")))
show("round str", lambda: round("1"))
show("round ndigits float", lambda: round(1.5, 1.0))
print(round(1.23456e-300, 302), round(123.456, -5), round(float("inf"), 2))

print(min(3, 1, 2), max("apple", "pear", "fig"), min([4, 2, 8], key=lambda v: -v), max([], default="empty"))
print(min([(1, "b"), (1, "a")]), max([1, 3, 3.0, 2], key=float), min("hello"), max({3: "a", 7: "b"}))
print(max([1, 2], [1, 3]), min(range(5, 0, -1)), max([5, 5.0]), min([5.0, 5]))
show("min empty", lambda: min([]))
show("max no args", lambda: max())
show("min kw", lambda: min(1, 2, bad=1))
show("max default multi", lambda: max(1, 2, default=0))
show("min unorderable", lambda: min([1, "a"]))

for a, b in [(7, 2), (-7, 2), (7, -2), (7.5, 2), (-7.5, 2), (1, 0.3), (2**70, 7)]:
    print(a, b, divmod(a, b), a // b, a % b)
show("divmod zero", lambda: divmod(1, 0))
show("divmod float zero", lambda: divmod(1.0, 0.0))
print(pow(2, 10), pow(2, -1), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3, 5), pow(2.0, 0.5), pow(0, 0))
print(pow(7, 123456789, 10**9 + 7), pow(10, -2, 101), pow(-8, 1 / 3) == pow(-8, 1 / 3))
show("pow mod zero", lambda: pow(2, 3, 0))
show("pow not invertible", lambda: pow(2, -1, 4))
show("pow float mod", lambda: pow(2.0, 3, 5))
show("zero neg power", lambda: 0 ** -1)
show("float zero neg", lambda: 0.0 ** -1)
print(abs(-5), abs(-5.5), abs(3 + 4j), abs(True), abs(-(2**80)))
