// The control flow graph of one code unit and CPython 3.14's optimizations over it, function for
// function a port of Python/flowgraph.c: basic blocks from the instruction sequence, exception
// handler labelling, small-exit-block inlining, jump threading, dead code removal, constant folding
// (tuples, lists/sets, unary and binary operators on constants), line number propagation and exit
// block duplication (PEP 626), unused constant removal, LOAD_FAST_CHECK, superinstructions, cold
// block ordering, stack depth, the generator/cell prefix, pseudo-op lowering and LOAD_FAST_BORROW.
// The instruction shapes this produces are what make PEP 669 event streams match CPython's.
import { Op, Intrinsic1, NbOp, numPopped, numPushed, ResumeOparg } from "./opcodes.js";
import { NO_LOCATION, type Location } from "./linetable.js";
import { hasTarget, isBlockPush, isJumpOp, type SeqInstr } from "./assemble.js";
import {
  ConstTuple, constKey, constTruth, foldBinary, foldUnary, makeFrozenSet, smallIntValue, type ConstKey,
} from "./consts.js";

export interface CfgInstr {
  op: number;
  arg: number;
  loc: Location;
  target: Block | null;
  /** the handler block active at this instruction (label_exception_targets) */
  except: Block | null;
}

interface ExceptStack {
  handlers: (Block | null)[];
  depth: number;
}

export class Block {
  instrs: CfgInstr[] = [];
  /**
   * The i_except fields left in the C array's slots after the live instructions (b_instr beyond
   * b_iused). basicblock_addop does not write i_except, so an instruction added there (NOT_TAKEN in
   * normalize_jumps, the new jump of jump_thread) inherits the handler of whatever instruction
   * occupied the slot before: CPython's exception tables show it, so it is modelled here.
   * Kept in reverse order (the next slot's value last), so taking one is a pop.
   */
  stale: (Block | null)[] = [];
  next: Block | null = null;
  label = -1;
  exceptStack: ExceptStack | null = null;
  unsafeLocalsMask = 0n;
  predecessors = 0;
  startDepth = -1;
  preserveLasti = false;
  visited = false;
  exceptHandler = false;
  cold = false;
  warm = false;
}

const INT_MIN = -2147483648;

// ---- opcode classes (Include/internal/pycore_opcode_utils.h) ----

const isUncondJump = (op: number): boolean =>
  op === Op.JUMP || op === Op.JUMP_NO_INTERRUPT || op === Op.JUMP_FORWARD || op === Op.JUMP_BACKWARD ||
  op === Op.JUMP_BACKWARD_NO_INTERRUPT;
const isScopeExit = (op: number): boolean => op === Op.RETURN_VALUE || op === Op.RAISE_VARARGS || op === Op.RERAISE;
const isTerminator = (op: number): boolean => isJumpOp(op) || isScopeExit(op);
const isCondJump = (op: number): boolean =>
  op === Op.POP_JUMP_IF_FALSE || op === Op.POP_JUMP_IF_TRUE || op === Op.POP_JUMP_IF_NONE || op === Op.POP_JUMP_IF_NOT_NONE;
/** OPCODE_HAS_EVAL_BREAK (of the opcodes the code generator emits) */
const hasEvalBreak = (op: number): boolean =>
  op === Op.RESUME || op === Op.JUMP || op === Op.JUMP_BACKWARD || op === Op.CALL || op === Op.CALL_KW ||
  op === Op.CALL_FUNCTION_EX;
const loadsConst = (op: number): boolean => op === Op.LOAD_CONST || op === Op.LOAD_SMALL_INT;

/** get_stack_effects: SETUP_* push only on the exception edge; jump -1: the larger. */
function stackEffect(op: number, oparg: number, jump: 0 | 1 | -1): number {
  if (isBlockPush(op) && jump === 0) return 0;
  return numPushed(op, oparg) - numPopped(op, oparg);
}

const lastInstr = (b: Block): CfgInstr | null => (b.instrs.length ? b.instrs[b.instrs.length - 1] : null);
const noFallthrough = (b: Block): boolean => {
  const last = lastInstr(b);
  return last !== null && (isScopeExit(last.op) || isUncondJump(last.op));
};
const hasFallthrough = (b: Block): boolean => !noFallthrough(b);
const exitsScope = (b: Block): boolean => {
  const last = lastInstr(b);
  return last !== null && isScopeExit(last.op);
};
const blockHasEvalBreak = (b: Block): boolean => b.instrs.some((i) => hasEvalBreak(i.op));
const hasNoLineno = (b: Block): boolean => b.instrs.every((i) => i.loc.lineno < 0);
const nextNonEmpty = (b: Block | null): Block | null => {
  while (b && b.instrs.length === 0) b = b.next;
  return b;
};

function setOp0(i: CfgInstr, op: number): void {
  i.op = op;
  i.arg = 0;
}
function setOp1(i: CfgInstr, op: number, arg: number): void {
  i.op = op;
  i.arg = arg;
}

/** The live instructions become `live` (a compaction of the old ones, in order): the slots past
 * them keep the old contents (remove_redundant_nops, remove_unreachable). */
function compact(b: Block, live: CfgInstr[]): void {
  const old = b.instrs;
  // b.stale is kept reversed (its first element last) so that taking one is a pop
  for (let k = old.length - 1; k >= live.length; k--) b.stale.push(old[k].except);
  b.instrs = live;
}

/** basicblock_addop: every field but i_except is written. */
function addop(b: Block, i: Omit<CfgInstr, "except">): CfgInstr {
  const except = b.stale.length ? b.stale.pop()! : null;
  const ins: CfgInstr = { op: i.op, arg: i.arg, loc: i.loc, target: i.target, except };
  b.instrs.push(ins);
  return ins;
}

/** basicblock_append_instructions: whole instructions copied. */
function appendCopy(b: Block, i: CfgInstr): void {
  b.stale.pop();
  b.instrs.push({ ...i });
}

/** basicblock_insert_instruction */
function insertInstr(b: Block, pos: number, i: CfgInstr): void {
  b.stale.pop();
  b.instrs.splice(pos, 0, i);
}

export class CfgBuilder {
  readonly entry: Block;
  private cur: Block;
  private currentLabel = -1;
  private readonly blocks: Block[] = [];

  constructor() {
    this.entry = this.cur = this.newBlock();
  }

  newBlock(): Block {
    const b = new Block();
    this.blocks.push(b);
    return b;
  }

  private isTerminated(): boolean {
    const last = lastInstr(this.cur);
    if (last && isTerminator(last.op)) return true;
    if (this.currentLabel >= 0) {
      if (last || this.cur.label >= 0) return true;
      this.cur.label = this.currentLabel;
      this.currentLabel = -1;
    }
    return false;
  }

  private maybeStartNewBlock(): void {
    if (this.isTerminated()) {
      const b = this.newBlock();
      b.label = this.currentLabel;
      this.currentLabel = -1;
      this.cur.next = b;
      this.cur = b;
    }
  }

  useLabel(label: number): void {
    this.currentLabel = label;
    this.maybeStartNewBlock();
  }

  addop(op: number, arg: number, loc: Location): void {
    this.maybeStartNewBlock();
    addop(this.cur, { op, arg, loc, target: null });
  }

  *[Symbol.iterator](): IterableIterator<Block> {
    for (let b: Block | null = this.entry; b; b = b.next) yield b;
  }
}

