// Generates src/interp/compile/opcodes.ts: the one opcode table of CPython 3.14 that drives tspy's
// compiler (stack effects), disassembler (dis-style argument rendering), eval loop (numbers, inline
// caches, popped/pushed counts) and PEP 669 instrumentation (INSTRUMENTED_* twins and their events).
//
// Where the facts come from:
// - Asked of CPython at generation time (pyodide, CPython 3.14 in WebAssembly): every opcode's number
//   and name (opcode.opmap, _specialized_opmap), has_arg and the has_* flags (_opcode), inline cache
//   sizes and layouts (opcode._inline_cache_entries / _cache_format), jump direction (dis), the tables
//   dis prints arguments from (BINARY_OP, intrinsics, LOAD_SPECIAL, LOAD_COMMON_CONSTANT,
//   CONVERT_VALUE, SET_FUNCTION_ATTRIBUTE, COMPARE_OP) and the COMPARE_OP masks the compiler emits.
// - Restated below by hand (CPython does not expose them to Python): the popped -> pushed counts of
//   each instruction (Python/bytecodes.c stack comments; pycore_opcode_metadata.h _PyOpcode_num_popped
//   / _num_pushed), the monitoring event of each INSTRUMENTED_* twin (Python/instrumentation.c
//   EVENT_FOR_OPCODE) and what each pseudo-opcode lowers to (bytecodes.c `pseudo(...)` declarations).
//   The generator refuses to write a table whose pushed - popped differs from _opcode.stack_effect;
//   test/opcodes.test.ts checks the rest (twins and events by really instrumenting code in CPython).
//
// Run: node scripts/gen-opcodes.mjs           (rewrites the file)
//      node scripts/gen-opcodes.mjs --check   (exit 1 if the committed file is stale)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const PYODIDE_VERSION = require("pyodide/package.json").version;
const TARGET = fileURLToPath(new URL("../src/interp/compile/opcodes.ts", import.meta.url));

