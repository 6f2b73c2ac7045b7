# match, case, type and _ as ordinary identifiers
match = 1
case = 2
type = 3
_ = 4
match + case
match(1)
match[0]
match.x = 1
match, case = case, match
match = match.case
case = [match, case]
type = type(type)
type.__name__
print(match, case, type, _)
def match(match, case=None, *type, **_): return match
class case: match = 1; case = 2; type = 3
def f(type): pass
x = match if case else type
lambda match, case, type, _: (match, case, type, _)
for match in case: pass
for type in match: pass
import match
import type as case
from match import case, type
from case import match as type
with match as case: pass
match: int = 1
case: str
type: type = type
match -x:
    case _: pass
match(x)
match (x):
    case _: pass
match[x]
match [x]:
    case _: pass
match *a,:
    case _: pass
match = lambda: 0
match -1 + 2 , 3 :
    case (match, case, type): pass
match match:
    case case: pass
match case:
    case match: pass
match type:
    case type(): pass
type X = int
type(X)
type type = int
type match = case
type case = match
match {}:
    case {"match": match, "case": case, "type": type}: pass
print(*match, **case)
match.match.match
_._._
del match, case, type, _
global_ = (match := 1)
(case := 2)
[type := 3]
f(_:=5)
match not x:
    case _: pass
match await_ if x else y:
    case _: pass
match lambda: 1:
    case _: pass
