def compute(a,
            b,
            c=3):
    total = (a
             + b
             * c)
    items = [
        a,
        b,
        c,
    ]
    mapping = {
        "a": a,
        "b": b,
    }
    if (a > 0
            and b > 0):
        total += 1
    return (total,
            items,
            mapping)

print(compute(1,
              2))
result = compute(
    -1,
    b=5,
    c=7,
)
print(result)
text = ("abc"
        "def")
print(text)
