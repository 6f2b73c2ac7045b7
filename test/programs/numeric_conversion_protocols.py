# int(), float(), index-taking builtins and the __int__/__index__/__float__ protocols.
class HasIndex:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

class HasInt:
    def __int__(self):
        return 42

class HasFloat:
    def __float__(self):
        return 2.5

class HasTrunc:
    def __trunc__(self):
        return 7

class BadIndex:
    def __index__(self):
        return "nope"

class BadFloat:
    def __float__(self):
        return 1

class IntSub(int):
    pass

class IndexReturnsSub:
    def __index__(self):
        return IntSub(5)

i = HasIndex(3)
print(int(i), float(i), [10, 20, 30, 40][i], "abcdef"[i:], range(i), bin(i), hex(i), oct(i), chr(HasIndex(65)))
print(int(HasInt()), float(HasFloat()), round(HasFloat() and 2.5), complex if False else 0, divmod(7, i), pow(2, i))
print(list(range(10))[HasIndex(1):HasIndex(8):HasIndex(3)], "x" * HasIndex(3), [0] * HasIndex(2), (1,) * HasIndex(2))
print(int("12", HasIndex(8)), (255).to_bytes(HasIndex(2), "big"), bytes(HasIndex(2)), bytearray(HasIndex(1)))
print(int(True), int(IntSub(9)), type(int(IntSub(9))).__name__, float(IntSub(2)), int(2.9), int(-2.9), int("  7  "))
print(operator_index := HasIndex(4).__index__(), isinstance(int(HasInt()), int), int(float("1e10")), float(10**20))
print(int(IndexReturnsSub()), type(int(IndexReturnsSub())).__name__)
errors = [
    lambda: int(HasFloat()),
    lambda: int(HasTrunc()),
    lambda: float(HasInt()),
    lambda: [1, 2][HasInt()],
    lambda: "abc"[HasFloat()],
    lambda: int(BadIndex()),
    lambda: [1][BadIndex()],
    lambda: float(BadFloat()),
    lambda: range(HasFloat()),
    lambda: bin(HasInt()),
    lambda: chr(HasFloat()),
    lambda: "x" * HasInt(),
    lambda: int(object()),
    lambda: float(object()),
    lambda: int("1.5"),
    lambda: float("1,5"),
]
for f in errors:
    try:
        print(repr(f()))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
int([])
