# time.strptime through Lib's _strptime (over time, re, calendar, locale), and its errors.
import time

for s, fmt in [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), ("5 Mar 2024", "%d %b %Y"), ("Tuesday, March 05 2024", "%A, %B %d %Y"),
               ("12/31/99", "%m/%d/%y"), ("23:59", "%H:%M"), ("2024 060", "%Y %j"), ("07 PM", "%I %p"), ("2024-W10-2", "%G-W%V-%u"),
               ("1970", "%Y"), ("Thu Jan  1 00:00:00 1970", "%a %b %d %H:%M:%S %Y"), ("+0130", "%z")]:
    t = time.strptime(s, fmt)
    print(repr(s), tuple(t), t.tm_zone, t.tm_gmtoff)
print(time.strptime("Sun Jun 20 23:21:05 1993"))
for s, fmt in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Y %m"), ("2024-01-01 extra", "%Y-%m-%d"), ("12", "%Q")]:
    try:
        time.strptime(s, fmt)
    except ValueError as e:
        print("ValueError", e)
try:
    time.strptime(5)
except TypeError as e:
    print("TypeError", e)
print(time.mktime(time.strptime("2000-01-01", "%Y-%m-%d")) == time.mktime((2000, 1, 1, 0, 0, 0, 5, 1, -1)))