/** _PyCfg_FromInstructionSequence (jump opargs are instruction indices already). */
export function cfgFromSequence(instrs: SeqInstr[]): CfgBuilder {
  const isTarget = new Array<boolean>(instrs.length).fill(false);
  for (const i of instrs) if (hasTarget(i.op)) isTarget[i.arg] = true;
  const g = new CfgBuilder();
  instrs.forEach((ins, k) => {
    if (isTarget[k]) g.useLabel(k);
    g.addop(ins.op, ins.arg, ins.loc);
  });
  return g;
}

const copyInstr = (i: CfgInstr): CfgInstr => ({ ...i });

function copyBlock(g: CfgBuilder, b: Block): Block {
  const r = g.newBlock();
  for (const i of b.instrs) appendCopy(r, i);
  return r;
}

function addJump(b: Block, op: number, target: Block, loc: Location): void {
  const last = lastInstr(b);
  if (last && isJumpOp(last.op)) throw new Error("flowgraph: block already ends in a jump");
  addop(b, { op, arg: target.label, loc, target });
}

function maxLabel(g: CfgBuilder): number {
  let l = -1;
  for (const b of g) if (b.label > l) l = b.label;
  return l;
}

/** make_cfg_traversal_stack: clears b_visited. */
function resetVisited(g: CfgBuilder): void {
  for (const b of g) b.visited = false;
}

// ---- preprocessing ----

function checkCfg(g: CfgBuilder): void {
  for (const b of g) {
    b.instrs.forEach((i, k) => {
      if (isTerminator(i.op) && k !== b.instrs.length - 1) throw new Error("malformed control flow graph.");
    });
  }
}

function translateJumpLabelsToTargets(g: CfgBuilder): void {
  const byLabel = new Map<number, Block>();
  for (const b of g) if (b.label >= 0) byLabel.set(b.label, b);
  for (const b of g) {
    for (const i of b.instrs) {
      if (hasTarget(i.op)) {
        const t = byLabel.get(i.arg);
        if (!t) throw new Error(`flowgraph: no block for label ${i.arg}`);
        i.target = t;
      }
    }
  }
}

function markExceptHandlers(g: CfgBuilder): void {
  for (const b of g) for (const i of b.instrs) if (isBlockPush(i.op)) i.target!.exceptHandler = true;
}

const copyExceptStack = (s: ExceptStack): ExceptStack => ({ handlers: s.handlers.slice(), depth: s.depth });

function labelExceptionTargets(g: CfgBuilder): void {
  resetVisited(g);
  const todo: Block[] = [g.entry];
  g.entry.visited = true;
  g.entry.exceptStack = { handlers: [null], depth: 0 };
  while (todo.length) {
    const b = todo.pop()!;
    let stack: ExceptStack | null = b.exceptStack!;
    b.exceptStack = null;
    let handler = stack.handlers[stack.depth];
    let lastYieldDepth = -1;
    for (let k = 0; k < b.instrs.length; k++) {
      const i = b.instrs[k];
      if (isBlockPush(i.op)) {
        if (!i.target!.visited) {
          i.target!.exceptStack = copyExceptStack(stack!);
          todo.push(i.target!);
          i.target!.visited = true;
        }
        // push_except_block
        const t = i.target!;
        if (i.op === Op.SETUP_WITH || i.op === Op.SETUP_CLEANUP) t.preserveLasti = true;
        stack!.handlers[++stack!.depth] = t;
        handler = t;
      } else if (i.op === Op.POP_BLOCK) {
        handler = stack!.handlers[--stack!.depth] ?? null;
        setOp0(i, Op.NOP);
      } else if (isJumpOp(i.op)) {
        i.except = handler;
        if (!i.target!.visited) {
          if (hasFallthrough(b)) {
            i.target!.exceptStack = copyExceptStack(stack!);
          } else {
            i.target!.exceptStack = stack;
            stack = null;
          }
          todo.push(i.target!);
          i.target!.visited = true;
        }
      } else if (i.op === Op.YIELD_VALUE) {
        i.except = handler;
        lastYieldDepth = stack!.depth;
      } else if (i.op === Op.RESUME) {
        i.except = handler;
        if (i.arg !== ResumeOparg.AT_FUNC_START) {
          if (lastYieldDepth === 1) i.arg |= ResumeOparg.DEPTH1_MASK;
          lastYieldDepth = -1;
        }
      } else {
        i.except = handler;
      }
    }
    if (hasFallthrough(b) && b.next && !b.next.visited) {
      b.next.exceptStack = stack;
      todo.push(b.next);
      b.next.visited = true;
    }
  }
}

// ---- optimizations ----

function removeUnreachable(g: CfgBuilder): void {
  for (const b of g) b.predecessors = 0;
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.predecessors = 1;
  g.entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    if (b.next && hasFallthrough(b)) {
      if (!b.next.visited) {
        stack.push(b.next);
        b.next.visited = true;
      }
      b.next.predecessors++;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op) || isBlockPush(i.op)) {
        const t = i.target!;
        if (!t.visited) {
          stack.push(t);
          t.visited = true;
        }
        t.predecessors++;
      }
    }
  }
  for (const b of g) {
    if (b.predecessors === 0) {
      compact(b, []);
      b.exceptHandler = false;
    }
  }
}

function blockRemoveRedundantNops(b: Block): number {
  const out: CfgInstr[] = [];
  let prevLineno = -1;
  const n = b.instrs.length;
  for (let src = 0; src < n; src++) {
    const i = b.instrs[src];
    const lineno = i.loc.lineno;
    if (i.op === Op.NOP) {
      if (lineno < 0) continue;
      if (prevLineno === lineno) continue;
      if (src < n - 1) {
        const nextLineno = b.instrs[src + 1].loc.lineno;
        if (nextLineno === lineno) continue;
        if (nextLineno < 0) {
          b.instrs[src + 1].loc = i.loc;
          continue;
        }
      } else {
        const next = nextNonEmpty(b.next);
        if (next) {
          let nextLoc = NO_LOCATION;
          for (const ni of next.instrs) {
            if (ni.op === Op.NOP && ni.loc.lineno < 0) continue;
            nextLoc = ni.loc;
            break;
          }
          if (lineno === nextLoc.lineno) continue;
        }
      }
    }
    out.push(i);
    prevLineno = lineno;
  }
  const removed = n - out.length;
  compact(b, out);
  return removed;
}

function removeRedundantNops(g: CfgBuilder): number {
  let changes = 0;
  for (const b of g) changes += blockRemoveRedundantNops(b);
  return changes;
}

function removeRedundantNopsAndPairs(g: CfgBuilder): void {
  let done = false;
  while (!done) {
    done = true;
    let prev: CfgInstr | null = null, instr: CfgInstr | null = null;
    for (const b of g) {
      blockRemoveRedundantNops(b);
      if (b.label >= 0) instr = null;
      for (const i of b.instrs) {
        prev = instr;
        instr = i;
        const prevOp = prev ? prev.op : 0, prevArg = prev ? prev.arg : 0;
        let redundant = false;
        if (i.op === Op.POP_TOP) {
          if (prevOp === Op.LOAD_CONST || prevOp === Op.LOAD_SMALL_INT) redundant = true;
          else if (prevOp === Op.COPY && prevArg === 1) redundant = true;
        }
        if (redundant) {
          setOp0(prev!, Op.NOP);
          setOp0(i, Op.NOP);
          done = false;
        }
      }
      if ((instr && isJumpOp(instr.op)) || !hasFallthrough(b)) instr = null;
    }
  }
}

