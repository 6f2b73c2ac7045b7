// The eval loop (CPython: Python/ceval.c, Python/bytecodes.c). Frames are heap objects;
// a Python-to-Python call pushes a frame and continues in the same loop, so deep Python recursion
// never deepens the JS stack (RecursionError comes from the frame count, at the recursion limit).
// Native code calling back into Python (sorted's key=, __eq__ from a dict, ...) runs a nested loop.
import { CodeObject, CO } from "../compile/code.js";
import { ConstTuple, type ConstKey } from "../compile/codegen.js";
import { ConstFrozenSet, ConstSlice } from "../compile/consts.js";
import { findHandler } from "../compile/exceptiontable.js";
import { Op, OPCODES } from "../compile/opcodes.js";
import { PY_ELLIPSIS, PyBytes, PyComplex } from "../parse/constants.js";
import { newComplex } from "../objects/complex.js";
import { ATTR_PLAIN_GET, ATTR_PLAIN_SET, typeVersion, Ellipsis, None, PyObject, PyType, typeOf, type PyValue } from "../objects/object.js";
import {
  binaryOp, call, contains, delattr, delitem, getattr, getitem, inplaceOp, invert, iter, negative, next, positive,
  richCompare, richCompareBool, setattr, setitem, str, repr, truthy, Cmp, PySlice, descrGet, installVmHooks, recursionLimit,
  getattrOrUndefined, attributeError, iterateToArray, objectGetattribute, iterateToListItems, typeName, len as pyLen, PyMethodDescr, exhausted, PyNativeIterator,
} from "../objects/abstract.js";
import {
  AttributeError, NameError, PyBaseException, pyError, RecursionError, SystemError, TypeError, UnboundLocalError,
  ValueError, BaseException, StopIteration, KeyError, EXCEPTION_TYPES, setExcField,
} from "../objects/exceptions.js";
import { float, normBig, PyFloat } from "../objects/numbers.js";
import { FloatType } from "../objects/object.js";
import { PyDict, PyList, PyTuple, tuple } from "../objects/containers.js";
import { PyCell, PyFunction, PyMethod } from "../objects/functions.js";
import { formatValue } from "../objects/format.js";
import { dictUpdate } from "../objects/typeslots.js";
import { PyBytesObject } from "../objects/bytes.js";
import { PySet, pushAll } from "../objects/containers.js";
import { CoroutineType, GeneratorType, installResumer, PyGenerator, stopIterationValue } from "../objects/generators.js";
import { mon } from "../../monitor/state.js";
import { CACHE_OF, instrument, type CoMonitoringData } from "../../monitor/instrument.js";
import { fire1, fireException, fireLine, fireInstruction, fireResume } from "../../monitor/fire.js";
import { Ev } from "../../monitor/events.js";
import type { LegacyFrame } from "../../monitor/legacy.js";
import { MIN_INSTRUMENTED_OPCODE } from "../compile/opcodes.js";
import { instrumented } from "./instrumented.js";
import { awaitIterator, specialMethodError, unpackEx, unpackSequence } from "./unpack.js";
import { tracebackOf } from "../objects/excobject.js";
import { buildInterpolation, buildTemplate } from "../objects/template.js";
import { installCallerModule, makeTypeAlias, makeTypeParam, setTypeParamDefault, subscriptGeneric } from "../objects/typevars.js";
import { AsyncGeneratorType, AsyncGenWrapped, getAIter, getANext, installAwaitableIter, PyAsyncGenerator } from "../objects/asyncgen.js";
import { checkExceptStarType, exceptionGroupMatch, prepReraiseStar } from "../objects/excgroup.js";

/** The largest int kept as a JS number (numbers.ts MAX_SAFE): beyond it ints are BigInts. */
const MAX_SAFE_INT = Number.MAX_SAFE_INTEGER;

/** A NULL on the value stack (CPython's NULL / PyStackRef_NULL). */
type Slot = PyValue | null;

/** Inline cache units per opcode, INSTRUMENTED_* twins sharing their base's. */
const CACHE = CACHE_OF;

export class Frame {
  readonly code: CodeObject;
  readonly consts: PyValue[];
  globals: PyDict;
  builtins: PyDict;
  /** module/class namespace (LOAD_NAME/STORE_NAME), null for functions */
  locals: PyDict | null;
  /** locals, cells and frees (CPython: localsplus), then the value stack from index code.nlocalsplus */
  readonly fast: (PyValue | PyCell | undefined)[];
  /** the same array as `fast`: the value stack is stack[code.nlocalsplus .. sp) */
  readonly stack: Slot[];
  sp = 0;
  /** index of the next code unit to execute */
  ip = 0;
  /** index of the instruction being executed (for tracebacks and exception handlers) */
  lasti = 0;
  back: Frame | null = null;
  func: PyFunction | null;
  /** set while the frame runs as a native call's nested loop: returning to it ends that loop */
  entry = false;
  /** run by native code that never handles the frame's exceptions (a class body, an imported
   *  module's code): a debugger looking for a handler looks through it to the caller */
  transparent = false;
  /** while an exception unwinds through the frame: the instruction it is raised at (the handler is
   *  looked up from here; f.lasti is where the traceback says, which RERAISE may move) */
  curInstr = 0;
  /** the last return from execute() was a yield (generator frames) */
  yielded = false;
  /** the generator or coroutine object owning this frame, if any */
  gen: PyGenerator | null = null;
  /** the Python-visible frame object (frameobject.ts), made on first use */
  pyFrame: LegacyFrame | null = null;
  /** a suspended generator's handled exceptions (gi_exc_state), restored when it resumes */
  savedExc: (PyBaseException | null)[] | null = null;
  /** something outside the call stack may hold this frame (a frame object, a traceback, a debugger
   *  stop): it is never reused for another call (pinFrame) */
  pinned = false;
  /** an exception compiled code handed back with the frame (jit.ts): the eval loop raises it at lasti */
  jitExc: unknown = null;
  /** an entry frame (see `entry`) whose caller is compiled Python code, not native code: nothing
   *  between the two can catch an exception (the debugger's uncaught-exception test) */
  pyCall = false;
  /** set by f_lineno's setter in an event's callback (frameobject.ts setLineno): the instruction
   *  the frame goes on at once the callback returns, -1 = none (a callback that raises after setting
   *  it abandons the jump: raiseAt clears it). lasti is there already (f_lineno and a traceback read
   *  the target, as CPython's frame->instr_ptr); jumpOrigin is the event's instruction, where an
   *  exception the callback raises then is handled (CPython: exception_unwind's INSTR_OFFSET) */
  jumpTo = -1;
  jumpOrigin = -1;

  constructor(code: CodeObject, globals: PyDict, builtins: PyDict, locals: PyDict | null, func: PyFunction | null) {
    this.code = code;
    const rt = (code.vm as CodeRT | null) ?? codeRT(code);
    this.consts = rt.consts;
    this.globals = globals;
    this.builtins = builtins;
    this.locals = locals;
    this.func = func;
    // one array for the locals and the value stack above them, as CPython's localsplus: a copy of a
    // packed template (one allocation and a memcpy, no fill loop); the stack starts at nlocalsplus
    this.stack = rt.template.slice() as Slot[];
    this.fast = this.stack as (PyValue | PyCell | undefined)[];
    this.sp = rt.stackBase;
  }

  get lineno(): number {
    return lineAt(this.code, this.lasti);
  }
}

/** What every frame of a code object shares, made once per code object (code.vm). */
interface CodeRT {
  /** frames of this code that returned with nothing holding them, linked through `back`, for the
   *  next call to reuse (CPython gets the same from its per-thread frame stack: a call's frame is
   *  a bump in the datastack, not an allocation) */
  free: Frame | null;
  consts: PyValue[];
  /** a new frame's localsplus: nlocalsplus unbound locals, then co_stacksize + 1 empty stack slots */
  template: (PyValue | PyCell | undefined | null)[];
  /** where the value stack starts (code.nlocalsplus) */
  stackBase: number;
  /** how many arguments a call binds straight into the first locals (exactArgs), -1 if none */
  exactArgs: number;
  /** the compiled function (jit.ts), for the code as it was at jitRewrites rewrites */
  jit: JitFn | null;
  jitRewrites: number;
  /** calls and backward jumps so far, toward JIT_HOT */
  hot: number;
  /** calls so far (until compiled) */
  calls: number;
  /** its backward jumps, counted when first needed (-1 before) */
  loops: number;
  /** never compiled (a generator, or compiling failed) */
  jitOff: boolean;
  /** LOAD_ATTR/STORE_ATTR inline caches, by instruction index, made on first use */
  attrIC: AttrIC | null;
  /** LOAD_GLOBAL inline caches, by instruction index, made on first use */
  globalIC: GlobalIC | null;
}
/** Where a LOAD_GLOBAL found its name: the index in the globals' (or, with gIndex -1, the builtins')
 *  entries, valid while neither dict gains or loses a key (their versions; CPython: the inline
 *  cache's dict keys versions, LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN). */
interface GlobalIC {
  globals: (PyDict | undefined)[];
  gVersion: number[];
  gIndex: number[];
  builtins: (PyDict | undefined)[];
  bVersion: number[];
  bIndex: number[];
}
/** The code object's LOAD_GLOBAL caches, made on first use. */
function globalIC(code: CodeObject): GlobalIC {
  const rt = code.vm as CodeRT;
  if (rt.globalIC) return rt.globalIC;
  const n = code.code.length;
  return (rt.globalIC = {
    globals: new Array(n).fill(undefined), gVersion: new Array(n).fill(-1), gIndex: new Array(n).fill(-1),
    builtins: new Array(n).fill(undefined), bVersion: new Array(n).fill(-1), bIndex: new Array(n).fill(-1),
  });
}
function loadGlobal(f: Frame, name: string, at: number): PyValue {
  const g = f.globals, b = f.builtins;
  const rt = f.code.vm as CodeRT;
  let ic = rt.globalIC;
  if (ic && ic.globals[at] === g && ic.gVersion[at] === g.version) {
    const i = ic.gIndex[at];
    if (i >= 0) return g.vals[i];
    if (ic.builtins[at] === b && ic.bVersion[at] === b.version) return b.vals[ic.bIndex[at]];
  }
  if (!ic) ic = globalIC(f.code);
  const gi = g.indexOfStr(name);
  ic.globals[at] = g; ic.gVersion[at] = g.version; ic.gIndex[at] = gi;
  if (gi >= 0) return g.vals[gi];
  const bi = b.indexOfStr(name);
  if (bi < 0) {
    ic.globals[at] = undefined;
    throw nameError(name);
  }
  ic.builtins[at] = b; ic.bVersion[at] = b.version; ic.bIndex[at] = bi;
  return b.vals[bi];
}
/** An attribute instruction's last type (with the type version it was filled under: any change to
 *  any class empties them all) and what the class had under the name, null for nothing (CPython:
 *  the inline cache's type_version and descriptor, Include/internal/pycore_code.h). */
interface AttrIC {
  type: (PyType | undefined)[];
  version: number[];
  descr: (PyValue | null)[];
}
function attrIC(code: CodeObject): AttrIC {
  const rt = code.vm as CodeRT;
  if (rt.attrIC) return rt.attrIC;
  const n = code.code.length;
  return (rt.attrIC = { type: new Array(n).fill(undefined), version: new Array(n).fill(-1), descr: new Array(n).fill(null) });
}
function codeRT(code: CodeObject): CodeRT {
  const rt: CodeRT = {
    free: null,
    consts: (code.co_consts as unknown as ConstKey[]).map(toPy),
    template: [...new Array(code.nlocalsplus).fill(undefined), ...new Array(code.co_stacksize + 1).fill(null)],
    stackBase: code.nlocalsplus,
    exactArgs: exactArgs(code, code.co_argcount) ? code.co_argcount : -1,
    jit: null,
    jitRewrites: 0,
    hot: 0,
    calls: 0,
    loops: -1,
    jitOff: !jitEligible(code),
    attrIC: null,
    globalIC: null,
  };
  code.vm = rt;
  return rt;
}
installCodeConsts((c) => constsOf(c));
function constsOf(code: CodeObject): PyValue[] {
  return ((code.vm as CodeRT | null) ?? codeRT(code)).consts;
}

function toPy(k: ConstKey): PyValue {
  if (k === null) return None;
  switch (typeof k) {
    case "string": case "boolean": return k;
    case "bigint": return normBig(k);
    case "number": return float(k);
    case "symbol": return Ellipsis;
  }
  if (k instanceof ConstTuple) return tuple(k.items.map(toPy));
  if (k instanceof ConstFrozenSet) return new PySet(k.items.map(toPy), true);
  if (k instanceof ConstSlice) return new PySlice(toPy(k.start), toPy(k.stop), toPy(k.step));
  if (k instanceof CodeObject) return k as unknown as PyValue;
  if (k instanceof PyBytes) return new PyBytesObject(k.bytes);
  if (k instanceof PyComplex) return newComplex(k.real, k.imag);
  void PY_ELLIPSIS;
  return k as unknown as PyValue;
}

