// Instrumenting code objects: swapping opcodes for their INSTRUMENTED_* twins exactly where some tool
// listens, INSTRUMENTED_LINE over line starts and INSTRUMENTED_INSTRUCTION over every instruction,
// layered LINE -> INSTRUCTION -> INSTRUMENTED_X with the originals kept in side tables.
// CPython: Python/instrumentation.c (the functions named on each piece below).
//
// Code units are CPython's (opcode in the low byte, oparg in the high byte); instrumentation only
// ever rewrites the low byte, so the pristine bytecode (co_code) is kept once in code.baseCode.
import type { CodeObject } from "../interp/compile/code.js";
import { Op, OPCODES } from "../interp/compile/opcodes.js";
import { decodeLineTable } from "../interp/compile/linetable.js";
import { mon } from "./state.js";
import {
  DE_INSTRUMENT, EVENT_FOR_OPCODE, Ev, INSTRUMENTED_OPCODES, LOCAL_EVENTS, TOOL_IDS, opcodeHasEvent,
} from "./events.js";

/** Inline cache units of each base opcode (INSTRUMENTED_X share X's layout). */
export const CACHE_OF = new Uint8Array(256);
for (const info of OPCODES) if (info.code < 256) CACHE_OF[info.code] = info.cache;
for (let op = 0; op < 256; op++) if (DE_INSTRUMENT[op]) CACHE_OF[op] = CACHE_OF[DE_INSTRUMENT[op]];

const NO_LINE = -1;

/** Per-code monitoring data. CPython: _PyCoMonitoringData (pycore_instruments.h). */
export class CoMonitoringData {
  /** tools with local events on this code (CPython: local_monitors) */
  readonly localTools = new Uint8Array(LOCAL_EVENTS);
  /** global | local at the last instrument pass (CPython: active_monitors) */
  readonly activeTools = new Uint8Array(LOCAL_EVENTS);
  /** the tool versions local events were set under (CPython: tool_versions) */
  readonly toolVersions: Uint32Array;
  /** tools listening at each instrumented instruction (CPython: tools) */
  readonly tools: Uint8Array;
  /** line starts: the opcode INSTRUMENTED_LINE stands in for, 0 = not a line start (CPython: lines) */
  lineOpcodes: Uint8Array | null = null;
  /** nonzero where an instruction starts a line (the base opcode there) */
  lineStarts: Uint8Array | null = null;
  /** the line of each instruction, NO_LINE for none and for cache units */
  lines: Int32Array | null = null;
  /** tools listening for LINE at each line start (CPython: line_tools) */
  lineTools: Uint8Array | null = null;
  /** what INSTRUMENTED_INSTRUCTION stands in for (CPython: per_instruction_opcodes) */
  perInstrOpcodes: Uint8Array | null = null;
  /** CPython: per_instruction_tools */
  perInstrTools: Uint8Array | null = null;
  // CPython keeps no per-offset tool tables while each event has at most one tool, and allocates
  // them the first time some event has two (update_instrumentation_data). tspy always has them,
  // but mirrors what that first allocation does to line_tools and per_instruction_tools:
  /** CPython: line_tools != NULL */
  multiLineTools = false;
  /** CPython: per_instruction_tools != NULL */
  multiPerInstrTools = false;
  constructor(readonly length: number) {
    this.toolVersions = Uint32Array.from(mon.toolVersions);
    this.tools = new Uint8Array(length);
  }
}

export function monitoringData(code: CodeObject): CoMonitoringData | null {
  return code.monitoringData as CoMonitoringData | null;
}

/** CPython: instrumentation.c allocate_instrumentation_data. */
function allocate(code: CodeObject): CoMonitoringData {
  let d = code.monitoringData as CoMonitoringData | null;
  if (!d) {
    d = new CoMonitoringData(code.code.length);
    code.monitoringData = d;
    code.baseCode ??= code.code.slice();
  }
  return d;
}

/** Index of the first RESUME: nothing before it is instrumented (CPython: _co_firsttraceable). */
export function firstTraceable(code: CodeObject): number {
  const base = code.baseCode ?? code.code;
  for (let i = 0; i < base.length; i++) if ((base[i] & 0xff) === Op.RESUME) return i;
  return base.length;
}

/** The de-instrumented opcode at unit i (CPython: _Py_GetBaseCodeUnit). */
export function baseOpcode(code: CodeObject, i: number): number {
  return ((code.baseCode ?? code.code)[i]) & 0xff;
}

function instrLength(code: CodeObject, i: number): number {
  return 1 + CACHE_OF[baseOpcode(code, i)];
}

// ---- single-location edits (CPython: instrument / de_instrument / *_line / *_per_instruction) ----

function setOp(code: CodeObject, i: number, op: number): void {
  code.code[i] = (code.code[i] & 0xff00) | op;
  code.rewrites++;
}