function removeRedundantJumps(g: CfgBuilder): number {
  let changes = 0;
  for (const b of g) {
    const last = lastInstr(b);
    if (!last) continue;
    if (isUncondJump(last.op)) {
      const jumpTarget = nextNonEmpty(last.target);
      if (!jumpTarget) throw new Error("jump with NULL target");
      const next = nextNonEmpty(b.next);
      if (jumpTarget === next) {
        changes++;
        setOp0(last, Op.NOP);
      }
    }
  }
  return changes;
}

function removeRedundantNopsAndJumps(g: CfgBuilder): void {
  for (;;) {
    const nops = removeRedundantNops(g);
    const jumps = removeRedundantJumps(g);
    if (nops + jumps === 0) break;
  }
}

const MAX_COPY_SIZE = 4;

function inlineSmallOrNoLinenoBlock(b: Block): boolean {
  const last = lastInstr(b);
  if (!last || !isUncondJump(last.op)) return false;
  const target = last.target!;
  const smallExit = exitsScope(target) && target.instrs.length <= MAX_COPY_SIZE;
  const noLinenoNoFallthrough = hasNoLineno(target) && !hasFallthrough(target);
  if (smallExit || noLinenoNoFallthrough) {
    const removedOp = last.op;
    setOp0(last, Op.NOP);
    last.target = null;
    for (const i of target.instrs) appendCopy(b, i);
    if (noLinenoNoFallthrough) {
      const l = lastInstr(b)!;
      if (isUncondJump(l.op) && removedOp === Op.JUMP) l.op = Op.JUMP; // keep the eval breaker check
    }
    target.predecessors--;
    return true;
  }
  return false;
}

function inlineSmallOrNoLinenoBlocks(g: CfgBuilder): void {
  let changes: boolean;
  do {
    changes = false;
    for (const b of g) if (inlineSmallOrNoLinenoBlock(b)) changes = true;
  } while (changes);
}

/** jump_thread: `inst` (last of bb) jumps to a jump; jump straight to that jump's target. */
function jumpThread(bb: Block, inst: CfgInstr, target: CfgInstr, op: number): boolean {
  if (inst.target !== target.target) {
    setOp0(inst, Op.NOP);
    inst.target = null;
    addJump(bb, op, target.target!, target.loc);
    return true;
  }
  return false;
}

// ---- constant folding ----

/** The optimizer's view of co_consts: the list, and add_const's lookup by constant key. */
export class ConstList {
  private index: Map<string, number> | null = null;

  constructor(readonly items: ConstKey[]) {}

  add(v: ConstKey): number {
    if (this.index === null) {
      this.index = new Map();
      this.items.forEach((x, i) => { const k = constKey(x); if (!this.index!.has(k)) this.index!.set(k, i); });
    }
    const key = constKey(v);
    const i = this.index.get(key);
    if (i !== undefined) return i;
    this.items.push(v);
    this.index.set(key, this.items.length - 1);
    return this.items.length - 1;
  }

  /** The list was rewritten (remove_unused_consts): forget the lookup index. */
  reset(): void {
    this.index = null;
  }

  valueOf(i: CfgInstr): ConstKey {
    if (i.op === Op.LOAD_SMALL_INT) return BigInt(i.arg);
    return this.items[i.arg];
  }
}

export interface FoldOptions {
  /** Fold `x in {1, 2}` / `for x in {1, 2}` into a frozenset constant (the VM must know it). */
  frozensetConsts: boolean;
}

function getConstLoadingInstrs(b: Block, start: number, size: number): CfgInstr[] | null {
  const out: CfgInstr[] = new Array(size);
  for (; start >= 0 && size > 0; start--) {
    const i = b.instrs[start];
    if (i.op === Op.NOP) continue;
    if (!loadsConst(i.op)) return null;
    out[--size] = i;
  }
  return size === 0 ? out : null;
}

function nopOut(instrs: CfgInstr[]): void {
  for (const i of instrs) {
    setOp0(i, Op.NOP);
    i.loc = NO_LOCATION;
  }
}

/** instr_make_load_const (maybe_instr_make_load_smallint first). */
function makeLoadConst(i: CfgInstr, v: ConstKey, consts: ConstList): void {
  const small = smallIntValue(v);
  if (small !== null) setOp1(i, Op.LOAD_SMALL_INT, small);
  else setOp1(i, Op.LOAD_CONST, consts.add(v));
}

const STACK_USE_GUIDELINE = 30;

function foldTupleOfConstants(b: Block, k: number, consts: ConstList): void {
  const instr = b.instrs[k];
  const n = instr.arg;
  if (n > STACK_USE_GUIDELINE) return;
  const loads = getConstLoadingInstrs(b, k - 1, n);
  if (!loads) return;
  const tuple = new ConstTuple(loads.map((i) => consts.valueOf(i)));
  nopOut(loads);
  makeLoadConst(instr, tuple, consts);
}

function foldConstantIntrinsicListToTuple(b: Block, k: number, consts: ConstList): void {
  const intrinsic = b.instrs[k];
  let found = 0;
  let expectAppend = true;
  for (let pos = k - 1; pos >= 0; pos--) {
    const i = b.instrs[pos];
    if (i.op === Op.NOP) continue;
    if (i.op === Op.BUILD_LIST && i.arg === 0) {
      if (!expectAppend) return;
      const items: ConstKey[] = new Array(found);
      for (let np = k - 1; np >= pos; np--) {
        const x = b.instrs[np];
        if (x.op === Op.NOP) continue;
        if (loadsConst(x.op)) items[--found] = consts.valueOf(x);
        nopOut([x]);
      }
      makeLoadConst(intrinsic, new ConstTuple(items), consts);
      return;
    }
    if (expectAppend) {
      if (i.op !== Op.LIST_APPEND || i.arg !== 1) return;
    } else {
      if (!loadsConst(i.op)) return;
      found++;
    }
    expectAppend = !expectAppend;
  }
}

const MIN_CONST_SEQUENCE_SIZE = 3;

function optimizeListsAndSets(b: Block, k: number, nextOp: number, consts: ConstList, opts: FoldOptions): void {
  const instr = b.instrs[k];
  const containsOrIter = nextOp === Op.GET_ITER || nextOp === Op.CONTAINS_OP;
  const n = instr.arg;
  if (n > STACK_USE_GUIDELINE || (n < MIN_CONST_SEQUENCE_SIZE && !containsOrIter)) return;
  const loads = getConstLoadingInstrs(b, k - 1, n);
  if (!loads) {
    if (containsOrIter && instr.op === Op.BUILD_LIST) setOp1(instr, Op.BUILD_TUPLE, instr.arg);
    return;
  }
  const items = loads.map((i) => consts.valueOf(i));
  if (instr.op === Op.BUILD_SET && !opts.frozensetConsts) return;
  const value = instr.op === Op.BUILD_SET ? makeFrozenSet(items) : new ConstTuple(items);
  const index = consts.add(value);
  nopOut(loads);
  if (containsOrIter) {
    setOp1(instr, Op.LOAD_CONST, index);
  } else {
    const build = instr.op;
    b.instrs[k - 2].loc = instr.loc;
    setOp1(b.instrs[k - 2], build, 0);
    setOp1(b.instrs[k - 1], Op.LOAD_CONST, index);
    setOp1(instr, build === Op.BUILD_LIST ? Op.LIST_EXTEND : Op.SET_UPDATE, 1);
  }
}

function foldConstBinop(b: Block, k: number, consts: ConstList): void {
  const binop = b.instrs[k];
  const operands = getConstLoadingInstrs(b, k - 1, 2);
  if (!operands) return;
  const lhs = consts.valueOf(operands[0]), rhs = consts.valueOf(operands[1]);
  const v = binop.arg === NbOp.MATRIX_MULTIPLY ? undefined : foldBinary(lhs, binop.arg, rhs);
  if (v === undefined) return;
  nopOut(operands);
  makeLoadConst(binop, v, consts);
}

