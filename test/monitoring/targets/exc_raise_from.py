class AppError(Exception):
    pass

def load(key):
    try:
        return {"a": 1}[key]
    except KeyError as e:
        raise AppError("no " + key) from e

def quiet(key):
    try:
        return load(key)
    except AppError as e:
        raise RuntimeError("quiet") from None

try:
    load("b")
except AppError as e:
    print(e, type(e.__cause__).__name__)
try:
    quiet("z")
except RuntimeError as e:
    print(e, e.__cause__, e.__suppress_context__)
print(load("a"))
