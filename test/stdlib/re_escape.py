import re

for s in ["a.b", "1+1=2", "(x)", "[a-z]", "$^*?{}|\\", "spaces and\ttabs\n", "naïve-ü", "_underscore_", "#hash &amp; ~tilde", "😀!", ""]:
    e = re.escape(s)
    print(repr(e), bool(re.fullmatch(e, s)))
print(re.escape(b"a.b\x00\xff"), re.escape(bytearray(b"x+y")) if False else "skip")
print(re.findall(re.escape("a.b"), "a.b axb a.b"))
print(re.escape("".join(chr(i) for i in range(32, 127))))
