def conv(s):
    try:
        return int(s)
    except ValueError:
        return None

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return "missing"

def safe_len(x):
    try:
        return len(x)
    except TypeError as e:
        return str(e)

print(conv("12"), conv("x"))
print(lookup({"a": 1}, "a"), lookup({}, "b"))
print(safe_len([1]), safe_len(5))
try:
    max([])
except ValueError as e:
    print("max:", e)
try:
    float("nope")
except ValueError as e:
    print("float:", e)
