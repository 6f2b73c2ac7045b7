# The builtins namespace: kinds of objects, callability, and the exception hierarchy it exposes

B = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
FUNCTIONS = ["abs", "aiter", "all", "anext", "any", "ascii", "bin", "callable", "chr", "compile", "delattr", "dir",
             "divmod", "eval", "exec", "format", "getattr", "globals", "hasattr", "hash", "hex", "id", "isinstance",
             "issubclass", "iter", "len", "locals", "max", "min", "next", "oct", "ord", "pow", "print", "repr",
             "round", "setattr", "sorted", "sum", "vars"]
TYPES = ["bool", "bytearray", "bytes", "classmethod", "complex", "dict", "enumerate", "filter", "float", "frozenset",
         "int", "list", "map", "memoryview", "object", "property", "range", "reversed", "set", "slice", "staticmethod",
         "str", "super", "tuple", "type", "zip"]
CONSTANTS = ["True", "False", "None", "Ellipsis", "NotImplemented", "__debug__"]

for name in FUNCTIONS:
    obj = B[name]
    print(f"{name:12} {type(obj).__name__:28} callable={callable(obj)} {obj.__name__ == name}")
for name in TYPES:
    obj = B[name]
    print(f"{name:12} {type(obj).__name__:5} base={obj.__base__.__name__ if obj.__base__ else None:8} subclassable=", end="")
    try:
        type("Sub", (obj,), {})
        print(True)
    except TypeError as e:
        print(False, "|", e)
print([repr(B[c]) for c in CONSTANTS])

exceptions = sorted((n for n, v in B.items() if isinstance(v, type) and issubclass(v, BaseException)),
                    key=lambda n: (len(B[n].__mro__), n))
print(len(exceptions) >= 60)


def tree(cls, depth=0):
    subs = sorted((c for c in cls.__subclasses__() if c.__module__ == "builtins"), key=lambda c: c.__name__)
    lines = ["  " * depth + cls.__name__]
    for sub in subs:
        lines.extend(tree(sub, depth + 1))
    return lines


print("\n".join(tree(BaseException)))
print(sorted(n for n in B if n.endswith("Warning")))
print(B["EnvironmentError"] is OSError, B["IOError"] is OSError, issubclass(ModuleNotFoundError, ImportError))
print(type(exit).__name__, type(quit).__name__, isinstance(B["__build_class__"], type(len)))