/** The line of the instruction at code unit `unit` (co_positions). */
import { decodeLineTable } from "../compile/linetable.js";
const lineCache = new WeakMap<CodeObject, Int32Array>();
export function lineAt(code: CodeObject, unit: number): number {
  let lines = lineCache.get(code);
  if (!lines) {
    lines = new Int32Array(code.code.length).fill(-1);
    for (const e of decodeLineTable(code.co_linetable, code.co_firstlineno)) for (let u = e.start; u < e.end; u++) lines[u] = e.lineno;
    lineCache.set(code, lines);
  }
  return lines[unit] ?? -1;
}

// ---- the thread state ---------------------------------------------------------------------------

export class ThreadState {
  frame: Frame | null = null;
  depth = 0;
  /** the exception being handled (sys.exception()), innermost last */
  excInfo: (PyBaseException | null)[] = [];
}
export const tstate = new ThreadState();

// ---- calls ---------------------------------------------------------------------------------------

/** Bind call arguments to a new frame's fast locals (CPython: Python/ceval.c initialize_locals). */
function bindArgs(f: PyFunction, frame: Frame, args: readonly Slot[], argStart: number, nargs: number, kwnames: readonly string[] | null): void {
  const code = f.code as CodeObject;
  const fast = frame.fast;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = nargs - nkw;
  const argcount = code.co_argcount;
  const kwonly = code.co_kwonlyargcount;
  const varargs = (code.co_flags & CO.VARARGS) !== 0;
  const varkw = (code.co_flags & CO.VARKEYWORDS) !== 0;
  const total = argcount + kwonly;
  let kwdict: PyDict | null = null;
  if (varkw) {
    kwdict = new PyDict();
    fast[total + (varargs ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, argcount);
  for (let i = 0; i < n; i++) fast[i] = args[argStart + i] as PyValue;
  if (varargs) {
    const extra: PyValue[] = [];
    for (let i = n; i < npos; i++) extra.push(args[argStart + i] as PyValue);
    fast[total] = tuple(extra);
  } else if (npos > argcount) {
    throw tooManyPositional(f, npos, nkw);
  }
  const names = code.localsplusnames;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    const value = args[argStart + npos + k] as PyValue;
    let idx = -1;
    for (let j = code.co_posonlyargcount; j < total; j++) if (names[j] === name) { idx = j; break; }
    if (idx < 0) {
      if (kwdict) { kwdict.set(name, value); continue; }
      // positional_only_passed_as_keyword: every such name, in the order given
      const posonlyNames = names.slice(0, code.co_posonlyargcount);
      const passed = kwnames!.filter((k) => posonlyNames.includes(k));
      if (passed.length) throw pyError(TypeError, `${f.qualname}() got some positional-only arguments passed as keyword arguments: '${passed.join(", ")}'`);
      throw pyError(TypeError, `${f.qualname}() got an unexpected keyword argument '${name}'`);
    }
    if (fast[idx] !== undefined) throw pyError(TypeError, `${f.qualname}() got multiple values for argument '${name}'`);
    fast[idx] = value;
  }
  // defaults
  if (npos < argcount) {
    const defaults = f.defaults ?? [];
    const firstDefault = argcount - defaults.length;
    const missing: string[] = [];
    for (let i = npos; i < argcount; i++) {
      if (fast[i] !== undefined) continue;
      if (i >= firstDefault) fast[i] = defaults[i - firstDefault];
      else missing.push(names[i]);
    }
    if (missing.length) throw missingArgs(f, missing, "positional");
  }
  if (kwonly) {
    const missing: string[] = [];
    for (let i = argcount; i < total; i++) {
      if (fast[i] !== undefined) continue;
      const d = f.kwdefaults?.get(names[i]);
      if (d !== undefined) fast[i] = d;
      else missing.push(names[i]);
    }
    if (missing.length) throw missingArgs(f, missing, "keyword-only");
  }
}

function tooManyPositional(f: PyFunction, given: number, nkw: number): PyBaseException {
  const code = f.code as CodeObject;
  const defaults = f.defaults?.length ?? 0;
  const argcount = code.co_argcount;
  const takes = defaults ? `from ${argcount - defaults} to ${argcount}` : String(argcount);
  const plural = defaults ? "s" : argcount === 1 ? "" : "s";
  const was = given === 1 ? "was" : "were";
  const kwNote = nkw ? ` positional argument${given === 1 ? "" : "s"} (and ${nkw} keyword-only argument${nkw === 1 ? "" : "s"})` : "";
  if (nkw) return pyError(TypeError, `${f.qualname}() takes ${takes} positional argument${plural} but ${given}${kwNote} were given`);
  return pyError(TypeError, `${f.qualname}() takes ${takes} positional argument${plural} but ${given} ${was} given`);
}

function missingArgs(f: PyFunction, names: string[], kind: string): PyBaseException {
  const quoted = names.map((n) => `'${n}'`);
  const list = quoted.length === 1 ? quoted[0] : quoted.length === 2 ? `${quoted[0]} and ${quoted[1]}` : `${quoted.slice(0, -1).join(", ")}, and ${quoted[quoted.length - 1]}`;
  return pyError(TypeError, `${f.qualname}() missing ${names.length} required ${kind} argument${names.length === 1 ? "" : "s"}: ${list}`);
}

/** Mark `f` and its callers as held from outside the call stack: none of them is reused. */
export function pinFrame(f: Frame | null): void {
  for (; f !== null && !f.pinned; f = f.back) f.pinned = true;
}

/** A returned function frame goes back to its code's free list unless something may still hold it.
 *  Its locals are cleared (no stale references); its stack slots are always written before read. */
function releaseFrame(frame: Frame): void {
  if (frame.pinned || frame.gen !== null) return;
  const rt = frame.code.vm as CodeRT;
  const fast = frame.fast;
  for (let i = rt.stackBase - 1; i >= 0; i--) fast[i] = undefined;
  frame.back = rt.free;
  frame.func = null;
  rt.free = frame;
}

/** A frame for a call of `f`: its code's free list first (arguments not bound yet). */
function frameFor(f: PyFunction, code: CodeObject): Frame {
  const rt = code.vm as CodeRT | null;
  if (rt === null || rt.free === null) return new Frame(code, f.globals, builtinsOf(f.globals), null, f);
  const frame = rt.free;
  rt.free = frame.back;
  resetFrame(frame, f, rt);
  return frame;
}

/** A frame from a free list made ready for a new call of `f` (arguments not bound yet). */
function resetFrame(frame: Frame, f: PyFunction, rt: CodeRT): void {
  frame.back = null;
  frame.globals = f.globals;
  frame.builtins = builtinsDict;
  frame.func = f;
  frame.sp = rt.stackBase;
  frame.ip = 0;
  frame.lasti = 0;
  frame.entry = false;
  frame.curInstr = 0;
  frame.yielded = false;
  frame.jumpTo = -1;
  frame.locals = null;
  frame.transparent = false;
  // a frame object lent to a trace function that could not keep it (frameobject.ts): nobody else
  // holds it, so it serves this call too, as it would be made new (CPython: f_trace None,
  // f_trace_lines True, f_trace_opcodes False)
  const o = frame.pyFrame;
  if (o !== null) {
    o.trace = null;
    o.traceLines = true;
    o.traceOpcodes = false;
    o.linenoOverride = 0;
  }
}

/** Do the arguments go straight into the first n locals? Exactly the positional parameters, nothing
 *  else to bind (CPython: the specializer's CALL_PY_EXACT_ARGS). */
function exactArgs(code: CodeObject, nargs: number): boolean {
  return nargs === code.co_argcount && (code.co_flags & (CO.VARARGS | CO.VARKEYWORDS)) === 0 && code.co_kwonlyargcount === 0;
}

/** The closure's cells go in the frame's last locals. */
function bindClosure(f: PyFunction, code: CodeObject, frame: Frame): void {
  const closure = f.closure!;
  const nfree = closure.length;
  const base = code.nlocalsplus - nfree;
  for (let i = 0; i < nfree; i++) frame.fast[base + i] = closure[i];
}

function newFrame(f: PyFunction, args: readonly Slot[], argStart: number, nargs: number, kwnames: readonly string[] | null): Frame {
  const code = f.code as CodeObject;
  const frame = frameFor(f, code);
  if (kwnames === null && exactArgs(code, nargs)) {
    const fast = frame.fast;
    for (let i = 0; i < nargs; i++) fast[i] = args[argStart + i] as PyValue;
  } else {
    bindArgs(f, frame, args, argStart, nargs, kwnames);
  }
  if (f.closure) bindClosure(f, code, frame);
  return frame;
}

let builtinsDict: PyDict = new PyDict();
export { builtinsDict_ as builtinsDict };
/** The builtins namespace now in use. */
export function builtinsNamespace(): PyDict {
  return builtinsDict;
}
installDefaultBuiltins(() => builtinsDict);
export function setBuiltins(d: PyDict): void {
  builtinsDict = d;
}
function builtinsOf(_globals: PyDict): PyDict {
  return builtinsDict;
}
/** The builtins namespace frames run with. */
export function builtinsDict_(): PyDict {
  return builtinsDict;
}

installVmHooks({
  // a Python function called from native code (a dunder method, __init__, a key function): one
  // frame entry (enterPy), where runFrame would add its own try/finally
  callFunction(f, args, kwnames) {
    const r = enterPy(newFrame(f, args, 0, args.length, kwnames), false);
    if (r === RAISED) throw takeRaised();
    return r;
  },
  // a trace or profile function, called for every event: no argument array
  callFunction3(f, a, b, c) {
    const code = f.code as CodeObject;
    const rt = code.vm as CodeRT | null;
    // compiled, three positional parameters, no cells, a frame to reuse: enterPy and jitEnter's
    // work, in one function (a trivial tracer's call is most of a traced line's cost)
    if (rt !== null) {
      const fn = rt.jit, frame = rt.free;
      if (fn !== null && frame !== null && rt.jitRewrites === code.rewrites && rt.exactArgs === 3 && f.closure === null &&
          jitDepth < JIT_MAX_DEPTH && tstate.depth < recursionLimit) {
        rt.free = frame.back;
        resetFrame(frame, f, rt);
        const fast = frame.fast;
        fast[0] = a; fast[1] = b; fast[2] = c;
        frame.entry = true;
        frame.pyCall = false;
        const saved = tstate.frame;
        frame.back = saved;
        tstate.depth++;
        tstate.frame = frame;
        jitDepth++;
        const r = fn(frame);
        jitDepth--;
        if (r !== BAIL) {
          tstate.depth--;
          tstate.frame = saved;
          releaseFrame(frame);
          return r as PyValue;
        }
        const r2 = finishPy(frame, r, saved);
        if (r2 === RAISED) throw takeRaised();
        return r2;
      }
    }
    let frame: Frame;
    if (exactArgs(code, 3)) {
      frame = frameFor(f, code);
      const fast = frame.fast;
      fast[0] = a; fast[1] = b; fast[2] = c;
      if (f.closure) bindClosure(f, code, frame);
    } else {
      frame = newFrame(f, [a, b, c], 0, 3, null);
    }
    const r = enterPy(frame, false);
    if (r === RAISED) throw takeRaised();
    return r;
  },
});

/** Run a frame (and every frame it calls) to completion; returns its return value. */
export function runFrame(frame: Frame, throwExc: PyBaseException | null = null, pyCall = false): PyValue {
  frame.entry = true;
  frame.pyCall = pyCall;
  frame.back = tstate.frame;
  if (++tstate.depth > recursionLimit) {
    tstate.depth--;
    throw pyError(RecursionError, "maximum recursion depth exceeded");
  }
  const saved = tstate.frame;
  try {
    if (throwExc === null && jitEnabled) {
      let r = jitEnter(frame);
      while (r === BAIL && frame.jitExc !== null) {
        const exc = unwindCompiled(frame);
        if (exc !== null) throw exc;
        r = jitEnter(frame); // the handler (a case of the compiled function)
      }
      if (r !== NOT_JIT && r !== BAIL) return r as PyValue;
    }
    return execute(frame, throwExc);
  } finally {
    tstate.depth--;
    tstate.frame = saved;
  }
}

installResumer((frame, value, exc) => {
  const f = frame as Frame;
  f.yielded = false;
  if (!exc) f.stack[f.sp++] = value as PyValue;
  // the generator's own exception state (gi_exc_state): handlers it is suspended in stay with it
  const excInfo = tstate.excInfo, base = excInfo.length;
  if (f.savedExc) { excInfo.push(...f.savedExc); f.savedExc = null; }
  try {
    const v = runFrame(f, exc);
    if (f.yielded && excInfo.length > base) f.savedExc = excInfo.splice(base);
    f.back = null; // suspended or finished: no caller (see RETURN_GENERATOR)
    return { yielded: f.yielded, value: v };
  } finally {
    if (excInfo.length !== base) excInfo.length = base; // (setting length is not free)
  }
});

/** LOAD_ATTR on an instance of a Python class whose attribute protocol is the generic one
 *  (CPython's specializations LOAD_ATTR_INSTANCE_VALUE, LOAD_ATTR_METHOD_WITH_VALUES): an
 *  attribute of the instance dict, or a function of the class bound as a method (the method form
 *  pushes function and self, as _PyObject_GetMethod). Returns the new stack pointer, or 0 when the
 *  generic path must decide. */
function loadAttrInstance(obj: PyObject, name: string, methodForm: number, stack: Slot[], sp: number, code: CodeObject, at: number): number {
  const t = obj.type;
  const ic = attrIC(code);
  let d: PyValue | null;
  if (ic.type[at] === t && ic.version[at] === typeVersion) {
    d = ic.descr[at];
  } else {
    if ((t.getAttrFacts() & ATTR_PLAIN_GET) === 0) return 0;
    d = t.lookup(name) ?? null;
    ic.type[at] = t; ic.version[at] = typeVersion; ic.descr[at] = d;
  }
  const dict = obj.dict!;
  if (d === null) {
    const v = dict.getStr(name);
    if (v === undefined) return 0;
    stack[sp - 1] = v;
    if (methodForm) stack[sp++] = null;
    return sp;
  }
  if (d instanceof PyFunction && dict.getStr(name) === undefined) {
    if (methodForm) {
      stack[sp - 1] = d;
      stack[sp++] = obj;
    } else {
      stack[sp - 1] = new PyMethod(d, obj);
    }
    return sp;
  }
  return 0;
}

/** STORE_ATTR_INSTANCE_VALUE: no __setattr__ of the class's own and no class attribute of that name
 *  (so no descriptor): straight into the instance dict. False when the generic path must decide. */
function storeAttrInstance(obj: PyObject, name: string, v: PyValue, code: CodeObject, at: number): boolean {
  const t = obj.type;
  const ic = attrIC(code);
  if (ic.type[at] !== t || ic.version[at] !== typeVersion) {
    if ((t.getAttrFacts() & ATTR_PLAIN_SET) === 0 || t.lookup(name) !== undefined) return false;
    ic.type[at] = t; ic.version[at] = typeVersion; ic.descr[at] = null;
  }
  obj.dict!.set(name, v);
  return true;
}

// ---- the loop ------------------------------------------------------------------------------------

function execute(entry: Frame, throwExc: PyBaseException | null): PyValue {
  let f = entry;
  let pending = throwExc;
  tstate.frame = f;
  let code = f.code.code;
  let stack = f.stack;
  let fast = f.fast;
  let consts = f.consts;
  let names = f.code.co_names;
  // the stack pointer and the instruction pointer live in locals while the frame runs; they are
  // written back to the frame (f.sp, f.ip) wherever anything else may look at them: frame switches,
  // returns and yields, and the helpers that take the frame
  let sp = 0, ip = 0;
  // the instruction executing now (f.lasti, which RERAISE may move for the traceback; the exception
  // handler is looked up from here) and so, at the top of the loop, the previous one (LINE events)
  let lastI = 0;
  for (;;) {
    // an exception raised by the instruction at lastI: `raise` and RERAISE set it and leave the
    // instruction loop (`break run`) instead of throwing (a JavaScript throw costs more than the rest
    // of a raise); anything else that raises throws, and the catch sets it
    let raised: unknown;
    try {
      sp = f.sp; ip = f.ip; lastI = f.lasti;
      if (pending) {
        // a generator resumed by throw(): PY_THROW, then the exception is raised at the yield
        // (CPython: ceval.c _PyEval_EvalFrameDefault throwflag, monitor_throw)
        const e = pending;
        pending = null;
        // frame->instr_ptr is at the RESUME after the yield (YIELD_VALUE advanced it); the handler is
        // still looked up from the yield (ceval.c exception_unwind: INSTR_OFFSET()-1)
        f.lasti = ip; // lastI stays at the yield
        if (mon.globalTools[Ev.PY_THROW] && !mon.tracing) {
          instrument(f.code);
          throw monitorException(f, Ev.PY_THROW, f.lasti, e);
        }
        throw e;
      }
      run: for (;;) {
        const lasti = ip;
        const prev = lastI; // the previous instruction (CPython: frame->instr_ptr), for LINE events
        f.lasti = lastI = lasti;
        let unit = code[ip++];
        let op = unit & 0xff;
        let arg = unit >> 8;
        while (op === Op.EXTENDED_ARG) {
          unit = code[ip++];
          op = unit & 0xff;
          arg = (arg << 8) | (unit >> 8);
        }
        ip += CACHE[op];
        // INSTRUMENTED_LINE / INSTRUMENTED_INSTRUCTION fire their event, then run the instruction they
        // stand for: `continue dispatch` with op set to it (CPython: DISPATCH_GOTO)
        dispatch: for (;;) {
        switch (op) {
          case Op.RESUME:
            // CPython: bytecodes.c _MAYBE_INSTRUMENT: code instrumented under other monitors catches up
            if (f.code.instrumentationVersion !== mon.version && mon.tracing === 0) {
              instrument(f.code);
              ip = lasti; // run the (possibly now instrumented) RESUME again
              break;
            }
            if (evalBreaker[0] !== 0) checkInterrupt(); // the eval breaker (ceval.c CHECK_EVAL_BREAKER)
            if (jitEnabled) { op = 127 /* JIT_ENTRY */; continue dispatch; }
            break;
          case Op.NOP: case Op.NOT_TAKEN: case Op.CACHE:
            break;
          case Op.LOAD_FAST: case Op.LOAD_FAST_BORROW: case Op.LOAD_FAST_CHECK: {
            const v = fast[arg];
            if (v === undefined) throw unboundLocal(f.code, arg);
            stack[sp++] = v as PyValue;
            break;
          }
          case Op.LOAD_FAST_AND_CLEAR: {
            const v = fast[arg];
            stack[sp++] = v === undefined ? null : (v as PyValue);
            fast[arg] = undefined;
            break;
          }
          case Op.LOAD_FAST_LOAD_FAST: case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW: {
            const a = fast[arg >> 4], b = fast[arg & 15];
            if (a === undefined) throw unboundLocal(f.code, arg >> 4);
            if (b === undefined) throw unboundLocal(f.code, arg & 15);
            stack[sp++] = a as PyValue;
            stack[sp++] = b as PyValue;
            break;
          }
          case Op.STORE_FAST:
            fast[arg] = stack[--sp] as PyValue;
            break;
          case Op.STORE_FAST_LOAD_FAST:
            fast[arg >> 4] = stack[sp - 1] as PyValue;
            stack[sp - 1] = fast[arg & 15] as PyValue;
            break;
          case Op.STORE_FAST_STORE_FAST:
            fast[arg >> 4] = stack[--sp] as PyValue;
            fast[arg & 15] = stack[--sp] as PyValue;
            break;
          case Op.DELETE_FAST:
            if (fast[arg] === undefined) throw unboundLocal(f.code, arg);
            fast[arg] = undefined;
            break;
          case Op.LOAD_CONST:
            stack[sp++] = consts[arg];
            break;
          case Op.LOAD_SMALL_INT:
            stack[sp++] = arg;
            break;
          case Op.LOAD_COMMON_CONSTANT:
            stack[sp++] = commonConstant(arg);
            break;
          case Op.POP_TOP:
            sp--;
            break;
          case Op.PUSH_NULL:
            stack[sp++] = null;
            break;
          case Op.COPY:
            stack[sp] = stack[sp - arg];
            sp++;
            break;
          case Op.SWAP: {
            const t = stack[sp - 1];
            stack[sp - 1] = stack[sp - arg];
            stack[sp - arg] = t;
            break;
          }
          case Op.LOAD_NAME: {
            const name = names[arg];
            let v = f.locals ? (f.locals.type === DictTypeR ? f.locals.getStr(name) : mappingGet(f.locals, name)) : undefined;
            if (v === undefined) v = f.globals.getStr(name);
            if (v === undefined) v = f.builtins.getStr(name);
            if (v === undefined) throw nameError(name);
            stack[sp++] = v;
            break;
          }
          case Op.STORE_NAME:
            if (!f.locals) throw pyError(SystemError, `no locals found when storing '${names[arg]}'`);
            // a class body's namespace from __prepare__ may be any mapping (PyObject_SetItem)
            if (f.locals.type === DictTypeR) f.locals.setStr(names[arg], stack[--sp] as PyValue);
            else setitem(f.locals, names[arg], stack[--sp] as PyValue);
            break;
          case Op.DELETE_NAME:
            if (!f.locals) throw nameError(names[arg]);
            if (f.locals.type === DictTypeR) {
              if (!f.locals.delete(names[arg])) throw nameError(names[arg]);
            } else {
              try {
                delitem(f.locals, names[arg]);
              } catch (e) {
                if (e instanceof PyBaseException && e.type.isSubtype(KeyError)) throw nameError(names[arg]);
                throw e;
              }
            }
            break;
          case Op.LOAD_GLOBAL: {
            stack[sp++] = loadGlobal(f, names[arg >> 1], lastI);
            if (arg & 1) stack[sp++] = null;
            break;
          }
          case Op.STORE_GLOBAL:
            f.globals.setStr(names[arg], stack[--sp] as PyValue);
            break;
          case Op.DELETE_GLOBAL:
            if (!f.globals.delete(names[arg])) throw nameError(names[arg]);
            break;
          case Op.MAKE_CELL: {
            const v = fast[arg];
            fast[arg] = new PyCell(v as PyValue | undefined);
            break;
          }
          case Op.COPY_FREE_VARS:
            break; // the closure was copied in by newFrame
          case Op.LOAD_DEREF: {
            const cell = fast[arg] as PyCell;
            if (cell.value === undefined) throw freeVarError(f.code, arg);
            stack[sp++] = cell.value;
            break;
          }
          case Op.STORE_DEREF:
            (fast[arg] as PyCell).value = stack[--sp] as PyValue;
            break;
          case Op.DELETE_DEREF: {
            const cell = fast[arg] as PyCell;
            if (cell.value === undefined) throw freeVarError(f.code, arg);
            cell.value = undefined;
            break;
          }
          case Op.LOAD_LOCALS:
            if (!f.locals) throw pyError(SystemError, "no locals found");
            stack[sp++] = f.locals;
            break;
          case Op.SETUP_ANNOTATIONS: {
            // module/class bodies under `from __future__ import annotations` keep a real __annotations__ dict
            if (!f.locals) throw pyError(SystemError, "no locals found when setting up annotations");
            if (!f.locals.has("__annotations__")) f.locals.set("__annotations__", new PyDict());
            break;
          }
          case Op.LOAD_FROM_DICT_OR_GLOBALS: {
            // (mapping -- v): a class-scope name inside an annotation scope
            const d = stack[sp - 1] as PyValue;
            const name = names[arg];
            let v = d instanceof PyDict ? d.get(name) : undefined;
            if (v === undefined && !(d instanceof PyDict)) {
              try { v = getitem(d, name); } catch (e) { if (!(e instanceof PyBaseException && e.type.isSubtype(KeyError))) throw e; }
            }
            if (v === undefined) v = f.globals.get(name);
            if (v === undefined) v = f.builtins.get(name);
            if (v === undefined) throw nameError(name);
            stack[sp - 1] = v;
            break;
          }
          case Op.LOAD_FROM_DICT_OR_DEREF: {
            const d = stack[--sp] as PyDict;
            const name = f.code.localsplusnames[arg];
            let v = d.type === DictTypeR ? d.get(name) : mappingGet(d, name);
            if (v === undefined) {
              const cell = fast[arg] as PyCell;
              if (cell.value === undefined) throw freeVarError(f.code, arg);
              v = cell.value;
            }
            stack[sp++] = v;
            break;
          }
          case Op.BINARY_OP: {
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            // the specializations that pay for themselves without a rewrite (CPython: bytecodes.c
            // BINARY_OP_ADD_INT, BINARY_OP_SUBTRACT_INT, BINARY_OP_SUBSCR_LIST_INT/_TUPLE_INT/_DICT)
            if (typeof b === "number") {
              if (typeof a === "number") {
                if (arg === 0 || arg === 13) {
                  const r = a + b;
                  if (r <= MAX_SAFE_INT && r >= -MAX_SAFE_INT) { stack[sp - 1] = r; break; }
                } else if (arg === 10 || arg === 23) {
                  const r = a - b;
                  if (r <= MAX_SAFE_INT && r >= -MAX_SAFE_INT) { stack[sp - 1] = r; break; }
                }
              } else if (arg === 26 && (a instanceof PyList || a instanceof PyTuple) && (a.type === ListTypeR || a.type === TupleTypeR)) {
                const items = a.items;
                const i = b < 0 ? b + items.length : b;
                if (i >= 0 && i < items.length) { stack[sp - 1] = items[i]; break; }
              }
            } else if (arg === 26 && typeof b === "string" && a instanceof PyDict && a.type === DictTypeR) {
              const v = a.getStr(b);
              if (v !== undefined) { stack[sp - 1] = v; break; }
            }
            if (arg === 26) stack[sp - 1] = getitem(a, b);
            else if (arg >= 13) stack[sp - 1] = inplaceOp(a, b, arg - 13);
            else stack[sp - 1] = binaryOp(a, b, arg);
            break;
          }
          case Op.BINARY_SLICE: {
            const stop = stack[--sp] as PyValue, start = stack[--sp] as PyValue, obj = stack[sp - 1] as PyValue;
            stack[sp - 1] = getitem(obj, new PySlice(start, stop, None));
            break;
          }
          case Op.STORE_SLICE: {
            const stop = stack[--sp] as PyValue, start = stack[--sp] as PyValue, obj = stack[--sp] as PyValue, v = stack[--sp] as PyValue;
            setitem(obj, new PySlice(start, stop, None), v);
            break;
          }
          case Op.BUILD_SLICE: {
            const step = arg === 3 ? stack[--sp] as PyValue : None;
            const stop = stack[--sp] as PyValue, start = stack[sp - 1] as PyValue;
            stack[sp - 1] = new PySlice(start, stop, step);
            break;
          }
          case Op.STORE_SUBSCR: {
            const key = stack[--sp] as PyValue, obj = stack[--sp] as PyValue, v = stack[--sp] as PyValue;
            // CPython: STORE_SUBSCR_LIST_INT, STORE_SUBSCR_DICT
            if (obj instanceof PyList && typeof key === "number" && obj.type === ListTypeR) {
              const items = obj.items;
              const i = key < 0 ? key + items.length : key;
              if (i >= 0 && i < items.length) { items[i] = v; break; }
            } else if (obj instanceof PyDict && obj.type === DictTypeR) {
              obj.set(key, v);
              break;
            }
            setitem(obj, key, v);
            break;
          }
          case Op.DELETE_SUBSCR: {
            const key = stack[--sp] as PyValue, obj = stack[--sp] as PyValue;
            delitem(obj, key);
            break;
          }
          case Op.UNARY_NEGATIVE: stack[sp - 1] = negative(stack[sp - 1] as PyValue); break;
          case Op.UNARY_INVERT: stack[sp - 1] = invert(stack[sp - 1] as PyValue); break;
          case Op.UNARY_NOT: stack[sp - 1] = !(stack[sp - 1] as boolean); break;
          case Op.TO_BOOL: {
            const v = stack[sp - 1] as PyValue;
            if (typeof v !== "boolean") stack[sp - 1] = truthy(v);
            break;
          }
          case Op.COMPARE_OP: {
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            const cmp = (arg >> 5) as Cmp;
            let r: PyValue;
            if (typeof a === "number" && typeof b === "number") {
              r = cmp === Cmp.LT ? a < b : cmp === Cmp.LE ? a <= b : cmp === Cmp.EQ ? a === b : cmp === Cmp.NE ? a !== b : cmp === Cmp.GT ? a > b : a >= b;
            } else {
              r = richCompare(a, b, cmp);
              if (arg & 16) r = truthy(r);
            }
            stack[sp - 1] = r;
            break;
          }
          case Op.IS_OP: {
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            const same = a === b || (a instanceof PyObject ? false : typeof a === typeof b && a === b);
            stack[sp - 1] = arg ? !same : same;
            break;
          }
          case Op.CONTAINS_OP: {
            const b = stack[--sp] as PyValue, a = stack[sp - 1] as PyValue;
            const r = contains(b, a);
            stack[sp - 1] = arg ? !r : r;
            break;
          }
          case Op.POP_JUMP_IF_FALSE: {
            const v = stack[--sp];
            if (v === false) ip += arg;
            else if (code[ip] === Op.NOT_TAKEN) ip++; // a plain NOT_TAKEN does nothing: skip its dispatch
            break;
          }
          case Op.POP_JUMP_IF_TRUE: {
            const v = stack[--sp];
            if (v === true) ip += arg;
            else if (code[ip] === Op.NOT_TAKEN) ip++; // a plain NOT_TAKEN does nothing: skip its dispatch
            break;
          }
          case Op.POP_JUMP_IF_NONE: {
            if (stack[--sp] === None) ip += arg;
            else if (code[ip] === Op.NOT_TAKEN) ip++;
            break;
          }
          case Op.POP_JUMP_IF_NOT_NONE: {
            if (stack[--sp] !== None) ip += arg;
            else if (code[ip] === Op.NOT_TAKEN) ip++;
            break;
          }
          case Op.JUMP_FORWARD:
            ip += arg;
            break;
          case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
            ip -= arg;
            if (evalBreaker[0] !== 0) checkInterrupt();
            if (jitEnabled) { op = 127 /* JIT_ENTRY */; continue dispatch; }
            break;
          case Op.GET_ITER: {
            stack[sp - 1] = iter(stack[sp - 1] as PyValue);
            break;
          }
          case Op.FOR_ITER: {
            const v = next(stack[sp - 1] as PyValue);
            if (v === undefined) {
              // exhausted: jump past END_FOR to POP_ITER (CPython: bytecodes.c _FOR_ITER JUMPBY(oparg + 1))
              if (mon.globalTools[Ev.RAISE]) monitorStopIterationRaise(f, stack[sp - 1] as PyValue);
              ip += arg + 1;
            } else {
              stack[sp++] = v;
            }
            break;
          }
          case Op.END_FOR:
            sp--;
            break;
          case Op.POP_ITER:
            sp--;
            break;
          case Op.BUILD_TUPLE: {
            const items = stack.slice(sp - arg, sp) as PyValue[];
            sp -= arg;
            stack[sp++] = tuple(items);
            break;
          }
          case Op.BUILD_LIST: {
            const items = stack.slice(sp - arg, sp) as PyValue[];
            sp -= arg;
            stack[sp++] = new PyList(items);
            break;
          }
          case Op.BUILD_MAP: {
            const d = new PyDict();
            const base = sp - 2 * arg;
            for (let i = 0; i < arg; i++) d.set(stack[base + 2 * i] as PyValue, stack[base + 2 * i + 1] as PyValue);
            sp = base;
            stack[sp++] = d;
            break;
          }
          case Op.LIST_APPEND: {
            const v = stack[--sp] as PyValue;
            (stack[sp - arg] as PyList).items.push(v);
            break;
          }
          case Op.LIST_EXTEND: {
            const v = stack[--sp] as PyValue;
            listExtend(stack[sp - arg] as PyList, v);
            break;
          }
          case Op.MAP_ADD: {
            // bytecodes.c MAP_ADD (dict, unused[oparg-1], key, value -- dict, unused[oparg-1])
            const v = stack[--sp] as PyValue, k = stack[--sp] as PyValue;
            (stack[sp - arg] as PyDict).set(k, v);
            break;
          }
          case Op.DICT_UPDATE: case Op.DICT_MERGE: {
            const v = stack[--sp] as PyValue;
            if (!(v instanceof PyDict) && typeOf(v).lookup("keys") === undefined) {
              // _PyEval_FormatKwargsError
              throw pyError(TypeError, op === Op.DICT_MERGE ? `${functionStr(stack[sp - arg - 3] as PyValue)} argument after ** must be a mapping, not ${typeName(v)}` : `'${typeName(v)}' object is not a mapping`);
            }
            const target = stack[sp - arg] as PyDict;
            if (op === Op.DICT_MERGE) {
              // _PyDict_MergeEx(..., 2): a repeated keyword is an error
              const src = v instanceof PyDict ? v : null;
              if (src) {
                for (const [k] of src.entries()) {
                  if (target.has(k)) {
                    const fs = functionStr(stack[sp - arg - 3] as PyValue);
                    throw pyError(TypeError, typeof k === "string" ? `${fs} got multiple values for keyword argument '${k}'` : `${fs} keywords must be strings`);
                  }
                }
              }
            }
            dictUpdate(target, v);
            break;
          }
          case Op.CALL_INTRINSIC_1: {
            const v = stack[sp - 1] as PyValue;
            switch (arg) {
              case 3: {
                // INTRINSIC_STOPITERATION_ERROR: StopIteration leaving a generator (PEP 479)
                const e = v as PyBaseException;
                const isAsyncGen = (f.code.co_flags & CO.ASYNC_GENERATOR) !== 0;
                if (e instanceof PyBaseException && (e.type.isSubtype(StopIteration) || (isAsyncGen && e.type.name === "StopAsyncIteration" && e.type.module === "builtins"))) {
                  const kind = f.code.co_flags & CO.COROUTINE ? "coroutine" : isAsyncGen ? "async generator" : "generator";
                  const r = pyError(RuntimeError_(), `${kind} raised ${e.type.isSubtype(StopIteration) ? "StopIteration" : "StopAsyncIteration"}`);
                  r.cause = e;
                  r.context = e;
                  r.suppressContext = true;
                  stack[sp - 1] = r;
                }
                break;
              }
              case 1: {
                // INTRINSIC_PRINT ('single' mode): sys.displayhook, or its default (Python/sysmodule.c sys_displayhook)
                const sysMod = importer?.modules.get("sys");
                const hook = sysMod instanceof PyObject && sysMod.dict ? sysMod.dict.get("displayhook") : undefined;
                if (hook !== undefined) call(hook, [v]);
                else if (v !== None) {
                  const b = f.builtins;
                  b.set("_", None);
                  call(b.get("print") as PyValue, [repr(v)], null);
                  b.set("_", v);
                }
                stack[sp - 1] = None;
                break;
              }
              case 2: {
                // INTRINSIC_IMPORT_STAR (ceval.c import_star): bind the module's public names
                if (!f.locals) throw pyError(SystemError, "no locals found during 'import *'");
                importer!.importStar(v, f.locals);
                stack[sp - 1] = None;
                break;
              }
              case 4: stack[sp - 1] = new AsyncGenWrapped(v) as unknown as PyValue; break; // INTRINSIC_ASYNC_GEN_WRAP
              case 5: stack[sp - 1] = positive(v); break;
              case 7: stack[sp - 1] = makeTypeParam("TypeVar", v as string); break;
              case 8: stack[sp - 1] = makeTypeParam("ParamSpec", v as string); break;
              case 9: stack[sp - 1] = makeTypeParam("TypeVarTuple", v as string); break;
              case 10: stack[sp - 1] = subscriptGeneric(v); break;
              case 11: stack[sp - 1] = makeTypeAlias(v); break;
              case 6: stack[sp - 1] = tuple((v as PyList).items); break;
              default: throw pyError(SystemError, `intrinsic ${arg} is not supported yet`);
            }
            break;
          }
          case Op.UNPACK_SEQUENCE: {
            const items = unpackSequence(stack[--sp] as PyValue, arg);
            for (let i = items.length - 1; i >= 0; i--) stack[sp++] = items[i];
            break;
          }
          case Op.UNPACK_EX: {
            const before = arg & 0xff, after = arg >> 8;
            const items = unpackEx(stack[--sp] as PyValue, before, after);
            for (let i = items.length - 1; i >= items.length - after; i--) stack[sp++] = items[i];
            stack[sp++] = new PyList(items.slice(before, items.length - after));
            for (let i = before - 1; i >= 0; i--) stack[sp++] = items[i];
            break;
          }
          case Op.LOAD_ATTR: {
            const obj = stack[sp - 1] as PyValue;
            const name = names[arg >> 1];
            // an instance of a Python class with the generic attribute protocol (outlined: every line
            // added to this function slows all of it down)
            if (obj instanceof PyObject && obj.dict !== null) {
              const nsp = loadAttrInstance(obj, name, arg & 1, stack, sp, f.code, lastI);
              if (nsp !== 0) { sp = nsp; break; }
            }
            sp = loadAttrGeneric(obj, name, arg & 1, stack, sp);
            break;
          }
          case Op.LOAD_SUPER_ATTR:
            f.sp = sp; f.ip = ip;
            loadSuperAttr(f, arg, null, null);
            sp = f.sp;
            break;
          case Op.STORE_ATTR: {
            const obj = stack[--sp] as PyValue, v = stack[--sp] as PyValue;
            if (!(obj instanceof PyObject && obj.dict !== null && storeAttrInstance(obj, names[arg], v, f.code, lastI))) setattr(obj, names[arg], v);
            break;
          }
          case Op.DELETE_ATTR:
            delattr(stack[--sp] as PyValue, names[arg]);
            break;
          case Op.CALL: case Op.CALL_KW: {
            let kwnames: readonly string[] | null = null;
            if (op === Op.CALL_KW) kwnames = (stack[--sp] as PyTuple).items as string[];
            const base = sp - arg - 2;
            let callable = stack[base] as PyValue;
            const selfOrNull = stack[base + 1];
            let argStart = base + 2, nargs = arg;
            if (selfOrNull !== null) { argStart = base + 1; nargs++; }
            // a Python function first (the common case: one prototype check), then a bound method
            if (!(callable instanceof PyFunction) && selfOrNull === null && callable instanceof PyMethod) {
              stack[base + 1] = callable.self;
              callable = callable.func;
              argStart = base + 1;
              nargs++;
            }
            if (callable instanceof PyFunction) {
              const frame = newFrame(callable, stack, argStart, nargs, kwnames);
              sp = base;
              // push the frame: continue the loop in the callee
              f.sp = sp; f.ip = ip;
              frame.back = f;
              if (++tstate.depth > recursionLimit) {
                tstate.depth--;
                throw pyError(RecursionError, "maximum recursion depth exceeded");
              }
              f = frame;
              sp = f.sp; ip = 0; lastI = 0;
              tstate.frame = f;
              code = f.code.code; stack = f.stack; fast = f.fast; consts = f.consts; names = f.code.co_names;
              break;
            }
            const args = stack.slice(argStart, argStart + nargs) as PyValue[];
            sp = base;
            stack[sp++] = call(callable, args, kwnames);
            tstate.frame = f;
            break;
          }
          case Op.CALL_FUNCTION_EX:
            f.sp = sp; f.ip = ip;
            callFunctionEx(f, null, null);
            sp = f.sp;
            tstate.frame = f;
            break;
          case Op.RETURN_VALUE: {
            const v = stack[--sp] as PyValue;
            if (f === entry) {
              f.sp = sp; f.ip = ip;
              f.yielded = false;
              tstate.frame = f.back;
              return v;
            }
            tstate.depth--;
            const done = f;
            f = f.back!;
            releaseFrame(done);
            sp = f.sp; ip = f.ip; lastI = f.lasti;
            tstate.frame = f;
            code = f.code.code; stack = f.stack; fast = f.fast; consts = f.consts; names = f.code.co_names;
            stack[sp++] = v;
            break;
          }
          case Op.MAKE_FUNCTION:
            stack[sp - 1] = newFunction(stack[sp - 1] as unknown as CodeObject, f.globals);
            break;
          case Op.SET_FUNCTION_ATTRIBUTE: {
            const fn = stack[--sp] as PyFunction, v = stack[sp - 1] as PyValue;
            switch (arg) {
              case 1: fn.defaults = [...(v as PyTuple).items]; break;
              case 2: fn.kwdefaults = new Map([...(v as PyDict).entries()].map(([k, x]) => [k as string, x])); break;
              case 4: fn.annotations = v; break;
              case 8: fn.closure = (v as PyTuple).items as unknown as PyCell[]; break;
              case 16: fn.annotate = v; break;
            }
            stack[sp - 1] = fn;
            break;
          }
          case Op.LOAD_BUILD_CLASS: {
            const b = f.builtins.get("__build_class__");
            if (b === undefined) throw pyError(NameError, "__build_class__ not found");
            stack[sp++] = b;
            break;
          }
          case Op.RAISE_VARARGS: {
            let cause: PyValue | undefined;
            if (arg === 2) cause = stack[--sp] as PyValue;
            raised = arg === 0 ? reraiseCurrent() : raiseValue(stack[--sp] as PyValue, cause);
            break run;
          }
          case Op.RERAISE: {
            const exc = stack[--sp] as PyValue as PyBaseException;
            if (arg) f.lasti = toLasti(stack[sp - arg]); // values[0] of RERAISE (values[oparg], exc)
            reraising = true;
            raised = exc;
            break run;
          }
          case Op.PUSH_EXC_INFO: {
            const exc = stack[sp - 1] as PyValue;
            const prev = tstate.excInfo[tstate.excInfo.length - 1] ?? null;
            stack[sp - 1] = prev ?? None;
            stack[sp++] = exc;
            tstate.excInfo.push(exc as PyBaseException);
            break;
          }
          case Op.POP_EXCEPT: {
            sp--;
            tstate.excInfo.pop();
            break;
          }
          case Op.CHECK_EG_MATCH: {
            // (exc_value, match_type -- rest, match)
            const t = stack[sp - 1] as PyValue, exc = stack[sp - 2] as PyValue;
            checkExceptStarType(t);
            const [match, rest] = exceptionGroupMatch(exc, t, tracebackHere(f, lastI));
            if (match !== None) tstate.excInfo[tstate.excInfo.length - 1] = match as PyBaseException;
            stack[sp - 2] = rest;
            stack[sp - 1] = match;
            break;
          }
          case Op.CALL_INTRINSIC_2: {
            const v2 = stack[--sp] as PyValue, v1 = stack[sp - 1] as PyValue;
            switch (arg) {
              case 1: stack[sp - 1] = prepReraiseStar(v1, v2); break; // INTRINSIC_PREP_RERAISE_STAR
              case 2: stack[sp - 1] = makeTypeParam("TypeVar", v1 as string, v2); break; // TYPEVAR_WITH_BOUND
              case 3: stack[sp - 1] = makeTypeParam("TypeVar", v1 as string, null, v2); break; // TYPEVAR_WITH_CONSTRAINTS
              case 4: (v1 as PyFunction).typeParams = v2; break; // SET_FUNCTION_TYPE_PARAMS
              case 5: stack[sp - 1] = setTypeParamDefault(v1, v2); break; // SET_TYPEPARAM_DEFAULT
              default: throw pyError(SystemError, `intrinsic ${arg} is not supported yet`);
            }
            break;
          }
          case Op.CHECK_EXC_MATCH: {
            const t = stack[sp - 1] as PyValue, exc = stack[sp - 2] as PyBaseException;
            stack[sp - 1] = excMatches(exc, t);
            break;
          }
          case Op.CONVERT_VALUE: {
            const v = stack[sp - 1] as PyValue;
            stack[sp - 1] = arg === 1 ? str(v) : arg === 2 ? repr(v) : ascii(v);
            break;
          }
          case Op.FORMAT_SIMPLE: {
            const v = stack[sp - 1] as PyValue;
            if (typeof v !== "string") stack[sp - 1] = formatValue(v, "");
            break;
          }
          case Op.FORMAT_WITH_SPEC: {
            const spec = stack[--sp] as string, v = stack[sp - 1] as PyValue;
            stack[sp - 1] = formatValue(v, spec);
            break;
          }
          case Op.BUILD_INTERPOLATION: {
            // (value, str, format[oparg & 1] -- interpolation)
            const spec = arg & 1 ? (stack[--sp] as PyValue) : "";
            const expr = stack[--sp] as PyValue, value = stack[sp - 1] as PyValue;
            stack[sp - 1] = buildInterpolation(value, expr, arg >> 2, spec);
            break;
          }
          case Op.BUILD_TEMPLATE: {
            const interps = stack[--sp] as PyValue, strings = stack[sp - 1] as PyValue;
            stack[sp - 1] = buildTemplate(strings, interps);
            break;
          }
          case Op.BUILD_STRING: {
            let s = "";
            for (let i = sp - arg; i < sp; i++) s += stack[i] as string;
            sp -= arg;
            stack[sp++] = s;
            break;
          }
          case Op.RETURN_GENERATOR: {
            f.sp = sp; f.ip = ip;
            const isCoro = (f.code.co_flags & (CO.COROUTINE | CO.ITERABLE_COROUTINE)) !== 0;
            const gen = f.code.co_flags & CO.ASYNC_GENERATOR
              ? new PyAsyncGenerator(AsyncGeneratorType, f, f.code.co_name, f.code.co_qualname)
              : new PyGenerator(isCoro ? CoroutineType : GeneratorType, f, f.code.co_name, f.code.co_qualname);
            f.gen = gen;
            // a suspended generator's frame has no caller (CPython: f_back is None until it runs;
            // gen_send_ex2 links it to whoever resumes it): and the caller's frame may be reused
            if (f === entry) {
              f.entry = false;
              tstate.frame = f.back;
              f.back = null;
              return gen;
            }
            tstate.depth--;
            const genFrame = f;
            f = f.back!;
            genFrame.back = null;
            sp = f.sp; ip = f.ip; lastI = f.lasti;
            tstate.frame = f;
            code = f.code.code; stack = f.stack; fast = f.fast; consts = f.consts; names = f.code.co_names;
            stack[sp++] = gen;
            break;
          }
          case Op.YIELD_VALUE: {
            const v = stack[--sp] as PyValue;
            f.sp = sp; f.ip = ip;
            f.yielded = true;
            tstate.frame = f.back;
            return v;
          }
          case Op.GET_YIELD_FROM_ITER: {
            const v = stack[sp - 1] as PyValue;
            if (!(v instanceof PyGenerator)) stack[sp - 1] = iter(v);
            break;
          }
          case Op.SEND: {
            const v = stack[sp - 1] as PyValue, receiver = stack[sp - 2] as PyValue;
            const r = receiver instanceof PyGenerator ? receiver.resume(v, null) : sendToIterator(f, receiver, v);
            stack[sp - 1] = r.value;
            if (!r.yielded) ip += arg;
            break;
          }
          case Op.END_SEND: {
            const v = stack[--sp];
            stack[sp - 1] = v;
            break;
          }
          case Op.CLEANUP_THROW: {
            const exc = stack[--sp] as PyValue as PyBaseException;
            if (exc instanceof PyBaseException && exc.type.isSubtype(StopIteration)) {
              sp -= 2;
              stack[sp++] = None;
              stack[sp++] = stopIterationValue(exc);
            } else {
              reraising = true;
              raised = exc;
              break run;
            }
            break;
          }
          case Op.GET_AWAITABLE: {
            stack[sp - 1] = awaitableIter(stack[sp - 1] as PyValue);
            break;
          }
          case Op.GET_AITER: {
            stack[sp - 1] = getAIter(stack[sp - 1] as PyValue);
            break;
          }
          case Op.GET_ANEXT: {
            stack[sp] = getANext(stack[sp - 1] as PyValue, awaitableIter);
            sp++;
            break;
          }
          case Op.END_ASYNC_FOR: {
            // (awaitable, exc -- ): StopAsyncIteration ends the loop, anything else is re-raised
            const exc = stack[sp - 1] as PyBaseException;
            if (exc.type.isSubtype(StopAsyncIteration_())) {
              sp -= 2;
            } else {
              reraising = true;
              throw exc;
            }
            break;
          }
          case Op.LOAD_SPECIAL: {
            const owner = stack[sp - 1] as PyValue;
            const name = arg === 0 ? "__enter__" : arg === 1 ? "__exit__" : arg === 2 ? "__aenter__" : "__aexit__";
            const t = typeOf(owner);
            const m = t.lookup(name);
            if (m === undefined) {
              throw pyError(TypeError, specialMethodError(t, arg, name));
            }
            if (m instanceof PyFunction) {
              stack[sp - 1] = m;
              stack[sp++] = owner;
            } else {
              stack[sp - 1] = descrGet(m, owner, t);
              stack[sp++] = null;
            }
            break;
          }
          case Op.WITH_EXCEPT_START: {
            const val = stack[sp - 1] as PyBaseException;
            const exitSelf = stack[sp - 4], exitFunc = stack[sp - 5] as PyValue;
            const args: PyValue[] = [val.type, val, tracebackOf(val)];
            const res = exitSelf === null ? call(exitFunc, args) : call(exitFunc, [exitSelf as PyValue, ...args]);
            stack[sp++] = res;
            break;
          }
          case Op.BUILD_SET: {
            const items = stack.slice(sp - arg, sp) as PyValue[];
            sp -= arg;
            stack[sp++] = new PySet(items);
            break;
          }
          case Op.SET_ADD: {
            const v = stack[--sp] as PyValue;
            (stack[sp - arg] as PySet).add(v);
            break;
          }
          case Op.SET_UPDATE: {
            const v = stack[--sp] as PyValue;
            const st = stack[sp - arg] as PySet;
            st.update(v instanceof PySet ? v : iterateToArray(v));
            break;
          }
          // ---- structural pattern matching (bytecodes.c MATCH_*, ceval.c match_class/match_keys) ----
          case Op.GET_LEN:
            stack[sp] = pyLen(stack[sp - 1] as PyValue);
            sp++;
            break;
          case Op.MATCH_MAPPING:
            stack[sp] = isMappingForMatch(stack[sp - 1] as PyValue);
            sp++;
            break;
          case Op.MATCH_SEQUENCE:
            stack[sp] = isSequenceForMatch(stack[sp - 1] as PyValue);
            sp++;
            break;
          case Op.MATCH_KEYS:
            stack[sp] = matchKeys(stack[sp - 2] as PyValue, stack[sp - 1] as PyTuple);
            sp++;
            break;
          case Op.MATCH_CLASS: {
            const kwNames = stack[--sp] as PyTuple, cls = stack[--sp] as PyValue, subject = stack[sp - 1] as PyValue;
            stack[sp - 1] = matchClass(subject, cls, arg, kwNames);
            break;
          }
          case Op.IMPORT_NAME: {
            const fromlist = stack[--sp] as PyValue;
            const level = stack[sp - 1] as PyValue;
            stack[sp - 1] = importer!.importName(names[arg], f.globals, fromlist, Number(level));
            break;
          }
          case Op.IMPORT_FROM: {
            stack[sp] = importer!.importFrom(stack[sp - 1] as PyValue, names[arg]);
            sp++;
            break;
          }
          // ---- PEP 669: the INSTRUMENTED_* twins (CPython: bytecodes.c INSTRUMENTED_*) ----
          case Op.INSTRUMENTED_LINE: {
            const here = ip - 1;
            // fireLine's first test, made here: the previous instruction on this line, and not a
            // RESUME, hides the event (a loop's head on its own line passes here every iteration)
            const md = f.code.monitoringData as CoMonitoringData, mdLines = md.lines!, prevOp = code[prev] & 0xff;
            if (mdLines[here] === mdLines[prev] && prevOp !== Op.RESUME && prevOp !== Op.INSTRUMENTED_RESUME) op = md.lineOpcodes![here];
            else {
              f.sp = sp;
              op = fireLine(f.code, here, prev, prevOp, f);
              if (f.jumpTo >= 0) {
                // a callback set f_lineno: go on there, with the stack it left; the line reached
                // reports no LINE (the previous instruction is the target itself, as CPython's
                // frame->instr_ptr is after frame_setlineno)
                ip = lastI = f.jumpTo;
                f.jumpTo = -1;
                sp = f.sp;
                continue run;
              }
            }
            ip = here + 1 + CACHE[op];
            continue dispatch;
          }
          case Op.INSTRUMENTED_INSTRUCTION: {
            const here = ip - 1;
            op = fireInstruction(f.code, here);
            ip = here + 1 + CACHE[op];
            continue dispatch;
          }
          case 127 /* JIT_ENTRY */: {
            // after RESUME or a backward jump: a compiled function runs the frame from here (jit.ts);
            // BAIL hands it back (with an exception to raise here, or at the instruction to go on at)
            f.sp = sp; f.ip = ip;
            const r = jitEnter(f);
            if (r === NOT_JIT) break;
            if (r === BAIL) {
              if (f.jitExc !== null) {
                // raised in compiled code at f.lasti: unwind here, without a JavaScript throw
                const e = f.jitExc;
                f.jitExc = null;
                const nf = raiseAt(f, e, jitRaiseAt(f), entry);
                if (nf === null) { jitEscape = true; throw takeEscaping(); }
                if (nf === f) {
                  // the frame's own handler: compiled too
                  sp = f.sp; ip = f.ip; lastI = f.lasti;
                  op = 127 /* JIT_ENTRY */;
                  continue dispatch;
                }
                f = nf;
                code = f.code.code; stack = f.stack; fast = f.fast; consts = f.consts; names = f.code.co_names;
              }
              sp = f.sp; ip = f.ip; lastI = f.lasti;
              break;
            }
            // a generator's frame (always the entry frame) that yielded: its state is saved
            if (f.yielded) return r as PyValue;
            stack[sp++] = r as PyValue;
            op = Op.RETURN_VALUE;
            continue dispatch;
          }
          case Op.EXTENDED_ARG: {
            // reached only through INSTRUMENTED_LINE / INSTRUMENTED_INSTRUCTION standing in for it
            unit = code[ip++];
            op = unit & 0xff;
            arg = (arg << 8) | (unit >> 8);
            while (op === Op.EXTENDED_ARG) {
              unit = code[ip++];
              op = unit & 0xff;
              arg = (arg << 8) | (unit >> 8);
            }
            ip += CACHE[op];
            continue dispatch;
          }
          default:
            if (op >= MIN_INSTRUMENTED_OPCODE) {
              // fire the event; then either the instruction is done, or its base opcode runs
              f.sp = sp; f.ip = ip;
              const r = instrumented(f, op, arg, prev);
              sp = f.sp; ip = f.ip; lastI = f.lasti; // (a JUMP callback that set f_lineno moved both)
              if (r < 0) {
                if ((op === Op.INSTRUMENTED_RESUME || op === Op.INSTRUMENTED_JUMP_BACKWARD) && ip !== lasti && jitEnabled) {
                  op = 127 /* JIT_ENTRY */;
                  continue dispatch;
                }
                break;
              }
              op = r;
              continue dispatch;
            }
            throw unknownOpcode(op);
        }
        break;
        }
      }
    } catch (e) {
      if (jitEscape) {
        // an exception compiled code handed back unwound past the entry frame (JIT_ENTRY)
        jitEscape = false;
        throw e;
      }
      raised = e;
    }
    // ---- exception unwinding ----
    {
      const nf = raiseAt(f, raised, lastI, entry);
      if (nf === null) throw takeEscaping();
      f = nf;
      code = f.code.code; stack = f.stack; fast = f.fast; consts = f.consts; names = f.code.co_names;
    }
  }
}

/** An exception raised in frame f at instruction `at`: the eval loop's unwinding from there (see
 *  unwind), after implicit chaining. */
function raiseAt(f: Frame, e: unknown, at: number, entry: Frame | null): Frame | null {
  const exc = toPyException(e);
  if (!reraising) setContext(exc);
  if (f.jumpTo >= 0) {
    // raised by the callback that set f_lineno (compiled code reports lasti, already the target)
    at = f.jumpOrigin;
    f.jumpTo = -1;
  }
  f.curInstr = at;
  return unwind(f, exc, entry);
}

/** The exception unwinding (CPython: ceval.c exception_unwind, with _PyEval_MonitorRaise and
 * monitor_unwind / monitor_handled): from frame f, where exc is raised at f.curInstr, frame by frame
 * to a handler. Returns the frame whose handler runs next (its ip, sp and stack set up), or null
 * when the exception leaves `entry` (tstate.frame is then its caller; takeEscaping() has the
 * exception, which a callback may have replaced). */
function unwind(f: Frame, exc: PyBaseException, entry: Frame | null): Frame | null {
  for (;;) {
    if (!reraising) addTraceback(exc, f);
    // PEP 669: RAISE where an exception is raised or arrives from a callee, RERAISE where it is
    // re-raised (CPython: ceval.c error: _PyEval_MonitorRaise; RERAISE/RAISE_VARARGS monitor_reraise)
    const raiseEvent = reraising ? Ev.RERAISE : Ev.RAISE;
    reraising = false;
    if (mon.globalTools[raiseEvent] && !mon.tracing) exc = monitorException(f, raiseEvent, f.curInstr, exc);
    // the handler is found from where the instruction really is, not from a lasti that
    // RERAISE restored for the traceback (ceval.c exception_unwind)
    const h = findHandler(f.code.exceptionTable, f.curInstr);
    if (h) {
      f.sp = (f.code.vm as CodeRT).stackBase + h.depth;
      if (h.lasti) f.stack[f.sp++] = f.lasti;
      f.stack[f.sp++] = exc;
      f.ip = h.target;
      if (mon.globalTools[Ev.EXCEPTION_HANDLED] && !mon.tracing) {
        const raised = monitorException(f, Ev.EXCEPTION_HANDLED, h.target, exc);
        if (raised !== exc) {
          // the callback raised: unwind that from just before the handler (CPython: monitor_handled)
          exc = raised;
          f.curInstr = h.target - 1;
          reraising = true;
          continue;
        }
      }
      return f;
    }
    if (mon.globalTools[Ev.PY_UNWIND] && !mon.tracing) exc = monitorException(f, Ev.PY_UNWIND, f.curInstr, exc);
    // pop the frame
    if (f === entry) {
      tstate.frame = f.back;
      escaping = exc;
      return null;
    }
    tstate.depth--;
    f = f.back!;
    f.curInstr = f.lasti; // a caller is at its call
    tstate.frame = f;
  }
}
let escaping: PyBaseException | null = null;
function takeEscaping(): PyBaseException {
  const e = escaping!;
  escaping = null;
  return e;
}
/** A bare `raise`: the exception being handled, re-raised (no new traceback entry, RERAISE not
 *  RAISE: ceval.c do_raise). Both tiers. */
function reraiseCurrent(): PyBaseException {
  const cur = tstate.excInfo[tstate.excInfo.length - 1];
  if (!cur) throw pyError(RuntimeError_(), "No active exception to reraise");
  reraising = true;
  return cur;
}

/** Compiled code's RERAISE at instruction `at` (its f.lasti may have moved to where the exception
 *  was first raised, for the traceback): the handler is looked up from `at` (jitRaiseAt). */
function jitReraise(at: number): void {
  reraising = true;
  jitExcAt = at;
}
let jitExcAt = -1;
/** Where the exception compiled code handed back with f is raised: f.lasti, unless RERAISE said. */
function jitRaiseAt(f: Frame): number {
  const at = jitExcAt;
  if (at < 0) return f.lasti;
  jitExcAt = -1;
  return at;
}

/** set by JIT_ENTRY before it throws an exception that already left the loop's entry frame */
let jitEscape = false;

let reraising = false;

/** LIST_EXTEND's work (a TypeError from a non-iterable says what the * was applied to). */
function listExtend(list: PyList, v: PyValue): void {
  try {
    pushAll(list.items, iterateToListItems(v));
  } catch (e) {
    const t = typeOf(v);
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError) && t.lookup("__iter__") === undefined && !t.slots.iter &&
      t.lookup("__getitem__") === undefined) {
      throw pyError(TypeError, `Value after * must be an iterable, not ${typeName(v)}`);
    }
    throw e;
  }
}

