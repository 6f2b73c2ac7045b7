# Control flow corners: try/finally with return/break/continue, loop else, nested functions.
def f(n):
    try:
        if n > 0:
            return "positive"
        return "non-positive"
    finally:
        print("cleanup", n)


print(f(1), f(-1))


def g():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no break")
    return i


print(g())
for i in range(3):
    pass
else:
    print("loop else", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    def get():
        return count

    return inc, get


inc, get = counter()
inc()
inc()
print(get(), [x for x in range(10) if x % 3 == 0], {k: v for k, v in zip("abc", range(3))})
words = "the quick brown fox jumps over the lazy dog the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
matrix = [[i * j for j in range(4)] for i in range(3)]
print(matrix, [row[1] for row in matrix], list(zip(*matrix)))
s = "Hello, World"
print(s[::-1], s[7:], s.lower().count("l"), s.replace("l", "L", 2), s.split(", "), "-".join(s))
print(f"{'pad':>8}|{42:08.3f}|{-7:+d}|{1/3:.3%}|{123456789:_}")
nums = [5, 3, 8, 1]
nums.sort(reverse=True)
print(nums, sum(nums) / len(nums), max(nums, key=lambda x: -x), any(x > 7 for x in nums), all(nums))
a = b = []
a.append(1)
print(a is b, a == [1], None is None, 1 is not None)
t = (1, 2, 3)
x, y, z = t
print(x + y + z, t[1:], t * 2, t.index(2), 3 in t)
print(divmod(17, 5), abs(-3.5), round(2.5), round(3.5), round(2.675, 2), pow(2, 10), chr(65), ord("a"))
print(int("42") + int("-7"), float("3.5") * 2, str(3.0), bool(""), list(range(10, 0, -3)))
print(isinstance(3, (int, float)), issubclass(bool, int), type(None).__name__, callable(len))
