import re

print(re.sub(r"\d", "#", "a1b22"))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, foo bar"))
print(re.sub(r"(?P<a>\w)(?P<b>\d)", r"\g<b>\g<a>", "a1 b2"))
print(re.sub(r"(\w)", r"[\g<0>|\g<1>]", "ab"))
print(re.sub(r"x*", "-", "abxd"))
print(re.sub(r"", "-", "abc"))
print(re.sub(r"a", r"\n\t\\", "bab"))
print(re.sub(r"(a)|b", r"<\1>", "ab"))
print(re.subn(r"\d", "", "a1b2c3"), re.subn(r"\d", "", "a1b2c3", count=2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub(r"(\w)", lambda m: m.group(1).upper() if m.start() % 2 else m.group(1), "abcdef"))
print(re.sub(r"a", lambda m: None, "banana") if False else "skip")
print(re.compile(r"o").sub("0", "foo boo", 3))
print(re.sub(r"(?i)HELLO", "bye", "Hello hello HELLO"))
print(re.sub(b"a", b"\\\\x", b"banana"), re.sub(b"(a)", rb"\1\1", b"ab"))
print(re.sub("a", "\\\\", "aa"), re.sub("a", "x\\g<0>y", "a"))
print(re.subn(r"^", ">", "a\nb\nc", flags=re.M))
print(re.sub(r"\s+", " ", "  many   spaces  here "))
print(re.sub(r"(\d+)-(\d+)", r"\2-\1", "10-20 30-40"))
print(re.sub(r"(.)\1", r"\1", "aabbccd"))
m = re.match(r"(?P<y>\d{4})-(?P<m>\d\d)", "2024-05")
print(m.expand(r"\g<m>/\g<y> \1 \\"), m.expand(r"\g<2>"))
for bad in (r"\3", r"\g<zz>", r"\g<", r"\g<1a>", "\\"):
    try:
        re.sub(r"(a)(b)", bad, "ab")
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
print(re.sub("(b)?c", r"[\1]", "ac"))
