# imports: plain, dotted, aliases, relative with many dots, parenthesized, conditional
from __future__ import annotations
import os
import os.path
import os.path as osp
import a, b.c, d.e.f as g
import a as b, c as d
from os import path
from os import path as p, sep as s
from os import (path, sep)
from os import (path, sep,)
from os import (
    path,  # comment
    sep as separator,
)
from os import *
from . import x
from . import (a, b,)
from .. import y
from ... import z
from .... import w
from ..... import v
from ...... import u
from .mod import a
from ..mod.sub import b as c
from ...pkg.mod import (d, e)
from .... import (f as g, h)
from ....mod import i
from . mod import j
from .. . mod import k
from .   .. import l
from ...... mod . sub import m
try:
    import json
except ImportError:
    json = None
if sys.version_info >= (3, 14):
    from typing import TypeVar
else:
    from typing_extensions import TypeVar
def f():
    import inner
    from . import rel
