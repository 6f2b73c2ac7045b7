def implicit_none():
    pass

def docstring_only():
    """Just a docstring."""

def early(x):
    if x:
        return "early"

def with_finally():
    try:
        pass
    finally:
        pass

print(implicit_none(), docstring_only(), early(0), early(1), with_finally())

def loop_tail(n):
    while n:
        n -= 1
    for _ in ():
        pass

print(loop_tail(2))
