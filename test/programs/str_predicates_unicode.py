# str predicates over ASCII and Unicode samples: isdigit/isdecimal/isnumeric differ on
# superscripts, fractions and other scripts; isidentifier, isprintable, isspace, istitle.
samples = [
    "123", "\u00b2", "\u00bd", "\u0663\u0664", "\u2167", "12.5", "-3", "",
    "abc", "ABC", "Abc Def", "abc def", "Hello World", "hello World", "Ünïcödé",
    "   ", "\t\n\r\x0b\x0c", "\u2003", "\x1c\x1d", "a b", "_name", "2fast",
    "class", "nAme_1", "\u00e9t\u00e9", "tab\there", "line\n", "\x7f", "\u200b",
    "ǅungla", "ǈ", "Σίσυφος", "ﬁ", "Ⅻ",
]
preds = ["isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
         "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"]

def flags(s):
    return "".join("X" if getattr(s, p)() else "." for p in preds)

print(" " * 14 + " ".join(p[2:5] for p in preds))
for s in samples:
    print(f"{ascii(s):>14}", "   ".join(flags(s)))

# case mapping round-trips that are not symmetric
for s in ["ß", "İ", "ﬁ", "ǅ", "Σ", "ΌΣΟΣ", "straße", "ŉ"]:
    print(ascii(s), ascii(s.upper()), ascii(s.lower()), ascii(s.casefold()),
          ascii(s.title()), ascii(s.swapcase()), ascii(s.capitalize()), len(s.upper()))

# numeric value properties through int() and float()
for s in ["\u0663\u0664", "１２３", " 42 ", "\u00b2"]:
    try:
        print(ascii(s), int(s))
    except ValueError as e:
        print(ascii(s), "ValueError:", e)
for s in ["\u0663.\u0665", "１.５e１", "\u00bd"]:
    try:
        print(ascii(s), float(s))
    except ValueError as e:
        print(ascii(s), "ValueError:", e)

# predicates on str subclasses and errors
class Tag(str):
    pass
t = Tag("Hello")
print(t.istitle(), t.isalpha(), type(t.upper()).__name__, type(t[1:]).__name__)
for bad in [lambda: "x".isdigit(1), lambda: str.isalpha(3), lambda: "a".isidentifier("b")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
