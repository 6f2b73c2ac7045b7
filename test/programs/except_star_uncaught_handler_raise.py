# Exceptions raised inside except* clauses end up in a new group whose members carry their context


def load(name):
    if name.endswith(".bad"):
        raise ValueError(f"cannot parse {name}")
    if name.startswith("/missing"):
        raise FileNotFoundError(name)
    return name.upper()


def load_all(names):
    errors, done = [], []
    for n in names:
        try:
            done.append(load(n))
        except Exception as e:
            e.add_note(f"while loading {n!r}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("load failed", errors)
    return done


print(load_all(["a.txt", "b.txt"]))
try:
    load_all(["x.bad", "/missing/y"])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* OSError as eg:
    print("os errors:", [e.args for e in eg.exceptions])

try:
    load_all(["c.bad", "/missing/d", "e.txt"])
except* ValueError as eg:
    raise RuntimeError("parse stage failed") from eg
except* FileNotFoundError:
    raise KeyError("lookup stage failed")