/** The exception `raise v [from cause]` raises (CPython: ceval.c do_raise: a class is
 *  instantiated, an instance kept, anything else refused). */
function raiseValue(v: PyValue, cause: PyValue | undefined): PyBaseException {
  const exc = makeException(v);
  if (cause !== undefined) {
    if (cause === None) exc.cause = null;
    else if (cause instanceof PyBaseException || (cause instanceof PyType && cause.isSubtype(BaseException))) exc.cause = makeException(cause);
    else throw pyError(TypeError, "exception causes must derive from BaseException");
    exc.suppressContext = true;
  }
  return exc;
}

/** An iterator that ended by raising StopIteration (a generator returning a value, a __next__ that
 * raises) gets RAISE at the FOR_ITER or SEND; the exception is then cleared, and so is any the
 * callback raises. CPython: ceval.c _PyForIter_VirtualIteratorNext, _PyEval_MonitorRaise. */
// No closure may be created inside execute(): a closure that captures one of its `let`s (f, op,
// lastI, ...) moves that variable from a register into a heap context for the whole function, and
// every access in the loop pays for it. Helpers like these build what needs a closure.
/** The traceback entry of the instruction running now (for CHECK_EG_MATCH's split groups). */
function tracebackHere(f: Frame, lasti: number): () => { frame: Frame; lasti: number; lineno: number }[] {
  pinFrame(f);
  return () => [{ frame: f, lasti, lineno: f.lineno, tb: undefined }];
}
function unknownOpcode(op: number): PyBaseException {
  return pyError(SystemError, `unknown opcode ${OPCODES.find((o) => o.code === op)?.name ?? op}`);
}

