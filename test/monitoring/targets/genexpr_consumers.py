def squares(n):
    return (i * i for i in range(n))

print(sum(squares(4)))
print(max(squares(3)), min(x for x in [3, 1, 2]))
print(sorted(c for c in "cab"))
print(dict((str(i), i) for i in range(2)))
print(", ".join(str(i) for i in range(3)))
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
t = tuple(x for x in "ab")
print(t)
it = iter(x * 10 for x in range(2))
print(next(it), next(it), next(it, "end"))
