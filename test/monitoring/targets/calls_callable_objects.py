class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n

class Failing:
    def __call__(self):
        raise RuntimeError("call failed")

add5 = Adder(5)
print(add5(1))
print(list(map(add5, [1, 2])))
try:
    Failing()()
except RuntimeError as e:
    print(e)
m = add5.__call__
print(m(10))
bound = "x-y".split
print(bound("-"))
