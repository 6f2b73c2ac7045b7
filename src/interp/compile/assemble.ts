// From the codegen's instruction sequence (with labels and pseudo-instructions) to a code object:
// a reduced port of CPython 3.14's Python/flowgraph.c and Python/assemble.c:
//   basic blocks -> exception-handler targets from SETUP_*/POP_BLOCK (label_exception_targets)
//   -> unreachable-block removal -> stack depth (calculate_stackdepth) -> pseudo-op lowering
//   -> NOP removal keeping line starts -> small-int loads -> layout with EXTENDED_ARG
//   -> code units with inline caches, location table, exception table.
// Not yet ported (so `dis` output differs from CPython's there): jump threading, constant folding
// of tuples, superinstructions, LOAD_FAST_BORROW, unused-constant removal, exit-block duplication.
import { Op, OPCODES, hasArg, opcodeInfo, stackEffect } from "./opcodes.js";
import { LineTableWriter, NO_LOCATION, type Location } from "./linetable.js";
import { encodeExceptionTable, type ExceptionTableEntry } from "./exceptiontable.js";

export class Label {
  block: Block | null = null;
  constructor(readonly id: number) {}
}

export interface Instr {
  op: number;
  arg: number;
  target: Label | null;
  loc: Location;
  /** the innermost handler block active at this instruction (filled by markHandlers) */
  handler?: Block | null;
}

export class Block {
  instrs: Instr[] = [];
  next: Block | null = null; // layout successor
  startDepth = -1;
  /** exception stack on entry: handler blocks, innermost last */
  exceptStack: Block[] | null = null;
  isHandler = false;
  preserveLasti = false;
  reachable = false;
  offset = 0; // in code units, after layout
  constructor(readonly id: number) {}
}

/** The codegen's output for one code unit (CPython's instr_sequence). */
export class InstrSequence {
  readonly instrs: (Instr | Label)[] = [];
  private nextLabel = 0;

  newLabel(): Label {
    return new Label(this.nextLabel++);
  }
  useLabel(l: Label): void {
    this.instrs.push(l);
  }
  emit(op: number, arg: number, loc: Location, target: Label | null = null): void {
    this.instrs.push({ op, arg, target, loc });
  }
}

const isTerminator = (op: number): boolean =>
  op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE || op === Op.JUMP ||
  op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD || op === Op.JUMP_BACKWARD_NO_INTERRUPT;

const isJump = (i: Instr): boolean => i.target !== null && !isBlockPush(i.op);
const isBlockPush = (op: number): boolean => op === Op.SETUP_FINALLY || op === Op.SETUP_CLEANUP || op === Op.SETUP_WITH;

export interface AssembledCode {
  code: Uint16Array;
  linetable: Uint8Array;
  exceptionTable: ExceptionTableEntry[];
  exceptionTableBytes: Uint8Array;
  stacksize: number;
}

