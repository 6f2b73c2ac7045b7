import re

print(re.match(r"(?>a+)b", "aaab"), re.match(r"(?>a+)a", "aaa"))
print(re.match(r"(?>(\w+))\d", "abc1"), re.search(r"(?>x|xy)z", "xyz"))
print(re.match(r"(?>a|ab)c", "abc"), re.match(r"(?>ab|a)c", "abc"))
print(re.match(r"(?>(a)|b)+", "aab").groups())
print(re.search(r"\b(?>\d+)\b", "abc 12345 x"))
print(re.match(r"(?>.*?)b", "aab"), re.match(r"(?>.*)b", "aab"))
print(re.match(r"(?>a*)*b", "aab"), re.match(r"(?>(?:a|b)*)c", "ababc"))
print(re.findall(r"(?>\w+)(?=\s)", "one two three "))
print(re.match(r"(?>(a)(b)?)+", "aba").groups())
