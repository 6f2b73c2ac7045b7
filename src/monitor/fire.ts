// Firing events: the eval loop calls these from its INSTRUMENTED_* opcodes and its exception
// machinery, with code-unit indices; callbacks see byte offsets (2 per unit), as in CPython.
// Tools are called from the highest id down; nothing fires while a callback runs (mon.tracing);
// an exception raised by a callback propagates from the event site (the JS throw does that).
// CPython: Python/instrumentation.c call_instrumentation_vector, call_one_instrument,
// _Py_call_instrumentation_line, _Py_call_instrumentation_instruction.
import type { CodeObject } from "../interp/compile/code.js";
import { call, callFunction } from "../interp/objects/abstract.js";
import { PyFunction } from "../interp/objects/functions.js";
import { pyCode } from "../interp/objects/code.js";
import { pyError, ValueError, type PyBaseException } from "../interp/objects/exceptions.js";
import { ObjectType, PyObject, type PyValue } from "../interp/objects/object.js";
import { Op, ResumeOparg } from "../interp/compile/opcodes.js";
import { EVENTS, EVENT_NAMES, Ev, LOCAL_EVENTS, mostSignificantBit, Tool } from "./events.js";
import {
  lineOriginalOpcode, monitoringData, perInstructionOriginalOpcode, removeLineTools,
  removePerInstructionTools, removeTools, toolsAt,
} from "./instrument.js";
import { mon } from "./state.js";

/** sys.monitoring.DISABLE (CPython: _PyInstrumentation_DISABLE, a bare object). */
export const DISABLE = new PyObject(ObjectType);
/** sys.monitoring.MISSING (CPython: _PyInstrumentation_MISSING). */
export const MISSING = new PyObject(ObjectType);

/** Call one tool's callback; true if it returned DISABLE. CPython: call_one_instrument. */
function callOne(tool: number, event: number, args: PyValue[]): boolean {
  const cb = mon.callables[tool * EVENTS + event];
  if (cb === null) return false;
  mon.tracing++;
  const what = mon.whatEvent;
  mon.whatEvent = event;
  let res: PyValue;
  try {
    res = cb instanceof PyFunction ? callFunction(cb, args) : call(cb, args);
  } finally {
    mon.tracing--;
    mon.whatEvent = what;
  }
  return res === DISABLE;
}

/**
 * Fire `event` at instruction `i` of `code`, reporting `src` as the offset, with one extra argument
 * (fire2: two). The callback's argument vector is made only when a tool other than the legacy ones
 * listens: settrace would otherwise pay for one at every return. CPython: call_instrumentation_vector.
 */
export function fire1(code: CodeObject, event: number, i: number, src: number, a0: PyValue): void {
  if (mon.tracing) return;
  const tools = toolsAt(code, i, event);
  if (!tools) return;
  callTools(code, event, i, src, tools, 1, a0, undefined);
}

/** CALL, C_RETURN, C_RAISE: the callable and arg0. */
export function fire2(code: CodeObject, event: number, i: number, src: number, a0: PyValue, a1: PyValue): void {
  if (mon.tracing) return;
  const tools = toolsAt(code, i, event);
  if (!tools) return;
  callTools(code, event, i, src, tools, 2, a0, a1);
}

/** A callback's arguments: the code object, the offset, then the event's extra arguments. */
function callbackArgs(code: CodeObject, src: number, n: number, a0: PyValue | undefined, a1: PyValue | undefined): PyValue[] {
  return n === 0 ? [pyCode(code), src * 2] : n === 1 ? [pyCode(code), src * 2, a0!] : [pyCode(code), src * 2, a0!, a1!];
}

/** Call each listening tool, highest id first. The legacy tools (settrace, setprofile) take the
 *  extra arguments (n of them: a0, a1) as they are; the argument vector of the others is made once,
 *  when one listens. */
function callTools(code: CodeObject, event: number, i: number, src: number, tools: number,
  n: number, a0: PyValue | undefined, a1: PyValue | undefined): void {
  let args: PyValue[] | null = null;
  while (tools) {
    const tool = mostSignificantBit(tools);
    tools ^= 1 << tool;
    if (tool === Tool.SYS_TRACE || tool === Tool.SYS_PROFILE) {
      if (legacyHook(tool, code, event, i, a0, a1)) removeTools(code, i, 1 << tool);
      continue;
    }
    args ??= callbackArgs(code, src, n, a0, a1);
    if (callOne(tool, event, args)) {
      if (event >= LOCAL_EVENTS) {
        mon.callables[tool * EVENTS + event] = null; // clear it, or the error would repeat forever
        throw pyError(ValueError, `Cannot disable ${EVENT_NAMES[event]} events. Callback removed.`);
      }
      removeTools(code, i, 1 << tool);
    }
  }
}

