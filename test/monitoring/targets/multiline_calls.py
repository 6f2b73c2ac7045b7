def f(*args, **kw):
    return len(args) + len(kw)

x = f(
    1,
    2,
    f(
        3,
        k=4,
    ),
)
print(x)
y = [f(i,
       i)
     for i in range(2)]
print(y)
z = (f(1)
     if x > 2
     else f())
print(z)
print(max(
    [3, 1, 2],
    key=lambda v: (
        -v
    ),
))
