import re

# re.DEBUG prints the parsed pattern and the disassembled SRE code (re._compiler.dis). The patterns
# have a bounded width: an unbounded one prints MAXREPEAT, whose value is platform-dependent
# (pyodide, the oracle, is a 32-bit build).
for pat, flags in [(r"a(b|c){0,3}?d", 0), (r"(?i)[a-zé]{1,4}\d{2,5}", 0), (r"^(?P<x>\w{2})(?=\s)(?<!q)\1$", re.M),
                   (r"(?>a|bc){1,2}+[^\W\d]", 0), (r"[\u0100-\u0200xyz\d]", 0), (b"\\w{1,3}?\\s", re.L),
                   (r"(?:ab|cd)x", 0), (r"abc|abd", 0), (r"\bhello\b", re.I), (r"(a)?(?(1)b|c)", 0)]:
    print("----", pat)
    re.compile(pat, flags | re.DEBUG)
