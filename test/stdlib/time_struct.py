# time: gmtime/struct_time, asctime, strftime (musl's directives), mktime/localtime round trip,
# clock types, sleep and the errors. Host-dependent values (clocks, the local zone) are not printed.
import time

def t(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for s in [0, -1.5, 1.9, 86399, 951782400, 1700000000, 2 ** 31, -2 ** 31, 253402300799, -2208988800, 4102444800]:
    g = time.gmtime(s)
    print(s, g, g.tm_zone, g.tm_gmtoff, time.asctime(g))
t(time.gmtime, 1e20); t(time.gmtime, float("nan")); t(time.gmtime, "x"); t(time.gmtime, 2 ** 70); t(time.gmtime, 1, 2)
g = time.gmtime(1700000000)
print(len(g), g[0], g[-1], g[:3], g[::4], isinstance(g, tuple), type(g).__mro__, list(g) == [2023, 11, 14, 22, 13, 20, 1, 318, 0])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields, g == tuple(g), hash(g) == hash(tuple(g)))
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_min, g.tm_sec, g.tm_wday, g.tm_yday, g.tm_isdst)
try:
    g.tm_year = 5
except AttributeError as e:
    print("AttributeError", e)
t(time.struct_time, (1, 2, 3)); t(time.struct_time, range(9)); t(time.struct_time, range(11)); t(time.struct_time, range(12)); t(time.struct_time, 5)
s11 = time.struct_time(list(range(9)) + ["ZZ", 3600])
print(s11, s11.tm_zone, s11.tm_gmtoff, time.struct_time(range(9)).tm_zone)

t(time.asctime, (2024, 2, 30, 1, 2, 3, 0, 1, 0)); t(time.asctime, (2024, 13, 1, 1, 2, 3, 0, 1, 0)); t(time.asctime, (1, 2, 3)); t(time.asctime, "x")
t(time.asctime, (2024, 0, 0, 0, 0, 0, 0, 0, 0)); t(time.asctime, (2024, 1, 1, 24, 0, 0, 0, 1, 0)); t(time.asctime, (2024, 1, 1, 0, 60, 0, 0, 1, 0))
t(time.asctime, (2024, 1, 32, 0, 0, 0, 0, 1, 0)); t(time.asctime, (2024, 1, 1, 0, 0, 0, -3, 1, 0)); t(time.asctime, (2024, 1, 1, 0, 0, 0, 0, 367, 0))
t(time.asctime, (2024, 1, 1, 0, 0, 0, 0, 1.5, 0))

fmt = "%Y-%m-%d %H:%M:%S %a %A %b %B %c %x %X %j %U %W %w %y %p %I %Z %z %% %e %G %g %V %u %C %D %F %T %R %h %r"
for s in [0, 1700000000, 1703980800, 1704067200, 1609459200, 1230768000, 1136073600, 951782400 + 43200]:
    print(time.strftime(fmt, time.gmtime(s)))
t(time.strftime, "%k"); t(time.strftime, "%q", g); t(time.strftime, "%", g); t(time.strftime, "abc%", g); t(time.strftime, "plain", g)
t(time.strftime, "%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)); t(time.strftime, 5); t(time.strftime, "%Y", (1,)); t(time.strftime)
t(time.strftime, "%Y %j %m %d", (2024, 0, 0, 0, 0, 0, 0, 0, 0)); t(time.strftime, "%a", (2024, 1, 1, 0, 0, 0, 7, 1, 0))
t(time.strftime, "%S", (2024, 1, 1, 0, 0, 61, 0, 1, 0)); t(time.strftime, "%S", (2024, 1, 1, 0, 0, 62, 0, 1, 0))
t(time.strftime, "%Y %y %C %G", (5, 1, 1, 0, 0, 0, 0, 1, 0)); t(time.strftime, "%Y", (12345, 1, 1, 0, 0, 0, 0, 1, 0))
t(time.strftime, "%H %I %p", (2024, 1, 1, 0, 0, 0, 0, 1, 0)); t(time.strftime, "%H %I %p", (2024, 1, 1, 12, 0, 0, 0, 1, 0)); t(time.strftime, "%EY %Od", g)

t(time.sleep, -1); t(time.sleep, "x"); t(time.sleep, float("nan")); t(time.sleep, 0); t(time.sleep); t(time.sleep, 0.001)
print(type(time.time()), type(time.time_ns()), type(time.monotonic()), type(time.monotonic_ns()), type(time.perf_counter()),
      type(time.perf_counter_ns()), type(time.process_time()), type(time.process_time_ns()))
a = time.monotonic_ns(); b = time.monotonic_ns(); print(b >= a, time.time() > 1.7e9)
t(time.time, 1)
info = time.get_clock_info("monotonic")
print(info.monotonic, info.adjustable, type(info.resolution), type(info.implementation))
t(time.get_clock_info, "foo")
lt = time.localtime(1700000000)
print(time.mktime(lt), type(lt.tm_zone), type(time.timezone), type(time.tzname), len(time.tzname), time.daylight in (0, 1))
t(time.mktime, (1, 2)); t(time.mktime, "x")
print(time.ctime(1700000000) == time.asctime(time.localtime(1700000000)))
