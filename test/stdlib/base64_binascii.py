import base64
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40]]:
    e = base64.b64encode(data)
    print(e, base64.b64decode(e) == data, base64.urlsafe_b64encode(data), base64.b16encode(data)[:20], base64.b32encode(data)[:24])
print(base64.b64decode("Zm9v\nYmFy"), base64.b64decode(b"Zm9vYg=="), base64.standard_b64decode("YQ=="))
for bad in ["Zm9", "Z", "Zm9vY!==", "=Zm9v"]:
    try:
        print(base64.b64decode(bad, validate=True))
    except binascii.Error as e:
        print("binascii.Error:", e)
    try:
        print(base64.b64decode(bad))
    except binascii.Error as e:
        print("binascii.Error:", e)
print(binascii.hexlify(b"\x01\xab\xff"), binascii.hexlify(b"\x01\xab\xff\x10", "-"), binascii.hexlify(b"abcdef", b":", 2), binascii.hexlify(b"abcdef", ":", -4))
print(binascii.unhexlify("01abff"), binascii.a2b_hex(b"DEAD"))
try:
    binascii.unhexlify("abc")
except binascii.Error as e:
    print("binascii.Error:", e)
try:
    binascii.unhexlify("zz")
except binascii.Error as e:
    print("binascii.Error:", e)
print(binascii.crc32(b"hello world"), binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"", 0xffff))
print(binascii.b2a_uu(b"Cat"), binascii.a2b_uu(binascii.b2a_uu(b"hello there")), binascii.b2a_uu(b"", backtick=True))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
print(base64.a85encode(b"hello"), base64.b85encode(b"hello"), base64.b85decode(base64.b85encode(b"xyz")))
try:
    base64.b64encode("text")
except TypeError as e:
    print("TypeError:", e)
