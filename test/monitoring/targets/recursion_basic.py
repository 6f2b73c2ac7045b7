def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def flatten(x):
    if isinstance(x, list):
        out = []
        for y in x:
            out.extend(flatten(y))
        return out
    return [x]

def even(n):
    return True if n == 0 else odd(n - 1)

def odd(n):
    return False if n == 0 else even(n - 1)

print(fact(5))
print(fib(6))
print(flatten([1, [2, [3, 4]], 5]))
print(even(4), odd(3))
