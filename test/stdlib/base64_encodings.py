# base64 and friends as transport code uses them: every alphabet, urlsafe, padding/validation
# errors, altchars, ascii85/base85 options, and the encodebytes line wrapping.
import base64
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)), b"\xff\xfe\xfd" * 7, "héllo wörld".encode()]
for s in samples[:7] + [samples[8]]:
    print(s[:12], base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    print("   ", base64.a85encode(s), base64.b85encode(s), base64.z85encode(s) if hasattr(base64, "z85encode") else "")
for s in samples:
    for enc, dec in [(base64.b64encode, base64.b64decode), (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
                     (base64.b32encode, base64.b32decode), (base64.b32hexencode, base64.b32hexdecode),
                     (base64.b16encode, base64.b16decode), (base64.a85encode, base64.a85decode), (base64.b85encode, base64.b85decode)]:
        assert dec(enc(s)) == s, (enc.__name__, s)
print("round trips ok")
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"-_"), base64.b64decode(b"-_-_", altchars=b"-_"), base64.standard_b64encode(b"\xfb\xff"))
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg=="), base64.b64decode("Zm9vYg"[:4]))
for data, kw in [(b"Zm9vYg=", {}), (b"Zm9v!YmFy", {"validate": True}), (b"Zm9vY", {}), (b"Zm9vYg==", {"validate": True}), ("é", {})]:
    try:
        print(base64.b64decode(data, **kw))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6YQ=", map01=None), base64.b32decode(b"0I", map01=b"I") if False else "")
for data in [b"MZXW6", b"MZXW6YQ=1", b"12345678"]:
    try:
        base64.b32decode(data)
    except binascii.Error as e:
        print("Error:", e)
print(base64.b16decode(b"666f6f", casefold=True))
try:
    base64.b16decode(b"666f6")
except binascii.Error as e:
    print("Error:", e)
try:
    base64.b16decode(b"zz")
except binascii.Error as e:
    print("Error:", e)
print(base64.a85encode(b"\0\0\0\0" + b"    ", foldspaces=True), base64.a85encode(samples[7][:40], wrapcol=20, adobe=True))
print(base64.a85decode(b"<~87cURD]i,\"Ebo80~>", adobe=True), base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True))
for bad in [b"abc~>x", b"\x00"]:
    try:
        base64.a85decode(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    base64.b85decode(b"|NsC0~")
except ValueError as e:
    print("ValueError:", e)
enc = base64.encodebytes(bytes(range(100)))
print(enc.count(b"\n"), enc.splitlines()[0], base64.decodebytes(enc) == bytes(range(100)))
print(binascii.hexlify(b"\x01\xab", "-"), binascii.b2a_base64(b"hi", newline=False), binascii.crc32(b"hello"), binascii.crc_hqx(b"hello", 0))
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
