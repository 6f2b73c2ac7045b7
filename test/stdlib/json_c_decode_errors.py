# json decode errors from the C scanner (_json): message, position, line and column of every kind
import json
import json.decoder
import json.scanner
import json.encoder

print(json.scanner.c_make_scanner is not None, json.decoder.c_scanstring is not None,
      json.encoder.c_make_encoder is not None, json.encoder.c_encode_basestring is not None,
      json.encoder.c_encode_basestring_ascii is not None)
print(json.scanner.make_scanner is json.scanner.c_make_scanner, json.decoder.scanstring is json.decoder.c_scanstring)

CASES = [
    '"ab\\x"', '"abc', '"a\x01b"', '"a\x1fb"', '"tab\there"', '"nl\nhere"', '"\\u12"', '"\\u12zz"', '"\\uZZZZ"',
    '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\ud800\\u12"x', '"\\', '"a\\', '"\\u', '"\\u1234', '"\\u1234"',
    '[1,]', '[1, ]', '{"a":1,}', '{"a":1 , }', '{"a" 1}', '{1:2}', '{"a":1, 2:3}', '[1 2]', '{"a":1 "b":2}',
    '', '   ', '\n\n  ', '[', '{', '{"a":', '{"a"', '{"a":1', '[1', '[1,', 'nul', 'tru', 'fals', 'n', '-', '-a', '--1',
    '1.', '1e', '1e+', '1.e5', '01', '00', '-01', '.5', '+1', '[-]', '1 2', '[1] x', '{} []', 'Infinit', '-Inf', 'NaNa',
    '[1,\n2,\n]', '{\n  "a": 1,\n  "b" 2\n}', '[\n\n\n  x]', '\ufeff[1]', '"\\ud834x"', '[1e400, -1e400, 1e-400]',
    '"\x7f\x80"', '[true,false,null]', '[NaN, Infinity, -Infinity]', '{"a": [1, {"b": [2, {"c": tru}]}]}',
    '["ok", "bad \\q"]', '{"k\\u0000": "\\u0000"}', '[1.5e+3, 2E-2, -0.0, 0, -0]', '12345678901234567890123',
    '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '[[[[[]]]]]', '{"":""}', '[' * 50 + ']' * 49,
]
for s in CASES:
    try:
        print(repr(s), "->", repr(json.loads(s)))
    except json.JSONDecodeError as e:
        print(repr(s), "!", e.msg, "|", e.pos, e.lineno, e.colno, "|", str(e))

# raw_decode and the scanner directly
dec = json.JSONDecoder()
for s, i in [('  [1]', 2), ('[1] xx', 0), ('[1] xx', 10), ('xx', 0), ('"a" "b"', 4)]:
    try:
        print(dec.raw_decode(s, i))
    except json.JSONDecodeError as e:
        print("JSONDecodeError", e.msg, e.pos)
try:
    dec.raw_decode('[1]', -1)
except ValueError as e:
    print(type(e).__name__, e)
scan = dec.scan_once
for s, i in [('x', 0), ('', 0), ('[1, 2]', 3), ('-', 0), ('"x"', 0), ('  1', 2), ('[', 0)]:
    try:
        print(repr(s), i, scan(s, i))
    except StopIteration as e:
        print(repr(s), i, "StopIteration", e.value)
    except json.JSONDecodeError as e:
        print(repr(s), i, "JSONDecodeError", e.msg, e.pos)
for bad in [(b'1', 0), ('1', 'x'), ('1',)]:
    try:
        scan(*bad)
    except TypeError as e:
        print("TypeError", e)
