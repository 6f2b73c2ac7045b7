// The instruction sequence the code generator writes, and the last step from the optimized
// sequence to code units, location table and exception table.
// CPython: Python/instruction_sequence.c (labels, insertion, the label map) and Python/assemble.c
// (resolve_unconditional_jumps, resolve_jump_offsets, assemble_location_info,
// assemble_exception_table, write_instr).
// The optimizations between the two (basic blocks, jump threading, constant folding, dead code,
// line numbers, superinstructions, LOAD_FAST_BORROW) are flowgraph.ts.
import { Op, hasArg, hasFlag, opcodeInfo, OpFlag } from "./opcodes.js";
import { LineTableWriter, NO_LOCATION, type Location } from "./linetable.js";
import { encodeExceptionTable, type ExceptionTableEntry } from "./exceptiontable.js";

/** The exception handler covering an instruction (_PyExceptHandlerInfo); label -1: none. */
export interface HandlerInfo {
  label: number;
  startDepth: number;
  preserveLasti: boolean;
}

/** One instruction (_PyInstruction). For opcodes with a target, `arg` is a label id until the
 * label map is applied, then an instruction index. */
export interface SeqInstr {
  op: number;
  arg: number;
  loc: Location;
  handler: HandlerInfo | null;
  /** assembly: the jump's target index and the instruction's offset in code units */
  target: number;
  offset: number;
}

/**
 * "The location of the instruction that ends up after this one" (codegen's NEXT_LOCATION, line -2):
 * the optimizer treats it as a location of its own; the assembler resolves it at the end.
 */
export const NEXT_LOCATION: Location = { lineno: -2, end_lineno: -2, col_offset: -2, end_col_offset: -2 };

export const isBlockPush = (op: number): boolean =>
  op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;
/** OPCODE_HAS_JUMP */
export const isJumpOp = (op: number): boolean => hasFlag(op, OpFlag.JUMP);
/** HAS_TARGET: a jump or a SETUP_* (whose target is a handler). */
export const hasTarget = (op: number): boolean => isJumpOp(op) || isBlockPush(op);

/** CPython's instr_sequence: instructions plus a label -> instruction index map. */
export class InstrSequence {
  readonly instrs: SeqInstr[] = [];
  private labelMap: number[] = [];
  private nextLabel = 0;
  /** Module-level __annotate__ code, spliced in at ANNOTATIONS_PLACEHOLDER (PEP 649). */
  annotationsCode: InstrSequence | null = null;

  newLabel(): number {
    return ++this.nextLabel;
  }

  useLabel(label: number): void {
    this.labelMap[label] = this.instrs.length;
  }

  addop(op: number, arg: number, loc: Location): void {
    this.instrs.push({ op, arg, loc, handler: null, target: -1, offset: 0 });
  }

  /** _PyInstructionSequence_InsertInstruction: labels at or after pos move with the code. */
  insert(pos: number, op: number, arg: number, loc: Location): void {
    this.instrs.splice(pos, 0, { op, arg, loc, handler: null, target: -1, offset: 0 });
    for (let l = 0; l < this.labelMap.length; l++) {
      if (this.labelMap[l] !== undefined && this.labelMap[l] >= pos) this.labelMap[l]++;
    }
  }

  /** _PyInstructionSequence_ApplyLabelMap: label ids in jump opargs become instruction indices. */
  applyLabelMap(): void {
    for (const i of this.instrs) {
      if (hasTarget(i.op)) {
        const t = this.labelMap[i.arg];
        if (t === undefined) throw new Error(`label ${i.arg} used but never placed`);
        i.arg = t;
      }
      if (i.handler && i.handler.label >= 0) i.handler.label = this.labelMap[i.handler.label];
    }
    this.labelMap = [];
  }

  /**
   * Replace the ANNOTATIONS_PLACEHOLDER by the annotations code (or drop it), then apply the label
   * maps: the result is a plain list with jump opargs as instruction indices.
   */
  resolve(): SeqInstr[] {
    this.applyLabelMap();
    const at = this.instrs.findIndex((i) => i.op === Op.ANNOTATIONS_PLACEHOLDER);
    if (at < 0) return this.instrs;
    const inject: SeqInstr[] = [];
    if (this.annotationsCode) {
      this.annotationsCode.applyLabelMap();
      inject.push(...this.annotationsCode.instrs);
    }
    const shift = inject.length - 1;
    for (const i of inject) if (hasTarget(i.op)) i.arg += at;
    for (const i of this.instrs) if (hasTarget(i.op) && i.arg > at) i.arg += shift;
    this.instrs.splice(at, 1, ...inject);
    return this.instrs;
  }
}

