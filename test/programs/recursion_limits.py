import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

sys.setrecursionlimit(20000)
print(depth(10000))
sys.setrecursionlimit(1000)

def forever(n):
    return forever(n + 1)

try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

print(fact(30), len(str(fact(500))))
forever(0)