export function monitorStopIterationRaise(f: Frame, it: PyValue): void {
  if (exhausted.it !== it || mon.tracing) return;
  const exc = exhausted.exc!;
  exhausted.it = exhausted.exc = null;
  monitorException(f, Ev.RAISE, f.lasti, exc);
}

/** SEND to an iterator that is not a generator: __next__ for None (if it has one), else send(v).
 * Its StopIteration gets a RAISE here, and its value is the result. CPython: bytecodes.c _SEND
 * (_PyEval_MonitorRaise, _PyGen_FetchStopIterationValue). */
function sendToIterator(f: Frame, receiver: PyValue, v: PyValue): { yielded: boolean; value: PyValue } {
  let stop: PyBaseException;
  try {
    if (v === None && (typeOf(receiver).slots.next || typeOf(receiver).lookup("__next__") !== undefined || receiver instanceof PyNativeIterator)) {
      exhausted.it = exhausted.exc = null;
      const x = next(receiver);
      if (x !== undefined) return { yielded: true, value: x };
      if (exhausted.it !== receiver) return { yielded: false, value: None }; // ended without raising
      stop = exhausted.exc!;
      exhausted.it = exhausted.exc = null;
    } else {
      return { yielded: true, value: call(getattr(receiver, "send"), [v]) };
    }
  } catch (e) {
    if (!(e instanceof PyBaseException) || !e.type.isSubtype(StopIteration)) throw e;
    stop = e;
  }
  if (mon.globalTools[Ev.RAISE] && !mon.tracing) {
    const raised = monitorException(f, Ev.RAISE, f.lasti, stop);
    if (!raised.type.isSubtype(StopIteration)) throw raised;
    stop = raised;
  }
  return { yielded: false, value: stopIterationValue(stop) };
}

