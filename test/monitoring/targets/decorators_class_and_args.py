def register(cls):
    cls.registered = True
    return cls

def memo(fn):
    cache = {}
    def wrapper(n):
        if n in cache:
            return cache[n]
        r = fn(n)
        cache[n] = r
        return r
    return wrapper

@register
class Plugin:
    def run(self):
        return "run"

@memo
def slow(n):
    return n if n < 2 else slow(n - 1) + slow(n - 2)

class Api:
    @property
    @memo
    def broken(self):
        return 1

print(Plugin.registered, Plugin().run())
print(slow(10), slow(10))