// ---------------------------------------------------------------------------------------------------
// Stack effects: "popped -> pushed", JS expressions in `oparg`. Every real, instrumented and pseudo
// opcode of 3.14 must be listed (the generator checks the set against CPython's opmap).
const STACK = {
  // real, no argument
  CACHE: "0 -> 0",
  BINARY_SLICE: "3 -> 1", // container, start, stop -- res
  BUILD_TEMPLATE: "2 -> 1", // strings, interpolations -- template
  CALL_FUNCTION_EX: "4 -> 1", // func, self_or_null, callargs, kwargs_or_null -- result
  CHECK_EG_MATCH: "2 -> 2", // exc_value, match_type -- rest, match
  CHECK_EXC_MATCH: "2 -> 2", // left, right -- left, b
  CLEANUP_THROW: "3 -> 2", // sub_iter, last_sent_val, exc_value -- none, value
  DELETE_SUBSCR: "2 -> 0",
  END_FOR: "1 -> 0",
  END_SEND: "2 -> 1", // receiver, value -- val
  EXIT_INIT_CHECK: "1 -> 0",
  FORMAT_SIMPLE: "1 -> 1",
  FORMAT_WITH_SPEC: "2 -> 1",
  GET_AITER: "1 -> 1",
  GET_ANEXT: "1 -> 2", // aiter -- aiter, awaitable
  GET_ITER: "1 -> 1",
  RESERVED: "0 -> 0",
  GET_LEN: "1 -> 2", // obj -- obj, len
  GET_YIELD_FROM_ITER: "1 -> 1",
  INTERPRETER_EXIT: "1 -> 0",
  LOAD_BUILD_CLASS: "0 -> 1",
  LOAD_LOCALS: "0 -> 1",
  MAKE_FUNCTION: "1 -> 1", // codeobj -- func
  MATCH_KEYS: "2 -> 3", // subject, keys -- subject, keys, values_or_none
  MATCH_MAPPING: "1 -> 2",
  MATCH_SEQUENCE: "1 -> 2",
  NOP: "0 -> 0",
  NOT_TAKEN: "0 -> 0",
  POP_EXCEPT: "1 -> 0",
  POP_ITER: "1 -> 0",
  POP_TOP: "1 -> 0",
  PUSH_EXC_INFO: "1 -> 2", // exc -- prev_exc, new_exc
  PUSH_NULL: "0 -> 1",
  RETURN_GENERATOR: "0 -> 1",
  RETURN_VALUE: "1 -> 1", // retval -- res (the result is consumed by the caller's frame)
  SETUP_ANNOTATIONS: "0 -> 0",
  STORE_SLICE: "4 -> 0",
  STORE_SUBSCR: "3 -> 0", // v, container, sub --
  TO_BOOL: "1 -> 1",
  UNARY_INVERT: "1 -> 1",
  UNARY_NEGATIVE: "1 -> 1",
  UNARY_NOT: "1 -> 1",
  WITH_EXCEPT_START: "5 -> 6", // exit_func, exit_self, lasti, prev_exc, val -- ..., res
  // real, with argument
  BINARY_OP: "2 -> 1",
  BUILD_INTERPOLATION: "2 + (oparg & 1) -> 1", // value, str, format[oparg & 1] -- interpolation
  BUILD_LIST: "oparg -> 1",
  BUILD_MAP: "oparg * 2 -> 1",
  BUILD_SET: "oparg -> 1",
  BUILD_SLICE: "oparg -> 1",
  BUILD_STRING: "oparg -> 1",
  BUILD_TUPLE: "oparg -> 1",
  CALL: "2 + oparg -> 1", // callable, self_or_null, args[oparg] -- res
  CALL_INTRINSIC_1: "1 -> 1",
  CALL_INTRINSIC_2: "2 -> 1",
  CALL_KW: "3 + oparg -> 1", // callable, self_or_null, args[oparg], kwnames -- res
  COMPARE_OP: "2 -> 1",
  CONTAINS_OP: "2 -> 1",
  CONVERT_VALUE: "1 -> 1",
  COPY: "1 + (oparg - 1) -> 2 + (oparg - 1)", // bottom, unused[oparg-1] -- bottom, unused[oparg-1], top
  COPY_FREE_VARS: "0 -> 0",
  DELETE_ATTR: "1 -> 0",
  DELETE_DEREF: "0 -> 0",
  DELETE_FAST: "0 -> 0",
  DELETE_GLOBAL: "0 -> 0",
  DELETE_NAME: "0 -> 0",
  DICT_MERGE: "5 + (oparg - 1) -> 4 + (oparg - 1)", // callable, unused, unused, dict, unused[oparg-1], update
  DICT_UPDATE: "2 + (oparg - 1) -> 1 + (oparg - 1)",
  END_ASYNC_FOR: "2 -> 0", // awaitable, exc --
  EXTENDED_ARG: "0 -> 0",
  FOR_ITER: "1 -> 2", // iter -- iter, next
  GET_AWAITABLE: "1 -> 1",
  IMPORT_FROM: "1 -> 2", // from -- from, res
  IMPORT_NAME: "2 -> 1", // level, fromlist -- res
  IS_OP: "2 -> 1",
  JUMP_BACKWARD: "0 -> 0",
  JUMP_BACKWARD_NO_INTERRUPT: "0 -> 0",
  JUMP_FORWARD: "0 -> 0",
  LIST_APPEND: "2 + (oparg - 1) -> 1 + (oparg - 1)", // list, unused[oparg-1], v -- list, unused[oparg-1]
  LIST_EXTEND: "2 + (oparg - 1) -> 1 + (oparg - 1)",
  LOAD_ATTR: "1 -> 1 + (oparg & 1)", // owner -- attr, self_or_null[oparg & 1]
  LOAD_COMMON_CONSTANT: "0 -> 1",
  LOAD_CONST: "0 -> 1",
  LOAD_DEREF: "0 -> 1",
  LOAD_FAST: "0 -> 1",
  LOAD_FAST_AND_CLEAR: "0 -> 1",
  LOAD_FAST_BORROW: "0 -> 1",
  LOAD_FAST_BORROW_LOAD_FAST_BORROW: "0 -> 2",
  LOAD_FAST_CHECK: "0 -> 1",
  LOAD_FAST_LOAD_FAST: "0 -> 2",
  LOAD_FROM_DICT_OR_DEREF: "1 -> 1",
  LOAD_FROM_DICT_OR_GLOBALS: "1 -> 1",
  LOAD_GLOBAL: "0 -> 1 + (oparg & 1)", // -- res, null[oparg & 1]
  LOAD_NAME: "0 -> 1",
  LOAD_SMALL_INT: "0 -> 1",
  LOAD_SPECIAL: "1 -> 2", // self -- method, self_or_null
  LOAD_SUPER_ATTR: "3 -> 1 + (oparg & 1)", // global_super, class, self -- attr, null[oparg & 1]
  MAKE_CELL: "0 -> 0",
  MAP_ADD: "3 + (oparg - 1) -> 1 + (oparg - 1)", // dict, unused[oparg-1], key, value -- dict, unused[oparg-1]
  MATCH_CLASS: "3 -> 1", // subject, type, names -- attrs
  POP_JUMP_IF_FALSE: "1 -> 0",
  POP_JUMP_IF_NONE: "1 -> 0",
  POP_JUMP_IF_NOT_NONE: "1 -> 0",
  POP_JUMP_IF_TRUE: "1 -> 0",
  RAISE_VARARGS: "oparg -> 0",
  RERAISE: "1 + oparg -> oparg", // values[oparg], exc -- values[oparg]
  SEND: "2 -> 2", // receiver, v -- receiver, retval
  SET_ADD: "2 + (oparg - 1) -> 1 + (oparg - 1)",
  SET_FUNCTION_ATTRIBUTE: "2 -> 1", // attr, func -- func
  SET_UPDATE: "2 + (oparg - 1) -> 1 + (oparg - 1)",
  STORE_ATTR: "2 -> 0", // v, owner --
  STORE_DEREF: "1 -> 0",
  STORE_FAST: "1 -> 0",
  STORE_FAST_LOAD_FAST: "1 -> 1",
  STORE_FAST_STORE_FAST: "2 -> 0",
  STORE_GLOBAL: "1 -> 0",
  STORE_NAME: "1 -> 0",
  SWAP: "2 + (oparg - 2) -> 2 + (oparg - 2)",
  UNPACK_EX: "1 -> 1 + (oparg & 0xFF) + (oparg >> 8)", // seq -- left[oparg & 0xFF], list, right[oparg >> 8]
  UNPACK_SEQUENCE: "1 -> oparg",
  YIELD_VALUE: "1 -> 1", // retval -- value (the value sent in)
  RESUME: "0 -> 0",
  ENTER_EXECUTOR: "0 -> 0",
  // instrumented (same net effect as the base instruction)
  INSTRUMENTED_END_FOR: "2 -> 1", // receiver, value -- receiver (peeks at the iterator, unlike END_FOR)
  INSTRUMENTED_POP_ITER: "1 -> 0",
  INSTRUMENTED_END_SEND: "2 -> 1",
  INSTRUMENTED_FOR_ITER: "1 -> 2",
  INSTRUMENTED_INSTRUCTION: "0 -> 0",
  INSTRUMENTED_JUMP_FORWARD: "0 -> 0",
  INSTRUMENTED_NOT_TAKEN: "0 -> 0",
  INSTRUMENTED_POP_JUMP_IF_TRUE: "1 -> 0",
  INSTRUMENTED_POP_JUMP_IF_FALSE: "1 -> 0",
  INSTRUMENTED_POP_JUMP_IF_NONE: "1 -> 0",
  INSTRUMENTED_POP_JUMP_IF_NOT_NONE: "1 -> 0",
  INSTRUMENTED_RESUME: "0 -> 0",
  INSTRUMENTED_RETURN_VALUE: "1 -> 1",
  INSTRUMENTED_YIELD_VALUE: "1 -> 1",
  INSTRUMENTED_END_ASYNC_FOR: "2 -> 0",
  INSTRUMENTED_LOAD_SUPER_ATTR: "3 -> 1 + (oparg & 1)",
  INSTRUMENTED_CALL: "2 + oparg -> 1",
  INSTRUMENTED_CALL_KW: "3 + oparg -> 1",
  INSTRUMENTED_CALL_FUNCTION_EX: "4 -> 1",
  INSTRUMENTED_JUMP_BACKWARD: "0 -> 0",
  INSTRUMENTED_LINE: "0 -> 0",
  // pseudo
  ANNOTATIONS_PLACEHOLDER: "0 -> 0",
  JUMP: "0 -> 0",
  JUMP_IF_FALSE: "1 -> 1", // cond -- cond (jumps without popping)
  JUMP_IF_TRUE: "1 -> 1",
  JUMP_NO_INTERRUPT: "0 -> 0",
  LOAD_CLOSURE: "0 -> 1",
  POP_BLOCK: "0 -> 0",
  SETUP_CLEANUP: "0 -> 2", // pushes lasti, exc on the exception edge only
  SETUP_FINALLY: "0 -> 1", // pushes exc on the exception edge only
  SETUP_WITH: "0 -> 1",
  STORE_FAST_MAYBE_NULL: "1 -> 0",
};