/** Fire an exception event; the exception to go on with (a callback's own exception replaces it,
 * CPython: do_monitor_exc). */
function monitorException(f: Frame, event: number, at: number, exc: PyBaseException): PyBaseException {
  try {
    fireException(f.code, event, at, exc);
  } catch (e) {
    return toPyException(e);
  }
  return exc;
}

// ---- instructions shared by the plain and the INSTRUMENTED_* forms (see instrumented.ts) ----

type BeforeCall = ((callable: PyValue, arg: PyValue) => PyValue) | null;
type AfterCall = ((callable: PyValue, arg0: PyValue, ok: boolean) => void) | null;

/** LOAD_SUPER_ATTR (global_super, class, self -- attr, null_or_self): oparg >> 2 is the name, bit 0
 * the method form, bit 1 a two-argument super(). The hooks fire CALL / C_RETURN / C_RAISE.
 * CPython: bytecodes.c LOAD_SUPER_ATTR / INSTRUMENTED_LOAD_SUPER_ATTR. Returns -1 (done). */
export function loadSuperAttr(f: Frame, arg: number, before: BeforeCall, after: AfterCall): number {
  const stack = f.stack;
  const self = stack[--f.sp] as PyValue, cls = stack[--f.sp] as PyValue, sup = stack[f.sp - 1] as PyValue;
  const name = f.code.co_names[arg >> 2];
  const a0 = before ? before(sup, cls) : None;
  let superObj: PyValue;
  try {
    superObj = call(sup, [cls, self]);
  } catch (e) {
    if (after && e instanceof PyBaseException) after(sup, a0, false);
    throw e;
  }
  if (after) after(sup, a0, true);
  const attr = getattr(superObj, name);
  if (arg & 1) {
    if (attr instanceof PyMethod && attr.self === self) {
      stack[f.sp - 1] = attr.func;
      stack[f.sp++] = self;
    } else {
      stack[f.sp - 1] = attr;
      stack[f.sp++] = null;
    }
  } else {
    stack[f.sp - 1] = attr;
  }
  return -1;
}

