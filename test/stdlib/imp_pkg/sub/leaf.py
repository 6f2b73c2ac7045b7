VALUE = "leaf!"
from .. import sub
from . import sibling
from ..sub.sibling import NAME
print("loading", __name__, __package__, sub.__name__, NAME)
