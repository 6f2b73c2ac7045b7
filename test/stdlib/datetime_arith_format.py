# datetime as scheduling/reporting code uses it: arithmetic, comparisons, formatting, reprs and errors
import datetime as dt
from datetime import date, datetime, time, timedelta, timezone

# timedelta normalization, repr, str and arithmetic
deltas = [
    timedelta(0), timedelta(days=1), timedelta(seconds=-1), timedelta(microseconds=-1),
    timedelta(days=-1, seconds=86399), timedelta(weeks=2, hours=36, minutes=90),
    timedelta(hours=1.5), timedelta(milliseconds=1500), timedelta(days=999999999),
    timedelta(seconds=0.5e-6), timedelta(seconds=1.5e-6), timedelta(days=3, microseconds=7),
]
for d in deltas:
    print(repr(d), "|", str(d), "|", d.days, d.seconds, d.microseconds, d.total_seconds())
a, b = timedelta(hours=5, minutes=3), timedelta(minutes=47, seconds=13)
print(a + b, a - b, b - a, -a, abs(b - a), a * 3, 3 * a, a * 0.25, a / 4, a / b, a // b, a % b)
print(divmod(a, b), a // 7, a / 2.5, timedelta(seconds=10) * 1.05, round(a / timedelta(minutes=1), 3))
print(a > b, a == timedelta(seconds=18180), bool(timedelta(0)), hash(a) == hash(timedelta(seconds=18180)))
print(timedelta.min, timedelta.max, timedelta.resolution)
# (the C module's messages for timedelta(days=10**9), timedelta.max + 1 day, a + 1 and a * a name 'datetime.timedelta':
# tspy runs _pydatetime, whose messages differ there)
for bad in [lambda: a / 0, lambda: a // timedelta(0), lambda: timedelta(hours="1")]:
    try:
        print("no error", bad())  # noqa
    except (OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__ + ":", e)

# dates: ordinal arithmetic, comparisons, calendar facts
d = date(2024, 2, 29)
print(repr(d), d + timedelta(days=365), d - timedelta(days=366), d.replace(year=2028), d.timetuple())
print(date(2024, 12, 31) - date(2024, 1, 1), date.fromordinal(738000), date(1, 1, 1).toordinal())
print([date(2024, m, 1).strftime("%b %a %j %U %W") for m in (1, 4, 7, 10)])
print(tuple(d.isocalendar()), d.isocalendar().week, d.isocalendar().weekday, date.fromisocalendar(2020, 53, 7), tuple(date(2021, 1, 3).isocalendar()))
print(date(2024, 3, 10).ctime(), format(d, "%d/%m/%y"), f"{d:%Y-%m-%d}", f"{d}", format(d, ""))
try:
    d.replace(year=2023)
except ValueError as e:
    print("ValueError:", e)
for args in [(2024, 13, 1), (2024, 0, 1), (0, 1, 1), (10000, 1, 1), (2023, 4, 31)]:
    try:
        date(*args)
    except ValueError as e:
        print("ValueError:", e)
print(date(2024, 1, 1) == datetime(2024, 1, 1), date.max - date.min)

# datetime: arithmetic, replace, combine, timestamps in UTC
t = datetime(2024, 1, 31, 22, 30, 15, 250000)
print(repr(t), t + timedelta(hours=3), t - datetime(2023, 12, 25), t.date(), t.time(), t.timetz())
print(datetime.combine(date(2020, 2, 2), time(4, 5, 6, 7)), t.replace(microsecond=0, day=1))
utc = t.replace(tzinfo=timezone.utc)
print(repr(utc), utc.timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime.fromtimestamp(1700000000.5, tz=timezone.utc))
print(datetime.fromtimestamp(86400 * 365.25 * 30, timezone.utc).isoformat())
print(utc.utctimetuple()[:8], datetime(2024, 6, 1, tzinfo=timezone.utc).toordinal())
for spec in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    print(spec, t.isoformat(timespec=spec), t.time().isoformat(spec), t.isoformat(" ", spec))
try:
    t.isoformat(timespec="nanos")
except ValueError as e:
    print("ValueError:", e)

# time objects
tm = time(23, 59, 59, 999999)
print(repr(tm), str(tm), tm.replace(hour=1), time(), repr(time(1, 2)), repr(time(1, 2, 3, tzinfo=timezone.utc)))
print(time(12, fold=1).fold, time(9, 30) < time(10), time(0) == time(0, 0, 0), bool(time(0)))
for args in [(24,), (0, 60), (0, 0, 60), (0, 0, 0, 1000000)]:
    try:
        time(*args)
    except ValueError as e:
        print("ValueError:", e)

# sorting and grouping log entries by day
events = [datetime(2024, 3, day, hour) for day, hour in [(3, 9), (1, 17), (3, 8), (2, 12), (1, 6)]]
by_day = {}
for e in sorted(events):
    by_day.setdefault(e.date(), []).append(e.strftime("%H:%M"))
for day, hours in by_day.items():
    print(day.strftime("%a %d %b"), hours)
print(max(events) - min(events), sum((e - events[0] for e in events), timedelta()))
print(dt.MINYEAR, dt.MAXYEAR, dt.UTC is timezone.utc, datetime.min, datetime.max)
