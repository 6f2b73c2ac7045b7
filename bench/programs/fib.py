# Recursive Fibonacci (function-call overhead, small-int arithmetic, comparisons).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


total = 0
for k in range(20, 31):
    total += fib(k)
print(fib(31))
print(total)