function foldConstUnaryop(b: Block, k: number, consts: ConstList): void {
  const unary = b.instrs[k];
  const operand = getConstLoadingInstrs(b, k - 1, 1);
  if (!operand) return;
  const kind = unary.op === Op.UNARY_NEGATIVE ? "neg" : unary.op === Op.UNARY_INVERT ? "invert"
    : unary.op === Op.UNARY_NOT ? "not" : "pos";
  const v = foldUnary(consts.valueOf(operand[0]), kind);
  if (v === undefined) return;
  nopOut(operand);
  makeLoadConst(unary, v, consts);
}

/** swaptimize: replace a run of SWAPs and NOPs by an optimal one. Returns the new index. */
function swaptimize(b: Block, ix: number): number {
  const instrs = b.instrs;
  let depth = instrs[ix].arg;
  let len = 0;
  let more = false;
  const limit = instrs.length - ix;
  while (++len < limit) {
    const op = instrs[ix + len].op;
    if (op === Op.SWAP) {
      depth = Math.max(depth, instrs[ix + len].arg);
      more = true;
    } else if (op !== Op.NOP) {
      break;
    }
  }
  if (!more) return ix;
  const stack: number[] = [];
  for (let i = 0; i < depth; i++) stack.push(i);
  for (let i = 0; i < len; i++) {
    if (instrs[ix + i].op === Op.SWAP) {
      const oparg = instrs[ix + i].arg;
      const top = stack[0];
      stack[0] = stack[oparg - 1];
      stack[oparg - 1] = top;
    }
  }
  const VISITED = -1;
  let current = len - 1;
  for (let i = 0; i < depth; i++) {
    if (stack[i] === VISITED || stack[i] === i) continue;
    let j = i;
    for (;;) {
      if (j) {
        instrs[ix + current].op = Op.SWAP;
        instrs[ix + current--].arg = j + 1;
      }
      if (stack[j] === VISITED) break;
      const nextJ = stack[j];
      stack[j] = VISITED;
      j = nextJ;
    }
  }
  while (current >= 0) setOp0(instrs[ix + current--], Op.NOP);
  return ix + len - 1;
}

const swappable = (op: number): boolean => op === Op.STORE_FAST || op === Op.STORE_FAST_MAYBE_NULL || op === Op.POP_TOP;
const storesTo = (i: CfgInstr): number => (i.op === Op.STORE_FAST || i.op === Op.STORE_FAST_MAYBE_NULL ? i.arg : -1);

function nextSwappableInstruction(b: Block, i: number, lineno: number): number {
  while (++i < b.instrs.length) {
    const ins = b.instrs[i];
    if (lineno >= 0 && ins.loc.lineno !== lineno) return -1;
    if (ins.op === Op.NOP) continue;
    if (swappable(ins.op)) return i;
    return -1;
  }
  return -1;
}

function applyStaticSwaps(b: Block, i: number): void {
  for (; i >= 0; i--) {
    const swap = b.instrs[i];
    if (swap.op !== Op.SWAP) {
      if (swap.op === Op.NOP || swappable(swap.op)) continue;
      return;
    }
    const j = nextSwappableInstruction(b, i, -1);
    if (j < 0) return;
    let k = j;
    const lineno = b.instrs[j].loc.lineno;
    for (let count = swap.arg - 1; count > 0; count--) {
      k = nextSwappableInstruction(b, k, lineno);
      if (k < 0) return;
    }
    const sj = storesTo(b.instrs[j]), sk = storesTo(b.instrs[k]);
    if (sj >= 0 || sk >= 0) {
      if (sj === sk) return;
      for (let idx = j + 1; idx < k; idx++) {
        const s = storesTo(b.instrs[idx]);
        if (s >= 0 && (s === sj || s === sk)) return;
      }
    }
    setOp0(swap, Op.NOP);
    const tmp = b.instrs[j];
    b.instrs[j] = b.instrs[k];
    b.instrs[k] = tmp;
  }
}

function blockOptimizeLoadConst(b: Block, consts: ConstList): void {
  let opcode = 0, oparg = 0;
  for (let i = 0; i < b.instrs.length; i++) {
    const inst = b.instrs[i];
    if (inst.op === Op.LOAD_CONST) {
      const small = smallIntValue(consts.items[inst.arg]);
      if (small !== null) setOp1(inst, Op.LOAD_SMALL_INT, small);
    }
    const isCopyOfLoadConst = opcode === Op.LOAD_CONST && inst.op === Op.COPY && inst.arg === 1;
    if (!isCopyOfLoadConst) {
      opcode = inst.op;
      oparg = inst.arg;
    }
    if (opcode !== Op.LOAD_CONST && opcode !== Op.LOAD_SMALL_INT) continue;
    const nextOp = i + 1 < b.instrs.length ? b.instrs[i + 1].op : 0;
    const value = (): ConstKey => (opcode === Op.LOAD_SMALL_INT ? BigInt(oparg) : consts.items[oparg]);
    switch (nextOp) {
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.JUMP_IF_FALSE: case Op.JUMP_IF_TRUE: {
        const isTrue = constTruth(value());
        if (stackEffect(nextOp, 0, -1) === -1) setOp0(inst, Op.NOP); // POP_JUMP_IF_*
        const jumpIfTrue = nextOp === Op.POP_JUMP_IF_TRUE || nextOp === Op.JUMP_IF_TRUE;
        if (isTrue === jumpIfTrue) b.instrs[i + 1].op = Op.JUMP;
        else {
          setOp0(b.instrs[i + 1], Op.NOP);
          b.instrs[i + 1].target = null;
        }
        break;
      }
      case Op.IS_OP: {
        if (value() !== null) break;
        if (b.instrs.length <= i + 2) break;
        const isInstr = b.instrs[i + 1];
        let jumpInstr = b.instrs[i + 2];
        if (jumpInstr.op === Op.TO_BOOL) {
          setOp0(jumpInstr, Op.NOP);
          if (b.instrs.length <= i + 3) break;
          jumpInstr = b.instrs[i + 3];
        }
        let invert = isInstr.arg !== 0;
        if (jumpInstr.op === Op.POP_JUMP_IF_FALSE) invert = !invert;
        else if (jumpInstr.op !== Op.POP_JUMP_IF_TRUE) break;
        setOp0(inst, Op.NOP);
        setOp0(isInstr, Op.NOP);
        jumpInstr.op = invert ? Op.POP_JUMP_IF_NOT_NONE : Op.POP_JUMP_IF_NONE;
        break;
      }
      case Op.TO_BOOL: {
        const index = consts.add(constTruth(value()));
        setOp0(inst, Op.NOP);
        setOp1(b.instrs[i + 1], Op.LOAD_CONST, index);
        break;
      }
    }
  }
}

