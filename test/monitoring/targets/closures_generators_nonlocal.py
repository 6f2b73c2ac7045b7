def make_counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    def gen():
        while count < 3:
            yield bump()
    return gen

g = make_counter_gen()
print(list(g()))

def outer():
    log = []
    def record(x):
        log.append(x)
        return x
    results = [record(i) for i in range(3) if record(-i) < 1]
    return log, results

print(outer())

def factory():
    fns = []
    for i in range(3):
        def f(i=i):
            return i * i
        fns.append(f)
    return [fn() for fn in fns]

print(factory())
