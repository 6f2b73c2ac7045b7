def inv(x):
    return 1 / x

def safe_list(xs):
    try:
        return [inv(x) for x in xs]
    except ZeroDivisionError:
        return "zero inside"

def safe_dict(xs):
    try:
        return {x: int(x) for x in xs}
    except ValueError as e:
        return str(e)

def gen_fail(xs):
    try:
        return sum(inv(x) for x in xs)
    except ZeroDivisionError:
        return "genexpr zero"

print(safe_list([1, 2]), safe_list([1, 0]))
print(safe_dict(["1", "2"]), safe_dict(["x"]))
print(gen_fail([1, 4]), gen_fail([0]))
