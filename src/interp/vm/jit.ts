// The baseline compiler: a hot code object's bytecode becomes one JavaScript function (built with
// `new Function`), the same instructions with their dispatch taken out. Each instruction is the eval
// loop's own case with its oparg made a constant; straight-line code runs without a switch, and only
// jumps go through one (a `switch (pc)` over the jump targets, inside a loop). Every Python function
// gets its own JavaScript function, so V8's type feedback is per Python function, not shared by
// every function the one eval loop runs.
//
// The compiled function runs a frame in place: the same Frame, the same locals-and-stack array,
// f.lasti set at every instruction (tracebacks, f_lineno, LINE events read it). Whatever it does not
// compile, it hands back: it stores sp and ip in the frame and returns BAIL, and the eval loop goes on
// with the frame from there (and enters compiled code again at the next RESUME or backward jump). An
// exception leaves the same way (f.jitExc), so the eval loop's unwinding (tracebacks, RAISE /
// PY_UNWIND / EXCEPTION_HANDLED events, handlers) is the only one there is.
//
// PEP 669: INSTRUMENTED_LINE compiles to its fireLine call and the instruction under it, and so do
// INSTRUMENTED_RESUME / RETURN_VALUE / YIELD_VALUE (their event, then the plain instruction); the
// other INSTRUMENTED_* twins call the eval loop's instrumented() helper. Instrumentation rewrites the code
// (monitor/instrument.ts counts each rewrite in code.rewrites, all but the removal of a LINE, which
// compiled code checks at the line itself): compiled code checks the count after
// anything that may have run Python and hands the frame back when it moved, and is compiled anew.
// (CPython has no such tier in 3.14's default build; its specializing interpreter plays this part:
// Python/bytecodes.c, Python/specialize.c.)
import { CO, type CodeObject } from "../compile/code.js";
import { Op, opName, ResumeOparg } from "../compile/opcodes.js";
import { CACHE_OF, instrumentationLine, lineOriginalOpcode } from "../../monitor/instrument.js";
import { DE_INSTRUMENT, Ev } from "../../monitor/events.js";

/** Returned by a compiled function that hands its frame back to the eval loop. */
export const BAIL = Symbol("bail");
/** Returned by the eval loop's callPy when the callee raised (the exception waits in takeRaised()). */
export const RAISED = Symbol("raised");

/** A compiled code object: runs the frame from f.ip; its return value, or BAIL. */
export type JitFn = (f: unknown) => unknown;

/** Calls and returns before a code object is compiled (RESUME and backward jumps count). */
export let JIT_HOT = typeof process !== "undefined" && process.env?.TSPY_JIT_HOT ? Number(process.env.TSPY_JIT_HOT) : 64;
/** Set the threshold (1: compile at the first call or backward jump; tests run the corpora so). */
export function setJitHot(n: number): void {
  JIT_HOT = n;
}

/** Everything the compiled code calls, supplied by the eval loop (names as in eval.ts). */
export type JitHelpers = Record<string, unknown>;
let helpers: JitHelpers | null = null;
let helperNames = "";
export function installJitHelpers(h: JitHelpers): void {
  helpers = h;
  helperNames = Object.keys(h).join(", ");
}

/** TSPY_JIT_DEBUG: 1 lists compilations, 2 prints their source, "bails" counts hand-backs. */
const JIT_DEBUG = typeof process !== "undefined" ? process.env?.TSPY_JIT_DEBUG ?? "" : "";

/** Is the compiled tier on? (TSPY_JIT=0 turns it off: the eval loop alone runs everything.) */
export const jitEnabled = typeof process === "undefined" || process.env?.TSPY_JIT !== "0";

const NO_COMPILE = CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE;

/** Can this code object be compiled at all? Generators are: a yield returns from the compiled
 *  function with the frame's ip at the instruction after it, where the next resumption enters
 *  (RETURN_GENERATOR, CLEANUP_THROW and throw() stay with the eval loop). Coroutines are not, yet. */
export function jitEligible(code: CodeObject): boolean {
  return (code.co_flags & NO_COMPILE) === 0;
}

interface Instr {
  /** index of the instruction's first unit (its EXTENDED_ARG prefix, if any) */
  start: number;
  /** the opcode in the first unit (INSTRUMENTED_LINE / INSTRUMENTED_INSTRUCTION stand over it) */
  first: number;
  /** the opcode that runs (after any EXTENDED_ARG prefix) */
  op: number;
  arg: number;
  /** index of the next instruction (after the inline cache) */
  next: number;
}

function decode(code: CodeObject): Instr[] {
  const units = code.code;
  const out: Instr[] = [];
  let i = 0;
  while (i < units.length) {
    const start = i;
    const first = units[i] & 0xff;
    let op = first;
    if (op === Op.INSTRUMENTED_LINE) op = lineOriginalOpcode(code, i);
    let arg = units[i] >> 8;
    i++;
    while (op === Op.EXTENDED_ARG) {
      op = units[i] & 0xff;
      arg = (arg << 8) | (units[i] >> 8);
      i++;
    }
    i += CACHE_OF[op];
    out.push({ start, first, op, arg, next: i });
  }
  return out;
}

