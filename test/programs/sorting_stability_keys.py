# sorting: stability across multiple passes, key functions (itemgetter, attrgetter, lambdas
# returning tuples), reverse keeping stability, cmp_to_key, sorting mixed types, and errors
from functools import cmp_to_key
from operator import itemgetter, attrgetter, methodcaller

records = [("bob", "sales", 50), ("ann", "eng", 70), ("cy", "eng", 50), ("di", "sales", 70), ("ed", "hr", 50),
           ("fay", "eng", 60)]
by_salary = sorted(records, key=itemgetter(2))
print([r[0] for r in by_salary])
two_pass = sorted(sorted(records, key=itemgetter(0)), key=itemgetter(1))
print([(r[1], r[0]) for r in two_pass])
print([r[0] for r in sorted(records, key=itemgetter(2), reverse=True)])
print([r[0] for r in sorted(records, key=lambda r: (r[1], -r[2], r[0]))])
print([r[0] for r in sorted(records, key=itemgetter(1, 2))])

class Emp:
    def __init__(self, name, dept, pay):
        self.name, self.dept, self.pay = name, dept, pay
    def __repr__(self):
        return self.name
emps = [Emp(*r) for r in records]
print(sorted(emps, key=attrgetter("dept", "name")), sorted(emps, key=attrgetter("pay"), reverse=True))
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")), sorted("hello world".split(), key=len))

def compare(a, b):
    # odd numbers first, then by value descending
    if a % 2 != b % 2:
        return -1 if a % 2 else 1
    return (b > a) - (b < a)
print(sorted(range(10), key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: 0)))

# sort is in place and returns None; sorted accepts any iterable
xs = [5, 2, 9]
print(xs.sort(), xs, sorted("cab"), sorted({3: "x", 1: "y"}), sorted((x for x in [2, 1])), sorted([], reverse=True))
# stability with equal keys under reverse=True keeps original order of equals
pairs = [(1, "a"), (0, "b"), (1, "c"), (0, "d")]
print(sorted(pairs, key=itemgetter(0), reverse=True), sorted(pairs, key=itemgetter(0)))
# floats with nan do not sort meaningfully but do not raise
nan = float("nan")
print(sorted([3.0, 1.0, 2.0]), len(sorted([nan, 1.0, nan, 0.5])))
for bad in [lambda: sorted([1, "1"]), lambda: sorted([[1], (1,)]), lambda: sorted([{1}, {2}, 3]),
            lambda: sorted([1, 2], key=lambda v: None if v == 1 else v), lambda: sorted([1], cmp=None),
            lambda: sorted(5)]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError", e)
# a key function that raises stops the sort and leaves the list unchanged
data = [3, 1, 0, 2]
try:
    data.sort(key=lambda v: 10 // v)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, data)
# natural sort of file names
import re
files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt", "file20b.txt", "file20a.txt"]
def natural(s):
    return [int(t) if t.isdigit() else t.lower() for t in re.split(r"(\d+)", s)]
print(sorted(files, key=natural))
# ranking with ties
scores = {"ann": 90, "bo": 85, "cy": 90, "di": 70}
ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
rank, prev = 0, None
for i, (name, score) in enumerate(ranked, 1):
    if score != prev:
        rank, prev = i, score
    print(rank, name, score)