// Pseudo-opcodes whose pushes happen only when the "jump" (exception edge) is taken.
// CPython: Include/internal/pycore_opcode_utils.h IS_BLOCK_PUSH_OPCODE.
const BLOCK_PUSH = new Set(["SETUP_FINALLY", "SETUP_CLEANUP", "SETUP_WITH"]);

// What the assembler turns each pseudo-opcode into. CPython: Python/bytecodes.c pseudo(...) targets;
// Python/flowgraph.c convert_pseudo_ops / normalize_jumps.
const LOWERS_TO = {
  ANNOTATIONS_PLACEHOLDER: ["NOP"],
  JUMP: ["JUMP_FORWARD", "JUMP_BACKWARD"],
  JUMP_NO_INTERRUPT: ["JUMP_FORWARD", "JUMP_BACKWARD_NO_INTERRUPT"],
  JUMP_IF_FALSE: ["COPY", "TO_BOOL", "POP_JUMP_IF_FALSE"],
  JUMP_IF_TRUE: ["COPY", "TO_BOOL", "POP_JUMP_IF_TRUE"],
  LOAD_CLOSURE: ["LOAD_FAST"],
  POP_BLOCK: ["NOP"],
  SETUP_CLEANUP: ["NOP"],
  SETUP_FINALLY: ["NOP"],
  SETUP_WITH: ["NOP"],
  STORE_FAST_MAYBE_NULL: ["STORE_FAST"],
};

// The sys.monitoring event(s) for which instrumentation swaps in each INSTRUMENTED_* opcode.
// CPython: Python/instrumentation.c EVENT_FOR_OPCODE (RESUME serves PY_START and PY_RESUME).
const EVENTS = {
  INSTRUMENTED_RESUME: ["PY_START", "PY_RESUME"],
  INSTRUMENTED_RETURN_VALUE: ["PY_RETURN"],
  INSTRUMENTED_YIELD_VALUE: ["PY_YIELD"],
  INSTRUMENTED_CALL: ["CALL"],
  INSTRUMENTED_CALL_KW: ["CALL"],
  INSTRUMENTED_CALL_FUNCTION_EX: ["CALL"],
  INSTRUMENTED_LOAD_SUPER_ATTR: ["CALL"],
  INSTRUMENTED_JUMP_FORWARD: ["JUMP"],
  INSTRUMENTED_JUMP_BACKWARD: ["JUMP"],
  INSTRUMENTED_FOR_ITER: ["BRANCH_LEFT"],
  INSTRUMENTED_NOT_TAKEN: ["BRANCH_LEFT"],
  INSTRUMENTED_POP_JUMP_IF_TRUE: ["BRANCH_RIGHT"],
  INSTRUMENTED_POP_JUMP_IF_FALSE: ["BRANCH_RIGHT"],
  INSTRUMENTED_POP_JUMP_IF_NONE: ["BRANCH_RIGHT"],
  INSTRUMENTED_POP_JUMP_IF_NOT_NONE: ["BRANCH_RIGHT"],
  INSTRUMENTED_POP_ITER: ["BRANCH_RIGHT"],
  INSTRUMENTED_END_ASYNC_FOR: ["BRANCH_RIGHT"],
  INSTRUMENTED_END_FOR: ["STOP_ITERATION"],
  INSTRUMENTED_END_SEND: ["STOP_ITERATION"],
  INSTRUMENTED_LINE: ["LINE"],
  INSTRUMENTED_INSTRUCTION: ["INSTRUCTION"],
};

