# A condition and a logpoint at module level run in the module's namespace and add nothing to it.
limit = 3
total = 0
for n in range(limit):
    total += n
print(sorted(k for k in globals() if not k.startswith("__") or "debug" in k))
