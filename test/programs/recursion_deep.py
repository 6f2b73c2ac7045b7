# Deep recursion with a raised limit, RecursionError at the default limit, and mutual recursion.
import sys

print(sys.getrecursionlimit())

def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)

sys.setrecursionlimit(12000)
print(count_down(10000))

def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(5000), mutual_odd(5001))

def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(3000)
depth = 0
while nested:
    nested = nested[0]
    depth += 1
print("nested depth", depth)

sys.setrecursionlimit(1000)
print(sys.getrecursionlimit())

def infinite(n):
    return infinite(n + 1)
try:
    infinite(0)
except RecursionError as e:
    print(type(e).__name__, e)

class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
chain = None
for _ in range(500):
    chain = Node(chain)
print(chain.depth())

def recursive_gen(n):
    if n > 0:
        yield n
        yield from recursive_gen(n - 1)
print(sum(recursive_gen(200)))


def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(300))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))
print(ackermann(2, 3))

print("still alive")
