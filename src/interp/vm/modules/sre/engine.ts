// The SRE matching engine: an interpreter of the code Lib/re/_compiler.py produces, over a string of
// code points (str) or bytes. A port of Modules/_sre/sre_lib.h: SRE(match) does not recurse on the
// JS stack per character; like CPython it keeps its own stack of match contexts and "jumps" into a
// child context where CPython's DO_JUMP does, resuming the parent at the matching label when the
// child returns. Marks saved for backtracking (MARK_PUSH/MARK_POP) live on a separate stack.
// CPython: Modules/_sre/sre_lib.h (SRE(count), SRE(match)).
import { MAXREPEAT, Op } from "./constants.js";
import { category, charLocIgnore, isLinebreak, lowerAscii, lowerLocale, lowerUnicode } from "./chars.js";
import { at, charset, charsetLocIgnore, internalError, type Code, type Repeat, type State } from "./state.js";

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
  constructor(pc: number, readonly toplevel: boolean, readonly jump: J) {
    this.pc = pc;
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

/** SRE(match): does the pattern at code[pc0] match at state.ptr? On success state.ptr is the end of
 * the match. */
export function match(state: State, code: Code, pc0: number, toplevel: boolean): boolean {
  const s = state.s;
  const end = state.end;
  const stack: Ctx[] = [];
  let ctx = new Ctx(pc0, toplevel, J.NONE);
  stack.push(ctx);
  let ret = false;
  let pc = pc0, ptr = 0;
  let next: number = L.ENTER;

  // DO_JUMPX: run the pattern at `child` in a new context, then resume this one at `jump`
  const doJump = (jump: J, child: number, top: boolean): void => {
    ctx.pc = pc;
    ctx.ptr = ptr;
    ctx = new Ctx(child, top, jump);
    stack.push(ctx);
    next = L.ENTER;
  };
  const lastmarkSave = (): void => {
    ctx.lastmark = state.lastmark;
    ctx.lastindex = state.lastindex;
  };
  const lastmarkRestore = (): void => {
    state.lastmark = ctx.lastmark;
    state.lastindex = ctx.lastindex;
  };

  for (;;) {
    switch (next) {
      case L.ENTER:
        ptr = state.ptr;
        pc = ctx.pc;
        if (code[pc] === Op.INFO) {
          // <INFO> <1=skip> <2=flags> <3=min> ...
          if (code[pc + 3] && end - ptr < code[pc + 3]) { ret = false; next = L.EXIT; continue; }
          pc += code[pc + 1] + 1;
        }
        next = L.DISPATCH;
        continue;

      case L.DISPATCH:
        next = dispatch();
        continue;

      case L.EXIT: {
        const done = stack.pop()!;
        if (stack.length === 0) return ret;
        ctx = stack[stack.length - 1];
        pc = ctx.pc;
        ptr = ctx.ptr;
        next = done.jump;
        continue;
      }

      // ---- BRANCH ----
      case L.BRANCH_LOOP:
        next = branchLoop();
        continue;
      case J.BRANCH:
        if (ret) {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          next = L.EXIT;
          continue;
        }
        if (state.repeat) markPop(state, ctx.lastmark, false);
        lastmarkRestore();
        pc += code[pc];
        next = L.BRANCH_LOOP;
        continue;

      // ---- REPEAT_ONE ----
      case L.REPEAT_ONE_1_LOOP: {
        const min = code[pc + 1];
        while (ctx.count >= min && (ptr >= end || s[ptr] !== ctx.chr)) {
          ptr--;
          ctx.count--;
        }
        if (ctx.count < min) {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          ret = false;
          next = L.EXIT;
          continue;
        }
        state.ptr = ptr;
        doJump(J.REPEAT_ONE_1, pc + code[pc], ctx.toplevel);
        continue;
      }
      case L.REPEAT_ONE_2_LOOP:
        if (ctx.count >= code[pc + 1]) {
          state.ptr = ptr;
          doJump(J.REPEAT_ONE_2, pc + code[pc], ctx.toplevel);
        } else {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          ret = false;
          next = L.EXIT;
        }
        continue;
      case J.REPEAT_ONE_1:
      case J.REPEAT_ONE_2:
        if (ret) {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          next = L.EXIT;
          continue;
        }
        if (state.repeat) markPop(state, ctx.lastmark, false);
        lastmarkRestore();
        ptr--;
        ctx.count--;
        next = next === J.REPEAT_ONE_1 ? L.REPEAT_ONE_1_LOOP : L.REPEAT_ONE_2_LOOP;
        continue;

      // ---- MIN_REPEAT_ONE ----
      case L.MIN_REPEAT_ONE_LOOP:
        if (code[pc + 2] === MAXREPEAT || ctx.count <= code[pc + 2]) {
          state.ptr = ptr;
          doJump(J.MIN_REPEAT_ONE, pc + code[pc], ctx.toplevel);
        } else {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          ret = false;
          next = L.EXIT;
        }
        continue;
      case J.MIN_REPEAT_ONE:
        if (ret) {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          next = L.EXIT;
          continue;
        }
        if (state.repeat) markPop(state, ctx.lastmark, false);
        lastmarkRestore();
        state.ptr = ptr;
        if (count(state, code, pc + 3, 1) === 0) {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          ret = false;
          next = L.EXIT;
          continue;
        }
        ptr++;
        ctx.count++;
        next = L.MIN_REPEAT_ONE_LOOP;
        continue;

      // ---- REPEAT / MAX_UNTIL / MIN_UNTIL ----
      case J.REPEAT:
        state.repeat = ctx.rep!.prev;
        next = L.EXIT;
        continue;
      case J.MAX_UNTIL_1:
      case J.MIN_UNTIL_1:
        if (ret) { next = L.EXIT; continue; }
        ctx.rep!.count = ctx.count - 1;
        state.ptr = ptr;
        next = L.EXIT;
        continue;
      case J.MAX_UNTIL_2: {
        const rep = ctx.rep!;
        rep.lastPtr = ctx.savedLastPtr;
        if (ret) {
          markPopDiscard(state, ctx.lastmark);
          next = L.EXIT;
          continue;
        }
        markPop(state, ctx.lastmark, true);
        lastmarkRestore();
        rep.count = ctx.count - 1;
        state.ptr = ptr;
        next = L.MAX_UNTIL_TAIL;
        continue;
      }
      case L.MAX_UNTIL_TAIL:
        // cannot match more repeated items here. make sure the tail matches
        state.repeat = ctx.rep!.prev;
        doJump(J.MAX_UNTIL_3, pc, ctx.toplevel);
        continue;
      case J.MAX_UNTIL_3:
        state.repeat = ctx.rep; // restore repeat before return
        if (!ret) state.ptr = ptr;
        next = L.EXIT;
        continue;
      case J.MIN_UNTIL_2: {
        const rep = ctx.rep!;
        const repeatOfTail = state.repeat;
        state.repeat = rep; // restore repeat before return
        if (ret) {
          if (repeatOfTail) markPopDiscard(state, ctx.lastmark);
          next = L.EXIT;
          continue;
        }
        if (repeatOfTail) markPop(state, ctx.lastmark, true);
        lastmarkRestore();
        state.ptr = ptr;
        if ((ctx.count >= code[rep.pc + 2] && code[rep.pc + 2] !== MAXREPEAT) || state.ptr === rep.lastPtr) {
          ret = false;
          next = L.EXIT;
          continue;
        }
        rep.count = ctx.count;
        // zero-width match protection
        ctx.savedLastPtr = rep.lastPtr;
        rep.lastPtr = state.ptr;
        doJump(J.MIN_UNTIL_3, rep.pc + 3, ctx.toplevel);
        continue;
      }
      case J.MIN_UNTIL_3: {
        const rep = ctx.rep!;
        rep.lastPtr = ctx.savedLastPtr;
        if (ret) { next = L.EXIT; continue; }
        rep.count = ctx.count - 1;
        state.ptr = ptr;
        next = L.EXIT;
        continue;
      }

      // ---- POSSESSIVE_REPEAT ----
      case L.POSS_MIN_LOOP:
        if (ctx.count < code[pc + 1]) {
          doJump(J.POSS_REPEAT_1, pc + 3, false);
        } else {
          ptr = -1; // so that the loop below is entered
          next = L.POSS_LOOP;
        }
        continue;
      case J.POSS_REPEAT_1:
        if (ret) {
          ctx.count++;
          next = L.POSS_MIN_LOOP;
        } else {
          state.ptr = ptr;
          next = L.EXIT;
        }
        continue;
      case L.POSS_LOOP:
        if ((ctx.count < code[pc + 2] || code[pc + 2] === MAXREPEAT) && state.ptr !== ptr) {
          lastmarkSave();
          markPush(state, ctx.lastmark);
          // zero-width match protection: remember where this iteration starts
          ptr = state.ptr;
          doJump(J.POSS_REPEAT_2, pc + 3, false);
        } else {
          next = L.POSS_TAIL;
        }
        continue;
      case J.POSS_REPEAT_2:
        if (ret) {
          markPopDiscard(state, ctx.lastmark);
          ctx.count++;
          next = L.POSS_LOOP;
        } else {
          markPop(state, ctx.lastmark, true);
          lastmarkRestore();
          state.ptr = ptr;
          next = L.POSS_TAIL;
        }
        continue;
      case L.POSS_TAIL:
        // skip the <SUCCESS> that ends the repeated pattern
        pc += code[pc] + 1;
        ptr = state.ptr;
        next = L.DISPATCH;
        continue;

      // ---- ATOMIC_GROUP / ASSERT / ASSERT_NOT ----
      case J.ATOMIC_GROUP:
        if (!ret) {
          state.ptr = ptr;
          next = L.EXIT;
          continue;
        }
        pc += code[pc];
        ptr = state.ptr;
        next = L.DISPATCH;
        continue;
      case J.ASSERT:
        if (!ret) { next = L.EXIT; continue; }
        pc += code[pc];
        next = L.DISPATCH;
        continue;
      case J.ASSERT_NOT:
        if (ret) {
          if (state.repeat) markPopDiscard(state, ctx.lastmark);
          ret = false;
          next = L.EXIT;
          continue;
        }
        if (state.repeat) markPop(state, ctx.lastmark, true);
        lastmarkRestore();
        pc += code[pc];
        next = L.DISPATCH;
        continue;

      default:
        throw internalError();
    }
  }

  /** The BRANCH loop from the current alternative at code[pc]. */
  function branchLoop(): number {
    for (; code[pc]; pc += code[pc]) {
      if (code[pc + 1] === Op.LITERAL && (ptr >= end || s[ptr] !== code[pc + 2])) continue;
      if (code[pc + 1] === Op.IN && (ptr >= end || !charset(code, pc + 3, s[ptr]))) continue;
      state.ptr = ptr;
      doJump(J.BRANCH, pc + 1, ctx.toplevel);
      return next;
    }
    if (state.repeat) markPopDiscard(state, ctx.lastmark);
    ret = false;
    return L.EXIT;
  }

  /** Run opcodes from code[pc] until one fails, succeeds or needs a child context. */
  function dispatch(): number {
    for (;;) {
      switch (code[pc++]) {
        case Op.MARK: {
          // <MARK> <gid>
          const i = code[pc];
          if (i & 1) state.lastindex = (i >> 1) + 1;
          if (i > state.lastmark) {
            // marks between the old and the new lastmark have not been encountered
            for (let j = state.lastmark + 1; j < i; j++) state.mark[j] = -1;
            state.lastmark = i;
          }
          state.mark[i] = ptr;
          pc++;
          break;
        }
        case Op.LITERAL:
          if (ptr >= end || s[ptr] !== code[pc]) return fail();
          pc++;
          ptr++;
          break;
        case Op.NOT_LITERAL:
          if (ptr >= end || s[ptr] === code[pc]) return fail();
          pc++;
          ptr++;
          break;
        case Op.SUCCESS:
          if (ctx.toplevel && ((state.matchAll && ptr !== end) || (state.mustAdvance && ptr === state.start))) return fail();
          state.ptr = ptr;
          ret = true;
          return L.EXIT;
        case Op.AT:
          if (!at(state, ptr, code[pc])) return fail();
          pc++;
          break;
        case Op.CATEGORY:
          if (ptr >= end || !category(code[pc], s[ptr])) return fail();
          pc++;
          ptr++;
          break;
        case Op.ANY:
          if (ptr >= end || isLinebreak(s[ptr])) return fail();
          ptr++;
          break;
        case Op.ANY_ALL:
          if (ptr >= end) return fail();
          ptr++;
          break;
        case Op.IN:
          if (ptr >= end || !charset(code, pc + 1, s[ptr])) return fail();
          pc += code[pc];
          ptr++;
          break;
        case Op.LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(s[ptr]) !== code[pc]) return fail();
          pc++;
          ptr++;
          break;
        case Op.LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUnicode(s[ptr]) !== code[pc]) return fail();
          pc++;
          ptr++;
          break;
        case Op.LITERAL_LOC_IGNORE:
          if (ptr >= end || !charLocIgnore(code[pc], s[ptr])) return fail();
          pc++;
          ptr++;
          break;
        case Op.NOT_LITERAL_IGNORE:
          if (ptr >= end || lowerAscii(s[ptr]) === code[pc]) return fail();
          pc++;
          ptr++;
          break;
        case Op.NOT_LITERAL_UNI_IGNORE:
          if (ptr >= end || lowerUnicode(s[ptr]) === code[pc]) return fail();
          pc++;
          ptr++;
          break;
        case Op.NOT_LITERAL_LOC_IGNORE:
          if (ptr >= end || charLocIgnore(code[pc], s[ptr])) return fail();
          pc++;
          ptr++;
          break;
        case Op.IN_IGNORE:
          if (ptr >= end || !charset(code, pc + 1, lowerAscii(s[ptr]))) return fail();
          pc += code[pc];
          ptr++;
          break;
        case Op.IN_UNI_IGNORE:
          if (ptr >= end || !charset(code, pc + 1, lowerUnicode(s[ptr]))) return fail();
          pc += code[pc];
          ptr++;
          break;
        case Op.IN_LOC_IGNORE:
          if (ptr >= end || !charsetLocIgnore(code, pc + 1, s[ptr])) return fail();
          pc += code[pc];
          ptr++;
          break;
        case Op.JUMP:
        case Op.INFO:
          // <JUMP> <offset>
          pc += code[pc];
          break;

        case Op.BRANCH:
          // <BRANCH> <0=skip> code <JUMP> ... <NULL>
          lastmarkSave();
          if (state.repeat) markPush(state, ctx.lastmark);
          return branchLoop();

        case Op.REPEAT_ONE: {
          // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          if (code[pc + 1] > end - ptr) return fail();
          state.ptr = ptr;
          ctx.count = count(state, code, pc + 3, code[pc + 2]);
          ptr += ctx.count;
          if (ctx.count < code[pc + 1]) return fail();
          const tail = pc + code[pc];
          if (code[tail] === Op.SUCCESS && ptr === state.end && !(ctx.toplevel && state.mustAdvance && ptr === state.start)) {
            // tail is empty. we're finished
            state.ptr = ptr;
            ret = true;
            return L.EXIT;
          }
          lastmarkSave();
          if (state.repeat) markPush(state, ctx.lastmark);
          if (code[tail] === Op.LITERAL) {
            // tail starts with a literal. skip positions where the rest of the pattern cannot match
            ctx.chr = code[tail + 1];
            return L.REPEAT_ONE_1_LOOP;
          }
          return L.REPEAT_ONE_2_LOOP;
        }

        case Op.MIN_REPEAT_ONE: {
          // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          if (code[pc + 1] > end - ptr) return fail();
          state.ptr = ptr;
          if (code[pc + 1] === 0) {
            ctx.count = 0;
          } else {
            // count using pattern min as the maximum
            const n = count(state, code, pc + 3, code[pc + 1]);
            if (n < code[pc + 1]) return fail();
            ctx.count = n;
            ptr += n;
          }
          if (code[pc + code[pc]] === Op.SUCCESS &&
            !(ctx.toplevel && ((state.matchAll && ptr !== state.end) || (state.mustAdvance && ptr === state.start)))) {
            state.ptr = ptr;
            ret = true;
            return L.EXIT;
          }
          lastmarkSave();
          if (state.repeat) markPush(state, ctx.lastmark);
          return L.MIN_REPEAT_ONE_LOOP;
        }

        case Op.POSSESSIVE_REPEAT_ONE: {
          // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
          if (ptr + code[pc + 1] > end) return fail();
          state.ptr = ptr;
          ctx.count = count(state, code, pc + 3, code[pc + 2]);
          ptr += ctx.count;
          if (ctx.count < code[pc + 1]) return fail();
          pc += code[pc];
          if (code[pc] === Op.SUCCESS && ptr === state.end && !(ctx.toplevel && state.mustAdvance && ptr === state.start)) {
            state.ptr = ptr;
            ret = true;
            return L.EXIT;
          }
          break;
        }

        case Op.REPEAT: {
          // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
          const rep: Repeat = { count: -1, pc, prev: state.repeat, lastPtr: -1 };
          ctx.rep = rep;
          state.repeat = rep;
          state.ptr = ptr;
          doJump(J.REPEAT, pc + code[pc], ctx.toplevel);
          return next;
        }

        case Op.MAX_UNTIL: {
          // <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
          const rep = state.repeat;
          if (!rep) throw internalError();
          ctx.rep = rep;
          state.ptr = ptr;
          ctx.count = rep.count + 1;
          if (ctx.count < code[rep.pc + 1]) {
            // not enough matches
            rep.count = ctx.count;
            doJump(J.MAX_UNTIL_1, rep.pc + 3, ctx.toplevel);
            return next;
          }
          if ((ctx.count < code[rep.pc + 2] || code[rep.pc + 2] === MAXREPEAT) && state.ptr !== rep.lastPtr) {
            // we may have enough matches, but if we can match another item, do so
            rep.count = ctx.count;
            lastmarkSave();
            markPush(state, ctx.lastmark);
            // zero-width match protection
            ctx.savedLastPtr = rep.lastPtr;
            rep.lastPtr = state.ptr;
            doJump(J.MAX_UNTIL_2, rep.pc + 3, ctx.toplevel);
            return next;
          }
          return L.MAX_UNTIL_TAIL;
        }

        case Op.MIN_UNTIL: {
          // <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
          const rep = state.repeat;
          if (!rep) throw internalError();
          ctx.rep = rep;
          state.ptr = ptr;
          ctx.count = rep.count + 1;
          if (ctx.count < code[rep.pc + 1]) {
            rep.count = ctx.count;
            doJump(J.MIN_UNTIL_1, rep.pc + 3, ctx.toplevel);
            return next;
          }
          // see if the tail matches
          state.repeat = rep.prev;
          lastmarkSave();
          if (state.repeat) markPush(state, ctx.lastmark);
          doJump(J.MIN_UNTIL_2, pc, ctx.toplevel);
          return next;
        }

        case Op.POSSESSIVE_REPEAT:
          // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
          state.ptr = ptr;
          ctx.count = 0;
          return L.POSS_MIN_LOOP;

        case Op.ATOMIC_GROUP:
          // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
          state.ptr = ptr;
          doJump(J.ATOMIC_GROUP, pc + 1, false);
          return next;

        case Op.GROUPREF:
        case Op.GROUPREF_IGNORE:
        case Op.GROUPREF_UNI_IGNORE:
        case Op.GROUPREF_LOC_IGNORE: {
          const op = code[pc - 1];
          const groupref = code[pc] * 2;
          if (groupref >= state.lastmark) return fail();
          let p = state.mark[groupref];
          const e = state.mark[groupref + 1];
          if (p < 0 || e < 0 || e < p) return fail();
          const fold = op === Op.GROUPREF ? null : op === Op.GROUPREF_IGNORE ? lowerAscii
            : op === Op.GROUPREF_UNI_IGNORE ? lowerUnicode : lowerLocale;
          while (p < e) {
            if (ptr >= end || (fold ? fold(s[ptr]) !== fold(s[p]) : s[ptr] !== s[p])) return fail();
            p++;
            ptr++;
          }
          pc++;
          break;
        }

        case Op.GROUPREF_EXISTS: {
          // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
          const groupref = code[pc] * 2;
          if (groupref >= state.lastmark) {
            pc += code[pc + 1];
            break;
          }
          const p = state.mark[groupref], e = state.mark[groupref + 1];
          if (p < 0 || e < 0 || e < p) {
            pc += code[pc + 1];
            break;
          }
          pc += 2;
          break;
        }

        case Op.ASSERT:
          // <ASSERT> <skip> <back> <pattern>
          if (ptr < code[pc + 1]) return fail();
          state.ptr = ptr - code[pc + 1];
          doJump(J.ASSERT, pc + 2, false);
          return next;

        case Op.ASSERT_NOT:
          // <ASSERT_NOT> <skip> <back> <pattern>
          if (ptr >= code[pc + 1]) {
            state.ptr = ptr - code[pc + 1];
            lastmarkSave();
            if (state.repeat) markPush(state, ctx.lastmark);
            doJump(J.ASSERT_NOT, pc + 2, false);
            return next;
          }
          pc += code[pc];
          break;

        case Op.FAILURE:
          return fail();

        default:
          throw internalError();
      }
    }
  }

  function fail(): number {
    ret = false;
    return L.EXIT;
  }
}
