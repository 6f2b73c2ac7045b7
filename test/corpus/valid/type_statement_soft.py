# the `type` soft keyword: alias statements vs ordinary uses of the name
type X = int
type X[T] = list[T]
type X [T] = T
type(x)
type[x]
type[x] = 1
type.x = 1
type = 1
type += 1
type: int = 1
type, x = 1, 2
type . x
type(X) == type
print(type)
type X = type
type type = type
type X = lambda: type
type X = (yield_)
type X = int if y else str
if True:
    type Y = int
    type
def f():
    type Z[T] = T
    return type
class C:
    type M = int
    type = "attr"
type Long = (
    int
    | str
    | None
)
type \
    Cont = int
type X = [int, str]
type X = {int: str}
type Y2 = 'forward'
type Y3 = f"{x}"
type Y4 = int; type Y5 = str
type X = not x
