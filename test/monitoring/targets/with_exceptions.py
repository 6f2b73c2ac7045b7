class Tracker:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, et, ev, tb):
        print("exit with", repr(ev))

def fails():
    with Tracker():
        raise IndexError("boom")

try:
    fails()
except IndexError as e:
    print("caller got", e)

class BadExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        raise RuntimeError("exit failed")

try:
    with BadExit() as v:
        print("value", v)
except RuntimeError as e:
    print(e)

class BadEnter:
    def __enter__(self):
        raise OSError("cannot enter")
    def __exit__(self, *a):
        print("never")

try:
    with BadEnter():
        print("never either")
except OSError as e:
    print(e)