/** The jump target of an instruction (by its base opcode), or -1. */
function jumpTarget(op: number, arg: number, next: number): number {
  switch (op) {
    case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
    case Op.JUMP_FORWARD:
      return next + arg;
    case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return next - arg;
    case Op.FOR_ITER:
      return next + arg + 1;
    case Op.SEND:
      return next + arg;
    default:
      return -1;
  }
}

const baseOf = (op: number): number => DE_INSTRUMENT[op] || op;

/** Can control reach the next instruction from this one (by its base opcode)? Erring towards yes
 *  only keeps a LINE check that could have gone (quietLineStarts). */
function fallsThrough(op: number): boolean {
  return op !== Op.JUMP_FORWARD && op !== Op.JUMP_BACKWARD && op !== Op.JUMP_BACKWARD_NO_INTERRUPT
    && op !== Op.RETURN_VALUE && op !== Op.RAISE_VARARGS && op !== Op.RERAISE;
}

/**
 * The INSTRUMENTED_LINE instructions that can never fire in compiled code: every instruction that
 * can run just before one (falling through or jumping to it) is on its line, and none is a RESUME
 * other than the plain one at the function's start, so the "same line as the previous instruction"
 * test of _Py_call_instrumentation_line (fire.ts fireLine) always says no. Two kinds matter: a jump
 * target on the line of its loop (the FOR_ITER of `for x in it` in a generator expression, the test
 * of a one-line `while`), instrumented for jumps that could come from another line and passed on
 * every iteration; and the first instruction of a generator expression, passed at every call.
 * CPython calls into the instrumentation there each time (so does the eval loop here); compiled
 * code leaves the call out. Exception handlers are entered from anywhere and keep theirs; compiled
 * code is otherwise entered from the eval loop only at its case labels, right after one of these
 * same predecessors (a jump, a RESUME, an INSTRUMENTED_* twin).
 */
function quietLineStarts(code: CodeObject, instrs: Instr[]): Set<number> {
  const quiet = new Set<number>();
  if (!instrs.some((ins) => ins.first === Op.INSTRUMENTED_LINE)) return quiet;
  const preds = new Map<number, number[]>();
  const add = (to: number, from: number): void => {
    const l = preds.get(to);
    if (l) l.push(from);
    else preds.set(to, [from]);
  };
  // a predecessor that leaves the LINE quiet: on the line, and no RESUME but the plain one at the
  // function's start (instrumenting it later is a rewrite: the code is compiled anew)
  const quietPred = new Map<number, boolean>();
  for (const ins of instrs) {
    const b = baseOf(ins.op);
    quietPred.set(ins.start, b !== Op.RESUME || (ins.op === Op.RESUME && (ins.arg & ResumeOparg.LOCATION_MASK) === ResumeOparg.AT_FUNC_START));
    if (fallsThrough(b)) add(ins.next, ins.start);
    const t = jumpTarget(b, ins.arg, ins.next);
    if (t >= 0) add(t, ins.start);
  }
  const handlers = new Set(code.exceptionTable.map((h) => h.target));
  for (const ins of instrs) {
    if (ins.first !== Op.INSTRUMENTED_LINE || handlers.has(ins.start)) continue;
    const from = preds.get(ins.start);
    if (!from) continue;
    const line = instrumentationLine(code, ins.start);
    if (from.every((p) => quietPred.get(p) && instrumentationLine(code, p) === line)) quiet.add(ins.start);
  }
  return quiet;
}

/** How many backward jumps (loops, roughly) the code has. */
export function backwardJumps(code: CodeObject): number {
  let n = 0;
  for (const ins of decode(code)) {
    const b = baseOf(ins.op);
    if (b === Op.JUMP_BACKWARD || b === Op.JUMP_BACKWARD_NO_INTERRUPT) n++;
  }
  return n;
}

/**
 * The instruction templates: JavaScript for one instruction, the eval loop's case with `arg` a
 * constant. In scope: f, stack (= fast), consts, names, sp, codeObj, and the helpers. `next` is the
 * following instruction's index, `at` this one's. null = not compiled (the frame goes back to the
 * eval loop before it).
 */
