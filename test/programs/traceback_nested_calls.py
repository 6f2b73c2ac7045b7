# Uncaught exception through several frames: methods, lambdas, comprehensions, nested functions, chaining.
class Parser:
    def __init__(self, text):
        self.text = text
    def parse(self):
        return [self.parse_item(part) for part in self.text.split(",")]
    def parse_item(self, part):
        key, value = part.split("=")
        return key.strip(), self.convert(value)
    def convert(self, value):
        converters = {"int": int, "float": float}
        kind, raw = value.split(":")
        return converters[kind](raw)

print(Parser("a=int:1, b=float:2.5").parse())
try:
    Parser("a=int:x").parse()
except ValueError as e:
    print(type(e).__name__, e)
try:
    Parser("a=str:x").parse()
except KeyError as e:
    print(type(e).__name__, e)

def level3(data):
    return data["key"]["sub"]
def level2(data):
    helper = lambda d: level3(d)
    return helper(data)
def level1(data):
    def inner():
        return level2(data)
    return inner()

print(level1({"key": {"sub": "found"}}))

def wrap_errors():
    try:
        level1({"key": {}})
    except KeyError as e:
        raise RuntimeError("lookup failed") from e

def with_context():
    try:
        wrap_errors()
    except RuntimeError:
        {}.pop("missing")

with_context()
