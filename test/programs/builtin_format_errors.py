# format() and format specs across builtin types, with the exact error messages.
values = [0, -7, 255, 3.5, -0.0, 1e21, "text", True, None, [1], (2,), b"b", range(2)]
specs = ["", "d", "x", "f", ".2f", "s", ">6", "^7", "+", ",", "e", "%", "#o", "08.3", "c", "n", "_", "=+8"]
for v in values:
    row = []
    for spec in specs:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError) as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(v))
    for spec, r in zip(specs, row):
        print(f"   {spec!r:8} {r!r}")
print(f"{12345.678:_>15,.1f}|{-3:^+9}|{'x':=^5}|{3.0:g}|{100:#b}|{1e-3:.1e}")
print(format(2**64, "x"), format(-2**64, "_d"), format(0.1, ".17g"), format(1/3, ".30f"))
