# exceptions from json.dumps with the notes CPython 3.14's C encoder adds (when serializing ...)
import json
import traceback

class O:
    pass
class P:
    pass
class D(dict):
    pass
class L(list):
    pass
class T(tuple):
    pass

def show(f):
    try:
        f()
    except Exception as e:
        print("".join(traceback.format_exception_only(e)), end="")
        print("  notes:", getattr(e, "__notes__", None))

show(lambda: json.dumps(D(a=O())))
show(lambda: json.dumps(L([1, O()])))
show(lambda: json.dumps(T((1, 2, O()))))
show(lambda: json.dumps({"k": [1, {"z": O()}]}))
show(lambda: json.dumps({"k": [1, {"z": O()}]}, indent=2))
show(lambda: json.dumps({1: O()}))
show(lambda: json.dumps({1.5: [O()]}))
show(lambda: json.dumps({None: O(), True: 1}))
show(lambda: json.dumps({False: O()}))
show(lambda: json.dumps((1, O())))
show(lambda: json.dumps([[[O()]]]))
show(lambda: json.dumps({"a": 1, (1, 2): 2}))
show(lambda: json.dumps([{"a": 1, (1, 2): 2}]))
show(lambda: json.dumps([{"a": float("nan")}], allow_nan=False))
show(lambda: json.dumps({"b": 1, 2: 3}, sort_keys=True))
show(lambda: json.dumps([{"b": 1, 2: 3}], sort_keys=True))

def raising(o):
    raise ValueError("cannot encode " + type(o).__name__)
show(lambda: json.dumps([O()], default=raising))
show(lambda: json.dumps({"x": [O()]}, default=raising))
show(lambda: json.dumps(O(), default=raising))

def nested(o):
    if isinstance(o, O):
        return [1, P()]
    if isinstance(o, P):
        return {"deep": 1 / 0}
    raise TypeError("no")
show(lambda: json.dumps({"x": O()}, default=nested))
show(lambda: json.dumps(O(), default=nested))
show(lambda: json.dumps([0, {"y": O()}], default=nested, indent=1))

class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
show(lambda: E().encode({1: {2: {3, 4}, 5: {O()}}}))
print(E().encode({1: {2: {3, 4}}}))

# a note added to an exception that already has some
def noted(o):
    e = KeyError("k")
    e.add_note("from default")
    raise e
show(lambda: json.dumps({"a": [O()]}, default=noted))

# BaseException subclasses get notes too
class Stop(BaseException):
    pass
def stop(o):
    raise Stop("halt")
try:
    json.dumps({"q": O()}, default=stop)
except Stop as e:
    print("Stop", e, e.__notes__)

# keys whose repr is overridden show in the note through repr()
class K(str):
    def __repr__(self):
        return "K!"
show(lambda: json.dumps({K("k"): O()}))
