import sys

def loop(n):
    s = 0
    for i in range(n):
        if i % 2:
            s += i
        else:
            s -= 1
    return s

def caller():
    r = []
    for k in range(3):
        r.append(loop(k + 2))
    return r

print(caller())
sys.monitoring.restart_events()
print(caller())
sys.monitoring.restart_events()
print(loop(5))
