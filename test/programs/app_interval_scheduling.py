# Intervals: merging, intersections, free slots and a greedy meeting-room allocation


def merge(intervals):
    out = []
    for start, end in sorted(intervals):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [tuple(i) for i in out]


def intersect(a, b):
    i = j = 0
    out = []
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def free_slots(busy, day=(9 * 60, 17 * 60), min_len=30):
    slots, cursor = [], day[0]
    for start, end in merge(busy):
        if start - cursor >= min_len:
            slots.append((cursor, start))
        cursor = max(cursor, end)
    if day[1] - cursor >= min_len:
        slots.append((cursor, day[1]))
    return slots


def rooms_needed(meetings):
    events = sorted([(s, 1) for s, _ in meetings] + [(e, -1) for _, e in meetings])
    current = peak = 0
    for _, delta in events:
        current += delta
        peak = max(peak, current)
    return peak


def hhmm(minutes):
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


alice = [(540, 600), (570, 660), (720, 780), (900, 960)]
bob = [(510, 570), (600, 630), (700, 900)]
print(merge(alice), merge(bob))
print(intersect(merge(alice), merge(bob)))
both = merge(alice + bob)
print([f"{hhmm(s)}-{hhmm(e)}" for s, e in free_slots(both)])
print([f"{hhmm(s)}-{hhmm(e)}" for s, e in free_slots(alice, min_len=60)])
meetings = [(0, 30), (5, 10), (15, 20), (25, 40), (35, 50), (45, 60)]
print(rooms_needed(meetings), rooms_needed([]), rooms_needed([(1, 2), (2, 3)]))
print(merge([]), merge([(1, 1)]), merge([(5, 6), (1, 10), (2, 3)]), sum(e - s for s, e in both))
