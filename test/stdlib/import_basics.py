# The import statement's forms over modules and packages next to the program.
import sys
import _imp_helper
import _imp_helper as h2
from _imp_helper import double, COUNT as C
print(_imp_helper.double(4), double(5), C, h2 is _imp_helper)
print(_imp_helper.__name__, _imp_helper.__doc__)
print(_imp_helper.__file__.endswith("/_imp_helper.py"), _imp_helper.__package__ == "")
print(_imp_helper.__spec__.name, _imp_helper.__spec__.parent == "", _imp_helper.__spec__.has_location)
print(type(_imp_helper.__spec__).__name__, type(_imp_helper).__name__)
print("_imp_helper" in sys.modules, sys.modules["_imp_helper"] is _imp_helper)

import imp_pkg.sub.leaf
print(imp_pkg.sub.leaf.VALUE, imp_pkg.thing, imp_pkg.public)
import imp_pkg.sub.leaf as leaf
print(leaf is imp_pkg.sub.leaf, leaf.__package__, imp_pkg.__package__, imp_pkg.sub.__package__)
print([p.rsplit("/", 1)[-1] for p in imp_pkg.__path__], imp_pkg.__spec__.submodule_search_locations == imp_pkg.__path__)
from imp_pkg import sub, thing
from imp_pkg.sub import sibling
print(sub.__name__, thing, sibling.NAME)
print(sorted(k for k in sys.modules if k.startswith("imp_pkg")))

from _imp_star import NAMES
print(NAMES)

import imp_ns.part.mod
print(imp_ns.part.mod.WHERE, imp_ns.__file__ if hasattr(imp_ns, "__file__") else "no file", type(imp_ns.__path__).__name__)
print(imp_ns.__spec__.origin, imp_ns.__spec__.loader is not None)

m = __import__("imp_pkg.sub", fromlist=["sibling"])
print(m.__name__, m.sibling.NAME)
print(__import__("imp_pkg.sub").__name__)
print(__import__("imp_pkg.sub", globals(), None, [], 0).__name__)
