from fractions import Fraction
import datetime as dt

a, b = Fraction(3, 4), Fraction("1/3")
print(a + b, a * b, a / b, a - b, a ** 2, -a, abs(-a), a // b, a % b)
print(Fraction(0.75), Fraction("2.5"), Fraction(1, -3), Fraction(6, 8).numerator, float(Fraction(1, 8)))
print(Fraction(355, 113).limit_denominator(10), round(Fraction(7, 2)), round(Fraction(5, 3), 2), Fraction(1, 3) < 0.5)
print(Fraction(3, 4).as_integer_ratio(), Fraction.from_float(0.1).limit_denominator(100), hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x/2")
except ValueError as e:
    print("ValueError:", e)
print(f"{Fraction(1, 3):.5f}", format(Fraction(22, 7), "10.3f"))

d = dt.date(2024, 2, 28)
print(d, d + dt.timedelta(days=2), d.isoformat(), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"), d.toordinal())
t = dt.datetime(2023, 12, 31, 23, 59, 30, 123456)
print(t, t + dt.timedelta(seconds=45), t.isoformat(timespec="milliseconds"), t.replace(year=2020))
print(dt.datetime.fromisoformat("2024-05-06T07:08:09"), dt.date.fromisoformat("2024-01-02"), dt.time(12, 30).isoformat())
delta = dt.datetime(2024, 3, 1) - dt.datetime(2024, 2, 1, 12)
print(delta, delta.days, delta.total_seconds(), dt.timedelta(hours=-1), repr(dt.timedelta(days=1, microseconds=5)))
tz = dt.timezone(dt.timedelta(hours=2), "CEST")
aware = dt.datetime(2024, 6, 1, 12, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(dt.timezone.utc), dt.timezone.utc)
print(sorted([dt.date(2020, 5, 1), dt.date(2019, 1, 1)]), dt.date.min, dt.date.max, dt.datetime(2024, 1, 1).timetuple()[:6])
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %j %U %p %I"), dt.datetime.strptime("2021-03-04 05:06", "%Y-%m-%d %H:%M"))
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
