# Generator pipelines: chained generator functions and generator expressions, yield from,
# send(), and builtins consuming iterators (sum, max, zip, enumerate, any).


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def squares(it):
    for x in it:
        yield x * x


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            buf.pop(0)


def chain(*its):
    for it in its:
        yield from it


def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x


def main():
    n = 800000
    s1 = sum(squares(evens(numbers(n))))
    s2 = sum(a + b - c for a, b, c in windows(numbers(n // 2), 3))
    s3 = max(x % 1009 for x in chain(numbers(n // 4), squares(numbers(n // 4))))
    acc = running_total()
    next(acc)
    last = 0
    for i, x in enumerate(numbers(n // 2)):
        if i % 3 == 0:
            last = acc.send(x)
    acc.close()
    pairs = sum(1 for a, b in zip(numbers(n), squares(numbers(n))) if (a + b) % 7 == 0)
    found = any(x > n * 10 for x in squares(numbers(n // 2)))
    print(s1, s2, s3)
    print(last, pairs, found)


main()
