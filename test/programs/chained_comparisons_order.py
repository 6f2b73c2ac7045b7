# chained comparisons evaluate each operand once, left to right, and stop at the first false
# link; `and`/`or`/`not` short-circuit and return operands; conditional expressions nest
log = []
def v(x, tag=None):
    log.append(tag if tag is not None else x)
    return x

def show(label, result):
    print(f"{label:<28} -> {result!r:<8} evaluated {log}")
    log.clear()

show("1 < 2 < 3", v(1) < v(2) < v(3))
show("1 < 3 < 2 < 4", v(1) < v(3) < v(2) < v(4))
show("3 > 2 == 2 >= 1", v(3) > v(2) == v(2) >= v(1))
show("1 == 1.0 is not None", v(1) == v(1.0) is not v(None))
show("'a' in 'abc' in ['abc']", v("a") in v("abc") in v(["abc"]))
show("5 < 1 < crash", v(5) < v(1) < v(1 / 1, "never"))
show("0 and crash", v(0) and v("x"))
show("'' or [] or 'last'", v("") or v([]) or v("last"))
show("1 and 2 and 3", v(1) and v(2) and v(3))
show("None or 0", v(None) or v(0))
show("not not 'x'", not not v("x"))
show("a if cond else b", v("yes") if v(True, "cond") else v("no"))
show("nested conditional", v("A") if v(0, "c1") else v("B") if v(1, "c2") else v("C"))
show("x < y if z else w", v(1) < v(2) if v(False, "z") else v("w"))

x = 5
print(1 < x < 10, 1 < x > 4, 10 > x <= 5, x == 5 == 5.0, 1 < x < 3, x is x is not None, (1 < x) < 3)
print([n for n in range(20) if 3 <= n < 7 or 15 < n <= 17], 0 < 0.5 < 1 < 1.5, "a" < "b" < "c" > "a")

class Noisy:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"  {self.n} < {other.n}")
        return self.n < other.n
    def __bool__(self):
        print(f"  bool({self.n})")
        return bool(self.n)
    def __repr__(self):
        return f"Noisy({self.n})"
print(Noisy(1) < Noisy(2) < Noisy(3))
print(Noisy(3) < Noisy(2) < Noisy(1))
print(Noisy(0) or Noisy(2))
print(Noisy(1) and Noisy(0))

# comparisons in one chain can mix types; a TypeError from a later link still propagates
try:
    print(1 < 2 < "3")
except TypeError as e:
    print("TypeError", e)
print(1 < 0 < "3")
# the middle operand of a chain is evaluated once even when it has side effects
counter = iter(range(100))
print(0 <= next(counter) <= 0, next(counter))
# walrus inside a chain
if 0 < (n := len("hello")) < 10:
    print("length", n)
values = [3, 8, 1, 9]
lo, hi = 2, 8
print([w for w in values if lo <= w <= hi], all(lo <= w for w in values), any(w > hi for w in values))
