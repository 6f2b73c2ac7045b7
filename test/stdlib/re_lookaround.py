import re

print(re.findall(r"\w+(?=!)", "hi! there yes!"))
print(re.findall(r"\w+(?!\w|!)", "hi! there yes!"))
print(re.findall(r"(?<=\$)\d+", "cost $30 and $45 not 50"))
print(re.findall(r"(?<!\$)\b\d+", "cost $30 and $45 not 50"))
print(re.search(r"(?<=ab)c", "abc"), re.search(r"(?<=ab)c", "xbc"))
print(re.search(r"(?<!ab)c", "abc"), re.search(r"(?<!ab)c", "xbc"))
print(re.match(r"(?=(a+))a*b\1", "baaabac"), re.search(r"(?=(a+))a*b\1", "baaabac"))
print(re.search(r"(?<=(a))b", "ab").groups())
print(re.search(r"(?!(a)b)\w", "ab"), re.search(r"(?!(a)c)\w", "ab").groups())
print(re.search(r"(?<=a|b)c", "bc"), re.search(r"(?<=a(?:b|c))d", "acd"))
print(re.compile(r"(?<=a)b").search("ab", 1))
print(re.findall(r"(?=(\w\w))", "abcd"))
print(re.sub(r"(?<=\d)(?=(\d{3})+$)", ",", "1234567"))
print(re.match(r"(?:(?=a)a)+", "aaa"))
try:
    re.compile(r"(?<=a+)b")
except re.error as e:
    print("error:", e)
