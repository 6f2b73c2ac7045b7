# time zones, ISO parsing and strptime as config/log parsers use them
from datetime import date, datetime, time, timedelta, timezone, tzinfo

class FixedZone(tzinfo):
    """A fixed-offset zone written the old way (subclassing tzinfo)."""
    def __init__(self, minutes, name):
        self._offset = timedelta(minutes=minutes)
        self._name = name
    def utcoffset(self, dt):
        return self._offset
    def tzname(self, dt):
        return self._name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f"FixedZone({self._name})"

class ToyDST(tzinfo):
    """DST from April to October (inclusive), to exercise dst() and fold-free conversions."""
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        return timedelta(hours=1) if 4 <= dt.month <= 10 else timedelta(0)
    def tzname(self, dt):
        return "TST" if self.dst(dt) else "TWT"

# timezone objects
zones = [timezone.utc, timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(hours=-8), "PST"),
         timezone(timedelta(0)), timezone(timedelta(minutes=-90)), timezone(timedelta(seconds=3661))]
for z in zones:
    print(repr(z), str(z), z.tzname(None), z.utcoffset(None))
print(timezone.min, timezone.max, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
for bad in [timedelta(hours=24), timedelta(hours=-25)]:
    try:
        timezone(bad)
    except ValueError as e:
        print("ValueError:", e)

# conversions between zones
base = datetime(2024, 7, 14, 12, 0, tzinfo=timezone.utc)
for z in zones[1:3] + [FixedZone(-210, "NST"), ToyDST()]:
    local = base.astimezone(z)
    print(local, local.tzname(), local.utcoffset(), local.dst(), local.strftime("%H:%M %Z %z"))
winter = datetime(2024, 1, 14, 12, tzinfo=ToyDST())
print(winter.isoformat(), winter.astimezone(timezone.utc), winter.timetuple().tm_isdst, winter.utctimetuple()[:5])
print(base == base.astimezone(zones[1]), base - datetime(2024, 7, 14, 12, tzinfo=zones[2]))
naive = datetime(2024, 7, 14, 12)
print(naive == base, naive.replace(tzinfo=timezone.utc) == base)

# fromisoformat: the 3.11+ grammar
for s in ["2024-05-06", "2024-05-06T07:08", "2024-05-06 07:08:09.5", "2024-05-06T07:08:09.123456+02:00",
          "2024-05-06T07:08:09Z", "20240506T070809", "2024-W19-1T10:00", "2024-05-06T07:08:09.123+00:00", "2024-05-06T07:08:09,25-05:30"]:
    v = datetime.fromisoformat(s)
    print(s, "->", repr(v))
for s in ["07:08", "07:08:09.000001", "T0708", "07:08:09+01:00", "07"]:
    print(s, "->", repr(time.fromisoformat(s)))
for s in ["20240506", "2024-W01-1", "2024W011"]:
    print(s, "->", date.fromisoformat(s))
for s in ["2024-13-01", "2024-05-06T25:00", "not a date", "2024-05-06T07:08:09+0a:00", ""]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print("ValueError:", e)

# strptime: the usual log formats, with %z, %f, %p, %j, %%
samples = [
    ("2024-03-10 14:05:09", "%Y-%m-%d %H:%M:%S"),
    ("10/Mar/2024:14:05:09 +0100", "%d/%b/%Y:%H:%M:%S %z"),
    ("Sunday, March 10, 2024 02:05 PM", "%A, %B %d, %Y %I:%M %p"),
    ("2024-070 12.5", "%Y-%j %H.%f"),
    ("2024-03-10T14:05:09.123+05:30", "%Y-%m-%dT%H:%M:%S.%f%z"),
    ("99 1 2", "%y %m %d"),
    ("10%", "%H%%"),
    ("2024-03-10 14:05:09 UTC", "%Y-%m-%d %H:%M:%S %Z"),
    ("2024-03-10T14:05:09Z", "%Y-%m-%dT%H:%M:%S%z"),
]
for text, fmt in samples:
    v = datetime.strptime(text, fmt)
    print(repr(v), v.tzname())
for text, fmt in [("2024-03-10", "%Y-%m"), ("2024-02-30", "%Y-%m-%d"), ("12:61", "%H:%M"), ("x", "%Q")]:
    try:
        datetime.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
print(date.strptime("2024 60", "%Y %j"), time.strptime("08:30:01", "%H:%M:%S"))

# strftime directives on a fixed instant
when = datetime(2009, 2, 3, 4, 5, 6, 7890, tzinfo=FixedZone(90, "XYZ"))
for fmt in ["%a %A %b %B %c", "%d %e %H %I %j %m %M", "%p %S %f %U %w %W", "%x %X %y %Y", "%z %Z %%", "%G-W%V-%u", "%D %T %R %F", "%:z"]:
    print(repr(fmt), "->", repr(when.strftime(fmt)))
print(f"{when:%Y}{'':>3}{when.date():%d}", "{:%H.%M}".format(when.time()))
