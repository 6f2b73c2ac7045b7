# Bytecode shapes CPython 3.14 emits for common code: slice and frozenset constants,
# LOAD_SUPER_ATTR, and the inlined all()/any()/tuple() over a generator expression.
class Base:
    def greet(self, who):
        return f"hello {who}"

    @property
    def kind(self):
        return "base"


class Child(Base):
    def greet(self, who):
        return super().greet(who).upper() + "!"

    @property
    def kind(self):
        return "child of " + super().kind


c = Child()
print(c.greet("ann"), c.kind)
data = list(range(10))
print(data[1:4], data[::2], data[-3:], "abcdef"[2:5])
for x in (1, 5, 9, 12):
    print(x, x in {1, 5, 9}, x not in {"a", "b"})
print(all(x < 10 for x in data), any(x > 8 for x in data), tuple(x * 2 for x in data if x % 3 == 0))


def shadowed(all=lambda it: "custom"):
    return all(x for x in [0])


print(shadowed(), all(x for x in []), any(x for x in []))
