import dis


def add(a, b=1):
    total = a + b
    if total > 10:
        return "big"
    return total


dis.dis(add)
for ins in list(dis.get_instructions(add))[:6]:
    print(ins.opname, ins.arg, ins.argrepr, ins.offset, ins.starts_line, ins.line_number)
print(dis.code_info(add).splitlines()[:8])
print(list(dis.findlinestarts(add.__code__))[:5])
bc = dis.Bytecode("x = [i * 2 for i in range(3)]")
print([i.opname for i in bc][:12])
print(dis.opname[dis.opmap["LOAD_FAST"]], dis.HAVE_ARGUMENT, dis.cmp_op)
