"""A module test/dap/importer.py imports: breakpoints set here verify when it loads."""
SCALE = 10


def add(a, b):
    # a comment line: a breakpoint here moves to the next line with code
    result = (a + b) * SCALE
    return result