/** CALL_FUNCTION_EX (func, self_or_null, callargs, kwargs -- result); the hooks fire CALL and
 * C_RETURN / C_RAISE around it. CPython: bytecodes.c _DO_CALL_FUNCTION_EX. Returns -1 (done). */
export function callFunctionEx(f: Frame, before: ((func: PyValue, callargs: PyValue[]) => PyValue) | null, after: AfterCall): number {
  const stack = f.stack;
  const kw = stack[--f.sp];
  const posargs = stack[--f.sp] as PyValue;
  const selfOrNull = stack[--f.sp];
  const callable = stack[f.sp - 1] as PyValue;
  // _MAKE_CALLARGS_A_TUPLE / check_args_iterable
  if (!(posargs instanceof PyTuple) && typeOf(posargs).lookup("__iter__") === undefined && typeOf(posargs).lookup("__getitem__") === undefined &&
    !typeOf(posargs).slots.iter) {
    throw pyError(TypeError, `${functionStr(callable)} argument after * must be an iterable, not ${typeName(posargs)}`);
  }
  const args = iterateToArray(posargs);
  if (selfOrNull !== null) args.unshift(selfOrNull);
  const npos = args.length; // CALL's arg0 is callargs[0], never a keyword argument's value
  let kwnames: string[] | null = null;
  if (kw !== null && kw instanceof PyDict && kw.size) {
    kwnames = [];
    for (const [k, v] of kw.entries()) {
      if (typeof k !== "string") throw pyError(TypeError, "keywords must be strings");
      kwnames.push(k);
      args.push(v);
    }
  }
  const a0 = before ? before(callable, npos ? args : []) : None;
  let res: PyValue;
  try {
    res = call(callable, args, kwnames);
  } catch (e) {
    if (after && e instanceof PyBaseException) after(callable, a0, false);
    throw e;
  }
  if (after) after(callable, a0, true);
  stack[f.sp - 1] = res;
  tstate.frame = f;
  return -1;
}

