import inspect


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f."""
    return "x"


class K:
    def method(self, x, /, y=1):
        pass

    @classmethod
    def cm(cls, z):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def prop(self):
        return 1


sig = inspect.signature(f)
print(sig, sig.return_annotation, list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.default is inspect.Parameter.empty, p.annotation)
print(inspect.signature(K.method), inspect.signature(K().method), inspect.signature(K.cm), inspect.signature(K.sm))
b = sig.bind(1, c=3, extra=9)
b.apply_defaults()
print(b.arguments, b.args, b.kwargs)
try:
    sig.bind(1)
except TypeError as e:
    print("TypeError:", e)
print(inspect.isfunction(f), inspect.ismethod(K().method), inspect.isclass(K), inspect.isgeneratorfunction(f), inspect.getdoc(f))
print([n for n, _ in inspect.getmembers(K, inspect.isfunction)], inspect.getmro(bool))
print(inspect.getfullargspec(f))
print(inspect.unwrap(f) is f, inspect.isabstract(K), inspect.getmodule(f).__name__)
print(inspect.Parameter("x", inspect.Parameter.KEYWORD_ONLY, default=1), inspect.Signature([inspect.Parameter("q", inspect.Parameter.POSITIONAL_ONLY)]))
def gen():
    yield 1
g = gen()
print(inspect.getgeneratorstate(g), inspect.isgenerator(g), inspect.iscoroutinefunction(f))
print(inspect.getattr_static(K, "prop").__class__.__name__, inspect.cleandoc("  a\n    b\n  c"))
