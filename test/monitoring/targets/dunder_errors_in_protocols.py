class BadBool:
    def __bool__(self):
        raise ValueError("no truth")

class BadEq:
    def __eq__(self, other):
        raise TypeError("no eq")
    __hash__ = None

class BadLen:
    def __iter__(self):
        return iter([1, 2])
    def __len__(self):
        raise ValueError("len failed")

class TypeLen:
    def __iter__(self):
        return iter([3])
    def __len__(self):
        raise TypeError("len type")

class NotIter:
    def __iter__(self):
        return 5

def attempt(fn):
    try:
        return fn()
    except Exception as e:
        return type(e).__name__ + ": " + str(e)

print(attempt(lambda: "yes" if BadBool() else "no"))
print(attempt(lambda: BadEq() == 1))
print(attempt(lambda: list(BadLen())))
print(attempt(lambda: list(TypeLen())))
print(attempt(lambda: [x for x in NotIter()]))

def match_bad(v):
    match v:
        case 1:
            return "one"
    return "other"

print(attempt(lambda: match_bad(BadEq())))