function template(op: number, arg: number, at: number, next: number, ctx: Ctx): string | null {
  switch (op) {
    case Op.NOP: case Op.NOT_TAKEN: case Op.CACHE: case Op.COPY_FREE_VARS:
      return "";
    case Op.RESUME:
      return `if (codeObj.instrumentationVersion !== mon.version && mon.tracing === 0) ${ctx.bail(at)}\ncheckBreak();`;
    case Op.LOAD_FAST: case Op.LOAD_FAST_BORROW: case Op.LOAD_FAST_CHECK:
      return `{ const v = stack[${arg}]; if (v === undefined) throw unboundLocal(codeObj, ${arg}); stack[sp++] = v; }`;
    case Op.LOAD_FAST_AND_CLEAR:
      return `{ const v = stack[${arg}]; stack[sp++] = v === undefined ? null : v; stack[${arg}] = undefined; }`;
    case Op.LOAD_FAST_LOAD_FAST: case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
      return `{ const a = stack[${arg >> 4}], b = stack[${arg & 15}]; if (a === undefined) throw unboundLocal(codeObj, ${arg >> 4}); if (b === undefined) throw unboundLocal(codeObj, ${arg & 15}); stack[sp++] = a; stack[sp++] = b; }`;
    case Op.STORE_FAST:
      return `stack[${arg}] = stack[--sp];`;
    case Op.STORE_FAST_LOAD_FAST:
      return `stack[${arg >> 4}] = stack[sp - 1]; stack[sp - 1] = stack[${arg & 15}];`;
    case Op.STORE_FAST_STORE_FAST:
      return `stack[${arg >> 4}] = stack[--sp]; stack[${arg & 15}] = stack[--sp];`;
    case Op.DELETE_FAST:
      return `if (stack[${arg}] === undefined) throw unboundLocal(codeObj, ${arg}); stack[${arg}] = undefined;`;
    case Op.LOAD_CONST:
      return `stack[sp++] = consts[${arg}];`;
    case Op.LOAD_SMALL_INT:
      return `stack[sp++] = ${arg};`;
    case Op.LOAD_COMMON_CONSTANT:
      return `stack[sp++] = commonConstant(${arg});`;
    case Op.POP_TOP: case Op.END_FOR: case Op.POP_ITER:
      return "sp--;";
    case Op.PUSH_NULL:
      return "stack[sp++] = null;";
    case Op.COPY:
      return `stack[sp] = stack[sp - ${arg}]; sp++;`;
    case Op.SWAP:
      return `{ const t = stack[sp - 1]; stack[sp - 1] = stack[sp - ${arg}]; stack[sp - ${arg}] = t; }`;
    case Op.LOAD_GLOBAL:
      // the eval loop's cache, checked here (CPython: LOAD_GLOBAL_MODULE): the globals dict this
      // instruction last saw, unchanged since, holding the name
      return `{ const g = f.globals; const i = gIC.gIndex[${at}]; stack[sp++] = i >= 0 && gIC.globals[${at}] === g && gIC.gVersion[${at}] === g.version ? g.vals[i] : loadGlobal(f, names[${arg >> 1}], ${at}); }${arg & 1 ? " stack[sp++] = null;" : ""}`;
    case Op.STORE_GLOBAL:
      return `f.globals.setStr(names[${arg}], stack[--sp]);`;
    case Op.LOAD_NAME:
      return `stack[sp++] = loadName(f, names[${arg}]);`;
    case Op.STORE_NAME:
      return `storeName(f, names[${arg}], stack[--sp]);`;
    case Op.LOAD_DEREF:
      return `{ const c = stack[${arg}]; if (c.value === undefined) throw freeVarError(codeObj, ${arg}); stack[sp++] = c.value; }`;
    case Op.STORE_DEREF:
      return `stack[${arg}].value = stack[--sp];`;
    case Op.MAKE_CELL:
      return `stack[${arg}] = new PyCell(stack[${arg}]);`;
    case Op.BINARY_OP: {
      // the eval loop's inline cases, and CPython's float ones (bytecodes.c BINARY_OP_ADD_INT,
      // _SUBTRACT_INT, _MULTIPLY_INT, _ADD_FLOAT, _SUBTRACT_FLOAT, _MULTIPLY_FLOAT, _SUBSCR_LIST_INT,
      // _SUBSCR_TUPLE_INT, _SUBSCR_DICT), chosen by the constant oparg. Ints here are safe-integer
      // numbers, so an int operand of a float converts exactly (as float_add's PyLong_AsDouble).
      const L = ctx.lbl;
      const nb = arg >= 13 && arg !== 26 ? arg - 13 : arg;
      const js = nb === 0 ? "+" : nb === 10 ? "-" : nb === 5 ? "*" : nb === 11 ? "/" : null;
      let fast = "";
      if (js !== null) {
        const fl = (x: string, y: string): string => nb === 11
          ? `if (${y} !== 0) { stack[sp - 1] = new PyFloat(${x} / ${y}); break ${L}; }`
          : `stack[sp - 1] = new PyFloat(${x} ${js} ${y}); break ${L};`;
        // int (op) int: exact while the result is a safe integer (a product beyond 2**53 rounds to at
        // least 2**53, so the test sees it); + 0 turns a -0 product into 0. int / int is a float.
        const intInt = nb === 11
          ? `if (b !== 0) { stack[sp - 1] = new PyFloat(a / b); break ${L}; }`
          : `const r = a ${js} b${nb === 5 ? " + 0" : ""}; if (r <= MAX_SAFE_INT && r >= -MAX_SAFE_INT) { stack[sp - 1] = r; break ${L}; }`;
        fast = `if (typeof a === "number") { if (typeof b === "number") { ${intInt} } else if (b instanceof PyFloat && b.type === FloatType) { ${fl("a", "b.value")} } }
        else if (a instanceof PyFloat && a.type === FloatType) { if (b instanceof PyFloat && b.type === FloatType) { ${fl("a.value", "b.value")} } else if (typeof b === "number") { ${fl("a.value", "b")} } }`;
      } else if (arg === 26) {
        fast = `if (typeof b === "number") { if ((a instanceof PyList || a instanceof PyTuple) && (a.type === ListTypeR || a.type === TupleTypeR)) { const items = a.items; const i = b < 0 ? b + items.length : b; if (i >= 0 && i < items.length) { stack[sp - 1] = items[i]; break ${L}; } } } else if (typeof b === "string" && a instanceof PyDict && a.type === DictTypeR) { const v = a.getStr(b); if (v !== undefined) { stack[sp - 1] = v; break ${L}; } }`;
      }
      const slow = arg === 26 ? "getitem(a, b)" : arg >= 13 ? `inplaceOp(a, b, ${arg - 13})` : `binaryOp(a, b, ${arg})`;
      return `${L}: { const b = stack[--sp], a = stack[sp - 1]; ${fast} stack[sp - 1] = ${slow}; }`;
    }
    case Op.STORE_SUBSCR:
      return `${ctx.lbl}: { const key = stack[--sp], obj = stack[--sp], v = stack[--sp];
        if (obj instanceof PyList && typeof key === "number" && obj.type === ListTypeR) { const items = obj.items; const i = key < 0 ? key + items.length : key; if (i >= 0 && i < items.length) { items[i] = v; break ${ctx.lbl}; } }
        else if (obj instanceof PyDict && obj.type === DictTypeR) { obj.set(key, v); break ${ctx.lbl}; }
        setitem(obj, key, v); }`;
    case Op.BINARY_SLICE:
      return `{ const stop = stack[--sp], start = stack[--sp], obj = stack[sp - 1]; stack[sp - 1] = getitem(obj, new PySlice(start, stop, None)); }`;
    case Op.BUILD_SLICE:
      return `{ const step = ${arg === 3 ? "stack[--sp]" : "None"}; const stop = stack[--sp], start = stack[sp - 1]; stack[sp - 1] = new PySlice(start, stop, step); }`;
    case Op.UNARY_NEGATIVE:
      return "stack[sp - 1] = negative(stack[sp - 1]);";
    case Op.UNARY_INVERT:
      return "stack[sp - 1] = invert(stack[sp - 1]);";
    case Op.UNARY_NOT:
      return "stack[sp - 1] = !stack[sp - 1];";
    case Op.TO_BOOL:
      return `{ const v = stack[sp - 1]; if (typeof v !== "boolean") stack[sp - 1] = truthy(v); }`;
    case Op.COMPARE_OP: {
      // ints and floats compare as their values (CPython: COMPARE_OP_INT, COMPARE_OP_FLOAT)
      const cmp = arg >> 5;
      const js = ["<", "<=", "===", "!==", ">", ">="][cmp];
      const slow = arg & 16 ? `truthy(richCompare(a, b, ${cmp}))` : `richCompare(a, b, ${cmp})`;
      return `{ const b = stack[--sp], a = stack[sp - 1];
        const x = typeof a === "number" ? a : a instanceof PyFloat && a.type === FloatType ? a.value : undefined;
        const y = typeof b === "number" ? b : b instanceof PyFloat && b.type === FloatType ? b.value : undefined;
        stack[sp - 1] = x !== undefined && y !== undefined ? x ${js} y : ${slow}; }`;
    }
    case Op.IS_OP:
      return `{ const b = stack[--sp], a = stack[sp - 1]; stack[sp - 1] = a ${arg ? "!==" : "==="} b; }`;
    case Op.CONTAINS_OP:
      return `{ const b = stack[--sp], a = stack[sp - 1]; stack[sp - 1] = ${arg ? "!" : ""}contains(b, a); }`;
    case Op.POP_JUMP_IF_FALSE:
      return `if (stack[--sp] === false) { pc = ${next + arg}; continue; }`;
    case Op.POP_JUMP_IF_TRUE:
      return `if (stack[--sp] === true) { pc = ${next + arg}; continue; }`;
    case Op.POP_JUMP_IF_NONE:
      return `if (stack[--sp] === None) { pc = ${next + arg}; continue; }`;
    case Op.POP_JUMP_IF_NOT_NONE:
      return `if (stack[--sp] !== None) { pc = ${next + arg}; continue; }`;
    case Op.JUMP_FORWARD:
      return `pc = ${next + arg}; continue;`;
    case Op.JUMP_BACKWARD:
      // the eval breaker may run the debugger, which may set breakpoints here (a rewrite)
      return `checkBreak(); ${ctx.check(next - arg)} pc = ${next - arg}; continue;`;
    case Op.JUMP_BACKWARD_NO_INTERRUPT:
      return `pc = ${next - arg}; continue;`;
    case Op.GET_ITER:
      return "stack[sp - 1] = iter(stack[sp - 1]);";
    case Op.FOR_ITER:
      return `{ const v = next_(stack[sp - 1]); if (v === undefined) { if (mon.globalTools[${Ev_RAISE}]) monitorStopIterationRaise(f, stack[sp - 1]); ${ctx.check(next + arg + 1)} pc = ${next + arg + 1}; continue; } stack[sp++] = v; }`;
    case Op.GET_YIELD_FROM_ITER:
      return "{ const v = stack[sp - 1]; if (!(v instanceof PyGenerator)) stack[sp - 1] = iter(v); }";
    case Op.SEND:
      // (receiver, v -- receiver, retval): the receiver's next value, or its return value and a jump
      // past the yield loop (the eval loop's SEND)
      return `{ const v = stack[sp - 1], receiver = stack[sp - 2]; const r = receiver instanceof PyGenerator ? receiver.resume(v, null) : sendToIterator(f, receiver, v);
        stack[sp - 1] = r.value; if (!r.yielded) { ${ctx.check(next + arg)} pc = ${next + arg}; continue; } }`;
    case Op.END_SEND:
      return "{ const v = stack[--sp]; stack[sp - 1] = v; }";
    case Op.BUILD_TUPLE:
      return arg === 0 ? "stack[sp++] = tuple([]);" : `{ const items = stack.slice(sp - ${arg}, sp); sp -= ${arg}; stack[sp++] = tuple(items); }`;
    case Op.BUILD_LIST:
      return arg === 0 ? "stack[sp++] = new PyList([]);" : `{ const items = stack.slice(sp - ${arg}, sp); sp -= ${arg}; stack[sp++] = new PyList(items); }`;
    case Op.LIST_APPEND:
      return `{ const v = stack[--sp]; stack[sp - ${arg}].items.push(v); }`;
    case Op.MAP_ADD:
      return `{ const v = stack[--sp], k = stack[--sp]; stack[sp - ${arg}].set(k, v); }`;
    case Op.SET_ADD:
      return `{ const v = stack[--sp]; stack[sp - ${arg}].add(v); }`;
    case Op.UNPACK_SEQUENCE:
      return `{ const items = unpackSequence(stack[--sp], ${arg}); for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i]; }`;
    case Op.LOAD_ATTR:
      return `${ctx.lbl}: { const obj = stack[sp - 1]; const name = names[${arg >> 1}];
        if (obj instanceof PyObject && obj.dict !== null) { const nsp = loadAttrInstance(obj, name, ${arg & 1}, stack, sp, codeObj, ${at}); if (nsp !== 0) { sp = nsp; break ${ctx.lbl}; } }
        sp = loadAttrGeneric(obj, name, ${arg & 1}, stack, sp); }`;
    case Op.STORE_ATTR:
      return `{ const obj = stack[--sp], v = stack[--sp]; if (!(obj instanceof PyObject && obj.dict !== null && storeAttrInstance(obj, names[${arg}], v, codeObj, ${at}))) setattr(obj, names[${arg}], v); }`;
    case Op.CALL: case Op.CALL_KW: {
      const kw = op === Op.CALL_KW;
      return `{ ${kw ? "const kwnames = stack[--sp].items;" : "const kwnames = null;"} const base = sp - ${arg + 2};
        let callable = stack[base]; const selfOrNull = stack[base + 1]; let argStart = base + 2, nargs = ${arg};
        if (selfOrNull !== null) { argStart = base + 1; nargs++; }
        if (!(callable instanceof PyFunction) && selfOrNull === null && callable instanceof PyMethod) { stack[base + 1] = callable.self; callable = callable.func; argStart = base + 1; nargs++; }
        let r;
        if (callable instanceof PyFunction) { r = callPy(callable, stack, argStart, nargs, kwnames); if (r === RAISED) { f.sp = sp; f.jitExc = takeRaised(); return BAIL; } }
        else { r = call(callable, stack.slice(argStart, argStart + nargs), kwnames); tstate.frame = f; }
        sp = base; stack[sp++] = r; }`;
    }
    case Op.RETURN_VALUE:
      // a generator's frame says it finished, not yielded (the eval loop's entry-frame return)
      return ctx.gen ? `f.sp = sp - 1; f.ip = ${next}; f.yielded = false; return stack[--sp];` : "return stack[--sp];";
    case Op.YIELD_VALUE:
      // CPython: bytecodes.c YIELD_VALUE; the resumption pushes the sent value and enters at next
      return ctx.gen ? `{ const v = stack[--sp]; f.sp = sp; f.ip = ${next}; f.yielded = true; tstate.frame = f.back; return v; }` : null;
    case Op.MAKE_FUNCTION:
      return "stack[sp - 1] = newFunction(stack[sp - 1], f.globals);";
    case Op.BUILD_STRING:
      return `{ let s = ""; for (let i = sp - ${arg}; i < sp; i++) s += stack[i]; sp -= ${arg}; stack[sp++] = s; }`;
    case Op.FORMAT_SIMPLE:
      return `{ const v = stack[sp - 1]; if (typeof v !== "string") stack[sp - 1] = formatValue(v, ""); }`;
    case Op.FORMAT_WITH_SPEC:
      return `{ const spec = stack[--sp], v = stack[sp - 1]; stack[sp - 1] = formatValue(v, spec); }`;
    case Op.CONVERT_VALUE:
      return `{ const v = stack[sp - 1]; stack[sp - 1] = ${arg === 1 ? "str(v)" : arg === 2 ? "repr(v)" : "ascii(v)"}; }`;
    case Op.POP_EXCEPT:
      return "sp--; tstate.excInfo.pop();";
    case Op.PUSH_EXC_INFO:
      return `{ const exc = stack[sp - 1]; const prev = tstate.excInfo[tstate.excInfo.length - 1] ?? null; stack[sp - 1] = prev ?? None; stack[sp++] = exc; tstate.excInfo.push(exc); }`;
    case Op.CHECK_EXC_MATCH:
      return "stack[sp - 1] = excMatches(stack[sp - 2], stack[sp - 1]);";
    case Op.RAISE_VARARGS:
      // the exception goes back with the frame, not thrown (a JavaScript throw costs more than the
      // rest of a raise); a bare `raise` re-raises the handled exception (RERAISE, no new entry)
      return arg === 0 ? "f.sp = sp; f.jitExc = reraiseCurrent(); return BAIL;"
        : arg === 1 ? "{ const v = stack[--sp]; f.sp = sp; f.jitExc = raiseValue(v, undefined); return BAIL; }"
        : "{ const cause = stack[--sp], v = stack[--sp]; f.sp = sp; f.jitExc = raiseValue(v, cause); return BAIL; }";
    case Op.RERAISE:
      // RERAISE (values[oparg], exc): with oparg, f.lasti goes back to where the exception was first
      // raised (the traceback says so); its handler is still looked up from here
      return `{ const exc = stack[--sp]; ${arg ? `f.lasti = toLasti(stack[sp - ${arg}]); ` : ""}f.sp = sp; f.jitExc = exc; jitReraise(${at}); return BAIL; }`;
    case Op.LOAD_SUPER_ATTR:
      return `f.sp = sp; loadSuperAttr(f, ${arg}, null, null); sp = f.sp;`;
    case Op.CALL_FUNCTION_EX:
      return "f.sp = sp; callFunctionEx(f, null, null); sp = f.sp; tstate.frame = f;";
    case Op.LIST_EXTEND:
      return `{ const v = stack[--sp]; listExtend(stack[sp - ${arg}], v); }`;
    case Op.BUILD_MAP:
      return `{ const d = new PyDict(); const base = sp - ${2 * arg}; for (let i = 0; i < ${arg}; i++) d.set(stack[base + 2 * i], stack[base + 2 * i + 1]); sp = base; stack[sp++] = d; }`;
    case Op.BUILD_SET:
      return `{ const items = stack.slice(sp - ${arg}, sp); sp -= ${arg}; stack[sp++] = new PySet(items); }`;
    case Op.DELETE_SUBSCR:
      return "{ const key = stack[--sp], obj = stack[--sp]; delitem(obj, key); }";
    case Op.STORE_SLICE:
      return "{ const stop = stack[--sp], start = stack[--sp], obj = stack[--sp], v = stack[--sp]; setitem(obj, new PySlice(start, stop, None), v); }";
    case Op.DELETE_ATTR:
      return `delattr(stack[--sp], names[${arg}]);`;
    case Op.CALL_INTRINSIC_1:
      // INTRINSIC_UNARY_POSITIVE, INTRINSIC_LIST_TO_TUPLE; the others stay with the eval loop
      return arg === 5 ? "stack[sp - 1] = positive(stack[sp - 1]);" : arg === 6 ? "stack[sp - 1] = tuple(stack[sp - 1].items);" : null;
    default:
      return null;
  }
}
// events.ts's value, inlined in the source (the template runs where Ev is not in scope)
const Ev_RAISE = Ev.RAISE;
/** After an event whose callback may set f_lineno (LINE, PY_RESUME, PY_YIELD): hand the frame to
 *  the eval loop at the target, with lasti there so the line reached reports no LINE. */
