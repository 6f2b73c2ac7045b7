# yield makes a generator; return with value inside; yield from.
def gen():
    yield 1
    yield


def gen_from(it):
    yield from it
    return "done"


def gen_expr_value():
    x = yield
    return x


def nested_gen():
    def inner():
        yield inner
    return inner


def gen_in_class():
    class C:
        def m(self):
            yield self
    return C


def yield_in_lambda():
    return lambda: (yield 5)


async def async_gen():
    yield 1
    await async_gen()


class WithGenerator:
    def __iter__(self):
        yield from range(3)
