# time with fixed instants: struct_time fields and reprs, gmtime/strftime/asctime/strptime round trips,
# calendar.timegm, and errors (no wall-clock values are printed).
import calendar
import time

for secs in (0, 86399, 951782400, 1700000000, 2 ** 31, -86400):
    st = time.gmtime(secs)
    print(secs, tuple(st), st.tm_yday, st.tm_wday, st.tm_zone, st.tm_gmtoff, calendar.timegm(st) == secs)
st = time.gmtime(1234567890)
print(repr(st))
print(st[0], st[-1], st[1:3], len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(time.asctime(st), time.strftime("%Y-%m-%d %H:%M:%S", st), time.strftime("%a %b %d %j %U %W %w %y %p %I", st))
print(time.strftime("%%|%c|%x|%X|%D|%T|%e|%C|%g|%G|%V|%u|%h|%n|%t|%R", st))
fixed = (2024, 2, 29, 13, 5, 9, 3, 60, 0)
print(time.strftime("%A %B %d %Y", fixed), time.asctime(fixed), time.struct_time(fixed), time.struct_time(fixed).tm_mday)
parsed = time.strptime("2024-02-29 13:05:09", "%Y-%m-%d %H:%M:%S")
print(tuple(parsed), parsed == time.struct_time(fixed[:8] + (-1,)), calendar.timegm(parsed))
for text, fmt in [("Thu Feb 29 2024", "%a %b %d %Y"), ("12/31/99", "%m/%d/%y"), ("5 pm", "%I %p"), ("366", "%j"), ("2024 10 1", "%Y %U %w")]:
    print(text, "->", tuple(time.strptime(text, fmt))[:8])
for text, fmt in [("2024-13-01", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Y %m")]:
    try:
        time.strptime(text, fmt)
    except ValueError as e:
        print("ValueError:", e)
for bad in [(2024, 1, 1), ("a",) * 9]:
    try:
        time.strftime("%Y", bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print("TypeError:", e)
print(calendar.timegm((2000, 1, 1, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0, 0, 0)))
print(type(time.time()).__name__, type(time.monotonic_ns()).__name__, time.get_clock_info("monotonic").monotonic, time.perf_counter() >= 0)
print(time.gmtime(0.999).tm_sec, time.gmtime(-0.5).tm_sec, tuple(time.gmtime(1e9))[:6])
print(calendar.month(2024, 2), calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 2, 29), calendar.day_name[3])
