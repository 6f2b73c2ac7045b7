// The disassembler: the text of CPython 3.14's `dis.dis(code)` with its defaults (show_caches=False,
// adaptive=False, show_offsets=False, show_positions=False), byte for byte.
// CPython: Lib/dis.py (_unpack_opargs, findlabels, findlinestarts, _make_labels_map,
// _get_lineno_width, ArgResolver.get_argval_argrepr, Formatter.print_instruction_line,
// Formatter.print_exception_table, _disassemble_recursive).
//
// Rules dis follows, in short:
// - Instructions are walked over the code units; inline CACHE units are skipped (not printed);
//   EXTENDED_ARG prefixes are printed as instructions of their own, and the instruction after them
//   shows the full (extended) oparg.
// - Labels L1, L2, ... number, in code order, every jump target and every exception table
//   start, end and handler; a label may point one past the last instruction (a table end).
// - The line column is as wide as the largest line number (at least 3; 4 when some instruction
//   has no line, printed "--"); a line number is printed where co_lines() starts a new range, and
//   a blank line precedes every such start except at offset 0.
// - Columns: line, label (right-aligned to 4 + digits of the label count), 3 spaces (the
//   "current instruction" marker), opname padded to 20, oparg right-aligned to 5 (less what a
//   long opname overflows), "(argrepr)"; joined by single spaces, trailing space stripped.
// - After the instructions, "ExceptionTable:" and one "  L<start> to L<end> -> L<target> [depth]
//   lasti" line per entry; then each code object in co_consts, recursively, after a blank line and
//   "Disassembly of <code object ...>:".
import { CodeObject } from "./code.js";
import { ConstTuple } from "./codegen.js";
import { decodeExceptionTable, type ExceptionTableEntry } from "./exceptiontable.js";
import { coLines } from "./linetable.js";
import {
  Op, deinstrument, deopt, formatArg, hasArg, instructionSize, jumpTarget, opcodeInfo, opName,
} from "./opcodes.js";
import { reprConstant } from "../parse/repr.js";
import { PyBytes, PyComplex, PY_ELLIPSIS, type ConstantValue } from "../parse/constants.js";

export interface DisOptions {
  /**
   * repr() of a constant this module does not know (it knows the parser's constants, ConstTuple
   * and CodeObject). Layers above (the object model) pass their repr here, e.g. for frozenset or
   * slice constants; return undefined to fall through to an error.
   */
  constRepr?: (value: unknown, repr: (v: unknown) => string) => string | undefined;
  /** How many levels of nested code objects to disassemble (dis's `depth`); unlimited by default. */
  depth?: number;
}

/** One instruction as dis sees it (dis.Instruction, the fields the text needs). Offsets in code units. */
export interface Instruction {
  /** opcode as stored (de-instrumented, as co_code gives it) */
  op: number;
  opname: string;
  /** the oparg including EXTENDED_ARG prefixes; null for opcodes without an argument */
  arg: number | null;
  argrepr: string;
  /** code unit of the opcode */
  index: number;
  /** code unit of its first EXTENDED_ARG prefix (== index without one) */
  startIndex: number;
  /** a co_lines() range starts here */
  startsLine: boolean;
  /** the line of this instruction's range, null for none */
  line: number | null;
  /** its label number, when a jump or the exception table points here */
  label: number | null;
}

const OPNAME_WIDTH = 20;
const OPARG_WIDTH = 5;
const NO_LINENO = "  --";
const INT_OVERFLOW = 2 ** 31;

/** What a code object decodes to for dis: instructions, labels and the exception table. */
interface Decoded {
  instrs: Instruction[];
  labels: Map<number, number>;
  exceptions: ExceptionTableEntry[];
  /** line starts (code unit -> line or null), as dis.findlinestarts */
  lineStarts: Map<number, number | null>;
}

interface RawInstr { index: number; startIndex: number; op: number; deop: number; arg: number | null }