export interface AssembledCode {
  code: Uint16Array;
  linetable: Uint8Array;
  exceptionTable: ExceptionTableEntry[];
  exceptionTableBytes: Uint8Array;
}

const extendedArgs = (arg: number): number => (arg > 0xffffff ? 3 : arg > 0xffff ? 2 : arg > 0xff ? 1 : 0);

/** _PyInstruction_GetSizeInCodeUnits */
function instrSize(i: SeqInstr): number {
  const arg = hasArg(i.op) ? i.arg : 0;
  return extendedArgs(arg) + 1 + opcodeInfo(i.op)!.cache;
}

const sameLocation = (a: Location, b: Location): boolean =>
  a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;

/**
 * _PyAssemble_MakeCodeObject's code part: `instrs` is the optimized sequence (flowgraph.ts
 * toInstructionSequence), jump opargs as instruction indices, handler labels as instruction indices.
 */
export function assemble(instrs: SeqInstr[], firstLineno: number): AssembledCode {
  // resolve_unconditional_jumps
  instrs.forEach((i, k) => {
    const forward = i.arg > k;
    if (i.op === Op.JUMP) i.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
    else if (i.op === Op.JUMP_NO_INTERRUPT) i.op = forward ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
  });

  // resolve_jump_offsets
  for (const i of instrs) if (isJumpOp(i.op)) i.target = i.arg;
  for (;;) {
    let total = 0;
    for (const i of instrs) {
      i.offset = total;
      total += instrSize(i);
    }
    let recompile = false;
    let offset = 0;
    for (const i of instrs) {
      const isize = instrSize(i);
      offset += isize;
      if (isJumpOp(i.op)) {
        const t = instrs[i.target].offset;
        if (i.op === Op.END_ASYNC_FOR) {
          // sys.monitoring finds the matching END_SEND from the SEND target (END_SEND_OFFSET)
          i.arg = offset - t - 5;
        } else if (t < offset) {
          i.arg = offset - t;
        } else {
          i.arg = t - offset;
        }
        if (instrSize(i) !== isize) recompile = true;
      }
    }
    if (!recompile) break;
  }

  // write_instr
  const units: number[] = [];
  for (const i of instrs) {
    const arg = hasArg(i.op) ? i.arg : 0;
    const ext = extendedArgs(arg);
    if (ext >= 3) units.push(Op.EXTENDED_ARG | (((arg >>> 24) & 0xff) << 8));
    if (ext >= 2) units.push(Op.EXTENDED_ARG | (((arg >>> 16) & 0xff) << 8));
    if (ext >= 1) units.push(Op.EXTENDED_ARG | (((arg >>> 8) & 0xff) << 8));
    units.push(i.op | ((arg & 0xff) << 8));
    for (let c = opcodeInfo(i.op)!.cache; c > 0; c--) units.push(0);
  }

  // assemble_location_info: NEXT_LOCATION takes the next instruction's location (a terminator's
  // would be meaningless: none); then runs of instructions at the same location
  for (let k = instrs.length - 1; k >= 0; k--) {
    const i = instrs[k];
    if (sameLocation(i.loc, NEXT_LOCATION)) {
      const terminator = isJumpOp(i.op) || i.op === Op.RETURN_VALUE || i.op === Op.RAISE_VARARGS || i.op === Op.RERAISE;
      i.loc = terminator ? NO_LOCATION : instrs[k + 1].loc;
    }
  }
  const lt = new LineTableWriter(firstLineno);
  let loc: Location | null = null, size = 0;
  for (const i of instrs) {
    if (loc === null || !sameLocation(loc, i.loc)) {
      if (loc !== null && size) lt.add(loc, size);
      loc = i.loc;
      size = 0;
    }
    size += instrSize(i);
  }
  if (loc !== null && size) lt.add(loc, size);

  // assemble_exception_table
  const exc: ExceptionTableEntry[] = [];
  let handler: HandlerInfo | null = null, start = -1, ioffset = 0;
  const emit = (end: number) => {
    if (handler && handler.label >= 0) {
      let depth = handler.startDepth - 1;
      if (handler.preserveLasti) depth -= 1;
      exc.push({ start, end, target: instrs[handler.label].offset, depth, lasti: handler.preserveLasti });
    }
  };
  for (const i of instrs) {
    const h = i.handler && i.handler.label >= 0 ? i.handler : null;
    if ((h?.label ?? -1) !== (handler?.label ?? -1)) {
      emit(ioffset);
      start = ioffset;
      handler = h;
    }
    ioffset += instrSize(i);
  }
  emit(ioffset);

  return {
    code: Uint16Array.from(units),
    linetable: lt.bytes(),
    exceptionTable: exc,
    exceptionTableBytes: encodeExceptionTable(exc),
  };
}
