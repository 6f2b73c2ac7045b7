# IEEE corners through Python's float semantics: signed zeros, infinities and NaNs in arithmetic
# and comparisons, int/float mixing, repr and str, and the errors Python raises where IEEE would not.
def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


inf, nan, nz = float("inf"), float("nan"), -0.0
vals = [0.0, nz, 1.0, -2.5, inf, -inf, nan, 5e-324, 1e308]
for a in vals:
    row = []
    for b in vals:
        try:
            row.append(repr(a + b) + "," + repr(a - b) + "," + repr(a * b))
        except Exception as e:
            row.append(type(e).__name__)
    print(repr(a), row)
for a in vals:
    row = []
    for b in vals:
        for op in ("/", "//", "%"):
            try:
                r = a / b if op == "/" else a // b if op == "//" else a % b
                row.append(repr(r))
            except ZeroDivisionError:
                row.append("ZDE")
    print(repr(a), row)
for a in vals:
    print(repr(a), [(a < b, a <= b, a == b, a != b, a > b, a >= b) for b in (0.0, nz, inf, nan, 1)])
print(nan is nan, nan == nan, [nan] == [nan], nan in [nan], {nan: 1}.get(nan), inf == inf, -inf < -1e308)
print(repr(nz), str(nz), -nz, abs(nz), nz == 0.0, 1 / inf, -1 / inf, 0.0 * -1, 0 * -1.0, nz + nz, nz - nz)
print(1e16, 1e15, 123456789012345678.0, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-4, 1e-5, 1.5e-7, 1e22, 1e23, 9007199254740993.0)
print(float("1e308") * 10, -1e308 * 10, 1e308 + 1e308, 5e-324 / 2, 5e-324 * 0.5, 2.5e-324, 1e-323 / 3)
print(0.1 * 3 == 0.3, round(0.1 * 3, 15) == 0.3, 2.675 * 100, 1.1 + 2.2, 3 * 0.1, 100 * 1.1)
print(int(1e300) % 997, int(-1e-300), int(-0.0), int(2.9999999999999996), int(-2.5), float(10**23), 10**23 == 1e23)
print(max(nan, 1.0), max(1.0, nan), min(nan, 1.0), sorted([3.0, nan, 1.0, 2.0])[1:3] is not None, sum([nan, 1.0]))
for expr, f in [("inf - inf", lambda: inf - inf), ("inf * 0", lambda: inf * 0), ("0.0 / 0.0", lambda: 0.0 / 0.0),
                ("1 / 0.0", lambda: 1 / 0.0), ("1.0 // 0", lambda: 1.0 // 0), ("1.0 % 0.0", lambda: 1.0 % 0.0),
                ("divmod(1.0, -0.0)", lambda: divmod(1.0, -0.0)), ("int(inf)", lambda: int(inf)), ("int(nan)", lambda: int(nan)),
                ("inf // 1", lambda: inf // 1), ("inf % 1", lambda: inf % 1), ("-inf % 1", lambda: -inf % 1),
                ("1 % inf", lambda: 1 % inf), ("-1 % inf", lambda: -1 % inf), ("-1 // inf", lambda: -1 // inf),
                ("nan // 1", lambda: nan // 1), ("divmod(inf, 2)", lambda: divmod(inf, 2)), ("round(nan, 2)", lambda: round(nan, 2)),
                ("(-8.0) ** 2", lambda: (-8.0) ** 2), ("nan ** 0", lambda: nan ** 0), ("1.0 ** nan", lambda: 1.0 ** nan),
                ("inf ** -1", lambda: inf ** -1), ("(-inf) ** 3", lambda: (-inf) ** 3), ("(-0.0) ** -1", lambda: (-0.0) ** -1),
                ("0.0 ** -0.5", lambda: 0.0 ** -0.5), ("10**400 * 0.5", lambda: 10**400 * 0.5), ("0.5 < 10**400", lambda: 0.5 < 10**400)]:
    show(expr, f)