/** dis._unpack_opargs over code units. */
function unpackOpargs(code: Uint16Array): RawInstr[] {
  const out: RawInstr[] = [];
  let extended = 0, extendedCount = 0, caches = 0;
  for (let i = 0; i < code.length; i++) {
    if (caches) {
      caches--;
      continue;
    }
    const op = deinstrument(code[i] & 0xff);
    if (op === Op.INSTRUMENTED_LINE || op === Op.INSTRUMENTED_INSTRUCTION) {
      throw new Error(`dis: ${opName(op)} at unit ${i}: disassemble the de-instrumented code`);
    }
    const deop = deopt(op);
    caches = cacheUnits(deop);
    let arg: number | null = null;
    if (hasArg(deop)) {
      arg = (code[i] >> 8) | extended;
      // the oparg is a C int: it wraps to negative past 2**31 (dis does the same)
      extended = deop === Op.EXTENDED_ARG ? arg * 256 : 0;
      if (extended >= INT_OVERFLOW) extended -= 2 * INT_OVERFLOW;
    } else {
      extended = 0;
    }
    if (deop === Op.EXTENDED_ARG) {
      extendedCount++;
      out.push({ index: i, startIndex: i, op, deop, arg });
    } else {
      out.push({ index: i, startIndex: i - extendedCount, op, deop, arg });
      extendedCount = 0;
    }
  }
  return out;
}

function cacheUnits(op: number): number {
  const info = opcodeInfo(op);
  if (!info || info.kind === "pseudo") return 0;
  return instructionSize(op) - 1;
}

/** Jump target (code unit) of an instruction, or null: dis._get_jump_target (hasjrel only in 3.14). */
function jumpTargetOf(r: RawInstr): number | null {
  if (r.arg === null || !opcodeInfo(r.deop)?.jump) return null;
  return jumpTarget(r.deop, r.index, r.arg);
}

function decode(code: CodeObject, opts: DisOptions): Decoded {
  const raw = unpackOpargs(code.baseCode ?? code.code);
  const exceptions = decodeExceptionTable(code.co_exceptiontable);
  // dis._make_labels_map: jump targets and exception table offsets, numbered in code order
  const targets = new Set<number>();
  for (const r of raw) {
    const t = jumpTargetOf(r);
    if (t !== null) targets.add(t);
  }
  for (const e of exceptions) {
    targets.add(e.start);
    targets.add(e.end);
    targets.add(e.target);
  }
  const labels = new Map<number, number>();
  [...targets].sort((a, b) => a - b).forEach((t, i) => labels.set(t, i + 1));

  // dis.findlinestarts: where co_lines() changes line (None counts as a line of its own)
  const lineStarts = new Map<number, number | null>();
  let last: number | null | undefined = undefined;
  for (const [startByte, , line] of coLines(code.co_linetable, code.co_firstlineno)) {
    if (line !== last) {
      last = line;
      lineStarts.set(startByte / 2, line);
    }
  }

  const constRepr = (i: number) => {
    if (i < 0 || i >= code.co_consts.length) throw new RangeError(`dis: constant index ${i} out of range`);
    return reprConst(code.co_consts[i], opts);
  };
  const name = (i: number) => {
    if (i < 0 || i >= code.co_names.length) throw new RangeError(`dis: name index ${i} out of range`);
    return code.co_names[i];
  };
  const varname = (i: number) => {
    if (i < 0 || i >= code.localsplusnames.length) throw new RangeError(`dis: local index ${i} out of range`);
    return code.localsplusnames[i];
  };
  const label = (t: number) => labels.get(t)!;

  const instrs: Instruction[] = [];
  let line: number | null = null;
  for (const r of raw) {
    const startsLine = lineStarts.has(r.index);
    if (startsLine) line = lineStarts.get(r.index)!;
    const info = opcodeInfo(r.deop);
    const argrepr = r.arg === null || !info ? ""
      : formatArg(r.deop, r.arg, { constRepr, name, varname, label, index: r.index });
    instrs.push({
      op: r.op, opname: opName(r.op), arg: r.arg, argrepr, index: r.index, startIndex: r.startIndex,
      startsLine, line, label: labels.get(r.index) ?? null,
    });
  }
  return { instrs, labels, exceptions, lineStarts };
}

/** The instructions of a code object as dis.get_instructions sees them (offsets in code units). */
export function getInstructions(code: CodeObject, opts: DisOptions = {}): Instruction[] {
  return decode(code, opts).instrs;
}

/** dis._get_lineno_width */
function linenoWidth(lineStarts: Map<number, number | null>): number {
  let max = -1, hasNone = false;
  for (const l of lineStarts.values()) {
    if (l === null) hasNone = true;
    else if (l !== 0 && l > max) max = l; // filter(None, ...) also drops line 0
  }
  if (max === -1) return 0;
  let w = Math.max(3, String(max).length);
  if (w < NO_LINENO.length && hasNone) w = NO_LINENO.length;
  return w;
}

