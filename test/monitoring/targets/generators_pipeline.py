def numbers(n):
    for i in range(n):
        yield i

def evens(src):
    for x in src:
        if x % 2 == 0:
            yield x

def scaled(src, k):
    for x in src:
        yield x * k

pipe = scaled(evens(numbers(7)), 3)
print(list(pipe))
print(sum(scaled(numbers(4), 2)))
z = zip(numbers(3), evens(numbers(10)))
print(list(z))
