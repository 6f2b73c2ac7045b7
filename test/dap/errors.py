def parse(text):
    return int(text)


def safe(text):
    try:
        return parse(text)
    except ValueError:
        return -1


def gen(n):
    for i in range(n):
        yield i * 10


print(safe("12"), safe("x"))
total = 0
for v in gen(3):
    total += v
print("total", total)
parse("boom")
print("not reached")