/** dis.disassemble(code): one code object, without the nested ones. */
function disassembleOne(code: CodeObject, opts: DisOptions, out: string[]): void {
  const { instrs, labels, exceptions, lineStarts } = decode(code, opts);
  const lw = linenoWidth(lineStarts);
  const labelWidth = 4 + String(labels.size).length;
  for (const ins of instrs) {
    if (lw > 0 && ins.startsLine && ins.index > 0) out.push("");
    const fields: string[] = [];
    if (lw > 0) {
      if (ins.startsLine) fields.push((ins.line === null ? NO_LINENO : String(ins.line)).padStart(lw));
      else fields.push(" ".repeat(lw));
    }
    fields.push(ins.label !== null ? `L${ins.label}:`.padStart(labelWidth) : " ".repeat(labelWidth));
    fields.push("   ");
    fields.push(ins.opname.padEnd(OPNAME_WIDTH));
    if (ins.arg !== null) {
      const excess = Math.max(0, ins.opname.length - OPNAME_WIDTH);
      fields.push(String(ins.arg).padStart(OPARG_WIDTH - excess));
      if (ins.argrepr) fields.push(`(${ins.argrepr})`);
    }
    out.push(fields.join(" ").trimEnd());
  }
  if (exceptions.length) {
    out.push("ExceptionTable:");
    for (const e of exceptions) {
      const l = (u: number) => labels.get(u)!;
      out.push(`  L${l(e.start)} to L${l(e.end)} -> L${l(e.target)} [${e.depth}]${e.lasti ? " lasti" : ""}`);
    }
  }
}

/** dis._disassemble_recursive */
function disassembleRecursive(code: CodeObject, opts: DisOptions, depth: number | undefined, out: string[]): void {
  disassembleOne(code, opts, out);
  if (depth === undefined || depth > 0) {
    const next = depth === undefined ? undefined : depth - 1;
    for (const c of code.co_consts as unknown[]) {
      if (c instanceof CodeObject) {
        out.push("");
        out.push(`Disassembly of ${codeRepr(c)}:`);
        disassembleRecursive(c, opts, next, out);
      }
    }
  }
}

/** The text `dis.dis(code)` prints (each line ends with "\n"). */
export function disassemble(code: CodeObject, opts: DisOptions = {}): string {
  const out: string[] = [];
  disassembleRecursive(code, opts, opts.depth, out);
  return out.map((l) => l + "\n").join("");
}

// ---------------------------------------------------------------------------------------------------
// Constant reprs

/** A stable, made-up address per code object (CPython prints the object's address, %p). */
const addresses = new WeakMap<CodeObject, number>();
let nextAddress = 0x7f3a10000000;

function addressOf(code: CodeObject): string {
  let a = addresses.get(code);
  if (a === undefined) {
    a = nextAddress;
    nextAddress += 0x200;
    addresses.set(code, a);
  }
  return "0x" + a.toString(16);
}

/** repr(code): CPython Objects/codeobject.c code_repr. */
export function codeRepr(code: CodeObject): string {
  const line = code.co_firstlineno !== 0 ? code.co_firstlineno : -1;
  return `<code object ${code.co_name} at ${addressOf(code)}, file "${code.co_filename}", line ${line}>`;
}

function isConstantValue(v: unknown): v is ConstantValue {
  return v === null || v === PY_ELLIPSIS || v instanceof PyBytes || v instanceof PyComplex
    || ["string", "bigint", "number", "boolean"].includes(typeof v);
}

/** repr() of a co_consts entry: parser constants, ConstTuple, CodeObject, or what opts.constRepr knows. */
export function reprConst(v: unknown, opts: DisOptions = {}): string {
  if (isConstantValue(v)) return reprConstant(v);
  if (v instanceof ConstTuple) {
    const items = v.items.map((x) => reprConst(x, opts));
    return items.length === 1 ? `(${items[0]},)` : `(${items.join(", ")})`;
  }
  if (v instanceof CodeObject) return codeRepr(v);
  const s = opts.constRepr?.(v, (x) => reprConst(x, opts));
  if (s !== undefined) return s;
  throw new TypeError(`dis: no repr for constant ${String(v)}`);
}
