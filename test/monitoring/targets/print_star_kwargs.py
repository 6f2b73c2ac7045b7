def show(*args, **kwargs):
    print(*args, **kwargs)

opts = {"sep": "|", "end": "!\n"}
show(1, 2, 3)
show("a", "b", **opts)
print(*range(3), **{"sep": ","})
items = [("x", 1), ("y", 2)]
print(*[k for k, _ in items], sep="")
print(f"{len(items)=} {items[0]!r:>12} {3 + 4=}")
value = 42
print(f"{value=:05d} {value!s}")
