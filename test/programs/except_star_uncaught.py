# An exception group that is not handled prints CPython's boxed traceback


def validate(item):
    if not isinstance(item, int):
        raise TypeError(f"not an int: {item!r}")
    if item < 0:
        raise ValueError(f"negative: {item}")
    return item


def validate_all(items):
    errors = []
    for item in items:
        try:
            validate(item)
        except Exception as e:
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)


def process(batches):
    for batch in batches:
        try:
            validate_all(batch)
        except* TypeError as eg:
            print("type errors:", len(eg.exceptions))


try:
    process([[1, "a", -2]])
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])

process([[1, 2], [-1, "x", None, -5]])
