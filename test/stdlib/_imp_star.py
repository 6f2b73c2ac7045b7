from imp_pkg import *
NAMES = sorted(k for k in dir() if not k.startswith("__"))
