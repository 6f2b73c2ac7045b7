import re

m = re.match(r"(?P<first>\w+) (?P<last>\w+)(?: (\d+))?", "Jane Doe rest")
print(m.group(), m.group(0), m.group(1), m.group("last"), m.group(1, 2, "first"))
print(m.groups(), m.groups("dflt"), m.groupdict(), m.groupdict(0))
print(m.lastindex, m.lastgroup, m.span(), m.span(2), m.span(3), m.start("last"), m.end(1), m.start(3))
print(m[0], m[1], m["last"], m.regs)
for bad in (4, -1, "nope", 1.5, None):
    try:
        m.group(bad)
    except IndexError as e:
        print("IndexError:", e)
try:
    m.start("zz")
except IndexError as e:
    print("IndexError:", e)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.lastindex, m.lastgroup, m.span(2), m.regs)
m = re.match(r"((a)|(b))+", "ab")
print(m.groups(), m.lastindex, m.span(1), m.span(2), m.span(3))
m = re.match(r"(?P<x>a)|(?P<y>b)", "b")
print(m.groupdict(), m.lastgroup, m.lastindex)
m = re.match(r"(a)(?P<n>b)(c)", "abc")
print(m.lastindex, m.lastgroup)
m = re.match(r"(?:(a)|b)*", "ab")
print(m.groups(), m.span(1))
m = re.match(r"(a*)*", "aaa")
print(m.groups(), m.span(1))
m = re.match(r"(a*)+", "aaa")
print(m.groups(), m.span(1))
m = re.match(r"(a|b)*?c", "abac")
print(m.groups(), m.span(1))
print(re.match("(a)", "a").group(True))
print(re.match(r"(?P<a>x)(?P=a)", "xx"), re.match(r"(?P<a>x)(?P=a)", "xy"))
m = re.search(r"(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)(\d)", "x12345678901")
print(m.group(11), m.lastindex, len(m.groups()))
