# Exception notes (add_note, __notes__) and how tracebacks print them.
try:
    raise ValueError("bad input")
except ValueError as e:
    e.add_note("while parsing line 3")
    e.add_note("hint: check the delimiter")
    print(e.__notes__)
    caught = e
print(type(caught.__notes__).__name__, len(caught.__notes__))

e = KeyError("k")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["kept"]
e.add_note("appended")
print(e.__notes__)
del e.__notes__
e.add_note("fresh")
print(e.__notes__)

def process(items):
    results = []
    for i, item in enumerate(items):
        try:
            results.append(10 // item)
        except ZeroDivisionError as exc:
            exc.add_note(f"item #{i} was zero")
            raise
    return results
try:
    process([1, 2, 0])
except ZeroDivisionError as exc:
    print(exc, exc.__notes__)

class Tracked(Exception):
    pass
t = Tracked("with notes")
t.add_note("multi\nline note")
t.add_note("")
print(t.__notes__)
print(repr(t), str(t))

def fail_with_notes():
    err = RuntimeError("primary failure")
    err.add_note("note one")
    err.add_note("note two\n  indented continuation")
    raise err

try:
    try:
        fail_with_notes()
    except RuntimeError as inner:
        raise LookupError("secondary") from inner
except LookupError as outer:
    outer.add_note("outer note")
    print(outer.__cause__.__notes__, outer.__notes__)

def deep():
    raise OSError("disk on fire")
try:
    deep()
except OSError as e:
    e.add_note("retrying would not help")
    final = e
final.add_note("last words")
raise final
