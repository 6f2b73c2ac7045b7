# partition/rpartition, strip family with char sets, removeprefix/removesuffix, and errors
cases = ["key=value", "key=", "=value", "novalue", "a=b=c", "", "=="]
for s in cases:
    print(repr(s), s.partition("="), s.rpartition("="))
print("a::b::c".partition("::"), "a::b::c".rpartition("::"))
for bad in ["", 5, None]:
    try:
        "abc".partition(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

for s in ["  spaced  ", "xxhixx", "\t\n mixed \r\n", "...dots...", "", "abcba"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()),
          repr(s.strip("x.")), repr(s.strip("ab")), repr(s.rstrip("a\n")))
print(repr("\u2003\u00a0wide\u3000".strip()), repr("\x1c\x1dsep\x1e\x1f".strip()))
print(repr("www.example.com".strip("cmowz.")))
try:
    "x".strip(1)
except TypeError as e:
    print("TypeError:", e)
print(repr("abc".strip(None)), repr(b"  b  ".strip()), repr(b"xxbxx".strip(b"x")))

names = ["test_alpha.py", "test_beta.txt", "alpha_test.py", "test_.py", "test_", ".py"]
for n in names:
    print(n.removeprefix("test_"), n.removesuffix(".py"),
          n.removeprefix("test_").removesuffix(".py"), n.removeprefix(""), n.removesuffix(""))
try:
    "abc".removeprefix(("a",))
except TypeError as e:
    print("TypeError:", e)
print(b"prefix-body".removeprefix(b"prefix-"), bytearray(b"body.bak").removesuffix(b".bak"))

# parsing a config-ish text with these methods
text = """
# comment line
name = tspy  
  version=3.14
empty =
path = /usr/lib:/lib  # trailing comment
=orphan
flag
"""
config = {}
for raw in text.splitlines():
    line = raw.partition("#")[0].strip()
    if not line:
        continue
    key, sep, value = line.partition("=")
    if not sep:
        print("no '=' in", repr(line))
        continue
    key = key.strip()
    if not key:
        print("empty key for", repr(value.strip()))
        continue
    config[key] = value.strip()
for k in sorted(config):
    print(f"{k!r:>10} -> {config[k]!r}")
print([p.removeprefix("/usr") for p in config["path"].split(":")])
