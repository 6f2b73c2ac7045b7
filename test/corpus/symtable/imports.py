# Imports bind names with DEF_IMPORT; `import a.b` binds `a`.
import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict, defaultdict as dd
from . import sibling
from .pkg import thing as other_thing
from .. import parent
from json import *


def local_imports():
    import sys
    import email.mime.text
    from itertools import chain as ch
    return sys, email, ch


def import_captured():
    import math

    def inner():
        return math.pi

    return inner


class ImportsInClass:
    import re
    from functools import partial

    def m(self):
        return re


def import_then_global():
    global os2
    import os as os2
