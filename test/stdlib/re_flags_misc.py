import re

text = "first line\nSecond Line\nthird"
print(re.findall(r"^\w+", text), re.findall(r"^\w+", text, re.M))
print(re.findall(r"\w+$", text), re.findall(r"\w+$", text, re.M))
print(re.search(r"line.second", text, re.I), re.search(r"line.second", text, re.I | re.S))
print(re.findall(r"(?ms)^s.*?$", text.lower()))
pat = re.compile(r"""
    (?P<int>\d+)      # integer part
    (?:\.(?P<frac>\d*))?  # optional fraction
    \s*\#             # literal hash
""", re.VERBOSE)
print(pat.match("3.14 #").groupdict(), pat.match("42#").groupdict())
print(re.findall(r"[ ]a # b", "x a # b", re.X), re.findall(r"a\ b", "a b", re.X))
print(re.match(r"(?x) a  [ ] b", "a b"))
print(re.findall(r"\w+", "naïve café", re.ASCII), re.findall(r"(?a)\w+", "naïve"))
print(re.match(r"(?i:a)(?-i:b)", "Ab"), re.match(r"(?i:a)(?-i:b)", "AB"))
print(re.match(r"(?s:.)(?-s:.)", "\n\n"), re.match(r"(?s:.).", "\nx"))
print(re.findall(r"(?m:^x)", "x\nx"), re.findall(r"^x", "x\nx"))
print(re.search(r"$", "a\n").span(), re.search(r"\Z", "a\n").span(), re.findall(r"$", "a\nb\n", re.M))
print(re.compile(r"a", re.I | re.M | re.S | re.X).flags)
print(re.match(r"(?a:\w+)", "éa"), re.match(r"(?u)\w+", "éa"))
print(re.findall(r"\S+", "a\tb\nc  d"), re.findall(r"\D+", "a1b22c"))
print(re.findall(r"[\d\s]+", "1 2\t3x"), re.findall(r"[^\d\s]+", "1 ab\t3xy"))
print(re.findall(r".", "a\rb\n"), re.findall(r"\u0061", "abca"))
print(re.findall(r"[\]\-\\]", "a]-\\b"), re.findall(r"[a\-z]", "a-zb"), re.findall(r"[]a]", "]a"))
print(re.findall(r"\x41\u0042\U00000043\101\0", "ABCA\x00"), re.findall(r"[\x41-\x43]", "ABCD"))
