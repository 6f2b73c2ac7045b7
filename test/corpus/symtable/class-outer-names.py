# Class bodies see enclosing function locals as free variables, but methods do not see class names.
def make_class(base, value):
    shared = []

    class K(base):
        attr = value
        other = shared
        value = value * 2          # class-local, also used by a method below via the function cell

        def method(self):
            return value, shared, attr_global

        def uses_class_name(self):
            return K

        def uses_attr(self):
            return attr

    return K


attr_global = 1


def class_shadow():
    x = "function x"

    class C:
        x = "class x"

        def m(self):
            return x            # the function's x, free through the class (DEF_FREE_CLASS)

        y = x

    return C


def nested_classes():
    n = 0

    class Outer:
        n = 1

        class Inner:
            m = n

            def f(self):
                return n

    return Outer
