// The INSTRUMENTED_* opcodes of the eval loop (CPython: Python/bytecodes.c INSTRUMENTED_*, _MONITOR_*).
// Each fires its PEP 669 event through src/monitor and then either finishes the instruction here
// (returns -1) or hands the eval loop the base opcode to run (returns it). The plain opcodes carry
// no monitoring checks at all: a code object only holds these opcodes where some tool listens.
import { Op } from "../compile/opcodes.js";
import { call, next } from "../objects/abstract.js";
import { PyBaseException, StopIteration, pyError, TypeError } from "../objects/exceptions.js";
import { PyFunction, PyMethod } from "../objects/functions.js";
import { PyGenerator } from "../objects/generators.js";
import { None, type PyValue } from "../objects/object.js";
import { PyTuple } from "../objects/containers.js";
import { Ev } from "../../monitor/events.js";
import { fire1, fire2, fireResume, MISSING } from "../../monitor/fire.js";
import { CACHE_OF, instrument } from "../../monitor/instrument.js";
import "./genframe.js"; // generators.ts reads suspended frames through it
import { mon } from "../../monitor/state.js";
import type { Frame } from "./eval.js";
import { callFunctionEx, checkInterruptIfRequested, loadSuperAttr, monitorStopIterationRaise, unpackCallStack } from "./eval.js";


