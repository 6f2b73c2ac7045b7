# dis over small functions: dis.dis, get_instructions, Bytecode (iteration, info, dis), code_info,
# show_code, findlinestarts, stack_effect, opname/opmap. tspy's bytecode is CPython 3.14's shape.
import dis
import io
import re
import sys


def clean(text):
    # code objects' addresses are arbitrary
    return re.sub(r" at 0x[0-9a-f]+", " at 0x?", text)


def D(x):
    buf = io.StringIO()
    dis.dis(x, file=buf)
    print(clean(buf.getvalue()), end="")


def add(a, b):
    return a + b


def branch(x):
    if x > 0:
        return "pos"
    elif x < 0:
        return "neg"
    return "zero"


def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total


def calls(s):
    return len(s), s.upper(), print(s, end="")


def attrs(o):
    o.x = o.y
    return o.z


def subscr(d, k):
    d[k] = d.get(k, 0) + 1
    return d[k]


def defaults(a, b=2, *args, c, d=4, **kw):
    return a


def while_loop(n):
    while n > 0:
        n -= 1
    return n


def comparisons(a, b):
    return a == b, a is b, a in b, a is not None


def unpack(t):
    a, b = t
    x, *rest = t
    return a, b, x, rest


def closure():
    v = 1
    def inner():
        return v
    return inner


def fstr(x):
    return f"x={x!r:>4}"


def boolops(a, b):
    return a and b or not a


def globals_and_builtins():
    return len(dis.opname)


for f in [add, branch, loop, calls, attrs, subscr, defaults, while_loop, comparisons, unpack, closure, fstr,
          boolops, globals_and_builtins]:
    print("=" * 8, f.__name__)
    D(f)

print("=" * 8, "get_instructions")
for ins in dis.get_instructions(branch):
    print(ins.opname, ins.opcode == dis.opmap[ins.opname], ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset,
          ins.start_offset, ins.starts_line, ins.line_number, ins.is_jump_target, ins.jump_target, ins.cache_info is None)
print([(i.opname, i.positions.lineno, i.positions.col_offset, i.positions.end_col_offset) for i in dis.get_instructions(add)])

print("=" * 8, "Bytecode")
bc = dis.Bytecode(loop)
print([i.opname for i in bc])
print(bc.codeobj is loop.__code__, bc.first_line == loop.__code__.co_firstlineno)
print(clean(bc.dis()))
print(bc.info())
print(repr(bc)[:17])
out = io.StringIO()
dis.dis(add, file=out)
print(out.getvalue() == dis.Bytecode(add).dis())

print("=" * 8, "code_info")
print(dis.code_info(defaults))
print(clean(dis.code_info(closure)))
dis.show_code(add)
print(dis.pretty_flags(defaults.__code__.co_flags), dis.pretty_flags(closure.__code__.co_flags))

print("=" * 8, "lines")
print(list(dis.findlinestarts(branch.__code__)))
print(dis.findlabels(loop.__code__.co_code))
print([(o, dis.stack_effect(dis.opmap[o], 1)) for o in ["POP_TOP", "BUILD_LIST", "LOAD_CONST"]])
print(dis.stack_effect(dis.opmap["NOP"]), dis.stack_effect(dis.opmap["FOR_ITER"], 1, jump=True))
print(dis.hasjrel[:3] if dis.hasjrel else [], len(dis.hasconst) > 0, "LOAD_GLOBAL" in [dis.opname[o] for o in dis.hasname])

print("=" * 8, "source strings")
D("x = 1 + 2")
D("def g(a):\n    return a * 2\n")
D(compile("y = [1, 2]\nprint(y)", "<s>", "exec"))
