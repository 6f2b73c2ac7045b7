class Counter:
    created = 0

    def __init__(self):
        Counter.created += 1

    @classmethod
    def make(cls, n):
        return [cls() for _ in range(n)]

    @classmethod
    def count(cls):
        return cls.created

    @staticmethod
    def describe(n):
        return "counter x%d" % n

class Sub(Counter):
    pass

Counter.make(2)
Sub.make(1)
print(Counter.count(), Sub.count())
print(Counter.describe(3), Sub().describe(1))
c = Counter()
print(c.count(), c.make(0))
