import heapq
import sched

log = []
clock = [0.0]
def now():
    return clock[0]
def advance(t):
    clock[0] += t
s = sched.scheduler(now, advance)
for delay, prio, name in [(2, 1, "c"), (1, 2, "b"), (1, 1, "a"), (3, 1, "d")]:
    s.enter(delay, prio, log.append, (name,))
e = s.enter(5, 1, log.append, ("cancelled",))
s.cancel(e)
print([ev.argument for ev in s.queue])
s.run()
print(log, clock[0], s.empty())

class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name
    def __lt__(self, other):
        return self.prio < other.prio
tasks = [Task(3, "low"), Task(1, "high"), Task(2, "mid")]
heapq.heapify(tasks)
print([heapq.heappop(tasks).name for _ in range(3)])
print(heapq.nlargest(2, {"a": 3, "b": 9, "c": 1}.items(), key=lambda kv: kv[1]))
