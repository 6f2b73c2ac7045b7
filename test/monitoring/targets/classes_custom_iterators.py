class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n

class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * i

class Bag:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
    def __len__(self):
        return len(self.items)

for v in Countdown(3):
    print("cd", v)
for v in Seq():
    print("seq", v)
print(list(Seq()), 4 in Seq())
b = Bag([1, 2])
print(2 in b, 5 not in b, len(b))
