// Frame objects as Python sees them (CPython: Objects/frameobject.c frame_getsetlist, frame_memberlist):
// sys._getframe(), frame.f_back / f_code / f_lineno / f_locals / f_globals / f_trace, as debuggers and
// trace functions use them. The VM's Frame is the data; PyFrame is its one Python face, made lazily.
import { builtinType, None, PyObject, type PyValue } from "../objects/object.js";
import { pyError, AttributeError, RuntimeError, TypeError, ValueError } from "../objects/exceptions.js";
import { installTracebackFrame, tracebackOf } from "../objects/excobject.js";
import { typeName, toIndex } from "../objects/abstract.js";
import { PyDict } from "../objects/containers.js";
import { PyBuiltin, PyCell } from "../objects/functions.js";
import { pyCode } from "../objects/code.js";
import { FAST } from "../compile/code.js";
import { installLegacyFrameAccess, type LegacyFrame } from "../../monitor/legacy.js";
import { lineAt, pinFrame, tstate, type Frame } from "./eval.js";
import { SystemError } from "../objects/exceptions.js";
import { EXCEPTION_TYPES } from "../objects/exceptions.js";
import { warn } from "../objects/warnings.js";
import { Ev } from "../../monitor/events.js";
import { mon } from "../../monitor/state.js";
import {
  compatibleStack, explainIncompatibleStack, firstLineNotBefore, Kind, markLines, markStacks, OVERFLOWED, pop, top, UNINITIALIZED,
} from "../compile/stackkinds.js";

export const FrameType = builtinType("frame", undefined, { baseType: false });

export class PyFrame extends PyObject implements LegacyFrame {
  /** the local trace function (CPython: f_trace) */
  trace: PyValue | null = null;
  traceLines = true;
  traceOpcodes = false;
  /** while a trace function runs for a line event, the line it is told (CPython: f_lineno field) */
  linenoOverride = 0;
  constructor(readonly frame: Frame) {
    super(FrameType);
  }
  get lineno(): number {
    return this.linenoOverride > 0 ? this.linenoOverride : lineAt(this.frame.code, this.frame.lasti);
  }
}

/** The frame object of a VM frame (always the same one while the frame runs). */
export function frameObject(f: Frame): PyFrame {
  if (!f.pinned) pinFrame(f); // the frame object may outlive the call: its frame is never reused
  if (f.pyFrame === null) f.pyFrame = new PyFrame(f);
  return f.pyFrame as PyFrame;
}

/** The frame object of the running Python frame, or null (CPython: PyEval_GetFrame). */
export function currentFrameObject(): PyFrame | null {
  return tstate.frame ? frameObject(tstate.frame) : null;
}

/** The running frame's object, lent to a trace or profile function (legacy.ts): the frame is not
 *  pinned; the caller pins it (pinFrameObject) unless the function cannot have kept the object. A
 *  frame that returns unpinned is reused, and its frame object with it, reset (eval.ts frameFor).
 *  CPython reaches the same with reference counts: a frame object nobody holds dies with its frame
 *  (Objects/frameobject.c frame_dealloc; Python/frame.c take_ownership is for the ones still held). */
export function lentFrameObject(): PyFrame | null {
  const f = tstate.frame;
  if (!f) return null;
  if (f.pyFrame === null) f.pyFrame = new PyFrame(f);
  return f.pyFrame as PyFrame;
}
function pinFrameObject(o: LegacyFrame & PyValue): void {
  pinFrame((o as PyFrame).frame);
}

/** f_locals: the namespace of a module or class body; for a function, a snapshot (PEP 667's
 * write-through proxy is not implemented: writes to it do not reach the fast locals). */
export function frameLocals(f: Frame): PyDict {
  const fastDict = (only: number): PyDict => {
    // (every evaluation of a breakpoint condition or watch in a function frame makes one)
    const d = new PyDict();
    const names = f.code.localsplusnames, kinds = f.code.localspluskinds, fast = f.fast;
    for (let i = 0; i < names.length; i++) {
      if (only && !(kinds[i] & only)) continue;
      let v = fast[i];
      if (v instanceof PyCell) v = v.value;
      if (v !== undefined) d.setStr(names[i], v as PyValue);
    }
    return d;
  };
  if (f.locals) {
    // a class body or module running an inlined comprehension (PEP 709) has live hidden fast
    // locals: CPython shows those (frameobject.c framelocalsproxy)
    const hidden = fastDict(FAST.HIDDEN);
    return hidden.size ? hidden : f.locals;
  }
  return fastDict(0);
}

