// The SRE matching engine: an interpreter of the code Lib/re/_compiler.py produces, over a string of
// code points (str) or bytes. A port of Modules/_sre/sre_lib.h: SRE(match) does not recurse on the
// JS stack per character; like CPython it keeps its own stack of match contexts and "jumps" into a
// child context where CPython's DO_JUMP does, resuming the parent at the matching label when the
// child returns. Marks saved for backtracking (MARK_PUSH/MARK_POP) live on a separate stack.
// CPython: Modules/_sre/sre_lib.h (SRE(count), SRE(match)).
import { nativeTick } from "../../../objects/interrupt.js";
import { MAXREPEAT, Op } from "./constants.js";
import { category, charLocIgnore, isLinebreak, lowerAscii, lowerLocale, lowerUnicode } from "./chars.js";
import { at, charset, charsetLocIgnore, internalError, type Chars, type Code, type Repeat, type State } from "./state.js";

/** SRE(count): how many times (at most maxcount) the single-character item at code[pc] matches
 * from state.ptr. */
function count(state: State, code: Code, pc: number, maxcount: number): number {
  const s = state.s;
  let ptr = state.ptr;
  let end = state.end;
  if (maxcount < end - ptr && maxcount !== MAXREPEAT) end = ptr + maxcount;
  let chr: number;
  switch (code[pc]) {
    case Op.IN:
      while (ptr < end && charset(code, pc + 2, s[ptr])) ptr++;
      break;
    case Op.ANY:
      while (ptr < end && !isLinebreak(s[ptr])) ptr++;
      break;
    case Op.ANY_ALL:
      ptr = end;
      break;
    case Op.LITERAL:
      chr = code[pc + 1];
      while (ptr < end && s[ptr] === chr) ptr++;
      break;
    case Op.LITERAL_IGNORE:
      chr = code[pc + 1];
      while (ptr < end && lowerAscii(s[ptr]) === chr) ptr++;
      break;
    case Op.LITERAL_UNI_IGNORE:
      chr = code[pc + 1];
      while (ptr < end && lowerUnicode(s[ptr]) === chr) ptr++;
      break;
    case Op.LITERAL_LOC_IGNORE:
      chr = code[pc + 1];
      while (ptr < end && charLocIgnore(chr, s[ptr])) ptr++;
      break;
    case Op.NOT_LITERAL:
      chr = code[pc + 1];
      while (ptr < end && s[ptr] !== chr) ptr++;
      break;
    case Op.NOT_LITERAL_IGNORE:
      chr = code[pc + 1];
      while (ptr < end && lowerAscii(s[ptr]) !== chr) ptr++;
      break;
    case Op.NOT_LITERAL_UNI_IGNORE:
      chr = code[pc + 1];
      while (ptr < end && lowerUnicode(s[ptr]) !== chr) ptr++;
      break;
    case Op.NOT_LITERAL_LOC_IGNORE:
      chr = code[pc + 1];
      while (ptr < end && !charLocIgnore(chr, s[ptr])) ptr++;
      break;
    default:
      // repeated single character pattern
      while (state.ptr < end) {
        if (!match(state, code, pc, false)) break;
      }
      return state.ptr - ptr;
  }
  return ptr - state.ptr;
}

// Resume labels (CPython's JUMP_* values) and internal loop labels.
const enum J {
  NONE = 0, MAX_UNTIL_1, MAX_UNTIL_2, MAX_UNTIL_3, MIN_UNTIL_1, MIN_UNTIL_2, MIN_UNTIL_3, REPEAT, REPEAT_ONE_1,
  REPEAT_ONE_2, MIN_REPEAT_ONE, BRANCH, ASSERT, ASSERT_NOT, POSS_REPEAT_1, POSS_REPEAT_2, ATOMIC_GROUP,
}
const enum L {
  ENTER = 100, DISPATCH, EXIT, BRANCH_LOOP, REPEAT_ONE_1_LOOP, REPEAT_ONE_2_LOOP, MIN_REPEAT_ONE_LOOP, MAX_UNTIL_TAIL,
  POSS_MIN_LOOP, POSS_LOOP, POSS_TAIL,
}