/** Run INSTRUMENTED op at f (f.ip already past its caches); -1 = done, else the base opcode to run. */
export function instrumented(f: Frame, op: number, arg: number, prev: number): number {
  const code = f.code;
  const stack = f.stack;
  switch (op) {
    case Op.INSTRUMENTED_RESUME: {
      const here = f.ip - 1;
      if (code.instrumentationVersion !== mon.version && mon.tracing === 0) {
        instrument(code);
        f.ip = here;
        return -1;
      }
      checkInterruptIfRequested();
      fireResume(code, here, arg, f);
      // a PY_RESUME callback (settrace's 'call' of a resumed generator) that set f_lineno: go on
      // there (CPython: _MONITOR_RESUME, frame->instr_ptr != this_instr)
      if (f.jumpTo >= 0) jumpTo(f, -1);
      return -1;
    }
    case Op.INSTRUMENTED_RETURN_VALUE:
      fire1(code, Ev.PY_RETURN, f.ip - 1, f.ip - 1, stack[f.sp - 1] as PyValue);
      return Op.RETURN_VALUE;
    case Op.INSTRUMENTED_YIELD_VALUE:
      mon.jumpFrame = f;
      mon.jumpFrom = -1;
      fire1(code, Ev.PY_YIELD, f.ip - 1, f.ip - 1, stack[f.sp - 1] as PyValue);
      // a callback that set f_lineno (settrace's 'return' at a yield): no yield, the frame goes on
      // there (CPython: _YIELD_VALUE_EVENT, frame->instr_ptr != this_instr)
      if (f.jumpTo >= 0) {
        jumpTo(f, -1);
        return -1;
      }
      return Op.YIELD_VALUE;
    case Op.INSTRUMENTED_CALL: case Op.INSTRUMENTED_CALL_KW: {
      const here = f.ip - 1 - CACHE_OF[op];
      const kw = op === Op.INSTRUMENTED_CALL_KW;
      const base = f.sp - arg - 2 - (kw ? 1 : 0);
      // _MAYBE_EXPAND_METHOD: a bound method called with NULL self becomes (function, self)
      let callable = stack[base] as PyValue;
      if (callable instanceof PyMethod && stack[base + 1] === null) {
        stack[base + 1] = callable.self;
        stack[base] = callable = callable.func;
      }
      const self = stack[base + 1];
      const arg0 = self !== null ? self : arg > 0 ? (stack[base + 2] as PyValue) : MISSING;
      fire2(code, Ev.CALL, here, here, callable, arg0);
      if (callable instanceof PyFunction) return kw ? Op.CALL_KW : Op.CALL; // a Python frame: no C events
      // a call into native code: C_RETURN or C_RAISE after it (CPython: _CALL ... INSTRUMENTED_CALL)
      const { args, kwnames } = unpackCallStack(f, base, arg, kw);
      let res: PyValue;
      try {
        res = call(callable, args, kwnames);
      } catch (e) {
        if (e instanceof PyBaseException) fire2(code, Ev.C_RAISE, here, here, callable, arg0);
        throw e;
      }
      fire2(code, Ev.C_RETURN, here, here, callable, arg0);
      stack[f.sp++] = res;
      return -1;
    }
    case Op.INSTRUMENTED_CALL_FUNCTION_EX: {
      const here = f.ip - 1;
      return callFunctionEx(f, (func, callargs) => {
        const a = callargs.length > 0 ? callargs[0] : MISSING;
        fire2(code, Ev.CALL, here, here, func, a);
        return a;
      }, (func, a, ok) => {
        if (func instanceof PyFunction || func instanceof PyMethod) return;
        fire2(code, ok ? Ev.C_RETURN : Ev.C_RAISE, here, here, func, a);
      });
    }
    case Op.INSTRUMENTED_LOAD_SUPER_ATTR: {
      const here = f.ip - 1 - CACHE_OF[op];
      return loadSuperAttr(f, arg, (sup, cls) => {
        const a = arg & 2 ? cls : MISSING;
        fire2(code, Ev.CALL, here, here, sup, a);
        return a;
      }, (sup, a, ok) => fire2(code, ok ? Ev.C_RETURN : Ev.C_RAISE, here, here, sup, a));
    }
    case Op.INSTRUMENTED_JUMP_FORWARD: {
      const here = f.ip - 1, dest = f.ip + arg;
      mon.jumpFrame = f;
      mon.jumpFrom = -1;
      fire1(code, Ev.JUMP, here, here, dest * 2);
      jumpTo(f, dest);
      return -1;
    }
    case Op.INSTRUMENTED_JUMP_BACKWARD: {
      const here = f.ip - 1 - CACHE_OF[op], dest = f.ip - arg;
      checkInterruptIfRequested();
      mon.jumpFrame = f;
      mon.jumpFrom = -1;
      fire1(code, Ev.JUMP, here, here, dest * 2);
      jumpTo(f, dest);
      return -1;
    }
    case Op.INSTRUMENTED_POP_JUMP_IF_FALSE: case Op.INSTRUMENTED_POP_JUMP_IF_TRUE:
    case Op.INSTRUMENTED_POP_JUMP_IF_NONE: case Op.INSTRUMENTED_POP_JUMP_IF_NOT_NONE: {
      const here = f.ip - 1 - CACHE_OF[op];
      const v = stack[--f.sp];
      const jump = op === Op.INSTRUMENTED_POP_JUMP_IF_FALSE ? v === false
        : op === Op.INSTRUMENTED_POP_JUMP_IF_TRUE ? v === true
        : op === Op.INSTRUMENTED_POP_JUMP_IF_NONE ? v === None : v !== None;
      if (jump) {
        const dest = f.ip + arg;
        // the condition is popped: the frame's stack is the destination's (a jump from here is
        // made from there; CPython keeps it on its stack for the callback, then pops it again
        // after a jump, one value too many)
        mon.jumpFrame = f;
        mon.jumpFrom = dest;
        fire1(code, Ev.BRANCH_RIGHT, here, here, dest * 2);
        jumpTo(f, dest);
      }
      return -1;
    }
    case Op.INSTRUMENTED_NOT_TAKEN: {
      // BRANCH_LEFT reported from the conditional jump just executed (CPython: prev_instr)
      const here = f.ip - 1;
      mon.jumpFrame = f;
      mon.jumpFrom = -1;
      fire1(code, Ev.BRANCH_LEFT, here, prev, f.ip * 2);
      jumpTo(f, f.ip);
      return -1;
    }
    case Op.INSTRUMENTED_FOR_ITER: {
      const here = f.ip - 1 - CACHE_OF[op];
      const v = next(stack[f.sp - 1] as PyValue);
      if (v === undefined) {
        if (mon.globalTools[Ev.RAISE]) monitorStopIterationRaise(f, stack[f.sp - 1] as PyValue);
        f.ip += arg + 1; // past END_FOR, to POP_ITER
        return -1;
      }
      stack[f.sp++] = v;
      // the next item is pushed: the frame's stack is the loop body's (CPython fires before it
      // pushes the item, and pushes it over the stack a jump left)
      mon.jumpFrame = f;
      mon.jumpFrom = f.ip;
      fire1(code, Ev.BRANCH_LEFT, here, here, f.ip * 2);
      jumpTo(f, f.ip);
      return -1;
    }
    case Op.INSTRUMENTED_POP_ITER: {
      const here = f.ip - 1;
      mon.jumpFrame = f;
      mon.jumpFrom = -1;
      fire1(code, Ev.BRANCH_RIGHT, here, prev, (here + 1) * 2);
      // a jump from here takes the iterator off the stack as the target needs it (CPython pops
      // it again after a jump)
      if (f.jumpTo >= 0) jumpTo(f, -1);
      else f.sp--;
      return -1;
    }
    case Op.INSTRUMENTED_END_FOR: {
      const here = f.ip - 1;
      const value = stack[f.sp - 1] as PyValue, receiver = stack[f.sp - 2];
      if (receiver instanceof PyGenerator) fireStopIteration(f, here, value);
      f.sp--;
      return -1;
    }
    case Op.INSTRUMENTED_END_SEND: {
      const here = f.ip - 1;
      const value = stack[f.sp - 1] as PyValue, receiver = stack[f.sp - 2];
      if (receiver instanceof PyGenerator) fireStopIteration(f, here, value);
      return Op.END_SEND;
    }
    case Op.INSTRUMENTED_END_ASYNC_FOR:
      return Op.END_ASYNC_FOR;
  }
  throw pyError(TypeError, `opcode ${op} is not an instrumented opcode`);
}

/** After JUMP or BRANCH (or PY_RESUME, PY_YIELD, POP_ITER's BRANCH_RIGHT with dest -1): its
 *  destination, or where a callback that set f_lineno sent the frame (with lasti there too, so the
 *  line reached reports no LINE). CPython: _Py_call_instrumentation_jump. */
function jumpTo(f: Frame, dest: number): void {
  if (f.jumpTo >= 0) {
    f.ip = f.lasti = f.jumpTo;
    f.jumpTo = -1;
  } else {
    f.ip = dest;
  }
}

/** STOP_ITERATION gets a StopIteration carrying the value (CPython: ceval.c monitor_stop_iteration). */
function fireStopIteration(f: Frame, here: number, value: PyValue): void {
  if (mon.tracing) return;
  // PyErr_SetObject(PyExc_StopIteration, value): None means no args, a tuple is the args
  const exc = new PyBaseException(StopIteration, value === None ? [] : value instanceof PyTuple ? [...value.items] : [value]);
  fire1(f.code, Ev.STOP_ITERATION, here, here, exc);
}

