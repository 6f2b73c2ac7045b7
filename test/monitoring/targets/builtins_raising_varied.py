cases = [
    lambda: int("12z"),
    lambda: [1][5],
    lambda: {}.popitem(),
    lambda: "a" + 1,
    lambda: len(5),
    lambda: divmod(1, 0),
    lambda: chr(-1),
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: getattr(object(), "nope"),
]
for fn in cases:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__)
print(int("5"), chr(66))
