# Slice assignment and deletion on lists: steps, negative indices, growth, self-assignment, errors.
base = list(range(10))
def show(label, f):
    lst = base.copy()
    try:
        f(lst)
        print(label, lst)
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)

def a1(l): l[2:5] = ["a", "b"]
def a2(l): l[2:2] = "xyz"
def a3(l): l[-3:] = []
def a4(l): l[::2] = "ABCDE"
def a5(l): l[::-3] = [None] * 4
def a6(l): l[8:2] = [99]
def a7(l): l[:] = l
def a8(l): l[1:3] = l
def a9(l): l[::2] = l[1::2]
def a10(l): l[100:] = [100]
def a11(l): l[-100:1] = ["front"]
def a12(l): l[::2] = [1, 2]
def a13(l): l[1:2] = 5
def a14(l): l[::-1] = range(10)
def a15(l): l[5:1:-1] = "wxyz"
def a16(l): l["a":] = []
def a17(l): l[::0] = []
def a18(l): l[1::2] = (x for x in "abcde")
def d1(l): del l[::2]
def d2(l): del l[::-3]
def d3(l): del l[2:-2]
def d4(l): del l[5:2]
def d5(l): del l[:]
def d6(l): del l[-1]
def d7(l): del l[10]
def d8(l): del l[1.5]
def d9(l): del l[::0]
for name, f in list(globals().items()):
    if name[0] in "ad" and name[1:].isdigit():
        show(name, f)
m = [1, 2, 3]
m[1:1] = m
print(m)
n = [[0]] * 3
n[0][0] = 5
n[1:2] = [[7]]
print(n)
s = [1, 2, 3, 4]
s[1:3], s[0] = [9], 8
print(s)
t = list("abcdef")
t[-2:], t[:2] = t[:2], t[-2:]
print(t)
big = list(range(20))
del big[3:17:4]
big[::5] = [-1] * len(big[::5])
print(big, len(big))