// ---------------------------------------------------------------------------------------------------
// Facts asked of CPython.
const FACTS_PY = String.raw`
import json, sys, _opcode, opcode, dis

opmap = opcode.opmap
spec = opcode._specialized_opmap
deopt = {s: base for base, fam in opcode._specializations.items() for s in fam}
FLAGS = ("const", "name", "jump", "free", "local", "exc")
PAIRS = {opmap[n] for n in ("LOAD_FAST_LOAD_FAST", "LOAD_FAST_BORROW_LOAD_FAST_BORROW",
                            "STORE_FAST_LOAD_FAST", "STORE_FAST_STORE_FAST")}
BY_OP = {"CONVERT_VALUE": "convert", "SET_FUNCTION_ATTRIBUTE": "fnAttr", "BINARY_OP": "binaryOp",
         "CALL_INTRINSIC_1": "intrinsic1", "CALL_INTRINSIC_2": "intrinsic2",
         "LOAD_COMMON_CONSTANT": "commonConstant", "LOAD_SPECIAL": "special", "IS_OP": "isOp",
         "CONTAINS_OP": "containsOp", "LOAD_GLOBAL": "global", "LOAD_ATTR": "attr",
         "LOAD_SUPER_ATTR": "superAttr"}

def arg_kind(deop):
    # The branch dis.ArgResolver.get_argval_argrepr takes for this (de-specialized) opcode.
    name = dis._all_opname[deop]
    if deop not in opcode.hasarg: return "none"
    if deop in opcode.hasconst: return "const"
    if deop in opcode.hasname: return BY_OP[name] if name in ("LOAD_GLOBAL", "LOAD_ATTR", "LOAD_SUPER_ATTR") else "name"
    if deop in opcode.hasjump or deop in opcode.hasexc: return "jump"
    if deop in PAIRS: return "localPair"
    if deop in opcode.haslocal or deop in opcode.hasfree: return "local"
    if deop in opcode.hascompare: return "compare"
    return BY_OP.get(name, "raw")

ops = []
for name, code in sorted(list(opmap.items()) + list(spec.items()), key=lambda kv: kv[1]):
    base = deopt.get(name)
    deop = opmap[base] if base else code
    ops.append(dict(
        name=name, code=code, base=base,
        hasArg=_opcode.has_arg(code), valid=_opcode.is_valid(code),
        flags=[f for f in FLAGS if getattr(_opcode, "has_" + f)(code)],
        cache=opcode._inline_cache_entries.get(name, 0),
        backward=dis._is_backward_jump(deop) if deop in opcode.hasjump else None,
        argKind=arg_kind(deop)))

OPARGS = list(range(0, 300)) + [511, 512, 1000, 4095, 65535, 65536, (1 << 24) - 1]
effects = {}
for name, code in opmap.items():
    effects[name] = [[_opcode.stack_effect(code, a, jump=j) for j in (None, True, False)] for a in OPARGS]

def reprs(opname, n=None):
    # argrepr dis prints for oparg 0, 1, ... of opname, up to the first invalid oparg.
    res = dis.ArgResolver()
    out, arg = [], 0
    while n is None or arg < n:
        try: out.append(res.get_argval_argrepr(opmap[opname], arg, 0)[1])
        except IndexError: break
        arg += 1
    return out

def masks():
    out = []
    for sym in opcode.cmp_op:
        plain = [i.arg for i in dis.get_instructions(compile("a %s b" % sym, "", "eval")) if i.opname == "COMPARE_OP"][0]
        cond = [i.arg for i in dis.get_instructions(compile("if a %s b: pass" % sym, "", "exec")) if i.opname == "COMPARE_OP"][0]
        assert plain >> 5 == opcode.cmp_op.index(sym) and cond == plain | 16, (sym, plain, cond)
        out.append(plain & 15)
    return out

json.dumps(dict(
    version=sys.version.split()[0],
    HAVE_ARGUMENT=opcode.HAVE_ARGUMENT, MIN_INSTRUMENTED_OPCODE=opcode.MIN_INSTRUMENTED_OPCODE,
    ops=ops, opargs=OPARGS, effects=effects,
    nbOps=opcode._nb_ops,
    intrinsic1=reprs("CALL_INTRINSIC_1"), intrinsic2=reprs("CALL_INTRINSIC_2"),
    special=reprs("LOAD_SPECIAL"), commonConstants=reprs("LOAD_COMMON_CONSTANT"),
    commonConstantNames=[c.__name__ for c in opcode._common_constants],
    convert=reprs("CONVERT_VALUE"), fnAttrFlags=list(dis.FUNCTION_ATTR_FLAGS),
    cmpOp=list(opcode.cmp_op), compareMasks=masks(),
    cacheFormat={k: list(v.items()) for k, v in opcode._cache_format.items()},
))
`;

async function askCPython() {
  const { loadPyodide } = await import("pyodide");
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  return JSON.parse(py.runPython(FACTS_PY));
}

// ---------------------------------------------------------------------------------------------------
function parseStack(name) {
  const s = STACK[name];
  if (!s) throw new Error(`no stack effect written down for ${name}`);
  const [pop, push] = s.split("->").map((x) => x.trim());
  return { pop, push };
}

const evalIn = (expr, oparg) => Function("oparg", `return ${expr};`)(oparg);

/** Refuse a table whose pushed - popped differs from CPython's _opcode.stack_effect anywhere. */
function checkStackEffects(facts) {
  const bad = [];
  for (const [name, rows] of Object.entries(facts.effects)) {
    const { pop, push } = parseStack(name);
    facts.opargs.forEach((oparg, i) => {
      const net = evalIn(push, oparg) - evalIn(pop, oparg);
      const want = BLOCK_PUSH.has(name) ? [net, net, 0] : [net, net, net];
      if (rows[i].some((v, j) => v !== want[j])) bad.push(`${name}(${oparg}): CPython ${rows[i]} vs ${want}`);
    });
  }
  const extra = Object.keys(STACK).filter((n) => !(n in facts.effects));
  if (extra.length) bad.push(`not opcodes of this CPython: ${extra.join(", ")}`);
  if (bad.length) throw new Error(`stack effects disagree with CPython:\n  ${bad.slice(0, 40).join("\n  ")}`);
}

const q = (s) => JSON.stringify(s);
const list = (xs) => `[${xs.map(q).join(", ")}]`;

