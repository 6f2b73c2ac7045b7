# A support module for inspect_getsource.py: inspect reads its source through linecache.
"""Helper module docstring."""

# Comment block above
# the function.
def helper(a, b=1):
    """Add."""
    return a + b


class Shape:
    """A shape."""

    # comment above area
    def area(self):
        return 0

    @staticmethod
    def make(*args):
        return Shape()

    class Inner:
        x = 1


square = lambda n: n * n

def outer():
    def inner(y):
        return y * 2
    return inner