function optimizeBasicBlock(b: Block, consts: ConstList, opts: FoldOptions): void {
  const nop: CfgInstr = { op: Op.NOP, arg: 0, loc: NO_LOCATION, target: null, except: null };
  for (let i = 0; i < b.instrs.length; i++) {
    const inst = b.instrs[i];
    const opcode = inst.op, oparg = inst.arg;
    const target = (hasTarget(opcode) ? inst.target!.instrs[0] : undefined) ?? nop;
    const nextOp = i + 1 < b.instrs.length ? b.instrs[i + 1].op : 0;
    switch (opcode) {
      case Op.BUILD_TUPLE:
        if (nextOp === Op.UNPACK_SEQUENCE && oparg === b.instrs[i + 1].arg) {
          if (oparg === 1) {
            setOp0(inst, Op.NOP);
            setOp0(b.instrs[i + 1], Op.NOP);
            continue;
          }
          if (oparg === 2 || oparg === 3) {
            setOp0(inst, Op.NOP);
            b.instrs[i + 1].op = Op.SWAP;
            continue;
          }
        }
        foldTupleOfConstants(b, i, consts);
        break;
      case Op.BUILD_LIST: case Op.BUILD_SET:
        optimizeListsAndSets(b, i, nextOp, consts, opts);
        break;
      case Op.POP_JUMP_IF_NOT_NONE: case Op.POP_JUMP_IF_NONE:
        if (target.op === Op.JUMP) i -= jumpThread(b, inst, target, inst.op) ? 1 : 0;
        break;
      case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE:
        if (target.op === Op.JUMP) i -= jumpThread(b, inst, target, opcode) ? 1 : 0;
        break;
      case Op.JUMP_IF_FALSE: case Op.JUMP_IF_TRUE: {
        const same = opcode, other = opcode === Op.JUMP_IF_FALSE ? Op.JUMP_IF_TRUE : Op.JUMP_IF_FALSE;
        if (target.op === Op.JUMP || target.op === same) {
          i -= jumpThread(b, inst, target, same) ? 1 : 0;
          continue;
        }
        if (target.op === other) {
          inst.target = inst.target!.next;
          i--;
          continue;
        }
        break;
      }
      case Op.JUMP: case Op.JUMP_NO_INTERRUPT:
        if (target.op === Op.JUMP) {
          i -= jumpThread(b, inst, target, Op.JUMP) ? 1 : 0;
          continue;
        }
        if (target.op === Op.JUMP_NO_INTERRUPT) {
          i -= jumpThread(b, inst, target, opcode) ? 1 : 0;
          continue;
        }
        break;
      case Op.STORE_FAST:
        if (opcode === nextOp && oparg === b.instrs[i + 1].arg && inst.loc.lineno === b.instrs[i + 1].loc.lineno) {
          inst.op = Op.POP_TOP;
          inst.arg = 0;
        }
        break;
      case Op.SWAP:
        if (oparg === 1) setOp0(inst, Op.NOP);
        break;
      case Op.LOAD_GLOBAL:
        if (nextOp === Op.PUSH_NULL && (oparg & 1) === 0) {
          setOp1(inst, Op.LOAD_GLOBAL, oparg | 1);
          setOp0(b.instrs[i + 1], Op.NOP);
        }
        break;
      case Op.COMPARE_OP:
        if (nextOp === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(b.instrs[i + 1], Op.COMPARE_OP, oparg | 16);
          continue;
        }
        break;
      case Op.CONTAINS_OP: case Op.IS_OP:
        if (nextOp === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp1(b.instrs[i + 1], opcode, oparg);
          continue;
        }
        if (nextOp === Op.UNARY_NOT) {
          setOp0(inst, Op.NOP);
          setOp1(b.instrs[i + 1], opcode, oparg ^ 1);
          continue;
        }
        break;
      case Op.TO_BOOL:
        if (nextOp === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          continue;
        }
        break;
      case Op.UNARY_NOT:
        if (nextOp === Op.TO_BOOL) {
          setOp0(inst, Op.NOP);
          setOp0(b.instrs[i + 1], Op.UNARY_NOT);
          continue;
        }
        if (nextOp === Op.UNARY_NOT) {
          setOp0(inst, Op.NOP);
          setOp0(b.instrs[i + 1], Op.NOP);
          continue;
        }
        foldConstUnaryop(b, i, consts);
        break;
      case Op.UNARY_INVERT: case Op.UNARY_NEGATIVE:
        foldConstUnaryop(b, i, consts);
        break;
      case Op.CALL_INTRINSIC_1:
        if (oparg === Intrinsic1.LIST_TO_TUPLE) {
          if (nextOp === Op.GET_ITER) setOp0(inst, Op.NOP);
          else foldConstantIntrinsicListToTuple(b, i, consts);
        } else if (oparg === Intrinsic1.UNARY_POSITIVE) {
          foldConstUnaryop(b, i, consts);
        }
        break;
      case Op.BINARY_OP:
        foldConstBinop(b, i, consts);
        break;
    }
  }
  for (let i = 0; i < b.instrs.length; i++) {
    if (b.instrs[i].op === Op.SWAP) {
      i = swaptimize(b, i);
      applyStaticSwaps(b, i);
    }
  }
}

function optimizeCfg(g: CfgBuilder, consts: ConstList, opts: FoldOptions): void {
  checkCfg(g);
  inlineSmallOrNoLinenoBlocks(g);
  removeUnreachable(g);
  resolveLineNumbers(g);
  for (const b of g) blockOptimizeLoadConst(b, consts);
  for (const b of g) optimizeBasicBlock(b, consts, opts);
  removeRedundantNopsAndPairs(g);
  removeUnreachable(g);
  removeRedundantNopsAndJumps(g);
}

// ---- superinstructions ----

function makeSuperInstruction(a: CfgInstr, b: CfgInstr, op: number): void {
  const l1 = a.loc.lineno, l2 = b.loc.lineno;
  if (l1 >= 0 && l2 >= 0 && l1 !== l2) return;
  if (a.arg >= 16 || b.arg >= 16) return;
  setOp1(a, op, (a.arg << 4) | b.arg);
  setOp0(b, Op.NOP);
}

function insertSuperinstructions(g: CfgBuilder): void {
  for (const b of g) {
    for (let i = 0; i < b.instrs.length; i++) {
      const inst = b.instrs[i];
      const nextOp = i + 1 < b.instrs.length ? b.instrs[i + 1].op : 0;
      if (inst.op === Op.LOAD_FAST) {
        if (nextOp === Op.LOAD_FAST) makeSuperInstruction(inst, b.instrs[i + 1], Op.LOAD_FAST_LOAD_FAST);
      } else if (inst.op === Op.STORE_FAST) {
        if (nextOp === Op.LOAD_FAST) makeSuperInstruction(inst, b.instrs[i + 1], Op.STORE_FAST_LOAD_FAST);
        else if (nextOp === Op.STORE_FAST) makeSuperInstruction(inst, b.instrs[i + 1], Op.STORE_FAST_STORE_FAST);
      }
    }
  }
  removeRedundantNops(g);
}

// ---- LOAD_FAST_BORROW (optimize_load_fast) ----

const NOT_LOCAL = -1, DUMMY_INSTR = -1;
const SUPPORT_KILLED = 1, STORED_AS_LOCAL = 2, REF_UNCONSUMED = 4;

interface Ref { instr: number; local: number }

