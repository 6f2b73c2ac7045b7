import string
s = "hello   wide world"
t = string.capwords(s)
print(t)
