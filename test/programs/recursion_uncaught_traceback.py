# Unbounded recursion ends in RecursionError; the traceback folds the repeated frames


def countdown(n):
    if n == 0:
        return "done"
    return countdown(n - 1)


def ping(n):
    return pong(n + 1)


def pong(n):
    return ping(n + 1)


print(countdown(500))
try:
    ping(0)
except RecursionError as e:
    print("RecursionError:", e)


def walk(node):
    return walk({"child": node})


walk({})
