# Names used inside f-strings and t-strings (PEP 750) are ordinary uses.
def fmt(value, width):
    return f"{value:>{width}}{[v for v in range(width)]!r}{(lambda: value)()}"


def tmpl(name, spec):
    return t"hello {name:{spec}} {[n for n in name]} {(lambda: spec)()}"


def nested_fstring(a):
    return f"{f'{a}'}"


def closure_in_fstring():
    captured = 1
    return lambda: f"{captured=}"


module_f = f"{fmt}{tmpl!s}"
module_t = t"{module_f}"
