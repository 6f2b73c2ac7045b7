class Shape:
    def area(self):
        raise NotImplementedError
    def describe(self):
        return "%s with area %s" % (type(self).__name__, self.area())

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return round(3.14 * self.r * self.r, 2)

shapes = [Square(2), Circle(1)]
for s in shapes:
    print(s.describe())
try:
    Shape().describe()
except NotImplementedError:
    print("abstract")
print(isinstance(shapes[0], Shape), issubclass(Circle, Square))
