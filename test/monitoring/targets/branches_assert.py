def checked_div(a, b):
    assert b != 0, "division by zero"
    return a / b

def positive(x):
    assert x > 0
    return x

print(checked_div(6, 3))
try:
    checked_div(1, 0)
except AssertionError as e:
    print("assert:", e)
print(positive(2))
try:
    positive(-1)
except AssertionError as e:
    print("bare assert", repr(e))
