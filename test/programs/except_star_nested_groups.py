# except* with nested groups: several clauses raising, re-raising subsets, and the final group shape


def describe(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}({e.message!r})")
        for sub in e.exceptions:
            describe(sub, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}({e.args[0]!r})")


def source():
    return ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("mid", [TypeError("t1"), ValueError("v2"), KeyError("k1")]),
        OSError("o1"),
    ])


try:
    try:
        raise source()
    except* ValueError as eg:
        print("ValueError clause got:")
        describe(eg, 1)
    except* TypeError:
        print("TypeError clause re-raises")
        raise
    except* KeyError as eg:
        raise RuntimeError("converted") from eg
except BaseExceptionGroup as result:
    print("escaped:")
    describe(result, 1)
    print("cause of RuntimeError:", repr(result.exceptions[0].__cause__))

try:
    try:
        raise source()
    except* (ValueError, TypeError) as eg:
        raise eg.exceptions[0]
except ExceptionGroup as result:
    print("raising a member:")
    describe(result, 1)

try:
    raise source()
except* Exception as eg:
    print("catch-all received the whole group:", eg.message, len(eg.exceptions))

caught = []
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(3)] + [TypeError("x")])
except* ValueError as eg:
    caught.append(sorted(e.args[0] for e in eg.exceptions))
except* TypeError as eg:
    caught.append([str(e) for e in eg.exceptions])
print(caught)


def handler_raises_group():
    try:
        raise ValueError("single")
    except* ValueError:
        raise ExceptionGroup("new", [KeyError("a"), KeyError("b")])


try:
    handler_raises_group()
except ExceptionGroup as e:
    describe(e)

base = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("inner")])
try:
    try:
        raise base
    except* ValueError:
        print("handled the ValueError part")
except BaseExceptionGroup as rest:
    describe(rest)
    print(type(rest).__name__, rest is base)
