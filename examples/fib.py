"""A small demo program: Fibonacci numbers, a generator, a class and an f-string."""


def fib(n: int) -> int:
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


def fibs(limit):
    n = 0
    while (value := fib(n)) < limit:
        yield value
        n += 1


class Counter:
    def __init__(self):
        self.count = 0

    def add(self, k=1):
        self.count += k
        return self


if __name__ == "__main__":
    counter = Counter()
    for value in fibs(100):
        counter.add()
        print(f"fib #{counter.count:>2} = {value}")
    match counter.count:
        case 0:
            print("none")
        case n if n > 10:
            print(f"{n} numbers below 100")
