def traffic():
    state = "red"
    while True:
        cmd = yield state
        if cmd == "stop":
            return "stopped at " + state
        if state == "red":
            state = "green"
        elif state == "green":
            state = "yellow"
        else:
            state = "red"

t = traffic()
print(next(t))
for _ in range(4):
    print(t.send("go"))
try:
    t.send("stop")
except StopIteration as e:
    print(e.value)
