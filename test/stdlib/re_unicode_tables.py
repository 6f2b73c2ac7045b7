import re
import _sre

# The Unicode data behind \w \d \s and IGNORECASE, summarised over every code point.
# (no surrogates: two lone surrogates that pair up are one character in tspy, see DEVIATIONS.md)
ALL = "".join(map(chr, list(range(0xd800)) + list(range(0xe000, 0x30000))))
for cls in (r"\w", r"\d", r"\s", r"\W", r"\b", r"(?a)\w", r"(?a)\s", r"[^\W\d_]"):
    found = re.findall(cls, ALL)
    print(cls, len(found), sum(map(ord, filter(None, found))) % 1000003)
lower = list(map(_sre.unicode_tolower, range(0x20000)))
print(sum(map(int.__ne__, lower, range(0x20000))), sum(lower) % 1000003)
cased = list(filter(_sre.unicode_iscased, range(0x20000)))
print(len(cased), sum(cased) % 1000003)
print([_sre.ascii_tolower(c) for c in (65, 90, 97, 200, 0x130)], [_sre.ascii_iscased(c) for c in (65, 97, 48, 200)])
found = re.findall(r"(?i)[a-zà-þα-ωа-я]", ALL)
print(len(found), "".join(found[:80]))
found = re.findall(r"(?i)[^\x00-\x7f]", "".join(map(chr, range(0x80, 0x600))))
print(len(found))
print(len(re.findall(r"(?i)k|s|µ|ß|ﬅ|ι|θ", ALL)), re.findall(r"(?i)[kσθιβ]", ALL))
