# The rest of str's methods: predicates, padding, casing, prefixes, tabs, partitioning, errors


def show(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__ + ":", e)


samples = ["", "abc", "ABC", "Abc Def", "123", "½", "٣", "x1", "_name", "1abc", " \t\n", "hello world", "ÀÉÎ", "ß", "ǅ"]
preds = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isidentifier", "isspace", "islower",
         "isupper", "istitle", "isprintable", "isascii"]
for s in samples:
    print(f"{s!r:14}", "".join("T" if getattr(s, p)() else "." for p in preds))

for s in ["hello World", "ß straße", "ǅungla", "ﬁne", "İstanbul", "ΣΑΣ"]:
    print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())

print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("ab".center(7, "-"), "ab".center(6), "|" + "ab".ljust(5) + "|", "ab".rjust(5, "0"))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), repr("x\ty\n\tz".expandtabs(2)))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"))
print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b  ".split())
print("one\ntwo\r\nthree\rfour".splitlines(), "x\ny\n".splitlines(True), "".splitlines())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("hello".startswith(("he", "x")), "hello".endswith("lo", 0, 5), "hello".startswith("l", 2))
print("banana".count("a"), "banana".count("an", 2), "banana".count(""), "banana".index("n"), "banana".rindex("n"))
print("  strip me  ".strip(), "xxhixx".strip("x"), "<<a>>".lstrip("<"), "<<a>>".rstrip(">"))
print("-".join(["a", "b"]), "".join(reversed("abc")), "%s-%d" % ("x", 3), "{0}{1}{0}".format("a", "b"))
print("Hello".encode(), "héllo".encode("utf-8"), "héllo".encode("ascii", "replace"), "héllo".encode("latin-1"))
print(str.maketrans("ab", "xy"), "abcab".translate(str.maketrans("ab", "xy", "c")))
print("ab" * 3, 3 * "-", "a" in "cat", "at" not in "cat", "abc" < "abd", "Z" < "a", max("hello"))
print(ord("€"), chr(8364), "€".encode(), len("€"), "x".join("123"))
show("index missing", lambda: "abc".index("z"))
show("rindex missing", lambda: "abc".rindex("z", 1))
show("center fill", lambda: "a".center(5, "ab"))
show("join ints", lambda: ",".join([1, 2]))
show("split empty sep", lambda: "abc".split(""))
show("startswith list", lambda: "abc".startswith(["a"]))
show("encode bad", lambda: "é".encode("ascii"))
show("count none", lambda: "abc".count(None))
show("zfill str", lambda: "1".zfill("3"))
show("mul float", lambda: "a" * 2.0)
show("add int", lambda: "a" + 1)
