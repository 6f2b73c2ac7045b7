# Long-running builtins, one per kind (argv[1]): each prints "go" and then calls the builtin on the
# line marked with its kind; a pause must stop on that line, inside the builtin.
import sys, re, itertools, math, collections, time

kind = sys.argv[1]
text = "ab cd " * 300000
data = [(i * 7919) % 1000003 for i in range(100000)] * 2 if kind in ("sorted", "list.sort") else []
if kind == "str":
    sys.set_int_max_str_digits(0)
    big = 7 ** (2 * 10**6)
print("go")
if kind == "re.match":
    r = re.match(r"(a*)*b", "a" * 21)  # re.match
elif kind == "re.search":
    r = re.compile(r"(a*)*b").search("a" * 20)  # re.search
elif kind == "re.findall":
    r = len(re.findall(r"\w+", text))  # re.findall
elif kind == "re.sub":
    r = len(re.sub(r"a", "x", text * 2))  # re.sub
elif kind == "sorted":
    r = sorted(data)[-1]  # sorted
elif kind == "list.sort":
    data.sort(key=abs)  # list.sort
    r = data[-1]
elif kind == "sum":
    r = sum(range(2 * 10**7))  # sum
elif kind == "max":
    r = max(range(10**7))  # max
elif kind == "all":
    r = all(range(1, 3 * 10**7))  # all
elif kind == "list":
    r = len(list(range(10**7)))  # list
elif kind == "join":
    r = len("".join(map(str, range(2 * 10**6))))  # join
elif kind == "bytearray":
    r = len(bytearray(itertools.repeat(7, 10**7)))  # bytearray
elif kind == "permutations":
    r = len(list(itertools.permutations(range(9))))  # permutations
elif kind == "deque":
    r = len(collections.deque(itertools.product(range(150), repeat=3), maxlen=5))  # deque
elif kind == "pow":
    r = (3 ** (2 * 10**7)) % 1000  # pow
elif kind == "powmod":
    r = pow(3, 10**4000, 10**3000 + 7) % 1000  # powmod
elif kind == "factorial":
    r = math.factorial(400000) % 1000  # factorial
elif kind == "str":
    r = len(str(big))  # str
elif kind == "sleep":
    r = time.sleep(2.5) or 1  # sleep
print("done", kind, r)
