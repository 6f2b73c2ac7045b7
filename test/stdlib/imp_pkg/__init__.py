"""A package with a relative import in its __init__."""
from .sub.leaf import VALUE as thing
__all__ = ["thing", "public"]
public = "public!"
_private = "private"
