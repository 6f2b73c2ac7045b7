// sys.settrace and sys.setprofile as PEP 669 tools 7 and 6 (CPython: Python/legacy_tracing.c, and
// Python/sysmodule.c trace_trampoline / profile_trampoline / call_trampoline). The trace function
// gets "call" from the global function, everything else from the frame's f_trace; the events it
// sees are derived from the monitoring events exactly as legacy_tracing.c derives them.
import { CO, FAST, type CodeObject } from "../interp/compile/code.js";
import { Op } from "../interp/compile/opcodes.js";
import { call, callFunction3 } from "../interp/objects/abstract.js";
import { PyBaseException } from "../interp/objects/exceptions.js";
import { BuiltinFunctionType, PyBuiltin, PyFunction, PyMethod } from "../interp/objects/functions.js";
import { MethodDescrType, descrGet, PyMethodDescr } from "../interp/objects/abstract.js";
import { None, typeOf, type PyValue } from "../interp/objects/object.js";
import { tuple } from "../interp/objects/containers.js";
import { SystemError, pyError } from "../interp/objects/exceptions.js";
import { Ev, Tool, UNGROUPED_EVENTS } from "./events.js";
import { installLegacyHook, installLegacyLineHook, MISSING } from "./fire.js";
import { CACHE_OF, instrumentationLine } from "./instrument.js";
import { instrumentAllExecuting } from "./instrument.js";
import { mon } from "./state.js";

/** What legacy tracing needs of a frame object (the VM's PyFrame implements it). */
export interface LegacyFrame {
  trace: PyValue | null;
  traceLines: boolean;
  traceOpcodes: boolean;
  linenoOverride: number;
}

type LFrame = LegacyFrame & PyValue;
/** The running frame's object, lent: its frame stays reusable unless pinned (installed by the VM;
 *  CPython: PyEval_GetFrame). */
let currentFrame: () => LFrame | null = () => null;
/** Keep a lent frame object's frame from reuse: the function it was passed to may hold it. */
let pinFrameObject: (frame: LFrame) => void = () => {};
/** A traceback object for an exception (installed by the VM; CPython: PyException_GetTraceback). */
let tracebackOf: (exc: PyBaseException) => PyValue = () => None;
export function installLegacyFrameAccess(frame: () => LFrame | null, pin: (frame: LFrame) => void, tb: (exc: PyBaseException) => PyValue): void {
  currentFrame = frame;
  pinFrameObject = pin;
  tracebackOf = tb;
}

/**
 * Can a call of `callback` with the frame object as its first argument have kept it? Not if the
 * callback is a plain Python function whose first parameter is never read: no instruction loads
 * local 0, it has no cells (closures, super()) and is no generator. What else could reach it pins
 * the frame by itself: a frame object of the callback's frame or one it calls (sys._getframe, a
 * traceback: their f_back chains lead to the traced frame, and pinning follows them) and locals()
 * (eval.ts currentLocals). So a trace function that ignores its frame, as a counting or timing one
 * does, leaves the traced frame reusable.
 */
function mayKeepFrame(callback: PyValue): boolean {
  if (!(callback instanceof PyFunction)) return true;
  const code = callback.code as CodeObject;
  if (code === lastCode) return lastMayKeep;
  lastCode = code;
  return (lastMayKeep = readsFirstArg(code));
}
let lastCode: CodeObject | null = null, lastMayKeep = true;

function readsFirstArg(code: CodeObject): boolean {
  if (code.co_argcount < 1 || (code.co_flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR | CO.ITERABLE_COROUTINE))) return true;
  for (const k of code.localspluskinds) if (k & (FAST.CELL | FAST.FREE)) return true;
  const units = code.baseCode ?? code.code;
  let arg = 0;
  for (let i = 0; i < units.length; i++) {
    const op = units[i] & 0xff;
    arg = (arg << 8) | (units[i] >> 8);
    if (op === Op.EXTENDED_ARG) continue;
    i += CACHE_OF[op]; // (inline cache units are not instructions)
    switch (op) {
      case Op.LOAD_FAST: case Op.LOAD_FAST_BORROW: case Op.LOAD_FAST_CHECK: case Op.LOAD_FAST_AND_CLEAR:
        if (arg === 0) return true;
        break;
      case Op.LOAD_FAST_LOAD_FAST: case Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW:
        if (arg >> 4 === 0 || (arg & 15) === 0) return true;
        break;
      case Op.STORE_FAST_LOAD_FAST:
        if ((arg & 15) === 0) return true;
        break;
    }
    arg = 0;
  }
  return false;
}

