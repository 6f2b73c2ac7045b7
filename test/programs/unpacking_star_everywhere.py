# star-unpacking in assignments, for targets, calls, literals, returns and subscripts, with the
# error messages for count mismatches and non-iterables
a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(6)
(h, i), *j = [(1, 2), 3, 4]
[k, [l, *m]] = [0, [1, 2, 3]]
print(a, b, c, d, e, f, g, h, i, j, k, l, m)
first, *_, last = (n * n for n in range(5))
print(first, last)
*empty, only = [42]
print(empty, only)
x = y = z = [0]
p, q = q, p = 1, 2
print(x is z, p, q)

for head, *tail in ["abc", [1], (7, 8, 9)]:
    print(head, tail)
for i, (key, *vals) in enumerate([("a", 1, 2), ("b",)]):
    print(i, key, vals)

def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *"ab", 3, *(), **{"k": 1}, **dict(m=2), z=0))
print(f(*range(3), sep="-"))
print([*"ab", *[1, 2], *range(2)], (*"ab",), {*"aba", *[1]} == {"a", "b", 1}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep=", ")
def ret():
    rest = [2, 3]
    return 1, *rest
print(ret())
t = (1, 2)
data = {(1, 2, 3): "hit"}
print(data[*t, 3])
squares = [*map(lambda v: v * v, range(4))]
print(squares, [*{"k1": 0, "k2": 0}], [*{"k1": 0}.items()])

for src in ["a, b = [1, 2, 3]", "a, b, c = 'xy'", "a, *b, c = [1]", "a, b = 5", "*a, b = None", "a, = []",
            "[a, b] = {1: 0}", "(a, b), c = [1, 2], 3"]:
    try:
        exec(src, {})
        print("ok", src)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for bad in ["f(*5)", "f(**[1])", "f(**{1: 2})", "[*None]", "{**[]}", "f(*[], **{'a': 1}, a=2)", "print(*1)"]:
    try:
        eval(bad, {"f": f})
    except TypeError as e:
        print("TypeError", e)
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "print(**x for x in y)", "del *a", "*a, b += 1"]:
    try:
        compile(src, "<src>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg)

# swapping and rotating with unpacking
nums = [1, 2, 3, 4]
nums[0], nums[-1] = nums[-1], nums[0]
first, *rest = nums
nums = [*rest, first]
print(nums)
# unpacking iterators consumes exactly what is needed
it = iter(range(10))
u, v = next(it), next(it)
w, *rest = it
print(u, v, w, rest)
matrix = [[1, 2, 3], [4, 5, 6]]
print([*zip(*matrix)], dict([*zip("ab", [1, 2])]), max(*[3, 9, 2]))