const JUMPED = "if (f.jumpTo >= 0) { f.ip = f.lasti = f.jumpTo; f.jumpTo = -1; return BAIL; }";

/** Ops that never call out (no Python runs, nothing is rewritten): no rewrite check after them. */
const QUIET = new Set<number>([
  Op.NOP, Op.NOT_TAKEN, Op.CACHE, Op.COPY_FREE_VARS, Op.LOAD_FAST, Op.LOAD_FAST_BORROW, Op.LOAD_FAST_CHECK,
  Op.LOAD_FAST_AND_CLEAR, Op.LOAD_FAST_LOAD_FAST, Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW, Op.STORE_FAST,
  Op.STORE_FAST_LOAD_FAST, Op.STORE_FAST_STORE_FAST, Op.DELETE_FAST, Op.LOAD_CONST, Op.LOAD_SMALL_INT,
  Op.POP_TOP, Op.END_FOR, Op.POP_ITER, Op.PUSH_NULL, Op.COPY, Op.SWAP, Op.LOAD_DEREF, Op.STORE_DEREF,
  Op.MAKE_CELL, Op.UNARY_NOT, Op.IS_OP, Op.POP_JUMP_IF_FALSE, Op.POP_JUMP_IF_TRUE, Op.POP_JUMP_IF_NONE,
  Op.POP_JUMP_IF_NOT_NONE, Op.JUMP_FORWARD, Op.JUMP_BACKWARD_NO_INTERRUPT, Op.BUILD_TUPLE, Op.BUILD_LIST,
  Op.LIST_APPEND, Op.BUILD_STRING, Op.RETURN_VALUE, Op.LOAD_COMMON_CONSTANT, Op.POP_EXCEPT,
]);

