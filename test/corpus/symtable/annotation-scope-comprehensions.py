# Comprehensions in annotation and type-param scopes nested in classes are not inlined.
class C:
    names = ["a"]
    field: [n for n in names]
    other: {k: k for k in names}

    def method(self, arg: [q for q in names]) -> {s for s in names}:
        pass

    def generic[T: [b for b in names]](self):
        pass

    type Alias = [z for z in names]


def outside_class():
    names = ["b"]

    def f(arg: [n for n in names]) -> None:
        pass

    type Local = [m for m in names]
    return f, Local


module_ann: [mm for mm in range(2)]
