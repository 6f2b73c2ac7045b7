# _json.scanstring: strict and non-strict control characters, escapes, surrogates, astral text, bounds
import json
import json.decoder
from json.decoder import scanstring
import _json

print(scanstring is _json.scanstring)
for s, end, strict in [
    ('"abc"', 1, True), ('"a\nbc"', 1, False), ('"a\tb\x00c\x1f"', 1, False), ('x"abc"y', 2, True),
    ('"\\u00e9\\u4e2d\\ud83d\\ude00"', 1, True), ('"\\ud83d\\u0041"', 1, True), ('"\\udc00\\ud800"', 1, True),
    ('"\\ud834\\udd1ex"', 1, True), ('"\\uD834\\uDD1E"', 1, True), ('"😀é中"', 1, True), ('😀😀"😀x"tail', 3, True),
    ('"a\\/b"', 1, True), ('""', 1, True), ('"abc"', 5, True), ('"abc"', 4, True), ('"\\ud800"', 1, True),
]:
    try:
        print(repr(s), end, strict, "->", scanstring(s, end, strict))
    except json.JSONDecodeError as e:
        print(repr(s), end, strict, "!", e.msg, e.pos, e.colno)
for args in [('"abc"', 10), ('"abc"', -1), (b'"abc"', 1), ('"abc"', 1.5), ('"a"',)]:
    try:
        print(scanstring(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    scanstring('"a"', end=1)
except TypeError as e:
    print("TypeError", e)

# strict=False through loads, and control characters rejected when strict
for s in ['"a\x00b"', '["\t", "\n"]', '{"k\x01": "v\x1f"}', '"\x1f\\n"']:
    print(repr(json.loads(s, strict=False)))
    try:
        json.loads(s)
    except json.JSONDecodeError as e:
        print("strict:", e.msg, e.pos)
print(json.JSONDecoder(strict=False).scan_once.strict, json.JSONDecoder().scan_once.strict)

# astral characters move code point positions away from UTF-16 offsets
for s in ['["😀😀", 1 x]', '{"😀": "\\x"}', '"😀\\u12"', '"😀😀\x01"', '["😀"] 😀', '[😀]', '{"a😀": 1, "b": [1,,2]}']:
    try:
        print(repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "!", e.msg, e.pos, e.lineno, e.colno)
print(json.JSONDecoder().raw_decode('😀 [1, "😀"] 😀', 2))
print(json.JSONDecoder().scan_once('😀 [1, "😀"] 😀', 2))
try:
    json.JSONDecoder().scan_once('😀😀😀', 2)
except StopIteration as e:
    print("StopIteration", e.value)

# encode_basestring(_ascii)
print(_json.encode_basestring_ascii('\ud800\udfff'), json.dumps('x\udc00'))
for s in ['plain', 'a"b\\c', '\x00\x01\x1f\x7f\x80', 'é中😀', '\b\f\n\r\t', '']:
    print(_json.encode_basestring(s), _json.encode_basestring_ascii(s), json.dumps(s), json.dumps(s, ensure_ascii=False))
class MyStr(str):
    pass
print(_json.encode_basestring(MyStr("x\n")), _json.encode_basestring_ascii(MyStr("é")))
for f in [_json.encode_basestring, _json.encode_basestring_ascii]:
    for bad in [1, b"x", None]:
        try:
            f(bad)
        except TypeError as e:
            print("TypeError", e)
