# global declarations at every level.
counter = 0
unused = None


def incr():
    global counter
    counter += 1


def deep():
    def inner():
        global counter, brand_new
        brand_new = counter
        return counter

    counter = "local"        # local to deep(), but inner() declares global
    return inner


def global_then_nested():
    global g

    def reader():
        return g

    g = 1
    return reader


class WithGlobal:
    global counter
    counter = 5

    def m(self):
        return counter


def uses_global_from_class():
    class C:
        global fresh
        fresh = 1

        def m(self):
            return fresh
    return C


global module_level_global
module_level_global = 1
