# Exceptions in a loop: raise/except of builtin and user-defined exception classes, try/finally,
# else clauses, exception chaining, and exceptions crossing function calls.


class AppError(Exception):
    # tspy: instances of Exception subclasses have no __dict__ yet (AttributeError on
    # `self.code = code`), so the code travels in args.
    def __init__(self, code, msg):
        super().__init__(code, msg)

    def code(self):
        return self.args[0]


class RetryError(AppError):
    pass


def parse_int(s):
    try:
        return int(s)
    except ValueError:
        return -1


def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise AppError(404, "missing " + str(k)) from e


def divide(a, b):
    if b == 0:
        raise RetryError(3, "divide by zero")
    return a // b


def work(i, table):
    try:
        v = lookup(table, i % 13)
        q = divide(i, v % 5)
    except RetryError as e:
        return e.code()
    except AppError as e:
        return e.code() % 7 + (1 if e.__cause__ is not None else 0)
    else:
        return q % 11
    finally:
        table["calls"] = table.get("calls", 0) + 1


def main():
    table = {k: k * 3 for k in range(10)}
    total = 0
    bad = 0
    for i in range(400000):
        total += work(i, table)
        if parse_int("x" if i % 4 == 0 else str(i)) < 0:
            bad += 1
    caught = 0
    for i in range(80000):
        try:
            try:
                [1, 2, 3][i % 5]
            except IndexError:
                raise TypeError("wrapped")
        except TypeError as e:
            caught += 1 if isinstance(e.__context__, IndexError) else 100
    print(total, bad, caught, table["calls"])


main()
