import re
import warnings

# 3.13+: count, maxsplit and flags passed positionally to re.sub/subn/split are deprecated
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(re.sub("a", "b", "aaa", 1))
    print(re.subn("a", "b", "aaa", 2))
    print(re.split(",", "a,b,c", 1))
    print(re.sub("a", "b", "aAa", 1, re.I), re.split(",", "a,b", 1, 0))
    print([(x.category.__name__, str(x.message), x.lineno) for x in w])
try:
    re.sub("a", "b", "aaa", 1, count=2)
except TypeError as e:
    print("TypeError:", e)
try:
    re.split("a", "b", 1, 0, 5)
except TypeError as e:
    print("TypeError:", e)
