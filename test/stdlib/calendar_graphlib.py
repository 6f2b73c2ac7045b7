import calendar
import graphlib

print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.weekday(2024, 7, 4), calendar.monthrange(2023, 2))
print(calendar.monthcalendar(2024, 3)[:2], list(calendar.day_abbr), calendar.month_name[5])
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatweek([(1, 0), (2, 1), (3, 2), (0, 3), (0, 4), (0, 5), (0, 6)], 3))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)))

ts = graphlib.TopologicalSorter({"b": {"a"}, "c": {"a", "b"}, "d": {"c"}})
print(list(ts.static_order()))
ts2 = graphlib.TopologicalSorter()
ts2.add("x", "y")
ts2.add("y", "z")
ts2.prepare()
order = []
while ts2.is_active():
    ready = sorted(ts2.get_ready())
    order.append(ready)
    ts2.done(*ready)
print(order)
try:
    list(graphlib.TopologicalSorter({"a": {"b"}, "b": {"a"}}).static_order())
except graphlib.CycleError as e:
    print("CycleError:", e.args[0], sorted(set(e.args[1])))
