# tokenize.tokenize over this program's own file (bytes, so ENCODING comes first): every token with
# its exact type, positions and line, then untokenize must give the file back byte for byte.
import tokenize
from tokenize import tok_name

def sample(a, /, b=2, *, c: int = 3) -> dict:  # a comment after a def
    """A docstring
    spanning lines."""
    d = {'k': [a, b], "c": c, **{}}
    s = f"{a!r:>{b}} {{x}} {c=}" + rf'\d{d["k"]}' + t"{a}"  # f- and t-strings
    n = 0x_FF + 1_000.5e-3j - 0o7 * 0b1 ** ~a // 2 @ b if a else ...
    x = [i for i in range(3)
         if i]  # inside brackets

    return d \
        and s

class Other:
	pass  # a tab-indented body

with open(__file__, "rb") as f:
    toks = list(tokenize.tokenize(f.readline))
for t in toks:
    print(f"{tok_name[t.exact_type]:<12} {t.string!r:<24} {t.start} {t.end} {t.line!r}")
with open(__file__, "rb") as f:
    data = f.read()
print(tokenize.untokenize(toks) == data)
