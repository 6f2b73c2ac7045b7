// What Objects/genobject.c reads of a suspended generator frame, for generators.ts (which sits below
// vm/): the delegate of a `yield from`/`await` and gen_close's fast path.
import { Op, ResumeOparg } from "../compile/opcodes.js";
import { installSuspendedFrameAccess } from "../objects/generators.js";
import type { PyValue } from "../objects/object.js";
import { Ev } from "../../monitor/events.js";
import { mon } from "../../monitor/state.js";
import { tstate, type Frame } from "./eval.js";
import { frameObject } from "./frameobject.js";
import { pyCode } from "../objects/code.js";

installSuspendedFrameAccess({
  // CPython: genobject.c _PyGen_yf: a frame suspended by YIELD_VALUE 1 (in the SEND loop of
  // `yield from`/`await`, FRAME_SUSPENDED_YIELD_FROM) has the delegate on top of its stack
  yieldFrom(frame: unknown): PyValue | null {
    const f = frame as Frame;
    return f.code.code[f.lasti] >> 8 === 1 ? (f.stack[f.sp - 1] as PyValue) : null;
  },
  // CPython: genobject.c gen_close: `is_resume(frame->instr_ptr)` (the instruction after the yield
  // is still a RESUME: not replaced by INSTRUMENTED_LINE/INSTRUCTION), its oparg has DEPTH1 (no try
  // block around the yield but the implicit one) and _PyEval_NoToolsForUnwind
  closeWithoutThrow(frame: unknown): boolean {
    const f = frame as Frame;
    const unit = f.code.code[f.lasti + 1];
    const op = unit & 0xff;
    if (op !== Op.RESUME && op !== Op.INSTRUMENTED_RESUME) return false;
    return ((unit >> 8) & ResumeOparg.DEPTH1_MASK) !== 0 && mon.globalTools[Ev.PY_UNWIND] === 0;
  },
  // CPython: bytecodes.c _QUICKEN_RESUME: a RESUME that runs uninstrumented (tracing == 0) is
  // rewritten to RESUME_CHECK; tspy only records that, for _Py_call_instrumentation_line
  linked<T>(frame: unknown, fn: () => T): T {
    const f = frame as Frame;
    const prev = tstate.frame, back = f.back;
    f.back = prev;
    tstate.frame = f;
    try {
      return fn();
    } finally {
      tstate.frame = prev;
      f.back = back;
    }
  },
  frameObject(frame: unknown): PyValue {
    return frameObject(frame as Frame);
  },
  codeObject(frame: unknown): PyValue {
    return pyCode((frame as Frame).code);
  },
  noteResume(frame: unknown): void {
    const f = frame as Frame;
    if ((f.code.code[f.ip] & 0xff) === Op.RESUME && mon.tracing === 0) (f.code.quickenedResumes ??= new Uint8Array(f.code.code.length))[f.ip] = 1;
  },
});
