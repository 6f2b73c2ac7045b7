# str case-conversion and classification methods.
samples = ["hello world", "Hello World", "HELLO", "hello", "", "123", "a1b2",
           "ǅungla", "straße", "ΣΑΣ", "İstanbul", "ﬁne", "they're bill's friends",
           "  spaced  ", "MiXeD cAsE", "élan vital", "ŉ", "Ⅻ", "x²", "٣"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.title()))
    print("   ", repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
for s in samples:
    flags = [s.isupper(), s.islower(), s.istitle(), s.isalpha(), s.isdigit(),
             s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(), s.isascii(),
             s.isidentifier(), s.isprintable()]
    print(repr(s), "".join("1" if f else "0" for f in flags))

print("\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u2028 ".isspace())
print("abc\n".isprintable(), "\x7f".isprintable(), "é".isprintable(), "\u200b".isprintable())
print("_x1".isidentifier(), "1x".isidentifier(), "class".isidentifier(), "℘".isidentifier(), "a-b".isidentifier())
print("½".isnumeric(), "½".isdigit(), "½".isdecimal(), "①".isdigit(), "①".isdecimal())
print("Σ".lower(), "ΑΣ".lower(), "ΑΣ Α".lower(), "ΑΣΑ".lower(), "Σ".casefold())
print("ß".upper(), "ß".title(), "ﬃ".upper(), "ﬃ".title(), "ǆ".title(), "ǆ".upper())
print("hello WORLD foo_bar 3rd".title(), "o'neil mc-donald".title())
print("ABC".lower().upper().swapcase())

# methods called through the type
print(str.upper("abc"), str.lower("ABC"), list(map(str.title, ["ab cd", "EF gh"])))

# errors
for bad in [lambda: "x".upper(1), lambda: str.upper(5), lambda: "x".lower(None),
            lambda: str.title(), lambda: "a".isalpha(1), lambda: str.casefold(b"x")]:
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class S(str):
    pass

s = S("MiXed")
for r in [s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize()]:
    print(type(r).__name__, r)
print("done")
