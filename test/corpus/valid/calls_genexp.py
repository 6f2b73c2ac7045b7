# calls: generator expression as sole argument, keywords, trailing commas
f(x for x in y)
f((x for x in y))
f((x for x in y), z)
f(x for x in y if x for z in x)
sum(i * i for i in range(10))
any(x async for x in y) if False else None
f(a)(b)(c)
f()()
f(a, b=1, *c, d=2, **e)
f(a,)
f(a, b,)
f(*a,)
f(**a,)
f(a=1,)
f(
    a,
    b,
)
f(a)[0](b).c(d)
f(a for a in b)(c for c in d)
f(x=(y for y in z))
f(a, (b for b in c))
obj.method(a).other(b)
f(1)(2)[3]
f(*args, **kwargs)
f(a, *b, c=d, **e)
f(lambda: 0, lambda x: x)
f(not x)
f(-x, +y, ~z)
f(x if y else z)
f(a for a in b if a if b)
f([a for a in b])
f({a for a in b})
f({a: b for a, b in c})
print(*a, sep='')
print()
print("a", "b", sep=", ", end="")
class C(*bases, **kw): pass
class D(A, B, metaclass=M, **kw): pass
class E(*a, b, *c, k=1, **d): pass
class F(): pass
class G(object,): pass
class I(A[int], B[str, *Ts]): pass
class J(f"{x}".__class__): pass
