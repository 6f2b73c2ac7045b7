total = 0
for i in range(5):
    if i == 3:
        continue
    total += i
else:
    total *= 2

n = 0
while n < 3:
    n += 1

try:
    value = {"k": 1}["k"]
except KeyError:
    value = None
else:
    value += 1
finally:
    done = True

match value:
    case 2:
        kind = "two"
    case _:
        kind = "other"

print(total, n, value, done, kind)
x = 5 if total > 10 else 6
print(x, [i for i in range(3)], (lambda: "lam")())
