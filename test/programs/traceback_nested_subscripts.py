# An uncaught KeyError from nested subscripts inside a comprehension inside a function


CONFIG = {
    "servers": {
        "alpha": {"host": "10.0.0.1", "ports": [80, 443]},
        "beta": {"host": "10.0.0.2", "ports": [22]},
    },
    "defaults": {"timeout": 30},
}


def ports_of(name):
    return CONFIG["servers"][name]["ports"]


def endpoints(names):
    return [f"{CONFIG['servers'][n]['host']}:{p}" for n in names for p in ports_of(n)]


print(endpoints(["alpha", "beta"]))
print(sum(len(ports_of(n)) for n in CONFIG["servers"]), CONFIG["defaults"]["timeout"])
try:
    ports_of("gamma")
except KeyError as e:
    print("KeyError:", e, repr(e.args))
timeouts = {name: CONFIG["servers"][name].get("timeout", CONFIG["defaults"]["timeout"]) for name in CONFIG["servers"]}
print(timeouts)
print(endpoints(["beta", "gamma"]))
