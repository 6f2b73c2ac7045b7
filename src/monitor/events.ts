// PEP 669 event and tool numbering (CPython: Include/cpython/monitoring.h PY_MONITORING_EVENT_*,
// Include/internal/pycore_instruments.h). Event ids are bit positions: the value Python sees in
// sys.monitoring.events is 1 << id.
import { Op, OPCODES } from "../interp/compile/opcodes.js";

export const Ev = {
  PY_START: 0,
  PY_RESUME: 1,
  PY_RETURN: 2,
  PY_YIELD: 3,
  CALL: 4,
  LINE: 5,
  INSTRUCTION: 6,
  JUMP: 7,
  BRANCH_LEFT: 8,
  BRANCH_RIGHT: 9,
  STOP_ITERATION: 10,
  // the events below fire from the exception machinery, never from an instrumented opcode
  RAISE: 11,
  EXCEPTION_HANDLED: 12,
  PY_UNWIND: 13,
  PY_THROW: 14,
  RERAISE: 15,
  // ride on CALL's instrumentation (CPython: C_RETURN_EVENTS)
  C_RETURN: 16,
  C_RAISE: 17,
  // legacy: set_events(BRANCH) means BRANCH_LEFT | BRANCH_RIGHT
  BRANCH: 18,
} as const;

/** Events that fire from instrumented bytecode (CPython: _PY_MONITORING_LOCAL_EVENTS). */
export const LOCAL_EVENTS = 11;
/** Events with a slot in the global monitors table (CPython: _PY_MONITORING_UNGROUPED_EVENTS). */
export const UNGROUPED_EVENTS = 16;
/** All events, BRANCH included (CPython: _PY_MONITORING_EVENTS). */
export const EVENTS = 19;

/** CPython: Python/instrumentation.c event_names. */
export const EVENT_NAMES: readonly string[] = [
  "PY_START", "PY_RESUME", "PY_RETURN", "PY_YIELD", "CALL", "LINE", "INSTRUCTION", "JUMP",
  "BRANCH_LEFT", "BRANCH_RIGHT", "STOP_ITERATION", "RAISE", "EXCEPTION_HANDLED", "PY_UNWIND",
  "PY_THROW", "RERAISE", "C_RETURN", "C_RAISE", "BRANCH",
];

export const C_RETURN_EVENTS = (1 << Ev.C_RETURN) | (1 << Ev.C_RAISE);
export const C_CALL_EVENTS = C_RETURN_EVENTS | (1 << Ev.CALL);

/** Tool ids (CPython: Include/cpython/monitoring.h PY_MONITORING_*_ID). 6 and 7 back
 * sys.setprofile and sys.settrace and are not reachable from sys.monitoring. */
export const TOOL_IDS = 8;
export const Tool = { DEBUGGER: 0, COVERAGE: 1, PROFILER: 2, OPTIMIZER: 5, SYS_PROFILE: 6, SYS_TRACE: 7 } as const;

/**
 * The event an instrumentable real opcode fires, -1 for RESUME (PY_START or PY_RESUME by oparg),
 * -2 for opcodes that fire none. Derived from the opcode table's INSTRUMENTED_* twins.
 * CPython: Python/instrumentation.c EVENT_FOR_OPCODE.
 */
export const EVENT_FOR_OPCODE = new Int8Array(256).fill(-2);
/** INSTRUMENTED_X -> X (0 if not an instrumented twin). CPython: DE_INSTRUMENT. */
export const DE_INSTRUMENT = new Uint8Array(256);
/** X -> INSTRUMENTED_X (0 if X has no twin). CPython: INSTRUMENTED_OPCODES. */
export const INSTRUMENTED_OPCODES = new Uint8Array(256);
for (const info of OPCODES) {
  if (info.code >= 256 || info.instrumented === undefined) continue;
  const twin = OPCODES.find((o) => o.code === info.instrumented)!;
  INSTRUMENTED_OPCODES[info.code] = twin.code;
  DE_INSTRUMENT[twin.code] = info.code;
  EVENT_FOR_OPCODE[info.code] = info.code === Op.RESUME ? -1 : Ev[twin.events![0] as keyof typeof Ev];
}

/** CPython: instrumentation.c opcode_has_event (for base opcodes). */
export function opcodeHasEvent(op: number): boolean {
  return INSTRUMENTED_OPCODES[op] !== 0;
}

/** The event INSTRUMENTED_RESUME fires for a RESUME oparg (CPython: _MONITOR_RESUME, oparg == 0). */
export function resumeEventId(oparg: number): number {
  return oparg === 0 ? Ev.PY_START : Ev.PY_RESUME;
}

/** Highest set bit of a tool mask: tools are called from the highest id down
 * (CPython: instrumentation.c most_significant_bit). */
export function mostSignificantBit(bits: number): number {
  return 31 - Math.clz32(bits);
}
