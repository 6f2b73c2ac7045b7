def work():
    big = list(range(250))
    d = {"a": 1, "b": [1, 2]}
    n = 10
    n = n + 1
    print("n is", n)
    return n


result = work()
print("result", result, len(big) if "big" in dir() else "no big")
