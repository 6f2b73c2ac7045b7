def ret_value():
    yield 1
    yield 2
    return "ignored by list"

def empty():
    return
    yield

print(list(ret_value()))
print(tuple(ret_value()), sum(ret_value()))
print(list(empty()), sorted(ret_value(), reverse=True))
print(dict(enumerate(ret_value())))
print([x for x in ret_value()])
a, b = ret_value()
print(a, b)
print(*ret_value())