/** SRE(match_context) */
/** SRE(match_context); reused from a pool (the Matcher's stack) */
class Ctx {
  count = 0;
  rep: Repeat | null = null;
  chr = 0;
  lastmark = -1;
  lastindex = -1;
  /** the rep->last_ptr CPython pushes on the data stack around a zero-width-protected iteration */
  savedLastPtr = -1;
  pc = 0;
  ptr = 0;
  toplevel = false;
  jump: J = J.NONE;
  init(pc: number, toplevel: boolean, jump: J): void {
    this.count = 0;
    this.rep = null;
    this.chr = 0;
    this.lastmark = this.lastindex = this.savedLastPtr = -1;
    this.pc = pc;
    this.ptr = 0;
    this.toplevel = toplevel;
    this.jump = jump;
  }
}


function markPush(state: State, lastmark: number): void {
  if (lastmark >= 0) state.marks.push(state.mark.slice(0, lastmark + 1));
}
function markPop(state: State, lastmark: number, discard: boolean): void {
  if (lastmark >= 0) {
    const saved = discard ? state.marks.pop()! : state.marks[state.marks.length - 1];
    for (let i = 0; i <= lastmark; i++) state.mark[i] = saved[i];
  }
}
function markPopDiscard(state: State, lastmark: number): void {
  if (lastmark >= 0) state.marks.pop();
}

/** The SRE(match) interpreter of one State, reused across calls (its context stack is a pool); a
 *  nested call (SRE(count) of a single-character subpattern) gets a Matcher of its own. */
class Matcher {
  code: Code = new Uint32Array(0);
  s: Chars;
  end = 0;
  /** the context stack: stack[0 .. depth-1] are live, the rest are kept for reuse */
  stack: Ctx[] = [];
  depth = 0;
  ctx: Ctx = new Ctx();
  ret = false;
  pc = 0;
  ptr = 0;
  next: number = L.ENTER;
  constructor(readonly state: State) {
    this.s = state.s;
  }

  private push(pc: number, toplevel: boolean, jump: J): Ctx {
    let c = this.stack[this.depth];
    if (c === undefined) this.stack[this.depth] = c = new Ctx();
    c.init(pc, toplevel, jump);
    this.depth++;
    return c;
  }
  /** DO_JUMPX: run the pattern at `child` in a new context, then resume this one at `jump` */
  private doJump(jump: J, child: number, top: boolean): void {
    this.ctx.pc = this.pc;
    this.ctx.ptr = this.ptr;
    this.ctx = this.push(child, top, jump);
    this.next = L.ENTER;
  }
  private lastmarkSave(): void {
    this.ctx.lastmark = this.state.lastmark;
    this.ctx.lastindex = this.state.lastindex;
  }
  private lastmarkRestore(): void {
    this.state.lastmark = this.ctx.lastmark;
    this.state.lastindex = this.ctx.lastindex;
  }

