# A wide exception group (more than 15 members) with nested groups and chained members, uncaught


def check(i):
    if i % 5 == 0:
        try:
            raise KeyError(i)
        except KeyError as e:
            raise ValueError(f"item {i} missing") from e
    if i % 7 == 0:
        raise ExceptionGroup(f"sub {i}", [TypeError(f"t{i}"), OSError(f"o{i}")])
    raise RuntimeError(f"item {i} failed")


def run_all(n):
    errors = []
    for i in range(1, n + 1):
        try:
            check(i)
        except Exception as e:
            errors.append(e)
    return errors


errs = run_all(18)
print(len(errs), [type(e).__name__ for e in errs[:8]])
group = ExceptionGroup("batch failed", errs)
print(repr(group.subgroup(ExceptionGroup)))
raise group
