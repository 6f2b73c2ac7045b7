# A syntax error in an imported module is reported as CPython reports it.
print("before")
import imp_pkg.broken