/** CPython: de_instrument. */
function deInstrument(code: CodeObject, d: CoMonitoringData, i: number): void {
  let op = code.code[i] & 0xff;
  let where = 0; // 0 = bytecode, 1 = line table, 2 = per-instruction table
  if (op === Op.INSTRUMENTED_LINE) { op = d.lineOpcodes![i]; where = 1; }
  if (op === Op.INSTRUMENTED_INSTRUCTION) { op = d.perInstrOpcodes![i]; where = 2; }
  const base = DE_INSTRUMENT[op];
  if (!base) return;
  if (where === 0) setOp(code, i, base);
  else if (where === 1) d.lineOpcodes![i] = base;
  else d.perInstrOpcodes![i] = base;
  code.rewrites++;
}

/** CPython: instrument. */
function instrumentAt(code: CodeObject, d: CoMonitoringData, i: number): void {
  let op = code.code[i] & 0xff;
  let where = 0;
  if (op === Op.INSTRUMENTED_LINE) { op = d.lineOpcodes![i]; where = 1; }
  if (op === Op.INSTRUMENTED_INSTRUCTION) { op = d.perInstrOpcodes![i]; where = 2; }
  if (DE_INSTRUMENT[op]) return; // already instrumented
  const twin = INSTRUMENTED_OPCODES[op];
  if (where === 0) setOp(code, i, twin);
  else if (where === 1) d.lineOpcodes![i] = twin;
  else d.perInstrOpcodes![i] = twin;
  code.rewrites++;
}

/** CPython: instrument_line. */
function instrumentLine(code: CodeObject, d: CoMonitoringData, i: number): void {
  const op = code.code[i] & 0xff;
  if (op === Op.INSTRUMENTED_LINE) return;
  d.lineOpcodes![i] = op;
  setOp(code, i, Op.INSTRUMENTED_LINE);
}

/** CPython: de_instrument_line. */
function deInstrumentLine(code: CodeObject, d: CoMonitoringData, i: number): void {
  if ((code.code[i] & 0xff) !== Op.INSTRUMENTED_LINE) return;
  const original = d.lineOpcodes![i];
  if (original === Op.INSTRUMENTED_INSTRUCTION) d.lineOpcodes![i] = d.perInstrOpcodes![i];
  // not counted in code.rewrites: compiled code reads the unit at each line start before it fires
  // LINE (vm/jit.ts), so a line a callback DISABLEs costs no recompilation
  code.code[i] = (code.code[i] & 0xff00) | original;
}

/** CPython: instrument_per_instruction. */
function instrumentPerInstruction(code: CodeObject, d: CoMonitoringData, i: number): void {
  let op = code.code[i] & 0xff;
  const inLine = op === Op.INSTRUMENTED_LINE;
  if (inLine) op = d.lineOpcodes![i];
  if (op === Op.INSTRUMENTED_INSTRUCTION) return;
  d.perInstrOpcodes![i] = op;
  if (inLine) { d.lineOpcodes![i] = Op.INSTRUMENTED_INSTRUCTION; code.rewrites++; }
  else setOp(code, i, Op.INSTRUMENTED_INSTRUCTION);
}

/** CPython: de_instrument_per_instruction. */
function deInstrumentPerInstruction(code: CodeObject, d: CoMonitoringData, i: number): void {
  let op = code.code[i] & 0xff;
  const inLine = op === Op.INSTRUMENTED_LINE;
  if (inLine) op = d.lineOpcodes![i];
  if (op !== Op.INSTRUMENTED_INSTRUCTION) return;
  if (inLine) { d.lineOpcodes![i] = d.perInstrOpcodes![i]; code.rewrites++; }
  else setOp(code, i, d.perInstrOpcodes![i]);
}

/** CPython: remove_tools. */
export function removeTools(code: CodeObject, i: number, tools: number): void {
  const d = code.monitoringData as CoMonitoringData;
  d.tools[i] &= ~tools;
  if (d.tools[i] === 0) deInstrument(code, d, i);
}

/** CPython: add_tools. */
function addTools(code: CodeObject, d: CoMonitoringData, i: number, tools: number): void {
  if (code.quickenedResumes) code.quickenedResumes[i] = 0; // RESUME_CHECK becomes INSTRUMENTED_RESUME, later plain RESUME
  d.tools[i] |= tools;
  instrumentAt(code, d, i);
}

/** CPython: remove_line_tools. */
export function removeLineTools(code: CodeObject, i: number, tools: number): void {
  const d = code.monitoringData as CoMonitoringData;
  d.lineTools![i] &= ~tools;
  if (d.lineTools![i] === 0) deInstrumentLine(code, d, i);
}