interface Ctx {
  lbl: string;
  bail(at: number): string;
  /** hand the frame back at `next` if instrumentation rewrote the code meanwhile */
  check(next: number): string;
  /** compiling a generator */
  gen: boolean;
}

/** Build the JavaScript function for `code` as its units are now; null if it cannot be compiled. */
export function jitCompile(code: CodeObject, consts: unknown[], gIC: unknown): JitFn | null {
  if (!helpers || !jitEligible(code)) return null;
  const instrs = decode(code);
  const rewrites = code.rewrites;
  const gen = (code.co_flags & CO.GENERATOR) !== 0;
  // the case labels: entry at 0, every jump target, and every instruction after one that hands
  // its next instruction index back through the frame (the INSTRUMENTED_* twins) or after a RESUME
  const labels = new Set<number>([0]);
  // exception handlers: the eval loop's unwinding finds one and enters the compiled code there
  for (const h of code.exceptionTable) labels.add(h.target);
  for (const ins of instrs) {
    const t = jumpTarget(baseOf(ins.op), ins.arg, ins.next);
    if (t >= 0) labels.add(t);
    if (ins.op >= 0 && DE_INSTRUMENT[ins.op]) labels.add(ins.next);
    if (baseOf(ins.op) === Op.RESUME || baseOf(ins.op) === Op.YIELD_VALUE) labels.add(ins.next);
  }
  const quietLines = quietLineStarts(code, instrs);
  const check = (next: number): string => `if (codeObj.rewrites !== ${rewrites}) { f.sp = sp; f.ip = ${next}; return BAIL; }`;
  const bail = (at: number): string => `{ ${BAIL_STATS ? `noteBail(codeObj, ${at}); ` : ""}f.sp = sp; f.ip = ${at}; return BAIL; }`;
  const out: string[] = [];
  let n = 0;
  for (const ins of instrs) {
    const { start: at, first, op, arg, next } = ins;
    if (labels.has(at)) out.push(`case ${at}:`);
    const ctx: Ctx = { lbl: `L${n++}`, bail, check, gen };
    if (first === Op.INSTRUMENTED_INSTRUCTION || op === Op.INSTRUMENTED_INSTRUCTION || op === Op.INSTRUMENTED_LINE) {
      out.push(bail(at));
      continue;
    }
    const base = baseOf(op);
    const body = template(base, arg, at, next, ctx);
    if (body === null) {
      out.push(bail(at));
      continue;
    }
    const line = first === Op.INSTRUMENTED_LINE && !quietLines.has(at);
    let pre: string;
    if (!line && base === op) {
      pre = `f.lasti = ${at};\n`;
    } else {
      // p: the previous instruction (CPython: frame->instr_ptr before this one), for LINE and BRANCH
      // no event fires while a callback runs (mon.tracing): the trace function's own code, which
      // settrace instruments as it does every function, runs its plain instructions then (the
      // bodies below), without a call into the monitoring for each event that would not fire
      pre = `{ const p = f.lasti; f.lasti = ${at}; if (mon.tracing === 0) {\n`;
      if (line) {
        // CPython: INSTRUMENTED_LINE -> _Py_call_instrumentation_line; a callback that rewrote this
        // code (DISABLE, new events) hands the frame back at this instruction with lasti here, so
        // the eval loop runs it without a second LINE
        // The unit is read first: a LINE taken away since compiling (a DISABLE, the last tool leaving
        // the line) rewrites it without counting a rewrite (instrument.ts deInstrumentLine)
        pre += `if ((codeObj.code[${at}] & 0xff) === ${Op.INSTRUMENTED_LINE}) { f.sp = sp; fireLine(codeObj, ${at}, p, codeObj.code[p] & 0xff, f); ${JUMPED} if (codeObj.rewrites !== ${rewrites}) ${bail(at)} }\n`;
      }
      if (op === Op.INSTRUMENTED_RESUME) {
        // every traced call passes here: its event straight, then the plain RESUME below (CPython:
        // INSTRUMENTED_RESUME = _MAYBE_INSTRUMENT, _CHECK_PERIODIC_IF_NOT_YIELD_FROM, _MONITOR_RESUME)
        pre += `if (codeObj.instrumentationVersion !== mon.version) ${bail(at)}
        // (a PY_RESUME callback that set f_lineno hands the frame back at its target)
        checkBreak(); f.sp = sp; fireResume(codeObj, ${at}, ${arg}, f); ${JUMPED} ${check(next)}\n`;
      } else if (op === Op.INSTRUMENTED_RETURN_VALUE) {
        // PY_RETURN with the value, then the plain instruction below
        pre += `f.sp = sp; fire1(codeObj, ${Ev.PY_RETURN}, ${at}, ${at}, stack[sp - 1]);\n`;
      } else if (op === Op.INSTRUMENTED_YIELD_VALUE) {
        // PY_YIELD with the value, then the plain instruction below, unless a callback set
        // f_lineno (no yield then: the frame goes on at its target)
        pre += `f.sp = sp; mon.jumpFrame = f; mon.jumpFrom = -1; fire1(codeObj, ${Ev.PY_YIELD}, ${at}, ${at}, stack[sp - 1]); ${JUMPED}\n`;
      } else if (base !== op) {
        // an INSTRUMENTED_* twin: its event (and, for some, the whole instruction) in instrumented()
        pre += `f.sp = sp; f.ip = ${next}; const r = instrumented(f, ${op}, ${arg}, p); sp = f.sp;
        if (r < 0) { if (codeObj.rewrites !== ${rewrites}) return BAIL; pc = f.ip; continue; }\n`;
      }
      pre += "} }\n";
    }
    out.push(`// ${at}: ${opName(op)} ${arg}\n${pre}${body}${(QUIET.has(base) && base === op) || base === Op.RETURN_VALUE || base === Op.RAISE_VARARGS || base === Op.RERAISE ? "" : "\n" + check(next)}`);
  }
  const src = `"use strict";
const { ${helperNames} } = H;
return function ${jsName(code)}(f) {
  const stack = f.stack, names = codeObj.co_names;
  let sp = f.sp, pc = f.ip;
  try {
    for (;;) {
      switch (pc) {
${out.join("\n")}
      default:
        f.sp = sp; f.ip = pc; return BAIL;
      }
      // falling off the end cannot happen: the last instruction returns, raises or jumps
      f.sp = sp; f.ip = ${code.code.length}; return BAIL;
    }
  } catch (e) {
    f.sp = sp; f.jitExc = e; return BAIL;
  }
};`;
  if (JIT_DEBUG === "2") console.error(`jit: ${code.co_qualname}\n${src}`);
  else if (JIT_DEBUG === "1") console.error(`jit: ${code.co_qualname} (${instrs.length} instructions)`);
  try {
    return new Function("H", "codeObj", "consts", "BAIL", "noteBail", "gIC", src)(helpers, code, consts, BAIL, noteBail, gIC) as JitFn;
  } catch (e) {
    // a template that does not parse is a bug here, not in the program: run the eval loop instead
    if (JIT_DEBUG) console.error(`jit: ${code.co_qualname}: ${(e as Error).message}\n${src}`);
    return null;
  }
}

// TSPY_JIT_DEBUG=bails: count where compiled code hands frames back, print the top at exit
const BAIL_STATS = JIT_DEBUG === "bails";
const bailCounts = new Map<string, number>();
function noteBail(code: CodeObject, at: number): void {
  const k = `${code.co_qualname} @${at} ${opName(code.code[at] & 0xff)}`;
  bailCounts.set(k, (bailCounts.get(k) ?? 0) + 1);
}
if (BAIL_STATS) {
  process.on("exit", () => {
    for (const [k, n] of [...bailCounts].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.error(`bail ${n} ${k}`);
  });
}

function jsName(code: CodeObject): string {
  const n = code.co_name.replace(/[^A-Za-z0-9_$]/g, "_");
  return `py_${n}`;
}
