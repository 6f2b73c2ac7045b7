# _codecs directly: the functions the encodings package calls, their results and errors
import _codecs as c

print(c.utf_8_encode("aé€"), c.utf_8_decode(b"a\xc3\xa9\xe2\x82", "strict", False), c.utf_8_decode(b"a\xc3\xa9\xe2\x82", "replace", True))
print(c.latin_1_encode("aÿ"), c.latin_1_decode(b"a\xff"), c.ascii_encode("abc"), c.ascii_decode(b"abc"))
print(c.utf_16_encode("a😀"), c.utf_16_encode("a", None, -1), c.utf_16_encode("a", None, 1), c.utf_16_le_encode("é"), c.utf_16_be_encode("é"))
print(c.utf_16_decode(b"\xff\xfea\x00b"), c.utf_16_decode(b"\xff\xfea\x00b", None, True) if False else "", c.utf_16_le_decode(b"a\x00"), c.utf_16_be_decode(b"\x00a\x00"))
print(c.utf_16_ex_decode(b"\xff\xfea\x00"), c.utf_16_ex_decode(b"a\x00", "strict", -1), c.utf_16_ex_decode(b"\x00a", "strict", 1, True))
print(c.utf_32_encode("a"), c.utf_32_le_encode("é"), c.utf_32_be_encode("😀"), c.utf_32_decode(b"\xff\xfe\x00\x00a\x00\x00\x00"), c.utf_32_ex_decode(b"\x00\x00\xfe\xff\x00\x00\x00a"))
for data, enc in [(b"\x00\xd8a\x00", "utf_16_le_decode"), (b"a", "utf_16_le_decode"), (b"\x00\x00\x11\x00", "utf_32_le_decode"), (b"ab", "utf_32_le_decode")]:
    for errors in ["strict", "replace", "ignore"]:
        try:
            print(enc, errors, getattr(c, enc)(data, errors, True))
        except UnicodeDecodeError as e:
            print(enc, errors, "!!", e)
for s in ["\ud800", "a\udc80b"]:
    for errors in ["strict", "replace", "surrogatepass", "backslashreplace"]:
        try:
            print(repr(s), errors, c.utf_16_le_encode(s, errors), c.utf_8_encode(s, errors))
        except UnicodeEncodeError as e:
            print(repr(s), errors, "!!", e)
print(c.unicode_escape_encode("a\\b\t\x00é\u20ac\U0001f600'\""), c.raw_unicode_escape_encode("a\\é\u20ac"))
print(c.unicode_escape_decode(b"\\n\\t\\x41\\101\\u20ac\\U0001f600\\q"), c.raw_unicode_escape_decode(b"\\u20ac\\n"))
for bad in [b"\\x4", b"\\u12", b"abc\\", b"\\U00110000"]:
    try:
        print(c.unicode_escape_decode(bad))
    except UnicodeDecodeError as e:
        print("!!", e)
print(c.escape_encode(b"\x00\x7f\x80'\"\\"), c.escape_decode(b"\\x41\\n\\\\\\'"), c.escape_decode("\\x42"))
print(c.charmap_decode(b"\x00\x01\x02", "strict", "abc"), c.charmap_decode(b"\x00\x01", "replace", "a"), c.charmap_decode(b"ab", "strict", None))
print(c.charmap_decode(b"\x00\x01", "strict", {0: "x", 1: 0x263a}), c.charmap_encode("ab", "strict", {ord("a"): 1, ord("b"): b"BB"}))
try:
    c.charmap_encode("abz", "strict", {ord("a"): 1, ord("b"): 2})
except UnicodeEncodeError as e:
    print("!!", e)
print(c.charmap_encode("abz", "replace", {ord("a"): 1, ord("b"): 2, ord("?"): 63}))
print(c.readbuffer_encode(b"xy"), c.readbuffer_encode("xy"))
for name in ["utf_8_encode", "utf_8_decode", "latin_1_encode", "utf_16_encode", "escape_encode"]:
    try:
        getattr(c, name)(123)
    except TypeError as e:
        print(name, "TypeError", e)
try:
    c.lookup_error("nope")
except LookupError as e:
    print("LookupError", e)
try:
    c.register("not callable")
except TypeError as e:
    print("TypeError", e)
print(c.lookup_error("replace")(UnicodeEncodeError("ascii", "aéé", 1, 3, "r")), c.lookup_error("backslashreplace")(UnicodeDecodeError("ascii", b"a\xff", 1, 2, "r")))
print(c.lookup_error("xmlcharrefreplace")(UnicodeEncodeError("ascii", "a€", 1, 2, "r")), c.lookup_error("ignore")(UnicodeDecodeError("x", b"ab", 0, 1, "r")))
try:
    c.lookup_error("xmlcharrefreplace")(UnicodeDecodeError("x", b"ab", 0, 1, "r"))
except TypeError as e:
    print("TypeError", e)