/** CPython: remove_per_instruction_tools. */
export function removePerInstructionTools(code: CodeObject, i: number, tools: number): void {
  const d = code.monitoringData as CoMonitoringData;
  d.perInstrTools![i] &= ~tools;
  if (d.perInstrTools![i] === 0) deInstrumentPerInstruction(code, d, i);
}

// ---- line starts (CPython: initialize_lines) ----

/** The line of every instruction from the location table (PEP 626). */
function computeLines(code: CodeObject): Int32Array {
  const lines = new Int32Array(code.code.length).fill(NO_LINE);
  for (const e of decodeLineTable(code.co_linetable, code.co_firstlineno)) {
    for (let u = e.start; u < e.end && u < lines.length; u++) lines[u] = e.lineno < 0 ? NO_LINE : e.lineno;
  }
  return lines;
}

/**
 * Which instructions start a line: the first instruction of each new line, every jump target and
 * every exception handler that has a line, never RESUME, END_FOR, END_SEND, POP_ITER or
 * END_ASYNC_FOR. CPython: instrumentation.c initialize_lines.
 */
function initializeLines(code: CodeObject, d: CoMonitoringData): void {
  const n = code.code.length;
  const all = computeLines(code);
  const lines = new Int32Array(n).fill(NO_LINE);
  const starts = new Uint8Array(n);
  const first = firstTraceable(code);
  let current = -1;
  for (let i = 0; i < n;) {
    const op = baseOpcode(code, i);
    const line = all[i];
    lines[i] = line;
    const len = instrLength(code, i);
    if (i >= first) {
      switch (op) {
        case Op.END_ASYNC_FOR: case Op.END_FOR: case Op.END_SEND: case Op.RESUME: case Op.POP_ITER:
          break;
        default:
          if (line !== current && line >= 0) starts[i] = op;
          current = line;
      }
    }
    i += len;
  }
  // jump targets start lines
  for (let i = first; i < n;) {
    let op = baseOpcode(code, i);
    let oparg = 0;
    const base = code.baseCode ?? code.code;
    while (op === Op.EXTENDED_ARG) {
      oparg = (oparg << 8) | (base[i] >> 8);
      i++;
      op = baseOpcode(code, i);
    }
    oparg = (oparg << 8) | (base[i] >> 8);
    i += instrLength(code, i);
    let target = -1;
    switch (op) {
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
      case Op.JUMP_FORWARD:
        target = i + oparg;
        break;
      case Op.FOR_ITER: case Op.SEND:
        target = i + oparg + 1; // past END_FOR / END_SEND
        break;
      case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT:
        target = i - oparg;
        break;
      default:
        continue;
    }
    if (target >= 0 && target < n && lines[target] !== NO_LINE) {
      const top = baseOpcode(code, target);
      if (top !== Op.POP_ITER) starts[target] = top;
    }
  }
  // exception handlers start lines
  for (const e of code.exceptionTable) {
    const h = e.target;
    if (lines[h] !== NO_LINE && baseOpcode(code, h) !== Op.END_ASYNC_FOR) starts[h] = baseOpcode(code, h);
  }
  d.lines = lines;
  // the line table holds what INSTRUMENTED_LINE replaces; it starts as the current opcodes
  d.lineOpcodes = new Uint8Array(n);
  d.lineStarts = starts;
}


/** The line of instruction i as instrumentation sees it (CPython: _Py_Instrumentation_GetLine). */
export function instrumentationLine(code: CodeObject, i: number): number {
  return (code.monitoringData as CoMonitoringData).lines![i];
}

// ---- the instrument pass (CPython: update_instrumentation_data, force_instrument_lock_held) ----

function localUnion(d: CoMonitoringData): Uint8Array {
  const r = new Uint8Array(LOCAL_EVENTS);
  for (let e = 0; e < LOCAL_EVENTS; e++) r[e] = mon.globalTools[e] | d.localTools[e];
  return r;
}

/** Does some local event have more than one tool? CPython: multiple_tools. */
function multipleTools(m: Uint8Array): boolean {
  for (let e = 0; e < LOCAL_EVENTS; e++) if (m[e] & (m[e] - 1)) return true;
  return false;
}