let traceFunc: PyValue | null = null;
let profileFunc: PyValue | null = null;

const TRACE_EVENTS =
  (1 << Ev.PY_START) | (1 << Ev.PY_RESUME) | (1 << Ev.PY_RETURN) | (1 << Ev.PY_YIELD) | (1 << Ev.RAISE) |
  (1 << Ev.LINE) | (1 << Ev.JUMP) | (1 << Ev.PY_UNWIND) | (1 << Ev.PY_THROW) | (1 << Ev.STOP_ITERATION) |
  (1 << Ev.EXCEPTION_HANDLED);
const PROFILE_EVENTS =
  (1 << Ev.PY_START) | (1 << Ev.PY_RESUME) | (1 << Ev.PY_RETURN) | (1 << Ev.PY_YIELD) | (1 << Ev.CALL) |
  (1 << Ev.PY_UNWIND) | (1 << Ev.PY_THROW);

function setToolEvents(tool: number, events: number): void {
  let changed = false;
  for (let e = 0; e < UNGROUPED_EVENTS; e++) {
    const want = ((events >> e) & 1) << tool;
    if ((mon.globalTools[e] & (1 << tool)) !== want) {
      mon.globalTools[e] = (mon.globalTools[e] & ~(1 << tool)) | want;
      changed = true;
    }
  }
  if (changed) {
    mon.version += 1;
    instrumentAllExecuting();
  }
}

/** sys.settrace (CPython: _PyEval_SetTrace, set_monitoring_trace_events). */
export function setTrace(func: PyValue | null): void {
  traceFunc = func;
  setToolEvents(Tool.SYS_TRACE, func ? TRACE_EVENTS : 0);
}

/** sys.setprofile (CPython: _PyEval_SetProfile, set_monitoring_profile_events). */
export function setProfile(func: PyValue | null): void {
  profileFunc = func;
  setToolEvents(Tool.SYS_PROFILE, func ? PROFILE_EVENTS : 0);
}

export function getTrace(): PyValue {
  return traceFunc ?? None;
}
export function getProfile(): PyValue {
  return profileFunc ?? None;
}

export function resetLegacy(): void {
  traceFunc = profileFunc = null;
}

/** CPython: sysmodule.c trace_trampoline: "call" goes to the global trace function, the rest to
 * f_trace; a non-None result becomes f_trace; an exception removes the trace function. For a line
 * event, f_lineno reads `line` while the trace function runs (CPython: trace_line). No event fires
 * meanwhile (mon.tracing; CPython: tstate->tracing). */
function traceTrampoline(frame: LegacyFrame & PyValue, what: string, arg: PyValue, line: number, event: number): void {
  const callback = what === "call" ? traceFunc : frame.trace;
  if (callback === null) return;
  frame.linenoOverride = line;
  mon.tracing++;
  const oldEvent = mon.whatEvent;
  mon.whatEvent = event;
  let result: PyValue;
  try {
    result = callback instanceof PyFunction ? callFunction3(callback, frame, what, arg) : call(callback, [frame, what, arg]);
  } catch (e) {
    mon.tracing--;
    mon.whatEvent = oldEvent;
    frame.linenoOverride = 0;
    pinFrameObject(frame);
    setTrace(null);
    frame.trace = null;
    throw e;
  }
  mon.tracing--;
  mon.whatEvent = oldEvent;
  frame.linenoOverride = 0;
  if (mayKeepFrame(callback)) pinFrameObject(frame);
  if (result !== None) frame.trace = result;
}

function frameOrError(): LegacyFrame & PyValue {
  const f = currentFrame();
  if (!f) throw pyError(SystemError, "Missing frame when calling trace function.");
  return f;
}

/** CPython: sysmodule.c profile_trampoline. */
function profileTrampoline(what: string, arg: PyValue, event: number): void {
  if (profileFunc === null) return;
  const frame = currentFrame();
  if (!frame) throw pyError(SystemError, "Missing frame when calling profile function.");
  const callback = profileFunc;
  mon.tracing++;
  const oldEvent = mon.whatEvent;
  mon.whatEvent = event;
  try {
    if (callback instanceof PyFunction) callFunction3(callback, frame, what, arg);
    else call(callback, [frame, what, arg]);
  } catch (e) {
    mon.tracing--;
    mon.whatEvent = oldEvent;
    pinFrameObject(frame);
    setProfile(null);
    throw e;
  }
  mon.tracing--;
  mon.whatEvent = oldEvent;
  if (mayKeepFrame(callback)) pinFrameObject(frame);
}

