# The site module's helpers in builtins: copyright and credits printers, help's repr, exit/quit

print(repr(copyright)[:40])
print(credits)
print(help)
copyright()
credits()
print(type(license).__name__, type(help).__module__, type(exit).__module__, callable(copyright))
print(str(credits) == repr(credits), copyright.__class__.__name__)
