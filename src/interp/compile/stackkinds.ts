// Where a frame may jump when a trace function sets f_lineno: the kind of every value on the stack
// before each instruction, and the first instruction of each line. CPython: Objects/frameobject.c
// mark_stacks, marklines, first_line_not_before, compatible_stack, explain_incompatible_stack.
// A stack is encoded as CPython encodes it: 3 bits per entry, the top in the low bits, in a 64-bit
// integer (here a bigint), so that "the deeper stack" is the larger number, as there.
import type { CodeObject } from "./code.js";
import { decodeLineTable } from "./linetable.js";
import { instructionSize, Op, stackEffect } from "./opcodes.js";

export const enum Kind { Iterator = 1, Except = 2, Object = 3, Null = 4, Lasti = 5 }

const BITS = 3n;
const MASK = 7n;
export const UNINITIALIZED = -2n;
export const OVERFLOWED = -1n;
const EMPTY = 0n;
const MAX_STACK_ENTRIES = 63n / BITS;
const WILL_OVERFLOW = 1n << ((MAX_STACK_ENTRIES - 1n) * BITS);

function push(stack: bigint, kind: Kind): bigint {
  return stack >= WILL_OVERFLOW ? OVERFLOWED : (stack << BITS) | BigInt(kind);
}
export function pop(stack: bigint): bigint {
  return stack >> BITS; // arithmetic: OVERFLOWED stays negative
}
export function top(stack: bigint): Kind {
  return Number(stack & MASK) as Kind;
}
function peek(stack: bigint, n: number): Kind {
  return Number((stack >> (BITS * BigInt(n - 1))) & MASK) as Kind;
}
function swap(stack: bigint, n: number): bigint {
  const toKind = peek(stack, n), fromKind = top(stack);
  const shift = BITS * BigInt(n - 1);
  const replaced = (stack & ~(MASK << shift)) | (BigInt(fromKind) << shift);
  return (replaced & ~MASK) | BigInt(toKind);
}
function popToLevel(stack: bigint, level: number): bigint {
  if (level === 0) return EMPTY;
  const max = (1n << (BITS * BigInt(level))) - 1n;
  while (stack > max) stack = pop(stack);
  return stack;
}

