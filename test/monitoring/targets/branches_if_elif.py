def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

def sign_flags(a, b):
    flags = []
    if a:
        flags.append("a")
    if not b:
        flags.append("not b")
    if a is None:
        flags.append("a none")
    if b is not None:
        flags.append("b set")
    return flags

for v in (-3, 0, 4, 50):
    print(classify(v))
print(sign_flags(1, 0))
print(sign_flags(None, None))
print(sign_flags(0, 5))
