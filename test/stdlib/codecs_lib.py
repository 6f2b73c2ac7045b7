# codecs and encodings from Lib over _codecs: lookup, encode/decode, incremental codecs, error handlers
import codecs

for enc in ["utf-8", "UTF8", "latin_1", "ascii", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "cp1252", "utf-8-sig", "iso8859_15", "unicode_escape", "raw_unicode_escape", "mac_roman"]:
    ci = codecs.lookup(enc)
    data = "héllo €".encode(enc, "replace")
    print(enc, ci.name, data, data.decode(enc))
print(codecs.encode("abc", "rot13"), codecs.decode("nop", "rot_13"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE)
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(b) for b in [b"\xe2", b"\x82", b"\xac", b"x"]], repr(dec.decode(b"", final=True)))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"))
d16 = codecs.getincrementaldecoder("utf-16")()
print(repr(d16.decode(b"\xff")), repr(d16.decode(b"\xfea")), repr(d16.decode(b"\x00b\x00")))
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
    try:
        print(errors, "é€😀".encode("ascii", errors))
    except UnicodeEncodeError as e:
        print(errors, "!!", e)
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, repr(b"a\xff\xc3".decode("utf-8", errors)))
    except UnicodeDecodeError as e:
        print(errors, "!!", e)
def handler(exc):
    return ("<%s %d-%d>" % (type(exc).__name__, exc.start, exc.end), exc.end)
codecs.register_error("tspy_test", handler)
print("aé€b".encode("latin-1", "tspy_test"), b"x\xffy".decode("ascii", "tspy_test"))
print(codecs.lookup_error("tspy_test") is handler, codecs.lookup_error("strict"))
try:
    codecs.lookup_error("no_such_handler")
except LookupError as e:
    print("LookupError", e)
try:
    codecs.lookup("no-such-encoding")
except LookupError as e:
    print("LookupError", e)
try:
    "x".encode("rot13")
except LookupError as e:
    print("LookupError", e)
print("a\tb\u1234\n".encode("unicode_escape"), b"a\\tb\\u1234".decode("unicode_escape"))
print(codecs.escape_encode(b"a\n'\x00"), codecs.escape_decode(b"a\\n\\x41"))
print(codecs.utf_16_ex_decode(b"\xfe\xff\x00a", "strict", 0, True))
print(codecs.decode(b"\x80", "cp1252"), codecs.encode("€", "cp1252"))
try:
    b"\x81".decode("cp1252")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e)
