# Walrus at module level and in nested constructs.
if (size := 10) > 5:
    pass

values = [y := 1, y ** 2]
print(f"{(fw := 3)}")


def in_default(arg=(dflt := 5)):
    return arg


class InClassBody:
    attr = (cls_walrus := 4)


result = [(inner := i) for i in range(3)]
lam = lambda: (lw := 1)
