# ExceptionGroup / BaseExceptionGroup: construction, fields, split, subgroup, derive


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


eg = ExceptionGroup("many", [ValueError(1), TypeError("t"), ValueError(2)])
print(repr(eg))
print(str(eg))
print(eg.message, eg.exceptions)
print(eg.args)
print(type(eg).__mro__)
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

one = ExceptionGroup("single", [KeyError("k")])
print(str(one), repr(one))

# BaseExceptionGroup picks ExceptionGroup when it can
beg = BaseExceptionGroup("auto", [ValueError(), OSError()])
print(type(beg).__name__)
beg2 = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError()])
print(type(beg2).__name__, repr(beg2))

# split and subgroup with types, tuples and predicates
match, rest = eg.split(ValueError)
print("split:", repr(match), repr(rest))
match, rest = eg.split((TypeError, KeyError))
print("split tuple:", repr(match), repr(rest))
match, rest = eg.split(lambda e: isinstance(e, ValueError) and e.args[0] == 2)
print("split pred:", repr(match), repr(rest))
print("split all:", eg.split(Exception))
print("split none:", eg.split(OSError))
print("subgroup:", repr(eg.subgroup(TypeError)))
print("subgroup none:", eg.subgroup(ZeroDivisionError))
print("subgroup self:", eg.subgroup(Exception) is eg)

# nesting
nested = ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), ValueError("c")])])
m, r = nested.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(nested.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))

# derive keeps the class; split copies notes, cause and context
d = eg.derive([ZeroDivisionError()])
print(repr(d), type(d).__name__)
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
m, r = eg.split(TypeError)
print(m.__notes__, repr(m.__cause__), r.__notes__)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message.upper(), excs)


mg = MyGroup("mine", [ValueError(1), OSError(2)])
m, r = mg.split(ValueError)
print(type(m).__name__, repr(m), repr(r))

# construction errors
show("str msg", lambda: ExceptionGroup(1, [ValueError()]))
show("not seq", lambda: ExceptionGroup("x", ValueError()))
show("empty", lambda: ExceptionGroup("x", []))
show("not exc", lambda: ExceptionGroup("x", [ValueError(), 5]))
show("base in eg", lambda: ExceptionGroup("x", [KeyboardInterrupt()]))
show("no args", lambda: ExceptionGroup())
show("one arg", lambda: ExceptionGroup("x"))
show("split bad", lambda: eg.split(5))
show("tuple ok", lambda: ExceptionGroup("t", (ValueError(),)))
