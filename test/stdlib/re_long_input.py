import re

s = "ab" * 50000 + "c"
m = re.match(r"(a|b)*c", s)
print(m.span(), m.group(1))
m = re.match(r"(?:ab)*?c", s)
print(m.span())
print(re.match(r"(x+x+)+y", "x" * 22))
t = ("word " * 20000) + "a@b.c"
print(re.search(r"\w+@\w+\.\w+", t))
print(len(re.findall(r"\w+", t)), len(re.split(r"\s+", t)))
u = "x" * 100000 + "123"
print(re.match(r".*?(\d+)$", u).groups(), re.match(r".*(\d+)$", u).groups())
print(re.search(r"(\d)\1{3}", "1" * 3 + "2" * 100000).span())
print(len(re.sub(r"o", "0", "foo" * 30000)), re.subn(r"(?<=f)o", "0", "foo" * 30000)[1])
print(re.fullmatch(r"(?:a|b)+", "ab" * 50000) is not None, re.fullmatch(r"[ab]+?", "ab" * 50000) is not None)
v = "a" * 100000
print(re.match(r"(a?){0,5}a*$", v).span(), re.search(r"a{3}$", v).span())
print(re.match(r"(?:(a)|b)+", "ab" * 30000).span(1))
