def countdown(n):
    while n > 0:
        yield n
        n -= 1

class Manual:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

for v in countdown(3):
    print(v)
for v in Manual(2):
    print(v)
print(list(countdown(2)), list(Manual(3)))
it = iter([1])
print(next(it), next(it, "done"))
print([x for x in countdown(2)])
