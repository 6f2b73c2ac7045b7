class Loud(Exception):
    def __str__(self):
        return "LOUD: " + " ".join(map(str, self.args))

class Broken:
    def __str__(self):
        raise RuntimeError("no str")
    def __repr__(self):
        return "Broken()"

try:
    raise Loud("a", 1)
except Loud as e:
    print(e, repr(e))
try:
    print(Broken())
except RuntimeError as e:
    print("print failed:", e)
print([Broken()], "%r" % (Broken(),))
try:
    "%s" % Broken()
except RuntimeError:
    print("format failed")
