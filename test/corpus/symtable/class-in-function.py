# Classes inside functions: free variables through the class, DEF_FREE_CLASS, class cells.
def factory(x, y):
    z = 3

    class C:
        x = 1                       # class-local x
        w = y                       # y is free in the class body

        def get_x(self):
            return x                # the function's x (free), same name as a class local

        def get_z(self):
            return z

        def set_z(self):
            nonlocal z
            z = 4

        def get_w(self):
            return w                # a global w, not the class attribute

    return C


def class_assigns_outer_name():
    n = 1

    class D:
        n = n + 1                   # reads the function's n (class lookup falls back to it)

    return D


def method_needs_class_and_outer():
    helper = len

    class E:
        def m(self):
            return super().m(), helper

    return E
