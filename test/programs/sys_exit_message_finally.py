# sys.exit with a string: finally blocks and context managers still run, and the message goes
# to stderr with exit status 1
import sys

class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("open", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("close", self.name, et.__name__ if et else None, ev.code if et is SystemExit else "")
        return False


def run(args):
    with Resource("db"):
        try:
            if "--fail" in args:
                sys.exit(f"fatal: bad arguments {args!r}")
            print("work done")
        finally:
            print("finally in run")

try:
    sys.exit(3)
except SystemExit as e:
    print("caught exit", e.code, type(e.code).__name__, e.args)
try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit", e.code)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("caught tuple exit", e.code)
run([])
run(["--fail", "x"])
print("not reached")
