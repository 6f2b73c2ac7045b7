def watcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("value error", e)
        except KeyError:
            print("key error")
            return "key ended"

w = watcher()
next(w)
print(w.throw(ValueError))
print(w.throw(ValueError("with message")))
try:
    w.throw(KeyError)
except StopIteration as e:
    print("ended with", e.value)
try:
    w.throw(IndexError)
except IndexError:
    print("finished generator re-raises")

fresh = watcher()
try:
    fresh.throw(TypeError("unstarted"))
except TypeError as e:
    print("unstarted:", e)