function optimizeLoadFast(g: CfgBuilder): void {
  resetVisited(g);
  const work: Block[] = [g.entry];
  g.entry.startDepth = 0;
  g.entry.visited = true;
  const pushBlock = (t: Block, depth: number) => {
    if (t.startDepth !== depth) throw new Error("optimize_load_fast: inconsistent stack depth");
    if (!t.visited) {
      t.visited = true;
      work.push(t);
    }
  };
  while (work.length) {
    const block = work.pop()!;
    const flags = new Uint8Array(block.instrs.length);
    const refs: Ref[] = [];
    for (let i = 0; i < block.startDepth; i++) refs.push({ instr: DUMMY_INSTR, local: NOT_LOCAL });
    const killLocal = (local: number) => {
      for (const r of refs) if (r.local === local) flags[r.instr] |= SUPPORT_KILLED;
    };
    const storeLocal = (local: number, r: Ref) => {
      killLocal(local);
      if (r.instr !== DUMMY_INSTR) flags[r.instr] |= STORED_AS_LOCAL;
    };
    block.instrs.forEach((instr, i) => {
      const op = instr.op, oparg = instr.arg;
      switch (op) {
        case Op.LOAD_FAST:
          refs.push({ instr: i, local: oparg });
          break;
        case Op.LOAD_FAST_AND_CLEAR:
          killLocal(oparg);
          refs.push({ instr: i, local: oparg });
          break;
        case Op.DELETE_FAST:
          killLocal(oparg);
          break;
        case Op.LOAD_FAST_LOAD_FAST:
          refs.push({ instr: i, local: oparg >> 4 });
          refs.push({ instr: i, local: oparg & 15 });
          break;
        case Op.STORE_FAST:
          storeLocal(oparg, refs.pop()!);
          break;
        case Op.STORE_FAST_LOAD_FAST:
          storeLocal(oparg >> 4, refs.pop()!);
          refs.push({ instr: i, local: oparg & 15 });
          break;
        case Op.STORE_FAST_STORE_FAST:
          storeLocal(oparg >> 4, refs.pop()!);
          storeLocal(oparg & 15, refs.pop()!);
          break;
        case Op.COPY: {
          const r = refs[refs.length - oparg];
          refs.push({ instr: r.instr, local: r.local });
          break;
        }
        case Op.SWAP: {
          const idx = refs.length - oparg, top = refs.length - 1;
          const tmp = refs[idx];
          refs[idx] = refs[top];
          refs[top] = tmp;
          break;
        }
        // opcodes that leave their inputs on the stack (FORMAT_SIMPLE and GET_YIELD_FROM_ITER may
        // hand their input back as the result, so it counts as not consumed; as CPython 3.14)
        case Op.FORMAT_SIMPLE: case Op.GET_ANEXT: case Op.GET_LEN: case Op.GET_YIELD_FROM_ITER: case Op.IMPORT_FROM:
        case Op.MATCH_KEYS: case Op.MATCH_MAPPING: case Op.MATCH_SEQUENCE: case Op.WITH_EXCEPT_START: {
          const net = numPushed(op, oparg) - numPopped(op, oparg);
          // CPython's loop counter shadows the instruction index here, so the pushed references are
          // attributed to instructions 0, 1, ... of the block: kept, for the same result
          for (let k = 0; k < net; k++) refs.push({ instr: k, local: NOT_LOCAL });
          break;
        }
        case Op.DICT_MERGE: case Op.DICT_UPDATE: case Op.LIST_APPEND: case Op.LIST_EXTEND: case Op.MAP_ADD:
        case Op.RERAISE: case Op.SET_ADD: case Op.SET_UPDATE: {
          const net = numPopped(op, oparg) - numPushed(op, oparg);
          for (let k = 0; k < net; k++) refs.pop();
          break;
        }
        case Op.CHECK_EXC_MATCH:
          refs.pop();
          refs.push({ instr: i, local: NOT_LOCAL });
          break;
        case Op.FOR_ITER:
          pushBlock(instr.target!, refs.length + 1);
          refs.push({ instr: i, local: NOT_LOCAL });
          break;
        case Op.LOAD_ATTR: case Op.LOAD_SUPER_ATTR: {
          const self = refs.pop()!;
          if (op === Op.LOAD_SUPER_ATTR) {
            refs.pop();
            refs.pop();
          }
          refs.push({ instr: i, local: NOT_LOCAL });
          if (oparg & 1) refs.push({ instr: self.instr, local: self.local });
          break;
        }
        case Op.LOAD_SPECIAL: {
          // (owner -- attr, self): the owner stays on the stack as self (CPython 3.14)
          const self = refs.pop()!;
          refs.push({ instr: i, local: NOT_LOCAL });
          refs.push({ instr: self.instr, local: self.local });
          break;
        }
        case Op.SEND:
          pushBlock(instr.target!, refs.length);
          refs.pop();
          refs.push({ instr: i, local: NOT_LOCAL });
          break;
        default: {
          const popped = numPopped(op, oparg), pushed = numPushed(op, oparg);
          if (hasTarget(op)) pushBlock(instr.target!, refs.length - popped + pushed);
          if (!isBlockPush(op)) {
            for (let k = 0; k < popped; k++) refs.pop();
            for (let k = 0; k < pushed; k++) refs.push({ instr: i, local: NOT_LOCAL });
          }
        }
      }
    });
    const term = lastInstr(block);
    if (term && block.next && !(isUncondJump(term.op) || isScopeExit(term.op))) pushBlock(block.next, refs.length);
    for (const r of refs) if (r.instr !== -1) flags[r.instr] |= REF_UNCONSUMED;
    block.instrs.forEach((instr, i) => {
      if (flags[i]) return;
      if (instr.op === Op.LOAD_FAST) instr.op = Op.LOAD_FAST_BORROW;
      else if (instr.op === Op.LOAD_FAST_LOAD_FAST) instr.op = Op.LOAD_FAST_BORROW_LOAD_FAST_BORROW;
    });
  }
}

// ---- LOAD_FAST_CHECK (add_checks_for_loads_of_uninitialized_variables) ----

function maybePush(b: Block, mask: bigint, stack: Block[]): void {
  const both = b.unsafeLocalsMask | mask;
  if (b.unsafeLocalsMask !== both) {
    b.unsafeLocalsMask = both;
    if (!b.visited) {
      stack.push(b);
      b.visited = true;
    }
  }
}

function scanBlockForLocals(b: Block, stack: Block[]): void {
  let mask = b.unsafeLocalsMask;
  for (const i of b.instrs) {
    if (i.except) maybePush(i.except, mask, stack);
    if (i.arg >= 64) continue;
    const bit = 1n << BigInt(i.arg);
    switch (i.op) {
      case Op.DELETE_FAST: case Op.LOAD_FAST_AND_CLEAR: case Op.STORE_FAST_MAYBE_NULL:
        mask |= bit;
        break;
      case Op.STORE_FAST: case Op.LOAD_FAST_CHECK:
        mask &= ~bit;
        break;
      case Op.LOAD_FAST:
        if (mask & bit) i.op = Op.LOAD_FAST_CHECK;
        mask &= ~bit;
        break;
    }
  }
  if (b.next && hasFallthrough(b)) maybePush(b.next, mask, stack);
  const last = lastInstr(b);
  if (last && isJumpOp(last.op)) maybePush(last.target!, mask, stack);
}

function fastScanManyLocals(g: CfgBuilder, nlocals: number): void {
  const states = new Array<number>(nlocals - 64).fill(0);
  let blocknum = 0;
  for (const b of g) {
    blocknum++;
    for (const i of b.instrs) {
      const arg = i.arg;
      if (arg < 64) continue;
      switch (i.op) {
        case Op.DELETE_FAST: case Op.LOAD_FAST_AND_CLEAR: case Op.STORE_FAST_MAYBE_NULL:
          states[arg - 64] = blocknum - 1;
          break;
        case Op.STORE_FAST:
          states[arg - 64] = blocknum;
          break;
        case Op.LOAD_FAST:
          if (states[arg - 64] !== blocknum) i.op = Op.LOAD_FAST_CHECK;
          states[arg - 64] = blocknum;
          break;
      }
    }
  }
}

