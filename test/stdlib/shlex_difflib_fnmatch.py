import difflib
import fnmatch
import shlex

print(shlex.split('ls -l "my file" \'single q\' a\\ b # not a comment'), shlex.split("a # b", comments=True))
print(shlex.quote("it's here"), shlex.quote("safe"), shlex.quote(""), shlex.join(["a b", "c", "$d"]))
lex = shlex.shlex("x = 'y' + z", posix=True)
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError:", e)

a = "the quick brown fox\njumps over\nthe lazy dog\n".splitlines(keepends=True)
b = "the quick red fox\njumps over\nthe sleepy dog\nagain\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, "a.txt", "b.txt")))
print("".join(difflib.ndiff(a, b)))
sm = difflib.SequenceMatcher(None, "abcdefg", "abxdefyg")
print(round(sm.ratio(), 4), sm.get_matching_blocks(), sm.get_opcodes())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(list(difflib.context_diff(["a\n"], ["b\n"]))[:4])

names = ["data.csv", "Data.CSV", "notes.txt", "img_01.png", "img_2.jpg", ".hidden"]
print(fnmatch.filter(names, "*.csv"), fnmatch.filter(names, "img_??.*"), fnmatch.filter(names, "[!.]*.t?t"))
print(fnmatch.fnmatch("Data.CSV", "*.csv"), fnmatch.fnmatchcase("Data.CSV", "*.csv"), fnmatch.translate("a*b?[cd]"))
