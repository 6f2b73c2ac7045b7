# positional-only / keyword-only parameters, defaults, annotations, *args: *Ts
def f0(): pass
def f1(a): pass
def f2(a, b=1): pass
def f3(a, /): pass
def f4(a, /, b): pass
def f5(a=1, /, b=2): pass
def f6(a, b=1, /, c=2, *, d, e=3, **k): pass
def f7(*, a): pass
def f8(*, a=1, b): pass
def f9(*args): pass
def f10(**kw): pass
def f11(*args, **kw): pass
def f12(a, /, *args, b, **kw): pass
def f13(a: int, /, b: str = "s", *args: int, c: float = 1.0, d: list, **kw: dict) -> None: pass
def f14(*args: *Ts): pass
def f15(*args: *tuple[int, ...]): pass
def f16[*Ts](*args: *Ts, **kw: int): pass
def f17(a, b,): pass
def f18(a, /,): pass
def f19(*, a,): pass
def f20(*args,): pass
def f21(**kw,): pass
def f22(a=1, *args, b=2, **kw,): pass
def f23(
    a,  # comment
    b: int = 2,
    /,
    c: "str" = "c",
    *args: *Ts,
    d,
    e: int = 5,
    **kwargs: object,
) -> "Return": pass
def f24(a: lambda: 1 = lambda: 2) -> lambda: 3: pass
def f25(a=(yield_ := 1)): pass
def f26(a: (x := int) = 1): pass
def f27(a, b=1, *, c, d=2): pass
def f28(a: int=1, b: str=2, /): pass
def f29(self, /, *args: P.args, **kwargs: P.kwargs): pass
def f30(a=[], b={}, c=(), d=set(), e=..., f=None, g=-1, h=not True): pass
def f31(*a: *b): pass
def f32(*a: int | str, **k: "x"): pass
