# Cooperative multitasking with generators: priorities, sleeping, message passing, cancellation


class Task:
    _ids = 0

    def __init__(self, name, gen, priority=0):
        Task._ids += 1
        self.id = Task._ids
        self.name = name
        self.gen = gen
        self.priority = priority
        self.wake_at = 0
        self.inbox = []
        self.result = None

    def __repr__(self):
        return f"<Task {self.id} {self.name} p{self.priority}>"


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks


class Send:
    def __init__(self, target, message):
        self.target, self.message = target, message


class Receive:
    pass


class Scheduler:
    def __init__(self):
        self.tasks = []
        self.clock = 0
        self.trace = []

    def spawn(self, name, gen, priority=0):
        task = Task(name, gen, priority)
        self.tasks.append(task)
        return task

    def by_name(self, name):
        return next(t for t in self.tasks if t.name == name)

    def runnable(self):
        ready = [t for t in self.tasks if t.wake_at <= self.clock and not (t.result == "waiting" and not t.inbox)]
        return sorted(ready, key=lambda t: (-t.priority, t.id))

    def run(self, max_ticks=50):
        while self.tasks and self.clock < max_ticks:
            ready = self.runnable()
            if not ready:
                self.clock += 1
                continue
            task = ready[0]
            value = task.inbox.pop(0) if task.result == "waiting" else None
            task.result = None
            try:
                request = task.gen.send(value)
            except StopIteration as stop:
                self.trace.append(f"t={self.clock} {task.name} done -> {stop.value!r}")
                self.tasks.remove(task)
                continue
            except Exception as e:
                self.trace.append(f"t={self.clock} {task.name} crashed: {type(e).__name__}: {e}")
                self.tasks.remove(task)
                continue
            if isinstance(request, Sleep):
                task.wake_at = self.clock + request.ticks
            elif isinstance(request, Send):
                self.by_name(request.target).inbox.append((task.name, request.message))
            elif isinstance(request, Receive):
                task.result = "waiting"
            self.clock += 1
        return self.trace


def worker(name, n, delay):
    total = 0
    for i in range(n):
        total += i
        yield Sleep(delay)
    yield Send("logger", f"{name} total {total}")
    return total


def logger():
    lines = []
    while len(lines) < 2:
        sender, msg = yield Receive()
        lines.append(f"[{sender}] {msg}")
    return lines


def crasher():
    yield Sleep(2)
    raise RuntimeError("unexpected state")


s = Scheduler()
s.spawn("logger", logger(), priority=5)
s.spawn("fast", worker("fast", 3, 1), priority=1)
s.spawn("slow", worker("slow", 2, 4))
s.spawn("crasher", crasher(), priority=2)
for line in s.run():
    print(line)
print("clock", s.clock, "remaining", s.tasks)
