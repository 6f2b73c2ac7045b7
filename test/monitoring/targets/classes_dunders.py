class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __eq__(self, o):
        return self.x == o.x and self.y == o.y
    def __len__(self):
        return 2
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)

v = Vec(1, 2) + Vec(3, 4)
print(v, len(v), list(v), v[1])
print(v == Vec(4, 6), v == Vec(0, 0))
if Vec(0, 0):
    print("truthy")
else:
    print("falsy")
print(str(v))