FrameType.slots.getattr = (o: PyFrame, name: string): PyValue | undefined => {
  const f = o.frame;
  switch (name) {
    case "f_code": return pyCode(f.code);
    case "f_back": return f.back ? frameObject(f.back) : None;
    case "f_lineno": return o.lineno;
    case "f_lasti": return f.lasti * 2;
    case "f_locals": return frameLocals(f);
    case "f_globals": return f.globals;
    case "f_builtins": return f.builtins;
    case "f_trace": return o.trace ?? None;
    case "f_trace_lines": return o.traceLines;
    case "f_trace_opcodes": return o.traceOpcodes;
    case "f_generator": return f.gen ?? None;
    // frame_clear: a finished frame drops its locals; an executing one cannot be cleared
    case "clear": return new PyBuiltin("clear", () => {
      for (let x = tstate.frame; x; x = x.back) {
        if (x === f) throw pyError(RuntimeError, "cannot clear an executing frame");
      }
      if (f.gen && !f.gen.finished) throw pyError(RuntimeError, "cannot clear a suspended frame");
      f.fast.fill(undefined);
      o.trace = null;
      return None;
    }, o);
  }
  return undefined;
};

FrameType.slots.setattr = (o: PyFrame, name: string, value: PyValue): boolean => {
  switch (name) {
    case "f_trace":
      o.trace = value === None ? null : value;
      return true;
    case "f_trace_lines":
      if (typeof value !== "boolean") throw pyError(TypeError, "attribute value type must be bool");
      o.traceLines = value;
      return true;
    case "f_trace_opcodes":
      if (typeof value !== "boolean") throw pyError(TypeError, "attribute value type must be bool");
      o.traceOpcodes = value;
      return true;
    case "f_lineno":
      setLineno(o, value);
      return true;
    case "f_code": case "f_back": case "f_locals": case "f_globals": case "f_builtins": case "f_lasti":
      throw pyError(AttributeError, `attribute '${name}' of 'frame' objects is not writable`);
  }
  return false;
};

FrameType.slots.repr = (o: PyFrame) =>
  `<frame at 0x0, file '${o.frame.code.co_filename}', line ${o.lineno}, code ${o.frame.code.co_name}>`;

/** sys._getframe([depth]) (CPython: Python/sysmodule.c sys__getframe_impl). */
export function getFrame(args: PyValue[]): PyValue {
  let depth = args.length ? args[0] : 0;
  if (typeof depth !== "number") {
    if (typeof depth === "string") throw pyError(TypeError, `'${typeName(depth)}' object cannot be interpreted as an integer`);
    depth = toIndex(depth);
  }
  let f = tstate.frame;
  for (let i = 0; i < depth && f; i++) f = f.back;
  if (!f) throw pyError(ValueError, "call stack is not deep enough");
  return frameObject(f);
}

// traceback objects live in objects/excobject.ts; their tb_frame is this layer's frame object
installTracebackFrame((frame) => frameObject(frame as Frame));
installLegacyFrameAccess(lentFrameObject, pinFrameObject, tracebackOf);

/**
 * Setting f_lineno from a trace function or a LINE callback: the frame goes on at the first
 * instruction of that line (or the next line with code) whose stack the current one can be cut
 * down to. CPython: Objects/frameobject.c frame_lineno_set_impl, with its checks and messages.
 * The events that may jump are CPython's: LINE and JUMP (settrace's 'line', also on a backward jump
 * to the same line), PY_RESUME (settrace's 'call' of a resumed generator: the sent value is dropped),
 * PY_YIELD (settrace's 'return' at a yield: nothing is yielded) and BRANCH_LEFT/BRANCH_RIGHT
 * (sys.monitoring callbacks only). At a taken conditional jump, FOR_ITER's next item and POP_ITER,
 * tspy jumps with the stack the frame holds at the event (mon.jumpFrom), where CPython 3.14 leaves
 * its stack one value off (DEVIATIONS.md).
 */