/** CPython: update_instrumentation_data. */
function updateInstrumentationData(code: CodeObject): CoMonitoringData {
  const d = allocate(code);
  // local events set under an older version of their tool are void (clear_tool_id)
  for (let t = 0; t < TOOL_IDS; t++) {
    if (d.toolVersions[t] !== mon.toolVersions[t]) for (let e = 0; e < LOCAL_EVENTS; e++) d.localTools[e] &= ~(1 << t);
  }
  const all = localUnion(d);
  const multitools = multipleTools(all);
  if (all[Ev.LINE]) {
    if (!d.lines) initializeLines(code, d);
    d.lineTools ??= new Uint8Array(code.code.length);
    if (multitools && !d.multiLineTools) {
      // initialize_line_tools: every instruction gets all LINE tools, also where a tool had
      // disabled LINE (that line stays uninstrumented until LINE tools are added again)
      d.multiLineTools = true;
      d.lineTools.fill(all[Ev.LINE]);
    }
  }
  if (all[Ev.INSTRUCTION]) {
    if (!d.perInstrOpcodes) {
      d.perInstrOpcodes = new Uint8Array(code.code.length);
      d.perInstrTools = new Uint8Array(code.code.length);
    }
    if (multitools && !d.multiPerInstrTools) {
      // per_instruction_tools starts all zero: a tool already getting INSTRUCTION here gets no more
      // of them until its INSTRUCTION tools are added again (a restart_events, or set_events)
      d.multiPerInstrTools = true;
      d.perInstrTools!.fill(0);
    }
  }
  return d;
}

/** Bring code's instrumentation up to the current monitors. CPython: force_instrument_lock_held. */
export function forceInstrument(code: CodeObject): void {
  const d = updateInstrumentationData(code);
  const active = localUnion(d);
  const restarted = mon.lastRestartVersion > code.instrumentationVersion;
  const removed = new Uint8Array(LOCAL_EVENTS), added = new Uint8Array(LOCAL_EVENTS);
  let any = false;
  for (let e = 0; e < LOCAL_EVENTS; e++) {
    removed[e] = restarted ? d.activeTools[e] : d.activeTools[e] & ~active[e];
    added[e] = restarted ? active[e] : active[e] & ~d.activeTools[e];
    if (removed[e] | added[e]) any = true;
  }
  d.activeTools.set(active);
  if (any) {
    const n = code.code.length;
    const first = firstTraceable(code);
    const base = code.baseCode!;
    for (let i = first; i < n; i += instrLength(code, i)) {
      const op = base[i] & 0xff;
      if (!opcodeHasEvent(op)) continue;
      const event = op === Op.RESUME ? ((base[i] >> 8) > 0 ? Ev.PY_RESUME : Ev.PY_START) : EVENT_FOR_OPCODE[op];
      if (removed[event]) removeTools(code, i, removed[event]);
      if (added[event]) addTools(code, d, i, added[event]);
    }
    // remove LINE and INSTRUCTION before adding either (CPython: GH-103845)
    const removedLine = removed[Ev.LINE], removedInstr = removed[Ev.INSTRUCTION];
    if (removedLine) {
      for (let i = first; i < n; i += instrLength(code, i)) if (d.lineStarts![i]) removeLineTools(code, i, removedLine);
    }
    if (removedInstr) {
      for (let i = first; i < n; i += instrLength(code, i)) {
        const op = base[i] & 0xff;
        if (op !== Op.RESUME && op !== Op.END_FOR) removePerInstructionTools(code, i, removedInstr);
      }
    }
    const addedLine = added[Ev.LINE], addedInstr = added[Ev.INSTRUCTION];
    if (addedLine) {
      for (let i = first; i < n; i += instrLength(code, i)) {
        if (d.lineStarts![i]) {
          d.lineTools![i] |= addedLine;
          instrumentLine(code, d, i);
        }
      }
    }
    if (addedInstr) {
      for (let i = first; i < n; i += instrLength(code, i)) {
        const op = base[i] & 0xff;
        if (op === Op.RESUME || op === Op.END_FOR) continue;
        d.perInstrTools![i] |= addedInstr;
        instrumentPerInstruction(code, d, i);
      }
    }
  }
  code.instrumentationVersion = mon.version;
}

/** Re-instrument code if the monitors changed since it was last instrumented. CPython: _Py_Instrument. */
export function instrument(code: CodeObject): void {
  if (code.instrumentationVersion === mon.version) return;
  forceInstrument(code);
}

/** CPython: instrument_all_executing_code_objects. */
export function instrumentAllExecuting(): void {
  for (const code of mon.executingCode()) instrument(code);
}

/** The original opcode behind INSTRUMENTED_LINE at i (for running it while tracing). */
export function lineOriginalOpcode(code: CodeObject, i: number): number {
  return (code.monitoringData as CoMonitoringData).lineOpcodes![i];
}

/** The original opcode behind INSTRUMENTED_INSTRUCTION at i. */
export function perInstructionOriginalOpcode(code: CodeObject, i: number): number {
  return (code.monitoringData as CoMonitoringData).perInstrOpcodes![i];
}

/** Tools listening for `event` at instruction i (C_RETURN and C_RAISE use CALL's).
 * CPython: get_tools_for_instruction. */
export function toolsAt(code: CodeObject, i: number, event: number): number {
  if (event < LOCAL_EVENTS || event === Ev.C_RETURN || event === Ev.C_RAISE) {
    return (code.monitoringData as CoMonitoringData).tools[i];
  }
  return mon.globalTools[event];
}
