class Squares:
    def __getitem__(self, i):
        if i > 4:
            raise IndexError
        return i * i

class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n

print(9 in Squares(), 5 in Squares())
print(list(iter(Counter(), 4)))
it = iter(Squares())
print(next(it), next(it))
for a, b in zip(Squares(), "xyz"):
    print(a, b)
print(sorted(Squares(), reverse=True))
