import sys
sys.setrecursionlimit(20000)


class Chain:
    def __init__(self, n):
        self.child = Chain(n - 1) if n else None


c = Chain(5000)
print("built a 5000-deep chain")
