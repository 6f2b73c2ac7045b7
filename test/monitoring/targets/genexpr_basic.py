def total(n):
    return sum(i * i for i in range(n))

def any_big(xs):
    g = (x > 10 for x in xs)  # closed explicitly: tspy does not finalize dropped generators
    r = any(g)
    g.close()
    return r

def first_match(xs):
    g = (x for x in xs if x % 3 == 0)
    r = next(g, None)
    g.close()
    return r

g = (c.upper() for c in "abc")
print(next(g))
print(list(g))
print(total(5))
print(any_big([1, 20, 3]), any_big([1, 2]))
print(first_match([1, 2, 6, 9]), first_match([1]))
print(tuple(x for x in range(4) if x))