  run(code: Code, pc0: number, toplevel: boolean): boolean {
    const state = this.state, s = this.s;
    const end = state.end;
    this.code = code;
    this.end = end;
    this.depth = 0;
    this.ctx = this.push(pc0, toplevel, J.NONE);
    this.ret = false;
    this.pc = pc0;
    this.ptr = 0;
    this.next = L.ENTER;
    for (;;) {
      switch (this.next) {
        case L.ENTER:
          // CPython: sre_lib.h "entrance:" MAYBE_CHECK_SIGNALS (catastrophic backtracking can be
          // interrupted, and paused under the debugger)
          nativeTick();
          this.ptr = state.ptr;
          this.pc = this.ctx.pc;
          if (code[this.pc] === Op.INFO) {
            // <INFO> <1=skip> <2=flags> <3=min> ...
            if (code[this.pc + 3] && end - this.ptr < code[this.pc + 3]) { this.ret = false; this.next = L.EXIT; continue; }
            this.pc += code[this.pc + 1] + 1;
          }
          this.next = L.DISPATCH;
          continue;

        case L.DISPATCH:
          this.next = this.dispatch();
          continue;

        case L.EXIT: {
          const done = this.stack[--this.depth];
          if (this.depth === 0) return this.ret;
          this.ctx = this.stack[this.depth - 1];
          this.pc = this.ctx.pc;
          this.ptr = this.ctx.ptr;
          this.next = done.jump;
          continue;
        }

        // ---- BRANCH ----
        case L.BRANCH_LOOP:
          this.next = this.branchLoop();
          continue;
        case J.BRANCH:
          if (this.ret) {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.next = L.EXIT;
            continue;
          }
          if (state.repeat) markPop(state, this.ctx.lastmark, false);
          this.lastmarkRestore();
          this.pc += code[this.pc];
          this.next = L.BRANCH_LOOP;
          continue;

        // ---- REPEAT_ONE ----
        case L.REPEAT_ONE_1_LOOP: {
          const min = code[this.pc + 1];
          while (this.ctx.count >= min && (this.ptr >= end || s[this.ptr] !== this.ctx.chr)) {
            this.ptr--;
            this.ctx.count--;
          }
          if (this.ctx.count < min) {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.ret = false;
            this.next = L.EXIT;
            continue;
          }
          state.ptr = this.ptr;
          this.doJump(J.REPEAT_ONE_1, this.pc + code[this.pc], this.ctx.toplevel);
          continue;
        }
        case L.REPEAT_ONE_2_LOOP:
          if (this.ctx.count >= code[this.pc + 1]) {
            state.ptr = this.ptr;
            this.doJump(J.REPEAT_ONE_2, this.pc + code[this.pc], this.ctx.toplevel);
          } else {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.ret = false;
            this.next = L.EXIT;
          }
          continue;
        case J.REPEAT_ONE_1:
        case J.REPEAT_ONE_2:
          if (this.ret) {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.next = L.EXIT;
            continue;
          }
          if (state.repeat) markPop(state, this.ctx.lastmark, false);
          this.lastmarkRestore();
          this.ptr--;
          this.ctx.count--;
          this.next = this.next === J.REPEAT_ONE_1 ? L.REPEAT_ONE_1_LOOP : L.REPEAT_ONE_2_LOOP;
          continue;

        // ---- MIN_REPEAT_ONE ----
        case L.MIN_REPEAT_ONE_LOOP:
          if (code[this.pc + 2] === MAXREPEAT || this.ctx.count <= code[this.pc + 2]) {
            state.ptr = this.ptr;
            this.doJump(J.MIN_REPEAT_ONE, this.pc + code[this.pc], this.ctx.toplevel);
          } else {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.ret = false;
            this.next = L.EXIT;
          }
          continue;
        case J.MIN_REPEAT_ONE:
          if (this.ret) {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.next = L.EXIT;
            continue;
          }
          if (state.repeat) markPop(state, this.ctx.lastmark, false);
          this.lastmarkRestore();
          state.ptr = this.ptr;
          if (count(state, code, this.pc + 3, 1) === 0) {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.ret = false;
            this.next = L.EXIT;
            continue;
          }
          this.ptr++;
          this.ctx.count++;
          this.next = L.MIN_REPEAT_ONE_LOOP;
          continue;

        // ---- REPEAT / MAX_UNTIL / MIN_UNTIL ----
        case J.REPEAT:
          state.repeat = this.ctx.rep!.prev;
          this.next = L.EXIT;
          continue;
        case J.MAX_UNTIL_1:
        case J.MIN_UNTIL_1:
          if (this.ret) { this.next = L.EXIT; continue; }
          this.ctx.rep!.count = this.ctx.count - 1;
          state.ptr = this.ptr;
          this.next = L.EXIT;
          continue;
        case J.MAX_UNTIL_2: {
          const rep = this.ctx.rep!;
          rep.lastPtr = this.ctx.savedLastPtr;
          if (this.ret) {
            markPopDiscard(state, this.ctx.lastmark);
            this.next = L.EXIT;
            continue;
          }
          markPop(state, this.ctx.lastmark, true);
          this.lastmarkRestore();
          rep.count = this.ctx.count - 1;
          state.ptr = this.ptr;
          this.next = L.MAX_UNTIL_TAIL;
          continue;
        }
        case L.MAX_UNTIL_TAIL:
          // cannot match more repeated items here. make sure the tail matches
          state.repeat = this.ctx.rep!.prev;
          this.doJump(J.MAX_UNTIL_3, this.pc, this.ctx.toplevel);
          continue;
        case J.MAX_UNTIL_3:
          state.repeat = this.ctx.rep; // restore repeat before return
          if (!this.ret) state.ptr = this.ptr;
          this.next = L.EXIT;
          continue;
        case J.MIN_UNTIL_2: {
          const rep = this.ctx.rep!;
          const repeatOfTail = state.repeat;
          state.repeat = rep; // restore repeat before return
          if (this.ret) {
            if (repeatOfTail) markPopDiscard(state, this.ctx.lastmark);
            this.next = L.EXIT;
            continue;
          }
          if (repeatOfTail) markPop(state, this.ctx.lastmark, true);
          this.lastmarkRestore();
          state.ptr = this.ptr;
          if ((this.ctx.count >= code[rep.pc + 2] && code[rep.pc + 2] !== MAXREPEAT) || state.ptr === rep.lastPtr) {
            this.ret = false;
            this.next = L.EXIT;
            continue;
          }
          rep.count = this.ctx.count;
          // zero-width match protection
          this.ctx.savedLastPtr = rep.lastPtr;
          rep.lastPtr = state.ptr;
          this.doJump(J.MIN_UNTIL_3, rep.pc + 3, this.ctx.toplevel);
          continue;
        }
        case J.MIN_UNTIL_3: {
          const rep = this.ctx.rep!;
          rep.lastPtr = this.ctx.savedLastPtr;
          if (this.ret) { this.next = L.EXIT; continue; }
          rep.count = this.ctx.count - 1;
          state.ptr = this.ptr;
          this.next = L.EXIT;
          continue;
        }

        // ---- POSSESSIVE_REPEAT ----
        case L.POSS_MIN_LOOP:
          if (this.ctx.count < code[this.pc + 1]) {
            this.doJump(J.POSS_REPEAT_1, this.pc + 3, false);
          } else {
            this.ptr = -1; // so that the loop below is entered
            this.next = L.POSS_LOOP;
          }
          continue;
        case J.POSS_REPEAT_1:
          if (this.ret) {
            this.ctx.count++;
            this.next = L.POSS_MIN_LOOP;
          } else {
            state.ptr = this.ptr;
            this.next = L.EXIT;
          }
          continue;
        case L.POSS_LOOP:
          if ((this.ctx.count < code[this.pc + 2] || code[this.pc + 2] === MAXREPEAT) && state.ptr !== this.ptr) {
            this.lastmarkSave();
            markPush(state, this.ctx.lastmark);
            // zero-width match protection: remember where this iteration starts
            this.ptr = state.ptr;
            this.doJump(J.POSS_REPEAT_2, this.pc + 3, false);
          } else {
            this.next = L.POSS_TAIL;
          }
          continue;
        case J.POSS_REPEAT_2:
          if (this.ret) {
            markPopDiscard(state, this.ctx.lastmark);
            this.ctx.count++;
            this.next = L.POSS_LOOP;
          } else {
            markPop(state, this.ctx.lastmark, true);
            this.lastmarkRestore();
            state.ptr = this.ptr;
            this.next = L.POSS_TAIL;
          }
          continue;
        case L.POSS_TAIL:
          // skip the <SUCCESS> that ends the repeated pattern
          this.pc += code[this.pc] + 1;
          this.ptr = state.ptr;
          this.next = L.DISPATCH;
          continue;

        // ---- ATOMIC_GROUP / ASSERT / ASSERT_NOT ----
        case J.ATOMIC_GROUP:
          if (!this.ret) {
            state.ptr = this.ptr;
            this.next = L.EXIT;
            continue;
          }
          this.pc += code[this.pc];
          this.ptr = state.ptr;
          this.next = L.DISPATCH;
          continue;
        case J.ASSERT:
          if (!this.ret) { this.next = L.EXIT; continue; }
          this.pc += code[this.pc];
          this.next = L.DISPATCH;
          continue;
        case J.ASSERT_NOT:
          if (this.ret) {
            if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
            this.ret = false;
            this.next = L.EXIT;
            continue;
          }
          if (state.repeat) markPop(state, this.ctx.lastmark, true);
          this.lastmarkRestore();
          this.pc += code[this.pc];
          this.next = L.DISPATCH;
          continue;

        default:
          throw internalError();
      }
    }
  }

