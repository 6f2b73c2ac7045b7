# Calendar arithmetic without imports: leap years, day of week (Zeller), month grids, date differences

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]


def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def days_in_month(y, m):
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def weekday(y, m, d):
    """0 = Monday (Zeller's congruence, shifted)."""
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return (h + 5) % 7


def ordinal(y, m, d):
    days = d
    for yy in range(1, y):
        days += 366 if is_leap(yy) else 365
    for mm in range(1, m):
        days += days_in_month(y, mm)
    return days


def month_grid(y, m):
    title = f"{MONTHS[m - 1]} {y}"
    lines = [title.center(20).rstrip(), " ".join(DAYS)]
    first = weekday(y, m, 1)
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]).rstrip())
    return "\n".join(lines)


print([y for y in [1900, 2000, 2023, 2024, 2100, 2400] if is_leap(y)])
for date in [(2024, 2, 29), (2000, 1, 1), (1969, 7, 20), (2026, 11, 26), (1, 1, 1)]:
    print(date, DAYS[weekday(*date)], ordinal(*date))
print(month_grid(2024, 2))
print(month_grid(2026, 11))
a, b = (2024, 1, 1), (2024, 12, 25)
print("days until christmas:", ordinal(*b) - ordinal(*a))
print("weeks, days:", divmod(ordinal(*b) - ordinal(*a), 7))
fridays = [(y, m) for y in range(2024, 2027) for m in range(1, 13) if weekday(y, m, 13) == 4]
print("Friday 13ths:", fridays)
print(sum(days_in_month(2024, m) for m in range(1, 13)), sum(days_in_month(2023, m) for m in range(1, 13)))
