# while/else and for/else with break, continue, and returns from inside loops and finally blocks.
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
        return -1
    return i

print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))

n = 0
while n < 5:
    n += 1
    if n == 3:
        continue
    print("n", n)
else:
    print("while done", n)

n = 0
while True:
    n += 1
    if n > 3:
        break
else:
    print("never")
print("after", n)

for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if j > 1:
            break
        print(i, j)
    else:
        print("inner else", i)

def loop_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("else")
    return out
print(loop_finally())

def return_in_loop():
    for x in range(10):
        try:
            return x
        finally:
            print("finally runs for", x)
print(return_in_loop())

def while_else_return(limit):
    i = 0
    while i < limit:
        if i == 7:
            return "hit seven"
        i += 1
    else:
        return "exhausted"
print(while_else_return(5), while_else_return(10))

count = 0
for _ in []:
    count += 1
else:
    print("empty for else", count)

it = iter([1, 2, 3, 4])
for a in it:
    if a == 2:
        break
print("rest", list(it))

class CountDown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
for v in CountDown(3):
    print("cd", v)
else:
    print("cd done")

try:
    for v in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)

class BadIter:
    def __iter__(self):
        return 42
try:
    for v in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

nested = [[1, 2], [3, 4], [5, 6]]
total = 0
for a, b in nested:
    total += a * b
print(total)
i = 10
while i:
    i -= 3
    if i < 0:
        print("negative", i)
        break
else:
    print("clean exit")

def gen_in_loop():
    for i in range(3):
        yield i
        if i == 1:
            return
    else:
        yield "else"
print(list(gen_in_loop()))