function addChecksForLoadsOfUninitializedVariables(g: CfgBuilder, nlocals: number, nparams: number): void {
  if (nlocals === 0) return;
  if (nlocals > 64) {
    fastScanManyLocals(g, nlocals);
    nlocals = 64;
  }
  resetVisited(g);
  const stack: Block[] = [];
  let startMask = 0n;
  for (let i = nparams; i < nlocals; i++) startMask |= 1n << BigInt(i);
  maybePush(g.entry, startMask, stack);
  for (const b of g) scanBlockForLocals(b, stack);
  while (stack.length) {
    const b = stack.pop()!;
    b.visited = false;
    scanBlockForLocals(b, stack);
  }
}

// ---- unused constants ----

function removeUnusedConsts(g: CfgBuilder, consts: ConstList): void {
  const n = consts.items.length;
  if (n === 0) return;
  const indexMap = new Array<number>(n).fill(-1);
  indexMap[0] = 0; // the first constant may be the docstring: always kept
  for (const b of g) for (const i of b.instrs) if (i.op === Op.LOAD_CONST) indexMap[i.arg] = i.arg;
  const used: number[] = [];
  for (let i = 0; i < n; i++) if (indexMap[i] !== -1) used.push(i);
  if (used.length === n) return;
  const reverse = new Array<number>(n).fill(-1);
  used.forEach((old, k) => { reverse[old] = k; });
  const items = used.map((old) => consts.items[old]);
  consts.items.length = 0;
  consts.items.push(...items);
  consts.reset();
  for (const b of g) for (const i of b.instrs) if (i.op === Op.LOAD_CONST) i.arg = reverse[i.arg];
}

// ---- cold blocks ----

function markWarm(g: CfgBuilder): void {
  resetVisited(g);
  const stack: Block[] = [g.entry];
  g.entry.visited = true;
  while (stack.length) {
    const b = stack.pop()!;
    b.warm = true;
    const next = b.next;
    if (next && hasFallthrough(b) && !next.visited) {
      stack.push(next);
      next.visited = true;
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op) && !i.target!.visited) {
        stack.push(i.target!);
        i.target!.visited = true;
      }
    }
  }
}

function markCold(g: CfgBuilder): void {
  markWarm(g);
  resetVisited(g);
  const stack: Block[] = [];
  for (const b of g) {
    if (b.exceptHandler) {
      stack.push(b);
      b.visited = true;
    }
  }
  while (stack.length) {
    const b = stack.pop()!;
    b.cold = true;
    const next = b.next;
    if (next && hasFallthrough(b)) {
      if (!next.warm && !next.visited) {
        stack.push(next);
        next.visited = true;
      }
    }
    for (const i of b.instrs) {
      if (isJumpOp(i.op)) {
        const t = i.target!;
        if (!t.warm && !t.visited) {
          stack.push(t);
          t.visited = true;
        }
      }
    }
  }
}

function pushColdBlocksToEnd(g: CfgBuilder): void {
  const entry = g.entry;
  if (entry.next === null) return;
  markCold(g);
  let nextLbl = maxLabel(g) + 1;
  for (let b: Block | null = entry; b; b = b.next) {
    if (b.cold && hasFallthrough(b) && b.next && b.next.warm) {
      const explicit = g.newBlock();
      if (b.next.label < 0) b.next.label = nextLbl++;
      addop(explicit, { op: Op.JUMP_NO_INTERRUPT, arg: b.next.label, loc: NO_LOCATION, target: b.next });
      explicit.cold = true;
      explicit.next = b.next;
      explicit.predecessors = 1;
      b.next = explicit;
    }
  }
  let coldBlocks: Block | null = null, coldTail: Block | null = null;
  let b: Block = entry;
  while (b.next) {
    while (b.next && !b.next.cold) b = b.next;
    if (b.next === null) break;
    let end: Block = b.next;
    while (end.next && end.next.cold) end = end.next;
    if (coldBlocks === null) coldBlocks = b.next;
    else coldTail!.next = b.next;
    coldTail = end;
    b.next = end.next;
    end.next = null;
  }
  b.next = coldBlocks;
  if (coldBlocks !== null) removeRedundantNopsAndJumps(g);
}

// ---- line numbers ----

function isExitOrEvalCheckWithoutLineno(b: Block): boolean {
  if (exitsScope(b) || blockHasEvalBreak(b)) return hasNoLineno(b);
  return false;
}

function duplicateExitsWithoutLineno(g: CfgBuilder): void {
  let nextLbl = maxLabel(g) + 1;
  for (const b of g) {
    const last = lastInstr(b);
    if (!last) continue;
    if (isJumpOp(last.op)) {
      const target = nextNonEmpty(last.target)!;
      if (isExitOrEvalCheckWithoutLineno(target) && target.predecessors > 1) {
        const nt = copyBlock(g, target);
        nt.instrs[0].loc = last.loc;
        last.target = nt;
        target.predecessors--;
        nt.predecessors = 1;
        nt.next = target.next;
        nt.label = nextLbl++;
        target.next = nt;
      }
    }
  }
  for (const b of g) {
    if (hasFallthrough(b) && b.next && b.instrs.length > 0) {
      if (isExitOrEvalCheckWithoutLineno(b.next)) b.next.instrs[0].loc = lastInstr(b)!.loc;
    }
  }
}

function propagateLineNumbers(g: CfgBuilder): void {
  for (const b of g) {
    const last = lastInstr(b);
    if (!last) continue;
    let prev = NO_LOCATION;
    for (const i of b.instrs) {
      if (i.loc.lineno === NO_LOCATION.lineno) i.loc = prev;
      else prev = i.loc;
    }
    if (hasFallthrough(b) && b.next!.predecessors === 1) {
      if (b.next!.instrs.length > 0 && b.next!.instrs[0].loc.lineno === NO_LOCATION.lineno) b.next!.instrs[0].loc = prev;
    }
    if (isJumpOp(last.op)) {
      const t = last.target!;
      // (an empty target: C writes into the unused slot; nothing observable)
      if (t.predecessors === 1 && t.instrs.length && t.instrs[0].loc.lineno === NO_LOCATION.lineno) t.instrs[0].loc = prev;
    }
  }
}

function resolveLineNumbers(g: CfgBuilder): void {
  duplicateExitsWithoutLineno(g);
  propagateLineNumbers(g);
}

/** _PyCfg_OptimizeCodeUnit */
export function optimizeCodeUnit(g: CfgBuilder, consts: ConstList, nlocals: number, nparams: number, opts: FoldOptions): void {
  translateJumpLabelsToTargets(g);
  markExceptHandlers(g);
  labelExceptionTargets(g);
  optimizeCfg(g, consts, opts);
  removeUnusedConsts(g, consts);
  addChecksForLoadsOfUninitializedVariables(g, nlocals, nparams);
  insertSuperinstructions(g);
  pushColdBlocksToEnd(g);
  resolveLineNumbers(g);
}

// ---- to the instruction sequence ----

function convertPseudoConditionalJumps(g: CfgBuilder): void {
  for (const b of g) {
    for (let i = 0; i < b.instrs.length; i++) {
      const ins = b.instrs[i];
      if (ins.op === Op.JUMP_IF_FALSE || ins.op === Op.JUMP_IF_TRUE) {
        ins.op = ins.op === Op.JUMP_IF_FALSE ? Op.POP_JUMP_IF_FALSE : Op.POP_JUMP_IF_TRUE;
        const loc = ins.loc;
        insertInstr(b, i++, { op: Op.COPY, arg: 1, loc, target: null, except: ins.except });
        insertInstr(b, i++, { op: Op.TO_BOOL, arg: 0, loc, target: null, except: ins.except });
      }
    }
  }
}

