# Module-level comprehensions are inlined (PEP 709); generator expressions are not.
data = [1, 2, 3]
doubled = [d * 2 for d in data]
index = {v: i for i, v in enumerate(data)}
members = {m for m in data if m}
gen = (g for g in data)
nested = [[a, b] for a in data for b in data if a != b]
closures = [lambda: c for c in data]
mixed = [list(e for e in range(q)) for q in data]
iter_var_leaks_not = [leak for leak in data]