export function assemble(seq: InstrSequence, firstLineno: number, smallIntConst: (arg: number) => number | null): AssembledCode {
  // ---- basic blocks ----
  const blocks: Block[] = [];
  let cur = new Block(0);
  blocks.push(cur);
  const startNew = () => {
    const b = new Block(blocks.length);
    cur.next = b;
    blocks.push(b);
    cur = b;
  };
  for (const x of seq.instrs) {
    if (x instanceof Label) {
      if (cur.instrs.length) startNew();
      x.block = cur;
      continue;
    }
    cur.instrs.push(x);
    if (isTerminator(x.op) || isJump(x)) startNew();
  }

  // ---- exception targets (flowgraph.c label_exception_targets) ----
  const entry = blocks[0];
  entry.exceptStack = [];
  const work: Block[] = [entry];
  let lastYieldDepth = -1;
  const visit = (b: Block | null, stack: Block[]) => {
    if (!b || b.exceptStack) return;
    b.exceptStack = stack.slice();
    work.push(b);
  };
  while (work.length) {
    const b = work.pop()!;
    const stack = b.exceptStack!.slice();
    b.reachable = true;
    for (const i of b.instrs) {
      if (isBlockPush(i.op)) {
        const h = i.target!.block!;
        h.isHandler = true;
        if (i.op === Op.SETUP_CLEANUP || i.op === Op.SETUP_WITH) h.preserveLasti = true;
        visit(h, stack);
        stack.push(h);
        i.handler = stack.length > 1 ? stack[stack.length - 2] : null;
        continue;
      }
      if (i.op === Op.POP_BLOCK) {
        stack.pop();
        i.handler = stack[stack.length - 1] ?? null;
        continue;
      }
      i.handler = stack[stack.length - 1] ?? null;
      // flowgraph.c: YIELD_VALUE's oparg is the handler depth (less the generator's own); a RESUME
      // after a yield at depth 1 gets RESUME_OPARG_DEPTH1_MASK
      if (i.op === Op.YIELD_VALUE) { i.arg = Math.max(0, stack.length - 1); lastYieldDepth = stack.length; }
      else if (i.op === Op.RESUME && i.arg !== 0) { if (lastYieldDepth === 1) i.arg |= 4; lastYieldDepth = -1; }
      if (i.target) visit(i.target.block, stack);
    }
    const last = b.instrs[b.instrs.length - 1];
    if (!last || !isTerminator(last.op)) visit(b.next, stack);
  }

  // ---- stack depth (flowgraph.c calculate_stackdepth) ----
  let maxDepth = 0;
  const stackWork: Block[] = [];
  const setDepth = (b: Block | null, d: number) => {
    if (!b) return;
    if (b.startDepth < 0) {
      b.startDepth = d;
      stackWork.push(b);
    }
  };
  setDepth(entry, 0);
  while (stackWork.length) {
    const b = stackWork.pop()!;
    let depth = b.startDepth;
    let fallthrough = true;
    for (const i of b.instrs) {
      if (i.target) {
        const jd = depth + stackEffect(i.op, i.arg, true);
        maxDepth = Math.max(maxDepth, jd);
        setDepth(i.target.block, jd);
      }
      depth += stackEffect(i.op, i.arg, false);
      maxDepth = Math.max(maxDepth, depth);
      if (isTerminator(i.op)) { fallthrough = false; break; }
    }
    if (fallthrough) setDepth(b.next, depth);
  }

  // ---- lowering pseudo-ops ----
  const live = blocks.filter((b) => b.reachable);
  for (const b of live) {
    const out: Instr[] = [];
    for (const i of b.instrs) {
      switch (i.op) {
        case Op.SETUP_FINALLY: case Op.SETUP_CLEANUP: case Op.SETUP_WITH: case Op.POP_BLOCK:
        case Op.ANNOTATIONS_PLACEHOLDER:
          out.push({ ...i, op: Op.NOP, arg: 0, target: null });
          break;
        case Op.LOAD_CLOSURE: out.push({ ...i, op: Op.LOAD_FAST }); break;
        case Op.STORE_FAST_MAYBE_NULL: out.push({ ...i, op: Op.STORE_FAST }); break;
        case Op.JUMP_IF_FALSE: case Op.JUMP_IF_TRUE:
          out.push({ ...i, op: Op.COPY, arg: 1, target: null });
          out.push({ ...i, op: Op.TO_BOOL, arg: 0, target: null });
          out.push({ ...i, op: i.op === Op.JUMP_IF_FALSE ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE });
          break;
        case Op.LOAD_CONST: {
          const small = smallIntConst(i.arg);
          out.push(small === null ? i : { ...i, op: Op.LOAD_SMALL_INT, arg: small });
          break;
        }
        default: out.push(i);
      }
    }
    b.instrs = out;
  }

  // ---- NOP removal (flowgraph.c remove_redundant_nops): keep a NOP only when it is the sole
  // instruction carrying its line ----
  for (const b of live) {
    const out: Instr[] = [];
    for (let k = 0; k < b.instrs.length; k++) {
      const i = b.instrs[k];
      if (i.op === Op.NOP) {
        const line = i.loc.lineno;
        if (line < 0) continue;
        const prev = out[out.length - 1];
        if (prev && prev.loc.lineno === line) continue;
        const nxt = b.instrs[k + 1];
        if (nxt && nxt.loc.lineno === line) continue;
        if (!nxt && b.next && b.next.instrs[0]?.loc.lineno === line && !b.next.isHandler) continue;
      }
      out.push(i);
    }
    b.instrs = out;
  }

  // ---- layout: jumps need sizes, sizes need jump distances (EXTENDED_ARG): iterate ----
  const order = live.filter((b) => b.instrs.length > 0 || b === entry);
  const targetBlock = (l: Label): Block => {
    let b: Block | null = l.block!;
    while (b && (b.instrs.length === 0 || !b.reachable)) b = b.next;
    return b!;
  };
  for (const b of order) for (const i of b.instrs) if (i.target) i.target.block = targetBlock(i.target);

  const sizeOf = (i: Instr): number => {
    const info = opcodeInfo(i.op)!;
    const ext = i.arg > 0xffffff ? 3 : i.arg > 0xffff ? 2 : i.arg > 0xff ? 1 : 0;
    return 1 + info.cache + ext;
  };
  for (let pass = 0; pass < 8; pass++) {
    let off = 0;
    for (const b of order) {
      b.offset = off;
      for (const i of b.instrs) off += sizeOf(i);
    }
    let changed = false;
    for (const b of order) {
      let off2 = b.offset;
      for (const i of b.instrs) {
        const size = sizeOf(i);
        if (i.target) {
          const t = i.target.block!.offset;
          const after = off2 + size;
          let op = i.op;
          if (op === Op.JUMP || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD) op = t >= after ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD;
          else if (op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_BACKWARD_NO_INTERRUPT) op = t >= after ? Op.JUMP_FORWARD : Op.JUMP_BACKWARD_NO_INTERRUPT;
          const info = opcodeInfo(op)!;
          const newSize = 1 + info.cache + (i.arg > 0xffffff ? 3 : i.arg > 0xffff ? 2 : i.arg > 0xff ? 1 : 0);
          const afterN = off2 + newSize;
          const arg = info.jump === "backward" ? afterN - t : t - afterN;
          if (op !== i.op || arg !== i.arg) { i.op = op; i.arg = Math.max(0, arg); changed = true; }
        }
        off2 += sizeOf(i);
      }
    }
    if (!changed) break;
  }

  // ---- emit ----
  const units: number[] = [];
  const lt = new LineTableWriter(firstLineno);
  const exc: ExceptionTableEntry[] = [];
  let curHandler: Block | null = null, curStart = 0;
  const closeExc = (at: number) => {
    if (curHandler && at > curStart) {
      const depth = curHandler.startDepth - 1 - (curHandler.preserveLasti ? 1 : 0);
      exc.push({ start: curStart, end: at, target: curHandler.offset, depth, lasti: curHandler.preserveLasti });
    }
  };
  for (const b of order) {
    for (const i of b.instrs) {
      const h = i.handler ?? null;
      if (h !== curHandler) {
        closeExc(units.length);
        curHandler = h;
        curStart = units.length;
      }
      const info = opcodeInfo(i.op)!;
      const arg = hasArg(i.op) ? i.arg : 0;
      const start = units.length;
      if (arg > 0xffffff) units.push(Op.EXTENDED_ARG | ((arg >>> 24) & 0xff) << 8);
      if (arg > 0xffff) units.push(Op.EXTENDED_ARG | ((arg >>> 16) & 0xff) << 8);
      if (arg > 0xff) units.push(Op.EXTENDED_ARG | ((arg >>> 8) & 0xff) << 8);
      units.push(i.op | ((arg & 0xff) << 8));
      for (let c = 0; c < info.cache; c++) units.push(0);
      lt.add(i.loc, units.length - start);
    }
  }
  closeExc(units.length);
  void OPCODES;
  void NO_LOCATION;
  return {
    code: Uint16Array.from(units),
    linetable: lt.bytes(),
    exceptionTable: exc,
    exceptionTableBytes: encodeExceptionTable(exc),
    stacksize: maxDepth,
  };
}
