import opcode
print(len(opcode.opmap), opcode.opmap["LOAD_CONST"], opcode.opname[opcode.opmap["RETURN_VALUE"]])
print(opcode.hasconst, opcode.hasname[:8], opcode.hasjump[:8])
print(opcode.haslocal[:8], opcode.hasfree, opcode.hasexc)
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, opcode.cmp_op)
for name in ["LOAD_CONST", "POP_TOP", "BUILD_LIST", "CALL", "FOR_ITER", "JUMP_FORWARD", "BINARY_OP", "UNPACK_SEQUENCE", "MAKE_FUNCTION", "RETURN_VALUE"]:
    op = opcode.opmap[name]
    if op >= opcode.HAVE_ARGUMENT:
        print(name, opcode.stack_effect(op, 3), opcode.stack_effect(op, 3, jump=True), opcode.stack_effect(op, 3, jump=False))
    else:
        print(name, opcode.stack_effect(op))
for bad in [(opcode.opmap["POP_TOP"], 1), (opcode.opmap["LOAD_CONST"],), (300, 0)]:
    try:
        opcode.stack_effect(*bad)
    except ValueError as e:
        print("ValueError:", e)
print(opcode._nb_ops[:4], opcode._intrinsic_1_descs[:3], opcode._special_method_names)
print(sorted(opcode._inline_cache_entries.items())[:6])
