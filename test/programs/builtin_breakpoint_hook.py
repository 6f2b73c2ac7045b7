import sys, os
print(breakpoint)
print(sys.breakpointhook is sys.__breakpointhook__)
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
def hook(*a, **k):
    print("hook", a, sorted(k.items()))
    return 42
sys.breakpointhook = hook
print(breakpoint(1, 2, x=3))
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = 'nosuch.mod.thing'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'len'
try:
    breakpoint()
except TypeError as e:
    print(e)
print(breakpoint([1,2,3]))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print(breakpoint('a', 'b'))
os.environ['PYTHONBREAKPOINT'] = 'os.nope'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = '.x'
print(breakpoint())
del os.environ['PYTHONBREAKPOINT']
print(os.environ.get('PYTHONBREAKPOINT'))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print(e)