/** Pop a CALL's arguments (callable, self_or_null, args[, kwnames]) for a call into native code. */
export function unpackCallStack(f: Frame, base: number, nargs: number, kw: boolean): { args: PyValue[]; kwnames: readonly string[] | null } {
  const stack = f.stack;
  const kwnames = kw ? ((stack[f.sp - 1] as PyTuple).items as string[]) : null;
  const start = stack[base + 1] !== null ? base + 1 : base + 2;
  const n = nargs + (start === base + 1 ? 1 : 0);
  const args = stack.slice(start, start + n) as PyValue[];
  f.sp = base;
  return { args, kwnames };
}

export function checkInterruptIfRequested(): void {
  if (evalBreaker[0] !== 0) checkInterrupt();
}

/** The code objects of the frames executing now (CPython: instrument_all_executing_code_objects). */
function* executingCode(): Iterable<CodeObject> {
  for (let fr = tstate.frame; fr; fr = fr.back) yield fr.code;
}
mon.executingCode = executingCode;

/** Implicit exception chaining: a new exception raised while handling one gets it as __context__
 *  (Python/errors.c _PyErr_SetObject, which also breaks cycles). */
function setContext(exc: PyBaseException): void {
  const handled = tstate.excInfo[tstate.excInfo.length - 1];
  if (!handled || handled === exc || exc.context) return;
  // break a cycle if exc is already in handled's context chain
  let o: PyBaseException | null = handled;
  while (o) {
    if (o.context === exc) { o.context = null; break; }
    o = o.context;
  }
  exc.context = handled;
}

// ---- pattern matching helpers ----

// Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (CPython: Include/object.h): set on list, tuple, range,
// memoryview, array.array, collections.deque and dict, inherited by subclasses, and on classes
// deriving from collections.abc.Sequence/Mapping (their __abc_tpflags__, Modules/_abc.c _abc__abc_init)
const TPFLAGS_SEQUENCE = 1 << 5, TPFLAGS_MAPPING = 1 << 6;
const NATIVE_COLLECTION_FLAGS: Record<string, number> = {
  list: TPFLAGS_SEQUENCE, tuple: TPFLAGS_SEQUENCE, range: TPFLAGS_SEQUENCE, memoryview: TPFLAGS_SEQUENCE,
  "collections.deque": TPFLAGS_SEQUENCE, "array.array": TPFLAGS_SEQUENCE, dict: TPFLAGS_MAPPING,
};
function collectionFlags(v: PyValue): number {
  if (typeof v !== "object") return 0;
  for (const t of typeOf(v).mro) {
    if (!t.heap) {
      const f = NATIVE_COLLECTION_FLAGS[t.name];
      if (f !== undefined) return f;
      continue;
    }
    const abcFlags = t.ns.get("__abc_tpflags__");
    if (typeof abcFlags === "number") return abcFlags & (TPFLAGS_SEQUENCE | TPFLAGS_MAPPING);
  }
  return 0;
}

function isMappingForMatch(v: PyValue): boolean {
  return v instanceof PyDict || (collectionFlags(v) & TPFLAGS_MAPPING) !== 0;
}

function isSequenceForMatch(v: PyValue): boolean {
  if (typeof v === "string") return false;
  return v instanceof PyList || v instanceof PyTuple || (collectionFlags(v) & TPFLAGS_SEQUENCE) !== 0;
}

/** ceval.c match_keys: a tuple of the values for `keys`, or None if one is missing. */
function matchKeys(map: PyValue, keys: PyTuple): PyValue {
  if (keys.items.length === 0) return tuple([]);
  const values: PyValue[] = [];
  const seen = new PySet();
  for (const k of keys.items) {
    if (seen.has(k)) throw pyError(ValueError, `mapping pattern checks duplicate key (${repr(k)})`);
    seen.add(k);
    let v: PyValue | undefined;
    if (map instanceof PyDict && map.type === dictTypeRef()) v = map.get(k);
    else {
      const dummy = new PyObject(ObjectTypeRef());
      const r = call(getattr(map, "get"), [k, dummy]);
      v = r === dummy ? undefined : r;
    }
    if (v === undefined) return None;
    values.push(v);
  }
  return tuple(values);
}

// builtin types that match themselves with one positional sub-pattern (ceval.c MATCH_SELF types)
const MATCH_SELF = new Set(["bool", "bytearray", "bytes", "dict", "float", "frozenset", "int", "list", "set", "str", "tuple"]);

/** ceval.c match_class: a tuple of the matched attributes, or None. */
function matchClass(subject: PyValue, cls: PyValue, nargs: number, kwargs: PyTuple): PyValue {
  if (!(cls instanceof PyType)) throw pyError(TypeError, "called match pattern must be a class");
  if (!typeOf(subject).isSubtype(cls)) return None;
  const attrs: PyValue[] = [];
  const seen = new Set<string>();
  const fetch = (name: string): PyValue | undefined => {
    if (seen.has(name)) throw pyError(TypeError, `${cls.name}() got multiple sub-patterns for attribute ${repr(name)}`);
    seen.add(name);
    return getattrOrUndefined(subject, name);
  };
  if (nargs) {
    let matchSelf = false;
    let matchArgs: PyValue | undefined = getattrOrUndefined(cls, "__match_args__");
    if (matchArgs !== undefined) {
      if (!(matchArgs instanceof PyTuple)) throw pyError(TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeName(matchArgs)})`);
    } else {
      matchSelf = cls.mro.some((t) => !t.heap && MATCH_SELF.has(t.name));
      matchArgs = tuple([]);
    }
    const allowed = matchSelf ? 1 : (matchArgs as PyTuple).items.length;
    if (nargs > allowed) {
      throw pyError(TypeError, `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? "" : "s"} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = (matchArgs as PyTuple).items[i];
        if (typeof name !== "string") throw pyError(TypeError, `__match_args__ elements must be strings (got ${typeName(name)})`);
        const v = fetch(name);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of kwargs.items as string[]) {
    const v = fetch(name);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return tuple(attrs);
}
import { ListType as ListTypeR, TupleType as TupleTypeR, DictType as DictTypeR } from "../objects/containers.js";
import { ObjectType as ObjectTypeR } from "../objects/object.js";
const listTypeRef = () => ListTypeR, tupleTypeRef = () => TupleTypeR, dictTypeRef = () => DictTypeR, ObjectTypeRef = () => ObjectTypeR;

/** mapping[name] for a namespace that is not an exact dict, or undefined on KeyError */
function mappingGet(m: PyValue, name: string): PyValue | undefined {
  try {
    return getitem(m, name);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(KeyErrorR)) return undefined;
    throw e;
  }
}
import { KeyError as KeyErrorR } from "../objects/exceptions.js";

import { installCodeConsts } from "../objects/code.js";
import { installDefaultBuiltins } from "../objects/funcattrs.js";

/** PyFunction_New: a function of a code object in `globals` (MAKE_FUNCTION, types.FunctionType) */
export function newFunction(c: CodeObject, globals: PyDict): PyFunction {
  const doc = c.co_flags & CO.HAS_DOCSTRING ? (constsOf(c)[0] ?? None) : None;
  const module = globals.get("__name__") ?? None;
  return new PyFunction(c, globals, c.co_name, c.co_qualname, doc, module);
}

/** The running interpreter's import system (imports.ts), set by the Interpreter. */
let importer: ImportSystem | null = null;
export function setImporter(i: ImportSystem): void {
  importer = i;
}
/** PyImport_ImportModule(name), for native modules that import Lib modules (time.strptime). */
export function importModule(name: string): PyValue {
  if (!importer) throw pyError(ImportErrorRef(), `No module named '${name}'`);
  return importer.importName(name, new PyDictR(), None, 0);
}
import { PyDict as PyDictR } from "../objects/containers.js";
import { ImportError as ImportErrorR } from "../objects/exceptions.js";
const ImportErrorRef = () => ImportErrorR;
export function getImporter(): ImportSystem | null {
  return importer;
}
import type { ImportSystem } from "./imports.js";
/**
 * The eval breaker (CPython: tstate->eval_breaker), read at RESUME and JUMP_BACKWARD. Bit 0: raise
 * KeyboardInterrupt; bit 1: run the installed hook (a debugger serving requests while the program
 * runs). A debugger may swap in an array over shared memory so another thread can set it.
 */
export let evalBreaker: Int32Array<ArrayBufferLike> = new Int32Array(1);
export const BREAKER_INTERRUPT = 1, BREAKER_HOOK = 2;
/** The hook learns whether it runs inside a builtin (from native code's check) or at a loop edge. */
let breakerHook: (inNative: boolean) => void = () => {};
export function installEvalBreaker(shared: Int32Array<ArrayBufferLike>, hook: (inNative: boolean) => void): void {
  evalBreaker = shared;
  breakerHook = hook;
}
export function requestInterrupt(): void {
  Atomics.or(evalBreaker, 0, BREAKER_INTERRUPT);
}
function checkInterrupt(inNative = false): void {
  const flags = Atomics.and(evalBreaker, 0, 0);
  if (flags & BREAKER_HOOK) breakerHook(inNative);
  if (flags & BREAKER_INTERRUPT) throw new PyBaseException(KeyboardInterruptRef(), []);
}
// long-running native loops look at the breaker too (objects/interrupt.ts)
setNativeCheck(() => { if (evalBreaker[0] !== 0) checkInterrupt(true); });
import { setNativeCheck } from "../objects/interrupt.js";
import { KeyboardInterrupt as KeyboardInterruptRef_, RuntimeError, ModuleNotFoundError } from "../objects/exceptions.js";
const KeyboardInterruptRef = () => KeyboardInterruptRef_;
const RuntimeError_ = () => RuntimeError;
const ModuleNotFoundError_ = () => ModuleNotFoundError;

function toLasti(v: Slot): number {
  return typeof v === "number" ? v : 0;
}

export function addTraceback(exc: PyBaseException, f: Frame): void {
  pinFrame(f);
  exc.traceback.push({ frame: f, lasti: f.lasti, lineno: lineAt(f.code, f.lasti), tb: undefined });
}

/** Convert anything thrown inside the loop into a Python exception. */
export function toPyException(e: unknown): PyBaseException {
  if (e instanceof PyBaseException) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) return pyError(RecursionError, "maximum recursion depth exceeded");
  if (e instanceof PyObject) return pyError(TypeError, "exceptions must derive from BaseException");
  const err = e as Error;
  return pyError(SystemError, `internal error: ${err && err.stack ? err.stack : String(e)}`);
}

