# str.encode / bytes.decode with the UTF-8, ASCII and Latin-1 codecs and their error handlers.
texts = ["plain", "café", "€uro", "😀!", "\x00\x7f\x80\xff", ""]
for t in texts:
    print(repr(t), t.encode(), t.encode("utf-8"), len(t.encode("utf8")), t.encode("UTF-8") == t.encode())
    for enc in ("ascii", "latin-1"):
        for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
            try:
                print("   ", enc, errors, t.encode(enc, errors))
            except UnicodeEncodeError as e:
                print("   ", enc, errors, type(e).__name__, e, e.start, e.end, e.reason, e.encoding)
blobs = [b"abc", b"caf\xc3\xa9", b"\xff\xfe", b"\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x98\x80", b"\xc0\x80", b"a\xedb"]
for b in blobs:
    for enc in ("utf-8", "ascii", "latin-1"):
        for errors in ("strict", "ignore", "replace", "backslashreplace", "surrogateescape"):
            try:
                r = b.decode(enc, errors)
                print(b, enc, errors, ascii(r))
            except UnicodeDecodeError as e:
                print(b, enc, errors, type(e).__name__, e)
print("x".encode(encoding="ascii"), b"x".decode(errors="strict"), str(b"\xe9", "latin1"), "é".encode("L1"), "a".encode("us-ascii"))
print("\udcff".encode("utf-8", "surrogateescape"), b"\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape"))
errors = [
    lambda: "x".encode("no-such-codec"),
    lambda: b"x".decode("no-such-codec"),
    lambda: "é".encode("ascii", "bogus-handler"),
    lambda: "x".encode(1),
    lambda: b"x".decode(None),
    lambda: "x".encode("utf-8", "strict", "extra"),
    lambda: "\udc80".encode("utf-8"),
]
for f in errors:
    try:
        print(repr(f()))
    except (LookupError, TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
b"\x80abc".decode("ascii")
