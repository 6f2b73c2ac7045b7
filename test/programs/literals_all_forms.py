# Literal forms: numbers with underscores and bases, complex, string prefixes and escapes, bytes

print(1_000_000, 0x_FF, 0o7_7, 0b_1010, 1_0.5e-1_0, 1e3, 1E-2, .5, 5., 0.0, 00, 0_0)
print(0xdeadBEEF, 0O17, 0B11, 1j, 2.5J, 1e3j, 10 ** 30, -0x10, +0b1)
print(3 + 4j, (1 + 2j) * (3 - 1j), complex(1, -0.0), 1j ** 2, abs(-2j), (2j).real, (2j).imag)
print("a" "b" 'c' """d""" '''e''', "tab\there", 'quote\'s', "back\\slash", "bell\a".encode(), "nul\0".encode())
print("\x41\u0042\U00000043\N{GREEK SMALL LETTER ALPHA}\101\x7e", "\u00e9", len("\U0001F600"), "\N{BULLET}")
print(r"raw \n stays", R"\d+", rb"\x00", Rb"\t", br"\\", len(r"\\"), "\
continued")
print(b"bytes", b"\x00\xff", B"abc"[0], b"\101\x42", bytes([65, 66]), b"a" b"b", bytearray(b"x"))
print(f"{1}" "plain" f"{2}", f"""multi
line {3}""", rf"\d{1 + 1}", fr"{'x'}\n")
print(True + True, None, ..., Ellipsis is ..., type(...), NotImplemented)
print([], [1, ], (), (1,), {}, {1}, {1: 2}, {*()}, {**{}}, [*"ab"], (*"ab",))
print(0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e-5, 123456789012345678.0, 1.5e300 * 1e10, -1e400)
print(float("1_000.5"), int("0b101", 0), float("  -1.5e3 "), float("infinity"), float("-nan"), complex("1+2j"))
print(repr("single'quote"), repr('double"quote'), repr("both'\""), repr("\n\t\r\x01\x7f\x80"), repr("é\u200b"))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\n\x00\x7f\x80"), repr(bytearray(b"\xff")))
print(ascii("naïve ☃"), ascii(b"x"), repr(1e22), repr(1e21), repr(123e-20), repr(-0.0), str(1e-7))
print(0o777 == 511, 0b1111_0000 == 240, 0xABC == 2748, 1_2_3 == 123, 1e2 == 100, 2e-1 == 0.2)
x = 10
print(f"{x:#b} {x:o} {x:X} {x:e} {x!r:^6}|", "%5.1f|%-5d|%x|%o|%c|%r|%%" % (3.14159, 42, 255, 8, 65, "s"))
