# yield from: values, send() and throw() pass through to the subgenerator, its return value
# becomes the expression's value, close() reaches the innermost, and iterables that are not generators
def inner(tag):
    total = 0
    try:
        while True:
            x = yield f"{tag}:{total}"
            if x is None:
                break
            total += x
    except ValueError as e:
        print(f"  {tag} handled {e}")
        return -1
    finally:
        print(f"  {tag} finally")
    return total

def outer():
    a = yield from inner("A")
    print("  A returned", a)
    b = yield from inner("B")
    print("  B returned", b)
    return a, b

g = outer()
print(next(g), g.send(1), g.send(2), g.send(None), g.send(10), g.throw(ValueError("bad")) if False else "")
try:
    g.throw(ValueError("bad"))
except StopIteration as e:
    print("finished with", e.value)

def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain("ab", [1, 2], range(2), {"k": 0}, (x for x in "yz"))))

def delegate_close():
    yield from inner("C")
d = delegate_close()
next(d)
d.close()
print(d.gi_frame is None)

def flatten(tree):
    for node in tree:
        if isinstance(node, list):
            yield from flatten(node)
        else:
            yield node
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))

# yield from a non-iterable, and from an iterator whose send is missing
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError", e)
def over_list():
    r = yield from [1, 2]
    return r
ol = over_list()
print(next(ol))
try:
    ol.send("x")
except AttributeError as e:
    print("AttributeError", e)

# the subgenerator's StopIteration value and the gi_yieldfrom attribute
def sub():
    yield 1
    return "sub-result"
def wrapper():
    result = yield from sub()
    yield result
w = wrapper()
print(next(w), w.gi_yieldfrom.__name__, next(w), w.gi_yieldfrom)

# an accumulator protocol: averaging coroutine driven with send
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return {"count": count, "avg": avg}
        total += value
        count += 1
        avg = total / count
def grouper(results, key):
    while True:
        results[key] = yield from averager()
results = {}
for key, values in {"girls;kg": [40.9, 38.5, 44.3], "boys;m": [1.38, 1.5, 1.32, 1.25]}.items():
    group = grouper(results, key)
    next(group)
    for v in values:
        group.send(v)
    group.send(None)
for key in sorted(results):
    print(f"{key:10} {results[key]['count']:2} {results[key]['avg']:.2f}")

# throw() with an exception the subgenerator doesn't handle propagates through both
def inner2():
    yield "i"
def outer2():
    try:
        yield from inner2()
    except KeyError as e:
        yield f"outer caught {e!r}"
o = outer2()
next(o)
print(o.throw(KeyError("x")))
