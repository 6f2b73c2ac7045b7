# Private name mangling (_Py_Mangle): __x inside a class becomes _Class__x.
__module_private = 1


class Spam:
    __cls_attr = 1
    __dunder__ = 2
    _single = 3

    def __init__(self, __param):
        self.__attr = __param
        __local = __param
        return __local

    def __method(self):
        global __module_private
        return __module_private, Spam.__cls_attr

    def uses_nonlocal_mangled(self):
        __v = 1

        def inner():
            nonlocal __v
            __v = 2
            return __v

        return inner

    import __hidden_module
    import os.__path_like

    class __Nested:
        __inner = 1

        def m(self):
            return __inner


class ___:
    __not_mangled = 1


class _Leading:
    __x = 1


def outside():
    __stays = 1
    return __stays


class Comprehensions:
    __data = [1]
    __out = [__i for __i in __data]

    def m(self):
        return {__k: __k for __k in self.__data}


class Lambdas:
    __f = lambda __a: __a
