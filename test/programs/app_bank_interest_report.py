# Compound interest schedules with exact cents: integer arithmetic, divmod rounding, aligned reports


def cents(amount_str):
    whole, _, frac = amount_str.partition(".")
    frac = (frac + "00")[:2]
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int(frac))


def fmt(c):
    sign = "-" if c < 0 else ""
    d, r = divmod(abs(c), 100)
    return f"{sign}{d:,}.{r:02d}"


def round_half_even(numerator, denominator):
    q, r = divmod(numerator, denominator)
    if 2 * r > denominator or (2 * r == denominator and q % 2 == 1):
        q += 1
    return q


def schedule(principal, rate_bp, years, deposit):
    balance = principal
    rows = []
    for year in range(1, years + 1):
        interest = round_half_even(balance * rate_bp, 10_000)
        balance += interest + deposit
        rows.append((year, interest, deposit, balance))
    return rows


principal = cents("10000.00")
rows = schedule(principal, 375, 8, cents("1200.50"))
print(f"{'year':>4} {'interest':>12} {'deposit':>12} {'balance':>14}")
for year, interest, deposit, balance in rows:
    print(f"{year:>4} {fmt(interest):>12} {fmt(deposit):>12} {fmt(balance):>14}")
total_interest = sum(r[1] for r in rows)
print(f"{'':>4} {fmt(total_interest):>12} {fmt(sum(r[2] for r in rows)):>12} {'':>14}")
print([round_half_even(n, 2) for n in (1, 3, 5, 7, -1, -3)], [round(n / 2) for n in (1, 3, 5, 7, -1, -3)])
print(fmt(cents("-12.5")), fmt(cents("0.07")), fmt(cents("1234567.891")), cents("3"), fmt(0))
growth = rows[-1][3] / principal
print(f"growth factor {growth:.4f}, effective {growth ** (1 / 8) - 1:.3%}")
