def work(n):
    total = 0
    total += 1
    total += 10
    total += 100
    for i in range(n):
        total += 1000
    return total


def helper():
    return "helper"


print(work(2))
print("done")