// Legacy sys.settrace / sys.setprofile ride on tools 7 and 6 (legacy.ts installs the handler); they
// take an event's first two extra arguments (no event of theirs has more).
type LegacyHook = (tool: number, code: CodeObject, event: number, i: number, a0: PyValue | undefined, a1: PyValue | undefined) => boolean;
let legacyHook: LegacyHook = () => false;
export function installLegacyHook(h: LegacyHook): void {
  legacyHook = h;
}
let legacyLineHook: (code: CodeObject, i: number, line: number) => void = () => {};
export function installLegacyLineHook(h: (code: CodeObject, i: number, line: number) => void): void {
  legacyLineHook = h;
}

/** PY_START / PY_RESUME from INSTRUMENTED_RESUME. */
export function fireResume(code: CodeObject, i: number, oparg: number, frame: unknown): void {
  if (mon.tracing) return;
  const event = oparg === 0 ? Ev.PY_START : Ev.PY_RESUME;
  const tools = toolsAt(code, i, event);
  if (!tools) return;
  mon.jumpFrame = frame; // (PY_RESUME may set its f_lineno: settrace's 'call' of a resumed generator)
  mon.jumpFrom = -1;
  callTools(code, event, i, i, tools, 0, undefined, undefined);
}

/** Events whose data is an exception in flight (RAISE, RERAISE, EXCEPTION_HANDLED, PY_UNWIND,
 * PY_THROW). A callback's own exception replaces it (thrown from here).
 * CPython: do_monitor_exc, _Py_call_instrumentation_exc2. */
export function fireException(code: CodeObject, event: number, i: number, exc: PyBaseException): void {
  // exception events can come by the hundred thousand (a tool on RAISE sees every raise, and
  // every frame it passes through): no array until a tool listens
  if (mon.tracing) return;
  const tools = toolsAt(code, i, event);
  if (!tools) return;
  callTools(code, event, i, i, tools, 1, exc, undefined);
}

/** Is any tool listening for a global (exception) event? CPython: no_tools_for_global_event. */
export function globalEventActive(event: number): boolean {
  return mon.globalTools[event] !== 0 && mon.tracing === 0;
}

/**
 * LINE at a line start, unless the previous instruction was on the same line (and not RESUME);
 * returns the opcode INSTRUMENTED_LINE stands for. `frame` is the VM frame at the event (opaque
 * here). CPython: _Py_call_instrumentation_line.
 */
export function fireLine(code: CodeObject, i: number, prev: number, prevOp: number, frame: unknown): number {
  const d = monitoringData(code)!;
  if (mon.tracing) return d.lineOpcodes![i];
  const lines = d.lines!, line = lines[i];
  // RESUME hides no LINE, but RESUME_CHECK does: CPython's specializer rewrites an uninstrumented
  // RESUME to RESUME_CHECK when it runs (bytecodes.c _QUICKEN_RESUME). So a plain RESUME at a
  // function's start (it has just run) or after a yield that has run before (genframe.ts) hides it.
  if (lines[prev] === line && prevOp !== Op.INSTRUMENTED_RESUME
    && (prevOp !== Op.RESUME || (code.code[prev] >> 8 & ResumeOparg.LOCATION_MASK) === ResumeOparg.AT_FUNC_START || code.quickenedResumes?.[prev] === 1)) {
    return d.lineOpcodes![i];
  }
  let tools = d.lineTools![i];
  mon.jumpFrame = frame; // (a callback may set its f_lineno: frameobject.ts setLineno)
  mon.jumpFrom = -1;
  if (tools & (1 << Tool.SYS_TRACE)) {
    legacyLineHook(code, i, line);
    tools &= ~(1 << Tool.SYS_TRACE);
  }
  if (tools) {
    const args: PyValue[] = [pyCode(code), line];
    do {
      const tool = mostSignificantBit(tools);
      tools &= ~(1 << tool);
      if (callOne(tool, Ev.LINE, args)) removeLineTools(code, i, 1 << tool);
    } while (tools);
  }
  // (a callback may have re-instrumented the code: its data now)
  return lineOriginalOpcode(code, i);
}

/** INSTRUCTION before an instruction; returns the opcode INSTRUMENTED_INSTRUCTION stands for.
 * CPython: _Py_call_instrumentation_instruction. */
export function fireInstruction(code: CodeObject, i: number): number {
  const next = perInstructionOriginalOpcode(code, i);
  if (mon.tracing) return next;
  const d = monitoringData(code)!;
  let tools = d.perInstrTools![i];
  const args: PyValue[] = [pyCode(code), i * 2];
  while (tools) {
    const tool = mostSignificantBit(tools);
    tools &= ~(1 << tool);
    if (callOne(tool, Ev.INSTRUCTION, args)) removePerInstructionTools(code, i, 1 << tool);
  }
  return next;
}