function makeException(v: PyValue): PyBaseException {
  if (v instanceof PyBaseException) return v;
  if (v instanceof PyType && v.isSubtype(BaseException)) {
    const r = call(v, []);
    if (r instanceof PyBaseException) return r;
    throw pyError(TypeError, `calling ${repr(v)} should have returned an instance of BaseException, not ${typeName(r)}`);
  }
  throw pyError(TypeError, "exceptions must derive from BaseException");
}

/** _PyCoro_GetAwaitableIter (GET_AWAITABLE): a coroutine, or __await__()'s iterator */
function awaitableIter(v: PyValue): PyValue {
  if (v instanceof PyGenerator && (v.type === CoroutineType || (v.type === GeneratorType && ((v.frame as Frame).code.co_flags & CO.ITERABLE_COROUTINE)))) return v;
  const aw = typeOf(v).lookup("__await__");
  if (aw === undefined) throw pyError(TypeError, `'${typeName(v)}' object can't be awaited`);
  return awaitIterator(call(getattr(v, "__await__"), []));
}
installAwaitableIter(awaitableIter);
installCallerModule(() => tstate.frame?.globals.get("__name__") ?? None);
const StopAsyncIteration_ = () => EXCEPTION_TYPES.get("StopAsyncIteration")!;

/** _PyObject_FunctionStr: "module.qualname()" for call error messages */
function functionStr(fn: PyValue): string {
  let qual: PyValue | undefined, mod: PyValue | undefined;
  try {
    qual = getattrOrUndefined(fn, "__qualname__");
    mod = getattrOrUndefined(fn, "__module__");
  } catch {
    qual = undefined;
  }
  if (typeof qual !== "string") return `${typeName(fn)} object`;
  return typeof mod === "string" && mod !== "builtins" ? `${mod}.${qual}()` : `${qual}()`;
}

// CPython: Python/ceval.c _PyEval_CheckExceptTypeValid: every member of a tuple is checked
// before any is matched
function excMatches(exc: PyBaseException, t: PyValue): boolean {
  const types = t instanceof PyTuple ? t.items : [t];
  for (const x of types) {
    if (!(x instanceof PyType) || !x.isSubtype(BaseException)) {
      throw pyError(TypeError, "catching classes that do not inherit from BaseException is not allowed");
    }
  }
  return types.some((x) => exc.type.isSubtype(x as PyType));
}

function unboundLocal(code: CodeObject, i: number): PyBaseException {
  return pyError(UnboundLocalError, `cannot access local variable '${code.localsplusnames[i]}' where it is not associated with a value`);
}

function freeVarError(code: CodeObject, i: number): PyBaseException {
  const name = code.localsplusnames[i];
  return pyError(NameError, `cannot access free variable '${name}' where it is not associated with a value in enclosing scope`);
}

function nameError(name: string): PyBaseException {
  const e = pyError(NameError, `name '${name}' is not defined`);
  setExcField(e, "name", name); // _PyEval_FormatExcCheckArg
  return e;
}

function commonConstant(i: number): PyValue {
  switch (i) {
    case 0: return AssertionErrorRef();
    case 1: return NotImplementedErrorRef();
    // 2..4: tuple, all, any, as the builtins module defines them (pycore_ceval.h CONSTANT_*)
    case 2: return builtinsDict.get("tuple")!;
    case 3: return builtinsDict.get("all")!;
    case 4: return builtinsDict.get("any")!;
    default: throw pyError(SystemError, `common constant ${i} is not supported yet`);
  }
}
import { AssertionError, NotImplementedError } from "../objects/exceptions.js";
const AssertionErrorRef = () => AssertionError;
const NotImplementedErrorRef = () => NotImplementedError;

export function ascii(v: PyValue): string {
  return repr(v).replace(/[^\x00-\x7f]/gu, (c) => {
    const cp = c.codePointAt(0)!;
    return cp < 0x100 ? "\\x" + cp.toString(16).padStart(2, "0") : cp < 0x10000 ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
  });
}

void AttributeError; void StopIteration; void KeyError; void descrGet; void getattrOrUndefined; void attributeError;
void richCompareBool; void pyLen; void PyCell;

/** globals() of the running frame */
export function currentGlobals(): PyDict {
  const f = tstate.frame;
  if (!f) throw pyError(SystemError, "globals(): no current frame");
  return f.globals;
}

/** locals(): the namespace of a module or class body; a snapshot of a function's variables (PEP 667) */
export function currentLocals(): PyDict {
  const f = tstate.frame;
  if (!f) throw pyError(SystemError, "locals(): no current frame");
  if (f.locals) return f.locals;
  // the dict holds the locals' values, among them perhaps a frame object lent to this function (a
  // trace function's `frame`): lent frame objects are kept (legacy.ts)
  pinFrame(f);
  const d = new PyDict();
  const code = f.code;
  code.localsplusnames.forEach((name, i) => {
    let v = f.fast[i];
    if (v instanceof PyCell) v = v.value;
    if (v !== undefined) d.set(name, v as PyValue);
  });
  return d;
}

// ---- the compiled tier (jit.ts) -------------------------------------------------------------------

/** How deep compiled code may call compiled code (JavaScript recursion) before calls go back to the
 *  eval loop, whose Python calls do not deepen the JavaScript stack. */
const JIT_MAX_DEPTH = 150;
let jitDepth = 0;
const NOT_JIT = Symbol("not compiled");
/** The longest code object (in code units) compiled before its second call (see jitEnter). */
const JIT_ONCE_MAX_UNITS = 400, JIT_ONCE_MAX_LOOPS = 4;
function isResumeOp(op: number): boolean {
  return op === Op.RESUME || op === Op.INSTRUMENTED_RESUME;
}
/** The eval loop's own pseudo-opcode (never in code): enter compiled code here (a free opcode number). */
// (JIT_ENTRY = 127, written as a literal in the switch: V8 makes a jump table of literal cases only)

/** Run `f` from f.ip in its compiled function, compiling it once it is hot: its return value, BAIL
 *  (the eval loop goes on with the frame), or NOT_JIT (not compiled: nothing ran). */
function jitEnter(f: Frame): unknown {
  const code = f.code;
  const rt = code.vm as CodeRT;
  let fn = rt.jit;
  if (fn === null || rt.jitRewrites !== code.rewrites) {
    if (rt.jitOff) return NOT_JIT;
    if (f.ip === 0 || isResumeOp(code.code[f.lasti] & 0xff)) rt.calls++;
    if (++rt.hot < JIT_HOT) return NOT_JIT;
    rt.hot = 0;
    // a long code object with many loops that has run once (a module body, a main()) stays in the
    // eval loop: V8 runs a long JavaScript function it has entered once in its baseline tiers, and
    // each loop met for the first time deoptimizes it again (measured: comprehensions.py's main,
    // 16 loops, ran slower compiled than in the optimized eval loop)
    if (rt.calls < 2 && code.code.length > JIT_ONCE_MAX_UNITS && (rt.loops < 0 ? (rt.loops = backwardJumps(code)) : rt.loops) > JIT_ONCE_MAX_LOOPS) return NOT_JIT;
    fn = rt.jit = jitCompile(code, rt.consts, globalIC(code));
    rt.jitRewrites = code.rewrites;
    if (fn === null) { rt.jitOff = true; return NOT_JIT; }
  }
  if (jitDepth >= JIT_MAX_DEPTH) return NOT_JIT;
  tstate.frame = f;
  jitDepth++;
  try {
    return fn(f);
  } finally {
    jitDepth--;
  }
}

/** An exception compiled code handed back with frame f (called by runFrame or callPy): the eval
 *  loop's unwinding of that frame, without entering the loop. Null: f's handler runs next (in the
 *  eval loop, from f.ip); else the exception leaves f (tstate.frame is its caller). */
function unwindCompiled(f: Frame): PyBaseException | null {
  const e = f.jitExc;
  f.jitExc = null;
  return raiseAt(f, e, jitRaiseAt(f), f) === null ? takeEscaping() : null;
}

function loadName(f: Frame, name: string): PyValue {
  let v = f.locals ? (f.locals.type === DictTypeR ? f.locals.getStr(name) : mappingGet(f.locals, name)) : undefined;
  if (v === undefined) v = f.globals.getStr(name);
  if (v === undefined) v = f.builtins.getStr(name);
  if (v === undefined) throw nameError(name);
  return v;
}

function storeName(f: Frame, name: string, v: PyValue): void {
  if (!f.locals) throw pyError(SystemError, `no locals found when storing '${name}'`);
  if (f.locals.type === DictTypeR) f.locals.setStr(name, v);
  else setitem(f.locals, name, v);
}

/** LOAD_ATTR past the instance fast path (both tiers); returns the new stack pointer. The method
 *  form pushes (function, self) when the attribute is a plain method, else (attr, NULL). */
function loadAttrGeneric(obj: PyValue, name: string, methodForm: number, stack: Slot[], sp: number): number {
  if (methodForm) {
    // (CPython: _PyObject_GetMethod: functions and method descriptors, only for types whose
    // attribute lookup is the generic one; super objects, for one, resolve names themselves)
    const t = typeOf(obj);
    const d = obj instanceof PyType ? undefined : t.lookup(name);
    if ((d instanceof PyFunction || d instanceof PyMethodDescr) && t.slots.customGetattr !== true &&
        !(obj instanceof PyObject && obj.dict && obj.dict.has(name)) &&
        !(t.heap && t.lookup("__getattribute__") !== objectGetattribute())) {
      stack[sp - 1] = d;
      stack[sp++] = obj;
    } else {
      stack[sp - 1] = getattr(obj, name);
      stack[sp++] = null;
    }
  } else {
    stack[sp - 1] = getattr(obj, name);
  }
  return sp;
}

/** A Python call from compiled code: the callee's frame runs (compiled or not) to its return, as
 *  runFrame runs it. An exception leaving the callee is not thrown but returned as RAISED (the
 *  exception in jitRaised): compiled callers hand it to their own frame's unwinding, and a JavaScript
 *  throw per frame it passes through would cost more than the rest of the unwinding. */
function callPy(fn: PyFunction, stack: Slot[], argStart: number, nargs: number, kwnames: readonly string[] | null): PyValue | typeof RAISED {
  return enterPy(newFrame(fn, stack, argStart, nargs, kwnames), true);
}

/** Run a new function frame to its return (callPy; native callers that take RAISED themselves). */
function enterPy(frame: Frame, pyCall: boolean): PyValue | typeof RAISED {
  frame.entry = true;
  frame.pyCall = pyCall;
  const saved = tstate.frame;
  frame.back = saved;
  if (++tstate.depth > recursionLimit) {
    tstate.depth--;
    throw pyError(RecursionError, "maximum recursion depth exceeded");
  }
  const r = jitEnter(frame);
  if (r === BAIL || r === NOT_JIT) return finishPy(frame, r, saved);
  tstate.depth--;
  tstate.frame = saved;
  releaseFrame(frame);
  return r as PyValue;
}

/** enterPy after jitEnter returned BAIL or NOT_JIT: the handlers compiled code handed back, then
 *  the eval loop, then the frame leaves (tstate.frame back to `saved`). */
function finishPy(frame: Frame, r: unknown, saved: Frame | null): PyValue | typeof RAISED {
  while (r === BAIL && frame.jitExc !== null) {
    const exc = unwindCompiled(frame);
    if (exc !== null) {
      tstate.depth--;
      tstate.frame = saved;
      jitRaised = exc;
      return RAISED;
    }
    r = jitEnter(frame); // the handler (a case of the compiled function)
  }
  if (r === BAIL || r === NOT_JIT) {
    try {
      r = execute(frame, null);
    } catch (e) {
      tstate.depth--;
      tstate.frame = saved;
      jitRaised = e;
      return RAISED;
    }
  }
  tstate.depth--;
  tstate.frame = saved;
  releaseFrame(frame);
  return r as PyValue;
}
/** What a compiled callee raised (callPy returned RAISED); taken by the caller's template. */
let jitRaised: unknown = null;
function takeRaised(): unknown {
  const e = jitRaised;
  jitRaised = null;
  return e;
}

function checkBreak(): void {
  if (evalBreaker[0] !== 0) checkInterrupt();
}

installJitHelpers({
  unboundLocal, commonConstant, loadGlobal, loadName, storeName, freeVarError, PyCell, MAX_SAFE_INT, PyList, PyTuple,
  ListTypeR, TupleTypeR, PyDict, DictTypeR, getitem, inplaceOp, binaryOp, setitem, PySlice, None, negative, invert, truthy,
  richCompare, contains, checkBreak, iter, next_: next, mon, monitorStopIterationRaise, tuple, unpackSequence, PyObject,
  loadAttrInstance, loadAttrGeneric, storeAttrInstance, setattr, PyFunction, PyMethod, callPy, call, tstate, newFunction,
  formatValue, str, repr, ascii, fireLine, fireResume, fire1, instrumented, RAISED, takeRaised, PyFloat, FloatType,
  PyGenerator, sendToIterator, listExtend, raiseValue, reraiseCurrent, jitReraise, toLasti, loadSuperAttr, callFunctionEx, excMatches, delitem, PySet, delattr, positive,
});
import { backwardJumps, BAIL, RAISED, installJitHelpers, jitCompile, jitEligible, jitEnabled, JIT_HOT, type JitFn } from "./jit.js";