  /** The BRANCH loop from the current alternative at code[this.pc]. */
  private branchLoop(): number {
    const { state, code, s, end } = this;
    for (; code[this.pc]; this.pc += code[this.pc]) {
      if (code[this.pc + 1] === Op.LITERAL && (this.ptr >= end || s[this.ptr] !== code[this.pc + 2])) continue;
      if (code[this.pc + 1] === Op.IN && (this.ptr >= end || !charset(code, this.pc + 3, s[this.ptr]))) continue;
      state.ptr = this.ptr;
      this.doJump(J.BRANCH, this.pc + 1, this.ctx.toplevel);
      return this.next;
    }
    if (state.repeat) markPopDiscard(state, this.ctx.lastmark);
    this.ret = false;
    return L.EXIT;
  }

  /** Run opcodes from code[this.pc] until one fails, succeeds or needs a child context. */
  private dispatch(): number {
    const { state, code, s, end } = this;
    for (;;) {
      switch (code[this.pc++]) {
        case Op.MARK: {
          // <MARK> <gid>
          const i = code[this.pc];
          if (i & 1) state.lastindex = (i >> 1) + 1;
          if (i > state.lastmark) {
            // marks between the old and the new lastmark have not been encountered
            for (let j = state.lastmark + 1; j < i; j++) state.mark[j] = -1;
            state.lastmark = i;
          }
          state.mark[i] = this.ptr;
          this.pc++;
          break;
        }
        case Op.LITERAL:
          if (this.ptr >= end || s[this.ptr] !== code[this.pc]) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.NOT_LITERAL:
          if (this.ptr >= end || s[this.ptr] === code[this.pc]) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.SUCCESS:
          if (this.ctx.toplevel && ((state.matchAll && this.ptr !== end) || (state.mustAdvance && this.ptr === state.start))) return this.fail();
          state.ptr = this.ptr;
          this.ret = true;
          return L.EXIT;
        case Op.AT:
          if (!at(state, this.ptr, code[this.pc])) return this.fail();
          this.pc++;
          break;
        case Op.CATEGORY:
          if (this.ptr >= end || !category(code[this.pc], s[this.ptr])) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.ANY:
          if (this.ptr >= end || isLinebreak(s[this.ptr])) return this.fail();
          this.ptr++;
          break;
        case Op.ANY_ALL:
          if (this.ptr >= end) return this.fail();
          this.ptr++;
          break;
        case Op.IN:
          if (this.ptr >= end || !charset(code, this.pc + 1, s[this.ptr])) return this.fail();
          this.pc += code[this.pc];
          this.ptr++;
          break;
        case Op.LITERAL_IGNORE:
          if (this.ptr >= end || lowerAscii(s[this.ptr]) !== code[this.pc]) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.LITERAL_UNI_IGNORE:
          if (this.ptr >= end || lowerUnicode(s[this.ptr]) !== code[this.pc]) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.LITERAL_LOC_IGNORE:
          if (this.ptr >= end || !charLocIgnore(code[this.pc], s[this.ptr])) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.NOT_LITERAL_IGNORE:
          if (this.ptr >= end || lowerAscii(s[this.ptr]) === code[this.pc]) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.NOT_LITERAL_UNI_IGNORE:
          if (this.ptr >= end || lowerUnicode(s[this.ptr]) === code[this.pc]) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.NOT_LITERAL_LOC_IGNORE:
          if (this.ptr >= end || charLocIgnore(code[this.pc], s[this.ptr])) return this.fail();
          this.pc++;
          this.ptr++;
          break;
        case Op.IN_IGNORE:
          if (this.ptr >= end || !charset(code, this.pc + 1, lowerAscii(s[this.ptr]))) return this.fail();
          this.pc += code[this.pc];
          this.ptr++;
          break;
        case Op.IN_UNI_IGNORE:
          if (this.ptr >= end || !charset(code, this.pc + 1, lowerUnicode(s[this.ptr]))) return this.fail();
          this.pc += code[this.pc];
          this.ptr++;
          break;
        case Op.IN_LOC_IGNORE:
          if (this.ptr >= end || !charsetLocIgnore(code, this.pc + 1, s[this.ptr])) return this.fail();
          this.pc += code[this.pc];
          this.ptr++;
          break;
        case Op.JUMP:
        case Op.INFO:
          // <JUMP> <offset>
          this.pc += code[this.pc];
          break;

        case Op.BRANCH:
          // <BRANCH> <0=skip> code <JUMP> ... <NULL>
          this.lastmarkSave();
          if (state.repeat) markPush(state, this.ctx.lastmark);
          return this.branchLoop();

        case Op.REPEAT_ONE: {
          // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          if (code[this.pc + 1] > end - this.ptr) return this.fail();
          state.ptr = this.ptr;
          this.ctx.count = count(state, code, this.pc + 3, code[this.pc + 2]);
          this.ptr += this.ctx.count;
          if (this.ctx.count < code[this.pc + 1]) return this.fail();
          const tail = this.pc + code[this.pc];
          if (code[tail] === Op.SUCCESS && this.ptr === state.end && !(this.ctx.toplevel && state.mustAdvance && this.ptr === state.start)) {
            // tail is empty. we're finished
            state.ptr = this.ptr;
            this.ret = true;
            return L.EXIT;
          }
          this.lastmarkSave();
          if (state.repeat) markPush(state, this.ctx.lastmark);
          if (code[tail] === Op.LITERAL) {
            // tail starts with a literal. skip positions where the rest of the pattern cannot match
            this.ctx.chr = code[tail + 1];
            return L.REPEAT_ONE_1_LOOP;
          }
          return L.REPEAT_ONE_2_LOOP;
        }

        case Op.MIN_REPEAT_ONE: {
          // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          if (code[this.pc + 1] > end - this.ptr) return this.fail();
          state.ptr = this.ptr;
          if (code[this.pc + 1] === 0) {
            this.ctx.count = 0;
          } else {
            // count using pattern min as the maximum
            const n = count(state, code, this.pc + 3, code[this.pc + 1]);
            if (n < code[this.pc + 1]) return this.fail();
            this.ctx.count = n;
            this.ptr += n;
          }
          if (code[this.pc + code[this.pc]] === Op.SUCCESS &&
            !(this.ctx.toplevel && ((state.matchAll && this.ptr !== state.end) || (state.mustAdvance && this.ptr === state.start)))) {
            state.ptr = this.ptr;
            this.ret = true;
            return L.EXIT;
          }
          this.lastmarkSave();
          if (state.repeat) markPush(state, this.ctx.lastmark);
          return L.MIN_REPEAT_ONE_LOOP;
        }

        case Op.POSSESSIVE_REPEAT_ONE: {
          // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          if (this.ptr + code[this.pc + 1] > end) return this.fail();
          state.ptr = this.ptr;
          this.ctx.count = count(state, code, this.pc + 3, code[this.pc + 2]);
          this.ptr += this.ctx.count;
          if (this.ctx.count < code[this.pc + 1]) return this.fail();
          this.pc += code[this.pc];
          if (code[this.pc] === Op.SUCCESS && this.ptr === state.end && !(this.ctx.toplevel && state.mustAdvance && this.ptr === state.start)) {
            state.ptr = this.ptr;
            this.ret = true;
            return L.EXIT;
          }
          break;
        }

        case Op.REPEAT: {
          // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
          const rep: Repeat = { count: -1, pc: this.pc, prev: state.repeat, lastPtr: -1 };
          this.ctx.rep = rep;
          state.repeat = rep;
          state.ptr = this.ptr;
          this.doJump(J.REPEAT, this.pc + code[this.pc], this.ctx.toplevel);
          return this.next;
        }

        case Op.MAX_UNTIL: {
          // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
          const rep = state.repeat;
          if (!rep) throw internalError();
          this.ctx.rep = rep;
          state.ptr = this.ptr;
          this.ctx.count = rep.count + 1;
          if (this.ctx.count < code[rep.pc + 1]) {
            // not enough matches
            rep.count = this.ctx.count;
            this.doJump(J.MAX_UNTIL_1, rep.pc + 3, this.ctx.toplevel);
            return this.next;
          }
          if ((this.ctx.count < code[rep.pc + 2] || code[rep.pc + 2] === MAXREPEAT) && state.ptr !== rep.lastPtr) {
            // we may have enough matches, but if we can match another item, do so
            rep.count = this.ctx.count;
            this.lastmarkSave();
            markPush(state, this.ctx.lastmark);
            // zero-width match protection
            this.ctx.savedLastPtr = rep.lastPtr;
            rep.lastPtr = state.ptr;
            this.doJump(J.MAX_UNTIL_2, rep.pc + 3, this.ctx.toplevel);
            return this.next;
          }
          return L.MAX_UNTIL_TAIL;
        }

        case Op.MIN_UNTIL: {
          // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
          const rep = state.repeat;
          if (!rep) throw internalError();
          this.ctx.rep = rep;
          state.ptr = this.ptr;
          this.ctx.count = rep.count + 1;
          if (this.ctx.count < code[rep.pc + 1]) {
            rep.count = this.ctx.count;
            this.doJump(J.MIN_UNTIL_1, rep.pc + 3, this.ctx.toplevel);
            return this.next;
          }
          // see if the tail matches
          state.repeat = rep.prev;
          this.lastmarkSave();
          if (state.repeat) markPush(state, this.ctx.lastmark);
          this.doJump(J.MIN_UNTIL_2, this.pc, this.ctx.toplevel);
          return this.next;
        }

        case Op.POSSESSIVE_REPEAT:
          // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
          state.ptr = this.ptr;
          this.ctx.count = 0;
          return L.POSS_MIN_LOOP;

        case Op.ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
          state.ptr = this.ptr;
          this.doJump(J.ATOMIC_GROUP, this.pc + 1, false);
          return this.next;

        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE: {
          const op = code[this.pc - 1];
          const groupref = code[this.pc] * 2;
          if (groupref >= state.lastmark) return this.fail();
          let p = state.mark[groupref];
          const e = state.mark[groupref + 1];
          if (p < 0 || e < 0 || e < p) return this.fail();
          const fold = op === Op.GROUPREF ? null : op === Op.GROUPREF_IGNORE ? lowerAscii
            : op === Op.GROUPREF_UNI_IGNORE ? lowerUnicode : lowerLocale;
          while (p < e) {
            if (this.ptr >= end || (fold ? fold(s[this.ptr]) !== fold(s[p]) : s[this.ptr] !== s[p])) return this.fail();
            p++;
            this.ptr++;
          }
          this.pc++;
          break;
        }

        case Op.GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
          const groupref = code[this.pc] * 2;
          if (groupref >= state.lastmark) {
            this.pc += code[this.pc + 1];
            break;
          }
          const p = state.mark[groupref], e = state.mark[groupref + 1];
          if (p < 0 || e < 0 || e < p) {
            this.pc += code[this.pc + 1];
            break;
          }
          this.pc += 2;
          break;
        }

        case Op.ASSERT:
          // <ASSERT> <skip> <back> <pattern>
          if (this.ptr < code[this.pc + 1]) return this.fail();
          state.ptr = this.ptr - code[this.pc + 1];
          this.doJump(J.ASSERT, this.pc + 2, false);
          return this.next;

        case Op.ASSERT_NOT:
          // <ASSERT_NOT> <skip> <back> <pattern>
          if (this.ptr >= code[this.pc + 1]) {
            state.ptr = this.ptr - code[this.pc + 1];
            this.lastmarkSave();
            if (state.repeat) markPush(state, this.ctx.lastmark);
            this.doJump(J.ASSERT_NOT, this.pc + 2, false);
            return this.next;
          }
          this.pc += code[this.pc];
          break;

        case Op.FAILURE:
          return this.fail();

        default:
          throw internalError();
      }
    }
  }


  private fail(): number {
    this.ret = false;
    return L.EXIT;
  }
}

/** SRE(match): does the pattern at code[pc0] match at state.ptr? On success state.ptr is the end of
 * the match. */
export function match(state: State, code: Code, pc0: number, toplevel: boolean): boolean {
  const d = state.matchDepth++;
  let m = state.matchers[d] as Matcher | undefined;
  if (m === undefined) state.matchers[d] = m = new Matcher(state);
  try {
    return m.run(code, pc0, toplevel);
  } finally {
    state.matchDepth--;
  }
}
