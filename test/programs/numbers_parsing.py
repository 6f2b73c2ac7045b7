# int() and float() from strings: bases and prefixes, underscores, surrounding white space, signs,
# Unicode digits, special values, the digit limit, and the exact error messages.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


int_cases = ["0", "-0", "+17", "  42\n", "\t-7 ", "1_000_000", "1__0", "_1", "1_", "00", "007", "0_0", "0x1F", "0X1f", "-0b1010",
             "0o777", "0o8", "0x", "0b", "12a", "1.0", "1e3", "", "   ", "+", "- 5", "١٢٣", "٣_٤", "\u00a012\u2003", "１２", "Ⅻ", "²",
             "99999999999999999999999999999999", "-0x_ff", "0x_f_f", "0x__f", "9" * 250]
for s in int_cases:
    show(f"int({s[:40]!r})", lambda: int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0b101", 0), ("0o17", 0), ("017", 0), ("0", 0), ("000", 0),
             ("z", 36), ("Z", 36), ("10", 2), ("2", 2), ("0b10", 2), ("0o10", 8), ("0x10", 8), ("7", 7), ("_7", 8), ("7_7", 8),
             ("1" * 70, 2), ("10", 1), ("10", 37), ("10", -1), ("10", 2**70)]:
    show(f"int({s[:30]!r}, {b})", lambda: int(s, b))
show("int('12', base=3)", lambda: int("12", base=3))
show("int('12', 3, base=3)", lambda: int("12", 3, base=3))
show("int('12', bogus=3)", lambda: int("12", bogus=3))
show("int(12, 10)", lambda: int(12, 10))
show("int(12.5, 10)", lambda: int(12.5, 10))
show("int('12', 10.0)", lambda: int("12", 10.0))
show("int('9' * 4300).bit_length()", lambda: int("9" * 4300).bit_length())
show("int('9' * 4301)", lambda: int("9" * 4301))
show("int('-' + '9' * 4301)", lambda: int("-" + "9" * 4301))
show("int('f' * 4400, 16).bit_length()", lambda: int("f" * 4400, 16).bit_length())
show("int('7' * 4400, 8).bit_length()", lambda: int("7" * 4400, 8).bit_length())
show("int('1' * 4400, 3)", lambda: int("1" * 4400, 3))

float_cases = ["1.5", "-1.5", "+1.5", "  2.25  ", "1_000.5", "1__0.5", "1_.5", "1._5", "_1.5", ".5", "5.", ".", "1e5", "1E-5",
               "1e+5", "1e", "1e+", "1.5e3_0", "1.5e_3", "inf", "-inf", "+INF", "Infinity", "-iNfInItY", "infinit", "nan", "-NaN",
               "+nan", "nan1", "0x10", "1e400", "-1e400", "1e-400", "2.5e-324", "4.9e-324", "0.1", "1.7976931348623159e308",
               "١.٥", "１.５", "", " ", "abc", "1,5", "1.5.6", "--1", "1.5f", "\u20021.5\u2003", "0.000000000000000000001e21"]
for s in float_cases:
    show(f"float({s!r})", lambda: float(s))
show("float('9' * 500)", lambda: float("9" * 500))
show("float('0.' + '1' * 500)", lambda: float("0." + "1" * 500))
