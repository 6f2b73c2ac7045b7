# operator's functions (the _operator versions replace operator.py's): results and CPython's errors
import operator
from operator import *

print(operator.__doc__.splitlines()[0], operator.add is __import__("_operator").add, operator.__add__ is operator.add)
print(lt(1, 2), le(2, 2), eq(1, 1.0), ne("a", "a"), ge(3, 4), gt([2], [1]), not_([]), truth("x"), is_(None, None), is_not(1, None))
print(is_none(None), is_not_none(0), abs(-3), abs(-2.5), abs(True), add(1, 2), add("a", "b"), and_(6, 3), floordiv(7, 2), index(True))
print(inv(5), invert(-1), lshift(1, 10), mod(7, -3), mul("ab", 2), matmul is operator.__matmul__, neg(4), or_({1}, {2}), pos(-0.0))
print(pow(2, 10), pow(2.0, -1), rshift(1024, 3), sub(1, 0.5), truediv(1, 4), xor(5, 1), concat([1], [2]), concat("a", "b"))
print(contains([1, 2], 2), countOf([1, 2, 1, True], 1), indexOf("abc", "c"), getitem({"k": 1}, "k"), getitem("abc", slice(1, None)))
l = [1, 2, 3]; setitem(l, 0, 9); delitem(l, 1); print(l)
print(length_hint([1, 2, 3]), length_hint(range(10)), length_hint(5), length_hint(5, 7), call(divmod, 7, 2), call(sorted, [3, 1], reverse=True))
class Hint:
    def __init__(self, v): self.v = v
    def __length_hint__(self): return self.v
print(length_hint(Hint(4)), length_hint(Hint(NotImplemented), 9))
a = [1]; b = iadd(a, [2]); print(a, b, a is b, iconcat(a, (3,)), iadd(1, 2), isub(5, 1), imul([0], 3), ipow(2, 5), ior({1}, {2}))
print(ifloordiv(9, 2), ilshift(1, 3), imod(9, 4), irshift(8, 1), iand(7, 2), ixor(1, 3), itruediv(1, 2))
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, other):
        self.items.append(other)
        return self
    def __getitem__(self, i): return self.items[i]
acc = Acc(); print(iadd(acc, 5).items, iconcat(acc, [6]).items)
for bad in [lambda: add(1), lambda: add(1, 2, 3), lambda: add(a=1, b=2), lambda: not_(), lambda: neg("a"), lambda: index(1.5),
            lambda: concat(1, 2), lambda: concat([1], (2,)), lambda: iconcat(1, 2), lambda: countOf(1, 1), lambda: indexOf([1, 2], 3),
            lambda: indexOf(1, 2), lambda: length_hint(1, "a"), lambda: length_hint(Hint(-1)), lambda: length_hint(Hint("x")),
            lambda: call(), lambda: getitem([1], 5), lambda: contains(1, 2), lambda: abs("a"), lambda: matmul(1, 2),
            lambda: pow(1, "a"), lambda: ipow([], 2), lambda: lt(1, "a"), lambda: setitem((1,), 0, 2), lambda: truth(1, 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
import itertools, heapq, bisect, struct
print(operator.add.__module__, itertools.tee.__module__, heapq.heappush.__module__, bisect.insort.__module__, struct.pack.__module__, operator.add.__qualname__)
