class Broken:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i == 3:
            raise ValueError("broken at 3")
        return self.i

def consume():
    seen = []
    try:
        for v in Broken():
            seen.append(v)
    except ValueError as e:
        seen.append(str(e))
    return seen

print(consume())
try:
    list(Broken())
except ValueError as e:
    print("list:", e)

class NoIter:
    pass

try:
    for x in NoIter():
        pass
except TypeError as e:
    print(e)