function calculateStackdepth(g: CfgBuilder): number {
  for (const b of g) b.startDepth = INT_MIN;
  const stack: Block[] = [];
  const push = (b: Block, depth: number) => {
    if (!(b.startDepth < 0 || b.startDepth === depth)) throw new Error("Invalid CFG, inconsistent stackdepth");
    if (b.startDepth < depth && b.startDepth < 100) {
      b.startDepth = depth;
      stack.push(b);
    }
  };
  let maxdepth = 0;
  push(g.entry, 0);
  while (stack.length) {
    const b = stack.pop()!;
    let depth = b.startDepth;
    let next = b.next;
    for (const i of b.instrs) {
      const newDepth = depth + stackEffect(i.op, i.arg, 0);
      if (newDepth < 0) throw new Error("Invalid CFG, stack underflow");
      maxdepth = Math.max(maxdepth, depth);
      if (hasTarget(i.op) && i.op !== Op.END_ASYNC_FOR) {
        const targetDepth = depth + stackEffect(i.op, i.arg, 1);
        maxdepth = Math.max(maxdepth, depth);
        push(i.target!, targetDepth);
      }
      depth = newDepth;
      if (isUncondJump(i.op) || isScopeExit(i.op)) {
        next = null;
        break;
      }
    }
    if (next !== null) push(next, depth);
  }
  return maxdepth;
}

/** What prepare_localsplus needs to know about the unit's names (compile.c u_metadata). */
export interface LocalsInfo {
  /** varnames in slot order */
  varnames: string[];
  /** cellvars in cell-index order */
  cellvars: string[];
  nfreevars: number;
  isGenerator: boolean;
  firstLineno: number;
}

const DEREF_OPS = new Set<number>([
  Op.MAKE_CELL, Op.LOAD_CLOSURE, Op.LOAD_DEREF, Op.STORE_DEREF, Op.DELETE_DEREF, Op.LOAD_FROM_DICT_OR_DEREF,
]);

/** prepare_localsplus: insert MAKE_CELL / COPY_FREE_VARS / RETURN_GENERATOR, renumber derefs. */
function prepareLocalsplus(g: CfgBuilder, info: LocalsInfo): number {
  const nlocals = info.varnames.length, ncells = info.cellvars.length, nfree = info.nfreevars;
  let nlocalsplus = nlocals + ncells + nfree;
  // build_cellfixedoffsets
  const fixed: number[] = [];
  for (let i = 0; i < ncells + nfree; i++) fixed.push(nlocals + i);
  info.cellvars.forEach((name, ci) => {
    const vi = info.varnames.indexOf(name);
    if (vi >= 0) fixed[ci] = vi;
  });
  // insert_prefix_instructions
  const entry = g.entry;
  const mk = (op: number, arg: number, loc: Location): CfgInstr => ({ op, arg, loc, target: null, except: null });
  if (info.isGenerator) {
    const loc = { lineno: info.firstLineno, end_lineno: info.firstLineno, col_offset: -1, end_col_offset: -1 };
    insertInstr(entry, 0, mk(Op.RETURN_GENERATOR, 0, loc));
    insertInstr(entry, 1, mk(Op.POP_TOP, 0, loc));
  }
  if (ncells) {
    const sorted = new Array<number>(ncells + nlocals).fill(0);
    for (let i = 0; i < ncells; i++) sorted[fixed[i]] = i + 1;
    for (let i = 0, used = 0; used < ncells; i++) {
      const old = sorted[i] - 1;
      if (old === -1) continue;
      insertInstr(entry, used, mk(Op.MAKE_CELL, old, NO_LOCATION));
      used++;
    }
  }
  if (nfree) insertInstr(entry, 0, mk(Op.COPY_FREE_VARS, nfree, NO_LOCATION));
  // fix_cell_offsets
  let dropped = 0;
  for (let i = 0; i < ncells + nfree; i++) {
    if (fixed[i] === i + nlocals) fixed[i] -= dropped;
    else dropped++;
  }
  for (const b of g) for (const i of b.instrs) if (DEREF_OPS.has(i.op)) i.arg = fixed[i.arg];
  nlocalsplus -= dropped;
  return nlocalsplus;
}

function convertPseudoOps(g: CfgBuilder): void {
  for (const b of g) {
    for (const i of b.instrs) {
      if (isBlockPush(i.op)) {
        setOp0(i, Op.NOP);
        i.target = null;
      } else if (i.op === Op.LOAD_CLOSURE) {
        i.op = Op.LOAD_FAST;
      } else if (i.op === Op.STORE_FAST_MAYBE_NULL) {
        i.op = Op.STORE_FAST;
      }
    }
  }
  removeRedundantNopsAndJumps(g);
}

function normalizeJumpsInBlock(g: CfgBuilder, b: Block): void {
  const last = lastInstr(b);
  if (!last || !isCondJump(last.op)) return;
  const forward = !last.target!.visited;
  if (forward) {
    addop(b, { op: Op.NOT_TAKEN, arg: 0, loc: last.loc, target: null });
    return;
  }
  const reversed = last.op === Op.POP_JUMP_IF_NOT_NONE ? Op.POP_JUMP_IF_NONE
    : last.op === Op.POP_JUMP_IF_NONE ? Op.POP_JUMP_IF_NOT_NONE
    : last.op === Op.POP_JUMP_IF_FALSE ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE;
  const target = last.target!;
  const back = g.newBlock();
  addop(back, { op: Op.NOT_TAKEN, arg: 0, loc: last.loc, target: null });
  addJump(back, Op.JUMP, target, last.loc);
  back.startDepth = target.startDepth;
  last.op = reversed;
  last.target = b.next;
  back.cold = b.cold;
  back.next = b.next;
  b.next = back;
}

function normalizeJumps(g: CfgBuilder): void {
  for (const b of g) b.visited = false;
  for (let b: Block | null = g.entry; b; b = b.next) {
    b.visited = true;
    normalizeJumpsInBlock(g, b);
  }
}

/** _PyCfg_OptimizedCfgToInstructionSequence: returns the instructions (targets and handlers as
 * instruction indices), the stack depth and the number of fast slots. */
export function optimizedCfgToInstructions(g: CfgBuilder, info: LocalsInfo): { instrs: SeqInstr[]; stackdepth: number; nlocalsplus: number } {
  convertPseudoConditionalJumps(g);
  const stackdepth = calculateStackdepth(g);
  const nlocalsplus = prepareLocalsplus(g, info);
  convertPseudoOps(g);
  normalizeJumps(g);
  optimizeLoadFast(g);
  // _PyCfg_ToInstructionSequence: a label per block, then the label map
  const blocks = [...g];
  blocks.forEach((b, k) => { b.label = k; });
  const start = new Array<number>(blocks.length);
  const instrs: SeqInstr[] = [];
  const pending: Array<{ ins: SeqInstr; target: Block | null; except: Block | null }> = [];
  blocks.forEach((b, k) => {
    start[k] = instrs.length;
    for (const i of b.instrs) {
      const ins: SeqInstr = { op: i.op, arg: i.arg, loc: i.loc, handler: null, target: -1, offset: 0 };
      instrs.push(ins);
      pending.push({ ins, target: hasTarget(i.op) ? i.target : null, except: i.except });
    }
  });
  for (const { ins, target, except } of pending) {
    if (target) ins.arg = start[target.label];
    ins.handler = except
      ? { label: start[except.label], startDepth: except.startDepth, preserveLasti: except.preserveLasti }
      : null;
  }
  return { instrs, stackdepth, nlocalsplus };
}
