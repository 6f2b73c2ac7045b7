# __debug__, ... everywhere, if __name__ == "__main__", return without value, misc statements
"""Module docstring."""
...
x = ...
y = [..., ...]
z = {...: ...}
a[...]
a[..., 1:2]
def f(): ...
def g(a=...): ...
def h(*a: ..., **k: ...) -> ...: ...
class C: ...
class D:
    """Class docstring."""
    ...
lambda: ...
f(...)
... if ... else ...
...; ...
x: ... = ...
if __debug__:
    pass
if not __debug__:
    print(__debug__)
x = __debug__
def r():
    return
    return None
    return ...
def gen():
    yield
    yield None
    yield from ()
while True:
    break
else:
    pass
while x:
    continue
for i in range(3):
    pass
else:
    pass
if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a: pass
elif b: pass
else: pass
pass
def doc():
    """Function docstring."""
    'second string is just an expression'
    return 1
"not a docstring" if False else None
x = y = z = 0
a, b = b, a
a = b, c = d, e = 1, 2
(a) = 1
[a] = [1]
(a, b) = [1, 2]
[a, (b, c)] = 1, (2, 3)
a.b = a[0] = a[0:1] = c
x = not 1
x = (1)
x = (1,)
x = ()
x = []
x = {}
x = {1}
x = {1: 2}
x = {1: 2,}
x = [1,]
x = 1,
x = (((1)))
x = -1 ** 2
x = None
x = True
x = False
if __name__ == "__main__":
    main()
if __name__ == '__main__': main()
