# Tokenize whole standard-library modules (read through inspect.getsource, so linecache and the
# zip importer's get_source are exercised): a digest of every token tuple, the count of each token
# type, and an untokenize round trip that must give back the exact source.
from _sha2 import sha256
import inspect
import io
import tokenize
from collections import Counter
from tokenize import tok_name

import ast, dataclasses, enum, string, textwrap, fractions, json.decoder, argparse, typing, re._parser

for mod in [ast, dataclasses, enum, string, textwrap, fractions, json.decoder, argparse, typing, re._parser, tokenize]:
    src = inspect.getsource(mod)
    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
    h = sha256()
    for t in toks:
        h.update(repr(tuple(t)).encode())
    counts = Counter(tok_name[t.type] for t in toks)
    ops = Counter(tok_name[t.exact_type] for t in toks if t.type == tokenize.OP)
    print(mod.__name__, len(toks), h.hexdigest()[:16])
    print("  ", sorted(counts.items()))
    print("  ", ops.most_common(6))
    print("   roundtrip:", tokenize.untokenize(toks) == src)
    compat = tokenize.untokenize((t.type, t.string) for t in toks)
    again = [(t.type, t.string) for t in tokenize.generate_tokens(io.StringIO(compat).readline)]
    print("   compat:", again == [(t.type, t.string) for t in toks])