/** The stack before each code unit (UNINITIALIZED where unreachable). CPython: mark_stacks. */
export function markStacks(code: CodeObject): bigint[] {
  const units = code.baseCode ?? code.code;
  const len = units.length;
  const stacks: bigint[] = new Array(len + 1).fill(UNINITIALIZED);
  stacks[0] = EMPTY;
  const set = (j: number, s: bigint): void => {
    if (j >= 0 && j <= len) stacks[j] = s;
  };
  let todo = true;
  while (todo) {
    todo = false;
    for (let i = 0; i < len;) {
      let next = stacks[i];
      let op = units[i] & 0xff, oparg = units[i] >> 8;
      while (op === Op.EXTENDED_ARG) {
        i++;
        stacks[i] = next;
        op = units[i] & 0xff;
        oparg = (oparg << 8) | (units[i] >> 8);
      }
      const nextI = i + instructionSize(op);
      if (next === UNINITIALIZED) {
        i = nextI;
        continue;
      }
      switch (op) {
        case Op.POP_JUMP_IF_FALSE: case Op.POP_JUMP_IF_TRUE: case Op.POP_JUMP_IF_NONE: case Op.POP_JUMP_IF_NOT_NONE:
          next = pop(next);
          set(nextI + oparg, next);
          set(nextI, next);
          break;
        case Op.SEND:
          set(nextI + oparg, next);
          set(nextI, next);
          break;
        case Op.JUMP_FORWARD:
          set(nextI + oparg, next);
          break;
        case Op.JUMP_BACKWARD: case Op.JUMP_BACKWARD_NO_INTERRUPT: {
          const j = nextI - oparg;
          if (stacks[j] === UNINITIALIZED && j < i) todo = true;
          set(j, next);
          break;
        }
        case Op.GET_ITER: case Op.GET_AITER:
          set(nextI, push(pop(next), Kind.Iterator));
          break;
        case Op.FOR_ITER: {
          const target = push(next, Kind.Object);
          set(nextI, target);
          set(nextI + oparg, target); // END_FOR, which pops the value the loop did not get
          break;
        }
        case Op.END_ASYNC_FOR:
          set(nextI, pop(pop(next)));
          break;
        case Op.PUSH_EXC_INFO:
          set(nextI, push(next, Kind.Except));
          break;
        case Op.POP_EXCEPT:
          set(nextI, pop(next));
          break;
        case Op.RETURN_VALUE: case Op.RAISE_VARARGS: case Op.RERAISE:
          break;
        case Op.PUSH_NULL:
          set(nextI, push(next, Kind.Null));
          break;
        case Op.LOAD_GLOBAL:
          next = push(next, Kind.Object);
          if (oparg & 1) next = push(next, Kind.Null);
          set(nextI, next);
          break;
        case Op.LOAD_ATTR:
          if (oparg & 1) next = push(push(pop(next), Kind.Object), Kind.Null);
          set(nextI, next);
          break;
        case Op.SWAP:
          set(nextI, swap(next, oparg));
          break;
        case Op.COPY:
          set(nextI, push(next, peek(next, oparg)));
          break;
        default: {
          let delta = stackEffect(op, oparg, false);
          while (delta < 0) { next = pop(next); delta++; }
          while (delta > 0) { next = push(next, Kind.Object); delta--; }
          set(nextI, next);
        }
      }
      i = nextI;
    }
    // exception handlers: the stack unwound to the handler's depth, then (lasti) and the exception
    for (const h of code.exceptionTable) {
      if (stacks[h.start] !== UNINITIALIZED && stacks[h.target] === UNINITIALIZED) {
        todo = true;
        let s = popToLevel(stacks[h.start], h.depth);
        if (h.lasti) s = push(s, Kind.Lasti);
        stacks[h.target] = push(s, Kind.Except);
      }
    }
  }
  return stacks;
}

/** The line each code unit starts, -1 elsewhere (a line is marked once per run of it in address
 *  order). CPython: marklines. */
export function markLines(code: CodeObject): Int32Array {
  const lines = new Int32Array(code.code.length).fill(-1);
  let last = -1;
  for (const e of decodeLineTable(code.co_linetable, code.co_firstlineno)) {
    if (e.lineno !== last && e.lineno !== -1) {
      if (e.start < lines.length) lines[e.start] = e.lineno;
      last = e.lineno;
    }
  }
  return lines;
}

/** The smallest marked line at or after `line`, or -1. CPython: first_line_not_before. */
export function firstLineNotBefore(lines: Int32Array, line: number): number {
  let result = 0x7fffffff;
  for (const l of lines) if (l < result && l >= line) result = l;
  return result === 0x7fffffff ? -1 : result;
}

function compatibleKind(from: Kind, to: Kind): boolean {
  if ((to as number) === 0) return false;
  if (to === Kind.Object) return from !== Kind.Null;
  if (to === Kind.Null) return true;
  return from === to;
}

/** Can a frame with stack `from` go on with stack `to`? CPython: compatible_stack. */
export function compatibleStack(from: bigint, to: bigint): boolean {
  if (from < 0n || to < 0n) return false;
  while (from > to) from = pop(from);
  while (from) {
    if (!compatibleKind(top(from), top(to))) return false;
    from = pop(from);
    to = pop(to);
  }
  return to === 0n;
}

/** CPython: explain_incompatible_stack. */
export function explainIncompatibleStack(to: bigint): string {
  if (to === OVERFLOWED) return "stack is too deep to analyze";
  if (to === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top(to)) {
    case Kind.Except: return "can't jump into an 'except' block as there's no exception";
    case Kind.Lasti: return "can't jump into a re-raising block as there's no location";
    case Kind.Iterator: return "can't jump into the body of a for loop";
    default: return "incompatible stacks"; // Object, Null
  }
}
