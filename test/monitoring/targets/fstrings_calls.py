def name():
    return "world"

def num(x):
    return x * 2

width = 8
print(f"hello {name()}!")
print(f"{num(3)} and {num(num(1))}")
print(f"{name().upper():>{width}}|")
print(f"{3.14159:.2f} {len('abc')=}")
print(f"{'nested ' + f'{num(5)}'}")
items = [1, 2]
print(f"{[num(i) for i in items]} {items!r}")
print(f"{sum(i for i in items)}")
