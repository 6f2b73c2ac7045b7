// Validation of SRE code before a Pattern is made from it, so that the engine never runs code that
// jumps outside itself or nests wrongly ("invalid SRE code"). All jumps in valid code are forward
// and relative, and do not cross each other.
// CPython: Modules/_sre/sre.c _validate_charset, _validate_inner, _validate_outer, _validate.
import { At, Category, INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, MAXGROUPS, MAXREPEAT, Op } from "./constants.js";
import type { Code } from "./state.js";

class Invalid extends Error {}
const FAIL = (): never => {
  throw new Invalid();
};

function validateCharset(code: Code, pc: number, end: number): void {
  while (pc < end) {
    const op = code[pc++];
    switch (op) {
      case Op.NEGATE:
        break;
      case Op.LITERAL:
        if (pc >= end) FAIL();
        pc++;
        break;
      case Op.RANGE:
      case Op.RANGE_UNI_IGNORE:
        if (pc + 2 > end) FAIL();
        pc += 2;
        break;
      case Op.CHARSET:
        if (8 > end - pc) FAIL(); // 256-bit bitmap
        pc += 8;
        break;
      case Op.BIGCHARSET: {
        if (pc >= end) FAIL();
        const blocks = code[pc++];
        if (64 > end - pc) FAIL(); // 256-byte table
        for (let i = 0; i < 256; i++) {
          if (((code[pc + (i >> 2)] >>> ((i & 3) * 8)) & 0xff) >= blocks) FAIL();
        }
        pc += 64;
        if (blocks * 8 > end - pc) FAIL();
        pc += blocks * 8;
        break;
      }
      case Op.CATEGORY:
        if (pc >= end) FAIL();
        if (code[pc++] > Category.UNI_NOT_LINEBREAK) FAIL();
        break;
      default:
        FAIL();
    }
  }
}

