# help(): the site builtin that hands its argument to pydoc (non-interactive: the plain pager
# writes the rendered text to sys.stdout)
print(repr(help))
print(type(help).__name__, type(help).__module__)


def area(width, height=2, *, unit="m"):
    """Return the area of a rectangle.

    The unit is only used for display."""
    return width * height


class Shape:
    """A shape with a name."""

    sides = 0

    def __init__(self, name):
        self.name = name

    def describe(self, verbose=False):
        """Say what this shape is."""
        return f"{self.name} with {self.sides} sides"

    @property
    def label(self):
        """The upper-cased name."""
        return self.name.upper()

    @staticmethod
    def unit():
        return "m"

    @classmethod
    def square(cls):
        """Make a square."""
        return cls("square")


class Triangle(Shape):
    sides = 3


def undocumented(a, b, /, c, *args, **kwargs):
    pass


help(area)
help(undocumented)
help(lambda x, y=3: x)
help(Shape.describe)
help(Shape.square)
help(Triangle.describe)
import pydoc
text = pydoc.render_doc(area, renderer=pydoc.plaintext)
print(text.splitlines()[0])
print(pydoc.plaintext.document(Shape.square).rstrip())
print(pydoc.describe(Shape), pydoc.describe(area), pydoc.describe(Shape.label))
print(pydoc.getdoc(Shape.describe), pydoc.getdoc(Triangle))
print(pydoc.splitdoc(area.__doc__))
print(pydoc.classname(Triangle, "__main__"), pydoc.isdata(3), pydoc.isdata(area))
help(Shape.label)
help(Shape.unit)
