def double(x):
    return x * 2


def inc(x):
    return x + 1


print(double(inc(3)))
