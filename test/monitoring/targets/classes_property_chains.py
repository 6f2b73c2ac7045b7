class Node:
    def __init__(self, value, parent=None):
        self._value = value
        self.parent = parent

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, v):
        self._value = v

    @property
    def depth(self):
        return 0 if self.parent is None else self.parent.depth + 1

    @property
    def root(self):
        n = self
        while n.parent is not None:
            n = n.parent
        return n

a = Node(1)
b = Node(2, a)
c = Node(3, b)
print(c.depth, c.root.value)
c.value += 10
print(c.value)
b.value = b.value * 5
print([n.value for n in (a, b, c)])
