# assert with messages and computed expressions; the last one is uncaught and ends the program
# with the assertion's traceback (the caret spans the assert statement's test)
def mean(values):
    assert values, "mean() of an empty sequence"
    assert all(isinstance(v, (int, float)) for v in values), f"non-numeric in {values!r}"
    return sum(values) / len(values)

for sample in [[1, 2, 3], [], [1, "2"], (4.5,)]:
    try:
        print(mean(sample))
    except AssertionError as e:
        print("AssertionError:", e, "| args:", e.args)

try:
    assert 1 == 2
except AssertionError as e:
    print("bare assert args:", e.args, repr(str(e)))
try:
    assert False, ("tuple", "message")
except AssertionError as e:
    print("tuple message:", e.args)
try:
    assert [], None
except AssertionError as e:
    print("None message:", e.args)

class Matrix:
    def __init__(self, rows):
        self.rows = rows
        self.n = len(rows)
    def check_square(self):
        assert all(len(r) == self.n for r in self.rows), \
            f"matrix is not square: {[len(r) for r in self.rows]} vs {self.n}"
        return True

print(Matrix([[1, 2], [3, 4]]).check_square())
Matrix([[1, 2], [3]]).check_square()