/** Returns true when the last op is a JUMP (the "then" part of GROUPREF_EXISTS with an "else"). */
function validateInner(code: Code, pc: number, end: number, groups: number): boolean {
  if (pc > end) FAIL();
  const getArg = (): number => (pc >= end ? FAIL() : code[pc++]);
  const getSkip = (adj = 0): number => {
    if (pc >= end) FAIL();
    const skip = code[pc];
    if (skip < adj || skip - adj > end - pc) FAIL(); // (unsigned in C)
    pc++;
    return skip;
  };
  while (pc < end) {
    const op = getArg();
    switch (op) {
      case Op.MARK:
        if (getArg() > 2 * groups + 1) FAIL();
        break;
      case Op.LITERAL: case Op.NOT_LITERAL: case Op.LITERAL_IGNORE: case Op.NOT_LITERAL_IGNORE:
      case Op.LITERAL_UNI_IGNORE: case Op.NOT_LITERAL_UNI_IGNORE: case Op.LITERAL_LOC_IGNORE:
      case Op.NOT_LITERAL_LOC_IGNORE:
        getArg();
        break;
      case Op.SUCCESS: case Op.FAILURE:
        break;
      case Op.AT:
        if (getArg() > At.UNI_NON_BOUNDARY) FAIL();
        break;
      case Op.ANY: case Op.ANY_ALL:
        break;
      case Op.IN: case Op.IN_IGNORE: case Op.IN_UNI_IGNORE: case Op.IN_LOC_IGNORE: {
        const skip = getSkip();
        // stop 1 before the end; we check the FAILURE below
        validateCharset(code, pc, pc + skip - 2);
        if (code[pc + skip - 2] !== Op.FAILURE) FAIL();
        pc += skip - 1;
        break;
      }
      case Op.INFO: {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> [prefix or charset]
        const skip = getSkip();
        const newpc = pc + skip - 1;
        const flags = getArg();
        getArg();
        getArg();
        if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) !== 0) FAIL();
        if ((flags & INFO_PREFIX) && (flags & INFO_CHARSET)) FAIL();
        if ((flags & INFO_LITERAL) && !(flags & INFO_PREFIX)) FAIL();
        if (flags & INFO_PREFIX) {
          const prefixLen = getArg();
          getArg();
          if (prefixLen > newpc - pc) FAIL();
          pc += prefixLen;
          if (prefixLen > newpc - pc) FAIL();
          for (let i = 0; i < prefixLen; i++) if (code[pc + i] >= prefixLen) FAIL();
          pc += prefixLen;
        }
        if (flags & INFO_CHARSET) {
          validateCharset(code, pc, newpc - 1);
          if (code[newpc - 1] !== Op.FAILURE) FAIL();
          pc = newpc;
        } else if (pc !== newpc) {
          FAIL();
        }
        break;
      }
      case Op.BRANCH: {
        let target = -1;
        for (;;) {
          const skip = getSkip();
          if (skip === 0) break;
          // stop 2 before the end; we check the JUMP below
          validateInner(code, pc, pc + skip - 3, groups);
          pc += skip - 3;
          if (getArg() !== Op.JUMP) FAIL();
          const jskip = getSkip();
          if (target === -1) target = pc + jskip - 1;
          else if (pc + jskip - 1 !== target) FAIL();
        }
        if (pc !== target) FAIL();
        break;
      }
      case Op.REPEAT_ONE: case Op.MIN_REPEAT_ONE: case Op.POSSESSIVE_REPEAT_ONE: {
        const skip = getSkip();
        const min = getArg(), max = getArg();
        if (min > max || max > MAXREPEAT) FAIL();
        validateInner(code, pc, pc + skip - 4, groups);
        pc += skip - 4;
        if (getArg() !== Op.SUCCESS) FAIL();
        break;
      }
      case Op.REPEAT: case Op.POSSESSIVE_REPEAT: {
        const skip = getSkip();
        const min = getArg(), max = getArg();
        if (min > max || max > MAXREPEAT) FAIL();
        validateInner(code, pc, pc + skip - 3, groups);
        pc += skip - 3;
        const until = getArg();
        if (op === Op.POSSESSIVE_REPEAT ? until !== Op.SUCCESS : until !== Op.MAX_UNTIL && until !== Op.MIN_UNTIL) FAIL();
        break;
      }
      case Op.ATOMIC_GROUP: {
        const skip = getSkip();
        validateInner(code, pc, pc + skip - 2, groups);
        pc += skip - 2;
        if (getArg() !== Op.SUCCESS) FAIL();
        break;
      }
      case Op.GROUPREF: case Op.GROUPREF_IGNORE: case Op.GROUPREF_UNI_IGNORE: case Op.GROUPREF_LOC_IGNORE:
        if (getArg() >= groups) FAIL();
        break;
      case Op.GROUPREF_EXISTS: {
        // <GROUPREF_EXISTS> <group> <skipyes> then [<JUMP> <skipno> else]
        if (getArg() >= groups) FAIL();
        let skip = getSkip(1);
        pc--; // the skip is relative to the first arg
        const thenEndsWithJump = validateInner(code, pc + 1, pc + skip - 1, groups);
        if (thenEndsWithJump) {
          pc += skip - 2; // after the JUMP, at <skipno>
          skip = getSkip();
          if (validateInner(code, pc, pc + skip - 1, groups)) FAIL();
        }
        pc += skip - 1;
        break;
      }
      case Op.ASSERT: case Op.ASSERT_NOT: {
        const skip = getSkip();
        getArg(); // 0 for lookahead, the width for lookbehind
        pc--;
        validateInner(code, pc + 1, pc + skip - 2, groups);
        pc += skip - 2;
        if (getArg() !== Op.SUCCESS) FAIL();
        break;
      }
      case Op.JUMP:
        if (pc + 1 !== end) FAIL();
        return true;
      default:
        FAIL();
    }
  }
  return false;
}

/** _validate: is this code safe to run for a pattern with `groups` groups? */
export function validate(code: Code, groups: number): boolean {
  try {
    if (groups < 0 || groups > MAXGROUPS || code.length === 0 || code[code.length - 1] !== Op.SUCCESS) FAIL();
    validateInner(code, 0, code.length - 1, groups);
    return true;
  } catch (e) {
    if (e instanceof Invalid) return false;
    throw e;
  }
}
