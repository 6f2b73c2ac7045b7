import sys

events = []
sys.addaudithook(lambda name, args: events.append((name, args)) if name.startswith("my.") else None)
sys.audit("my.event", 1, "two")
sys.audit("other.event")
print(events)
try:
    sys.audit(3)
except TypeError as e:
    print("TypeError:", e)

def where():
    return sys._getframemodulename(), sys._getframemodulename(1)
print(where())
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
try:
    str(10 ** 1200)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.set_int_max_str_digits(5)
except ValueError as e:
    print("ValueError:", e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
print(sys.getfilesystemencoding(), sys.getfilesystemencodeerrors(), sys.is_finalizing())
print(sys.displayhook is sys.__displayhook__)
sys.displayhook(42)
sys.displayhook(None)
print(sys.thread_info.name is not None, type(sys.flags).__name__, sys.flags.optimize, sys.float_info.dig, sys.int_info.bits_per_digit)
print(sys.version_info >= (3, 14), sys.version_info.major, sys.version_info[:2], sys.implementation.version.minor)
print(sys.maxunicode, sys.byteorder)