function setLineno(o: PyFrame, value: PyValue | undefined): void {
  if (value === undefined) throw pyError(AttributeError, "cannot delete attribute");
  if (typeof value !== "number" && typeof value !== "bigint") throw pyError(ValueError, "lineno must be an integer");
  switch (mon.whatEvent) {
    case -1:
      throw pyError(ValueError, "f_lineno can only be set in a trace function");
    case Ev.PY_RESUME: case Ev.JUMP: case Ev.BRANCH_LEFT: case Ev.BRANCH_RIGHT: case Ev.LINE: case Ev.PY_YIELD:
      break;
    case Ev.PY_START:
      throw pyError(ValueError, "can't jump from the 'call' trace event of a new frame");
    case Ev.CALL: case Ev.C_RETURN:
      throw pyError(ValueError, "can't jump during a call");
    case Ev.PY_RETURN: case Ev.PY_UNWIND: case Ev.PY_THROW: case Ev.RAISE: case Ev.C_RAISE:
    case Ev.INSTRUCTION: case Ev.EXCEPTION_HANDLED:
      throw pyError(ValueError, "can only jump from a 'line' trace event");
    default:
      throw pyError(SystemError, "unexpected event type");
  }
  const f = o.frame;
  // (CPython would move any frame that runs; tspy moves only the one whose event it is)
  if (f !== mon.jumpFrame) throw pyError(ValueError, "f_lineno can only be set on the frame of the event being reported in tspy");
  const code = f.code;
  if (typeof value === "bigint" || value > 0x7fffffff || value < -0x80000000) throw pyError(ValueError, "lineno out of range");
  const wanted = value;
  if (wanted < code.co_firstlineno) throw pyError(ValueError, `line ${wanted} comes before the current code block`);
  const lines = markLines(code);
  const line = firstLineNotBefore(lines, wanted);
  if (line < 0) throw pyError(ValueError, `line ${wanted} comes after the current code block`);
  const stacks = markStacks(code);
  let bestStack = OVERFLOWED, bestAddr = -1, err = -1;
  let startStack = stacks[mon.jumpFrom >= 0 ? mon.jumpFrom : f.lasti];
  let msg = "cannot find bytecode for specified line";
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== line) continue;
    const target = stacks[i];
    if (compatibleStack(startStack, target)) {
      err = 0;
      if (target > bestStack) {
        bestStack = target;
        bestAddr = i;
      }
    } else if (err < 0) {
      if (startStack === OVERFLOWED) msg = "stack to deep to analyze";
      else if (startStack === UNINITIALIZED) msg = "can't jump from unreachable code";
      else {
        msg = explainIncompatibleStack(target);
        err = 1;
      }
    }
  }
  if (err) throw pyError(ValueError, msg);
  // locals the compiler proved bound at the target may be unbound here: they become None, with
  // CPython's warning (which may raise, before anything changed)
  const n = code.localsplusnames.length;
  let unbound = 0;
  for (let i = 0; i < n; i++) if (f.fast[i] === undefined) unbound++;
  if (unbound) {
    warn(EXCEPTION_TYPES.get("RuntimeWarning")!, `assigning None to ${unbound} unbound local${unbound === 1 ? "" : "s"}`);
    for (let i = 0; i < n; i++) if (f.fast[i] === undefined) f.fast[i] = None;
  }
  while (startStack > bestStack) {
    const popped = f.stack[--f.sp];
    // leaving an except block: the exception it saved (PUSH_EXC_INFO) is the current one again
    // (tspy keeps handled exceptions as a stack: the saved one, not the handled one, pops it)
    if (top(startStack) === Kind.Except && tstate.excInfo.length && tstate.excInfo[tstate.excInfo.length - 1] !== popped) tstate.excInfo.pop();
    startStack = pop(startStack);
  }
  // the frame is at the target now (f_lineno reads it, a traceback shows it); the eval loop or
  // compiled code goes on there once the callback returns (CPython: frame->instr_ptr)
  o.linenoOverride = 0;
  f.jumpOrigin = f.jumpTo >= 0 ? f.jumpOrigin : f.lasti;
  f.jumpTo = f.lasti = bestAddr;
  mon.jumpFrom = -1;
}