function render(facts) {
  checkStackEffects(facts);
  const { ops } = facts;
  const byName = new Map(ops.map((o) => [o.name, o]));
  const kindOf = (o) =>
    o.base ? "specialized" : o.code >= 256 ? "pseudo" : o.code >= facts.MIN_INSTRUMENTED_OPCODE && o.code <= 254 ? "instrumented" : "real";
  const twinOf = (o) => (kindOf(o) === "real" && byName.has(`INSTRUMENTED_${o.name}`) ? byName.get(`INSTRUMENTED_${o.name}`) : undefined);
  const untwinOf = (o) => (kindOf(o) === "instrumented" ? byName.get(o.name.replace(/^INSTRUMENTED_/, "")) : undefined);
  for (const o of ops) {
    if (kindOf(o) === "instrumented" && !untwinOf(o) && !["INSTRUMENTED_LINE", "INSTRUMENTED_INSTRUCTION"].includes(o.name))
      throw new Error(`no base opcode for ${o.name}`);
    if (kindOf(o) === "instrumented" && !EVENTS[o.name]) throw new Error(`no monitoring event written down for ${o.name}`);
  }

  const FLAG_NAME = { const: "CONST", name: "NAME", jump: "JUMP", free: "FREE", local: "LOCAL", exc: "EXC" };
  const rows = ops.map((o) => {
    const kind = kindOf(o);
    const base = untwinOf(o);
    // Direction of a relative jump: from dis for real opcodes, inherited by twins and specializations.
    const dirSrc = base ?? (o.base ? byName.get(o.base) : o);
    const dir = kind === "pseudo" ? null : dirSrc.backward === null ? null : dirSrc.backward ? "backward" : "forward";
    const parts = [
      `name: ${q(o.name)}`,
      `code: ${o.code}`,
      `kind: ${q(kind)}`,
      `hasArg: ${o.hasArg}`,
      `cache: ${o.cache}`,
      `flags: ${o.flags.length ? o.flags.map((f) => `F.${FLAG_NAME[f]}`).join(" | ") : "0"}`,
      // dis renders an instrumented opcode's argument as its base opcode's.
      `argKind: ${q(base ? base.argKind : o.argKind)}`,
    ];
    if (dir) parts.push(`jump: ${q(dir)}`);
    if (kind !== "specialized") {
      const { pop, push } = parseStack(o.name);
      parts.push(`stack: ${q(`${pop} -> ${push}`)}`);
    }
    if (BLOCK_PUSH.has(o.name)) parts.push(`blockPush: true`);
    const twin = twinOf(o);
    if (twin) parts.push(`instrumented: ${twin.code}`);
    if (base) parts.push(`base: ${base.code}`);
    if (o.base) parts.push(`base: ${byName.get(o.base).code}`);
    if (EVENTS[o.name]) parts.push(`events: ${list(EVENTS[o.name])}`);
    if (LOWERS_TO[o.name]) parts.push(`lowersTo: ${list(LOWERS_TO[o.name])}`);
    return `  { ${parts.join(", ")} },`;
  });
  const pseudo = ops.filter((o) => kindOf(o) === "pseudo").map((o) => o.name).sort();
  const missing = pseudo.filter((n) => !LOWERS_TO[n]);
  if (missing.length) throw new Error(`no lowering written down for ${missing.join(", ")}`);

  const mainOps = ops.filter((o) => !o.base);
  const specOps = ops.filter((o) => o.base);
  const switchOf = (which) => {
    const groups = new Map();
    for (const o of mainOps) {
      const expr = parseStack(o.name)[which];
      if (!groups.has(expr)) groups.set(expr, []);
      groups.get(expr).push(`case Op.${o.name}:`);
    }
    const wrap = (cases) => {
      const lines = [""];
      for (const c of cases) {
        if (lines.at(-1).length + c.length + 5 > 110) lines.push("");
        lines[lines.length - 1] += (lines.at(-1) ? " " : "") + c;
      }
      return lines.map((l) => `    ${l}`).join("\n");
    };
    return [...groups].map(([expr, cases]) => `${wrap(cases)}\n      return ${expr};`).join("\n");
  };
  const intrinsicKey = (d) => d.replace(/^INTRINSIC_(\d_)?/, "");
  const maskNames = facts.compareMasks;
  const maxCode = Math.max(...ops.map((o) => o.code));

  return `// GENERATED by scripts/gen-opcodes.mjs from CPython ${facts.version} (pyodide ${PYODIDE_VERSION}): do not edit.
// Regenerate with \`node scripts/gen-opcodes.mjs\`; test/opcodes.test.ts checks it against CPython.
//
// The one opcode table of CPython 3.14 (DESIGN.md, "Bytecode" and "Style anchors"): numbers, argument
// and flag bits, inline caches, stack effects, jump directions, INSTRUMENTED_* twins with their PEP 669
// events, pseudo-opcodes and the argument tables dis prints from. The compiler (stack depth), the
// disassembler, the eval loop and src/monitor all read this file and nothing else.
// CPython: Include/opcode_ids.h, Include/internal/pycore_opcode_metadata.h, Lib/_opcode_metadata.py,
// Lib/opcode.py, Lib/dis.py, Python/bytecodes.c, Python/instrumentation.c.
//
// Specialized (adaptive) opcodes such as BINARY_OP_ADD_INT are listed with kind "specialized" so that
// numbers and names match opcode.opname, but tspy never specializes: they have no stack effect here.

/** Real, instrumented and pseudo opcodes of CPython 3.14, by name. A const enum: tsc writes each
 *  use as its number, so the eval loop's \`switch (op)\` has literal case labels, which V8 compiles to
 *  a jump table (labels read from an object are compared one by one: ~2x slower dispatch). */
export const enum Op {
${mainOps.map((o) => `  ${o.name} = ${o.code},`).join("\n")}
}
export type OpName = keyof typeof Op;

/** CPython's specialized opcodes (reference only; never emitted or executed by tspy). */
export const SpecializedOp = {
${specOps.map((o) => `  ${o.name}: ${o.code},`).join("\n")}
} as const;
export type SpecializedOpName = keyof typeof SpecializedOp;

/**
 * Include/opcode_ids.h HAVE_ARGUMENT. Beware: in 3.14 it is NOT a valid "takes an argument" test
 * (WITH_EXCEPT_START == ${facts.HAVE_ARGUMENT} takes none, RESUME and most INSTRUMENTED_* above it vary). Use hasArg.
 */
export const HAVE_ARGUMENT = ${facts.HAVE_ARGUMENT};
/** Opcodes from here to INSTRUMENTED_LINE (254) are the instrumented ones. */
export const MIN_INSTRUMENTED_OPCODE = ${facts.MIN_INSTRUMENTED_OPCODE};
/** Opcodes from here up exist only inside the compiler (never in co_code). */
export const MIN_PSEUDO_OPCODE = 256;
export const MAX_OPCODE = ${maxCode};

/** The has_* flags of CPython's _opcode module (dis.hasconst, hasname, hasjump, hasfree, haslocal, hasexc). */
export const OpFlag = { CONST: 1, NAME: 2, JUMP: 4, FREE: 8, LOCAL: 16, EXC: 32 } as const;
const F = OpFlag;

export type OpKind = "real" | "instrumented" | "pseudo" | "specialized";

/**
 * How dis renders the argument (dis.ArgResolver.get_argval_argrepr), decided on the de-specialized,
 * de-instrumented opcode:
 * - none: no argument; raw: the number only (argrepr "");
 * - const: repr(co_consts[arg]); name: co_names[arg];
 * - global: co_names[arg >> 1], "+ NULL" if arg & 1; attr: co_names[arg >> 1], "+ NULL|self" if arg & 1;
 *   superAttr: co_names[arg >> 2], "+ NULL|self" if arg & 1 (arg & 2: two-argument super(C, self) call);
 * - jump: "to L<n>" ("from L<n>" for END_ASYNC_FOR), target by jumpTarget;
 * - local: localsplus name arg (co._varname_from_oparg); localPair: names arg >> 4 and arg & 15, ", "-joined;
 * - compare: CMP_OPS[arg >> 5], wrapped "bool(...)" when arg & 16; convert: CONVERT_VALUE_NAMES[arg];
 * - fnAttr: FUNCTION_ATTR_FLAGS of the set bits, ", "-joined; binaryOp: NB_OPS[arg].symbol;
 * - intrinsic1 / intrinsic2: INTRINSIC_1[arg] / INTRINSIC_2[arg]; commonConstant: COMMON_CONSTANTS[arg];
 * - special: SPECIAL_METHODS[arg]; isOp: "is" / "is not"; containsOp: "in" / "not in".
 */
export type ArgKind =
  | "none" | "raw" | "const" | "name" | "global" | "attr" | "superAttr" | "jump" | "local" | "localPair"
  | "compare" | "convert" | "fnAttr" | "binaryOp" | "intrinsic1" | "intrinsic2" | "commonConstant"
  | "special" | "isOp" | "containsOp";

/** sys.monitoring events that have their own INSTRUMENTED_* opcode. */
export type MonitoringEvent =
  | "PY_START" | "PY_RESUME" | "PY_RETURN" | "PY_YIELD" | "CALL" | "LINE" | "INSTRUCTION" | "JUMP"
  | "BRANCH_LEFT" | "BRANCH_RIGHT" | "STOP_ITERATION";

export interface OpcodeInfo {
  readonly name: OpName | SpecializedOpName;
  readonly code: number;
  readonly kind: OpKind;
  /** _opcode.has_arg: the oparg means something (otherwise it is 0 and ignored). For specialized
   * opcodes CPython's own answer; dis decides by the family head. */
  readonly hasArg: boolean;
  /**
   * Inline cache units after the instruction, as CPython records them (_PyOpcode_Caches,
   * dis._inline_cache_entries): family heads only, 0 for specialized and INSTRUMENTED_* opcodes,
   * which share their base's layout. Use instructionSize() to step through code.
   */
  readonly cache: number;
  /** OpFlag bits. */
  readonly flags: number;
  readonly argKind: ArgKind;
  /** For opcodes whose oparg is a relative jump (including twins dis does not flag as jumps). */
  readonly jump?: "forward" | "backward";
  /** "popped -> pushed" in terms of oparg (what numPopped / numPushed compute). */
  readonly stack?: string;
  /** SETUP_*: pushes only on the exception ("jump") edge; 0 on the fall-through. */
  readonly blockPush?: true;
  /** Real opcode -> its INSTRUMENTED_* twin. */
  readonly instrumented?: number;
  /** INSTRUMENTED_* -> the real opcode it stands for; specialized -> its family head. */
  readonly base?: number;
  /** INSTRUMENTED_*: the monitoring event(s) that make instrumentation swap it in. */
  readonly events?: readonly MonitoringEvent[];
  /** Pseudo-opcodes: what the assembler emits instead. */
  readonly lowersTo?: readonly OpName[];
}

export const OPCODES: readonly OpcodeInfo[] = [
${rows.join("\n")}
];

const BY_CODE: (OpcodeInfo | undefined)[] = [];
const BY_NAME = new Map<string, OpcodeInfo>();
for (const info of OPCODES) {
  BY_CODE[info.code] = info;
  BY_NAME.set(info.name, info);
}

export function opcodeInfo(op: number): OpcodeInfo | undefined {
  return BY_CODE[op];
}

export function opcodeByName(name: string): OpcodeInfo | undefined {
  return BY_NAME.get(name);
}

/** opcode.opname[op]: the name, or "<op>" for an unassigned number. */
export function opName(op: number): string {
  return BY_CODE[op]?.name ?? \`<\${op}>\`;
}

export function hasArg(op: number): boolean {
  return BY_CODE[op]?.hasArg ?? false;
}

export function hasFlag(op: number, flag: number): boolean {
  return ((BY_CODE[op]?.flags ?? 0) & flag) !== 0;
}

/** Items an instruction pops. CPython: _PyOpcode_num_popped. Throws for specialized/unknown opcodes. */
export function numPopped(op: number, oparg: number): number {
  switch (op) {
${switchOf("pop")}
    default:
      throw new RangeError(\`no stack effect for opcode \${opName(op)}\`);
  }
}

/** Items an instruction pushes. CPython: _PyOpcode_num_pushed. Throws for specialized/unknown opcodes. */
export function numPushed(op: number, oparg: number): number {
  switch (op) {
${switchOf("push")}
    default:
      throw new RangeError(\`no stack effect for opcode \${opName(op)}\`);
  }
}

/**
 * Net stack effect; equals CPython's _opcode.stack_effect(op, oparg, jump=jump). jump: true = the
 * branch/exception edge, false = fall-through, undefined = the larger of the two.
 * CPython: Python/flowgraph.c get_stack_effects, Python/compile.c PyCompile_OpcodeStackEffectWithJump.
 */
export function stackEffect(op: number, oparg = 0, jump?: boolean): number {
  const net = numPushed(op, oparg) - numPopped(op, oparg);
  if (BY_CODE[op]?.blockPush) return jump === undefined ? Math.max(net, 0) : jump ? net : 0;
  return net;
}

/** The INSTRUMENTED_* twin of a real opcode (undefined if it has none). */
export function instrumentedTwin(op: number): number | undefined {
  return BY_CODE[op]?.instrumented;
}

/** The real opcode an INSTRUMENTED_* twin stands for; other opcodes unchanged. INSTRUMENTED_LINE and
 * INSTRUMENTED_INSTRUCTION have no base: the original opcode lives in the monitoring side tables. */
export function deinstrument(op: number): number {
  const info = BY_CODE[op];
  return info?.kind === "instrumented" && info.base !== undefined ? info.base : op;
}

/** The family head of a specialized opcode (dis._deoptop); other opcodes unchanged. */
export function deopt(op: number): number {
  const info = BY_CODE[op];
  return info?.kind === "specialized" ? info.base! : op;
}

/** Code units an instruction occupies: 1 + its (base's) inline caches. CPython: _PyInstruction_GetLength. */
export function instructionSize(op: number): number {
  if (op === Op.INSTRUMENTED_LINE || op === Op.INSTRUMENTED_INSTRUCTION) {
    throw new RangeError(\`the size of \${opName(op)} is that of the original opcode it replaced\`);
  }
  const info = BY_CODE[deopt(deinstrument(op))];
  if (!info || info.kind === "pseudo") throw new RangeError(\`no instruction size for opcode \${opName(op)}\`);
  return 1 + info.cache;
}

/**
 * Target (in code units) of a relative jump at code unit \`index\` (the opcode's own unit, after any
 * EXTENDED_ARG prefix): index + instructionSize(op) +/- oparg. CPython: dis ArgResolver.offset_from_jump_arg.
 */
export function jumpTarget(op: number, index: number, oparg: number): number {
  const dir = BY_CODE[op]?.jump;
  if (!dir) throw new RangeError(\`\${opName(op)} is not a relative jump\`);
  return index + instructionSize(op) + (dir === "backward" ? -oparg : oparg);
}

// ---------------------------------------------------------------------------------------------------
// Argument tables (what dis prints; the compiler emits the same numbers).

/** BINARY_OP opargs: index = oparg (CPython: Include/opcode.h NB_*). */
export const NB_OPS: readonly { readonly name: string; readonly symbol: string }[] = [
${facts.nbOps.map(([name, symbol]) => `  { name: ${q(name)}, symbol: ${q(symbol)} },`).join("\n")}
];
export const NbOp = {
${facts.nbOps.map(([name], i) => `  ${name.replace(/^NB_/, "")}: ${i},`).join("\n")}
} as const;

/** COMPARE_OP: oparg >> 5 indexes this (Py_LT..Py_GE); bit 4 (16) asks for a bool result
 * (the compiler sets it when the comparison feeds a jump); bits 0-3 are COMPARE_MASKS[cmp]. */
export const CMP_OPS = ${list(facts.cmpOp)} as const;
/** Low four bits of COMPARE_OP's oparg, per comparison (CPython: COMPARISON_LESS_THAN 2,
 * GREATER_THAN 4, EQUALS 8, UNORDERED 1; used by the specialized COMPARE_OP_* forms). */
export const COMPARE_MASKS: readonly number[] = [${maskNames.join(", ")}];
/** The COMPARE_OP oparg CPython's compiler emits for comparison \`cmp\` (index into CMP_OPS). */
export function compareOparg(cmp: number, toBool: boolean): number {
  return (cmp << 5) | (toBool ? 16 : 0) | COMPARE_MASKS[cmp]!;
}

/** CALL_INTRINSIC_1 opargs, as dis prints them. */
export const INTRINSIC_1 = ${list(facts.intrinsic1)} as const;
export const Intrinsic1 = {
${facts.intrinsic1.map((d, i) => `  ${intrinsicKey(d)}: ${i},`).join("\n")}
} as const;
/** CALL_INTRINSIC_2 opargs, as dis prints them. */
export const INTRINSIC_2 = ${list(facts.intrinsic2)} as const;
export const Intrinsic2 = {
${facts.intrinsic2.map((d, i) => `  ${intrinsicKey(d)}: ${i},`).join("\n")}
} as const;

/** LOAD_SPECIAL opargs (CPython: SPECIAL___ENTER__ ...). */
export const SPECIAL_METHODS = ${list(facts.special)} as const;

/** LOAD_COMMON_CONSTANT opargs: the builtin each loads, and how dis prints it (a type's __name__,
 * otherwise repr()). */
export const COMMON_CONSTANT_NAMES = ${list(facts.commonConstantNames)} as const;
export const COMMON_CONSTANTS = ${list(facts.commonConstants)} as const;

/** CONVERT_VALUE opargs as dis prints them (CPython FVC_NONE/STR/REPR/ASCII: none, !s, !r, !a). */
export const CONVERT_VALUE_NAMES = ${list(facts.convert)} as const;

/** SET_FUNCTION_ATTRIBUTE: bit i of the oparg sets FUNCTION_ATTR_FLAGS[i] (CPython MAKE_FUNCTION_*). */
export const FUNCTION_ATTR_FLAGS = ${list(facts.fnAttrFlags)} as const;

/** Named fields of each inline cache (opcode._cache_format; dis --show-caches prints them). */
export const CACHE_LAYOUT: Readonly<Record<string, readonly (readonly [string, number])[]>> = {
${Object.entries(facts.cacheFormat).map(([k, v]) => `  ${k}: [${v.map(([f, n]) => `[${q(f)}, ${n}]`).join(", ")}],`).join("\n")}
};

// ---------------------------------------------------------------------------------------------------
// Oparg encodings dis does not decode but the compiler must reproduce and the VM must read
// (test/opcodes.test.ts compiles code in CPython and checks them).

/** RESUME oparg: where the frame resumes, plus DEPTH1 when the exception stack depth there is 1
 * (e.g. 5 after a plain \`yield\`). CPython: Include/internal/pycore_opcode_utils.h RESUME_*. */
export const ResumeOparg = {
  AT_FUNC_START: 0,
  AFTER_YIELD: 1,
  AFTER_YIELD_FROM: 2,
  AFTER_AWAIT: 3,
  LOCATION_MASK: 3,
  DEPTH1_MASK: 4,
} as const;

/** The event INSTRUMENTED_RESUME fires: PY_START at a function's start, PY_RESUME after a suspension.
 * CPython: Python/instrumentation.c (RESUME is special-cased there, not in EVENT_FOR_OPCODE). */
export function resumeEvent(oparg: number): "PY_START" | "PY_RESUME" {
  return (oparg & ResumeOparg.LOCATION_MASK) === ResumeOparg.AT_FUNC_START ? "PY_START" : "PY_RESUME";
}

/** GET_AWAITABLE oparg: 0 plain await, 1 after __aenter__, 2 after __aexit__ (for error messages). */
export const AwaitableOparg = { AWAIT: 0, AENTER: 1, AEXIT: 2 } as const;

/**
 * BUILD_INTERPOLATION oparg (t-strings): bit 0 = a format spec is on the stack, bits 2.. = conversion
 * (CONVERT_VALUE_NAMES index: 0 none, 1 !s, 2 !r, 3 !a). CPython 3.14's compiler also always sets
 * bit 1 (it starts from 2), so t"{x}" is 2 and t"{x!r:>3}" is 11.
 */
export function interpolationOparg(conversion: number, hasFormat: boolean): number {
  return (conversion << 2) | 2 | (hasFormat ? 1 : 0);
}

// ---------------------------------------------------------------------------------------------------

/** What formatArg needs from the code object; callbacks that a kind never uses may be omitted. */
export interface ArgContext {
  /** repr(co_consts[i]). */
  constRepr?(i: number): string;
  /** co_names[i]. */
  name?(i: number): string;
  /** co._varname_from_oparg(i): the localsplus name (locals, then cells, then free vars). */
  varname?(i: number): string;
  /** Label number of a jump target (in code units), as dis numbers them (L1, L2, ...). */
  label?(target: number): number;
  /** Code unit of the instruction (needed for jumps). */
  index?: number;
}

/**
 * dis's argrepr of an instruction (what it prints in parentheses), "" when it prints none.
 * Instrumented and specialized opcodes are rendered as their base. Throws RangeError where dis would
 * raise IndexError (an oparg outside the table).
 */
export function formatArg(op: number, oparg: number, ctx: ArgContext = {}): string {
  const base = deopt(deinstrument(op));
  const info = BY_CODE[base];
  if (!info) throw new RangeError(\`unknown opcode \${op}\`);
  const pick = <T>(table: readonly T[], i: number): T => {
    if (i < 0 || i >= table.length) throw new RangeError(\`oparg \${oparg} out of range for \${info.name}\`);
    return table[i]!;
  };
  const named = (i: number, suffix: string) => {
    const s = ctx.name ? ctx.name(i) : "";
    return s && suffix ? \`\${s} + \${suffix}\` : s;
  };
  const local = (i: number) => (ctx.varname ? ctx.varname(i) : "");
  switch (info.argKind) {
    case "none":
    case "raw":
      return "";
    case "const":
      return ctx.constRepr ? ctx.constRepr(oparg) : "";
    case "name":
      return named(oparg, "");
    case "global":
      return named(oparg >> 1, oparg & 1 ? "NULL" : "");
    case "attr":
      return named(oparg >> 1, oparg & 1 ? "NULL|self" : "");
    case "superAttr":
      return named(oparg >> 2, oparg & 1 ? "NULL|self" : "");
    case "jump": {
      const target = jumpTarget(base, ctx.index ?? 0, oparg);
      return \`\${base === Op.END_ASYNC_FOR ? "from" : "to"} L\${ctx.label ? ctx.label(target) : target}\`;
    }
    case "localPair":
      return \`\${local(oparg >> 4)}, \${local(oparg & 15)}\`;
    case "local":
      return local(oparg);
    case "compare": {
      const sym = pick(CMP_OPS, oparg >> 5);
      return oparg & 16 ? \`bool(\${sym})\` : sym;
    }
    case "convert":
      return pick(CONVERT_VALUE_NAMES, oparg);
    case "fnAttr":
      return FUNCTION_ATTR_FLAGS.filter((_, i) => oparg & (1 << i)).join(", ");
    case "binaryOp":
      return pick(NB_OPS, oparg).symbol;
    case "intrinsic1":
      return pick(INTRINSIC_1, oparg);
    case "intrinsic2":
      return pick(INTRINSIC_2, oparg);
    case "commonConstant":
      return pick(COMMON_CONSTANTS, oparg);
    case "special":
      return pick(SPECIAL_METHODS, oparg);
    case "isOp":
      return oparg ? "is not" : "is";
    case "containsOp":
      return oparg ? "not in" : "in";
  }
}
`;
}

const facts = await askCPython();
const out = render(facts);
if (process.argv.includes("--check")) {
  if (readFileSync(TARGET, "utf8") !== out) {
    console.error("src/interp/compile/opcodes.ts is stale: run node scripts/gen-opcodes.mjs");
    process.exit(1);
  }
} else {
  writeFileSync(TARGET, out);
  console.log(`wrote ${TARGET} (${facts.ops.length} opcodes, CPython ${facts.version})`);
}
