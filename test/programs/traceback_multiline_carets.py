# An uncaught error inside a multi-line expression: CPython shows the lines with ~ and ^ markers


def lookup(table, key):
    return table[key]


def compute(values):
    total = (
        values["a"] *
        values["b"]
        + lookup(values,
                 "missing")
    )
    return total


data = {"a": 2, "b": 3}
try:
    compute(data)
except KeyError as e:
    print("caught", repr(e))

result = compute(
    {
        "a": 1,
        "b": 2,
    }
)
