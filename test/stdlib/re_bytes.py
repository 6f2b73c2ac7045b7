import re

p = re.compile(rb"(\w+)=(\d+)")
print(p, p.findall(b"a=1 bb=22"), p.match(b"k=9").groups())
print(re.search(b"\\d+", bytearray(b"ab12")), re.search(b"\\d+", memoryview(b"ab345")))
m = re.search(b"(b+)", bytearray(b"abbc"))
print(m.group(1), type(m.group(1)).__name__, type(m.string).__name__)
print(re.sub(b"b", b"X", bytearray(b"abcb")), re.sub(b"b", bytearray(b"Y"), b"abcb"))
print(re.split(b"\\s", b"a b\tc"), re.findall(rb"[\x80-\xff]", b"a\xe9b\xff"))
print(re.findall(rb"\w+", b"caf\xe9 ok"), re.findall(rb"(?i)\xe9", b"\xe9\xc9"), re.findall(rb"(?i)[a-z]+", b"AbC"))
print(re.findall(rb"(?L)\w+", b"ab c"), re.compile(rb"\w", re.L))
print(re.escape(b"a.b*c"), re.fullmatch(b"", b""), re.sub(b"", b"-", b"ab"))
for pat, s in [("a", b"a"), (b"a", "a"), ("a", bytearray(b"a")), (b"a", memoryview(b"a"))]:
    try:
        print(re.match(pat, s))
    except TypeError as e:
        print("TypeError:", e)
for bad in [1, None, ["a"], 3.5]:
    try:
        re.match("a", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    re.compile(b"\\w", re.U)
except ValueError as e:
    print("ValueError:", e)
try:
    re.compile("\\w", re.L)
except ValueError as e:
    print("ValueError:", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError:", e)
print(re.match(rb"\x00\xff", b"\x00\xff"), re.match(b".", b"\n"), re.match(b"(?s).", b"\n"))
print(re.findall(rb"(?L)\w", bytes(range(256))))
print(re.findall(rb"(?Li)[a-z\xe0]", bytes(range(256))))
print(re.findall(rb"(?Li)\xc9", bytes(range(256))), re.findall(rb"(?i)\xc9", bytes(range(256))))