/** A C function's profile "c_call"/"c_return"/"c_exception" (CPython: sys_profile_call_or_return). */
function profileCall(what: string, callable: PyValue, arg0: PyValue, event: number): void {
  // only builtin functions and methods (PyCFunction), not method-wrappers of slots
  if (callable instanceof PyBuiltin) return typeOf(callable) === BuiltinFunctionType ? profileTrampoline(what, callable, event) : undefined;
  if (callable instanceof PyMethodDescr && typeOf(callable) === MethodDescrType) {
    if (arg0 === MISSING) return;
    return profileTrampoline(what, descrGet(callable, arg0, typeOf(arg0)), event);
  }
  if (callable instanceof PyMethod && callable.func instanceof PyBuiltin && typeOf(callable.func) === BuiltinFunctionType) return profileTrampoline(what, callable.func, event);
}

/**
 * Tools 6 and 7 see every event the fire functions (fire.ts callTools) dispatch to them here, with
 * its first two extra arguments; true = DISABLE this location.
 * CPython: legacy_tracing.c sys_profile_* and sys_trace_* handlers.
 */
function legacyEvent(tool: number, code: CodeObject, event: number, i: number, a0: PyValue | undefined, a1: PyValue | undefined): boolean {
  if (tool === Tool.SYS_PROFILE) {
    if (profileFunc === null) return false;
    switch (event) {
      case Ev.PY_START: case Ev.PY_RESUME: case Ev.PY_THROW: profileTrampoline("call", None, event); break;
      case Ev.PY_RETURN: case Ev.PY_YIELD: profileTrampoline("return", a0!, event); break;
      case Ev.PY_UNWIND: profileTrampoline("return", None, event); break;
      case Ev.CALL: profileCall("c_call", a0!, a1!, event); break;
      case Ev.C_RETURN: profileCall("c_return", a0!, a1!, event); break;
      case Ev.C_RAISE: profileCall("c_exception", a0!, a1!, event); break;
    }
    return false;
  }
  if (traceFunc === null) return false;
  switch (event) {
    case Ev.PY_START: case Ev.PY_RESUME: case Ev.PY_THROW:
      traceTrampoline(frameOrError(), "call", None, 0, event);
      break;
    case Ev.PY_RETURN: case Ev.PY_YIELD:
      traceTrampoline(frameOrError(), "return", a0!, 0, event);
      break;
    case Ev.PY_UNWIND:
      traceTrampoline(frameOrError(), "return", None, 0, event);
      break;
    case Ev.RAISE: case Ev.STOP_ITERATION: {
      // CPython: sys_trace_exception_func: (type, value, traceback)
      const exc = a0 as PyBaseException;
      traceTrampoline(frameOrError(), "exception", tuple([typeOf(exc), exc, tracebackOf(exc)]), 0, event);
      break;
    }
    case Ev.JUMP: {
      // settrace sees a line event on every backward jump, even to the same line
      // (CPython: sys_trace_jump_func); other jumps are left to INSTRUMENTED_LINE
      const to = (a0 as number) / 2;
      if (to > i) return true;
      const toLine = instrumentationLine(code, to), fromLine = instrumentationLine(code, i);
      if (toLine !== fromLine) return true;
      const frame = frameOrError();
      if (frame.traceLines) traceTrampoline(frame, "line", None, toLine, event);
      break;
    }
    case Ev.EXCEPTION_HANDLED:
      // CPython: sys_trace_exception_handled: nothing to report unless the handler line starts
      // a new line that INSTRUMENTED_LINE will report anyway
      break;
  }
  return false;
}

/** LINE for tool 7 comes straight from fireLine (CPython: _Py_call_instrumentation_line special
 *  case; sys_trace_line_func). */
function legacyLine(_code: CodeObject, _i: number, line: number): void {
  if (traceFunc === null) return;
  const frame = currentFrame();
  if (!frame || !frame.traceLines) return;
  traceTrampoline(frame, "line", None, line, Ev.LINE);
}

installLegacyHook(legacyEvent);
installLegacyLineHook(legacyLine);
