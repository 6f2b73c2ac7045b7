// The SRE engine's state and its character-level tests: the subject and marks of one matching
// operation (SRE_STATE), position assertions (SRE(at)) and set membership (SRE(charset)).
// CPython: Modules/_sre/sre.h (SRE_STATE, SRE_REPEAT), Modules/_sre/sre_lib.h (SRE(at), SRE(charset),
// SRE(charset_loc_ignore)), Modules/_sre/sre.c (state_reset).
import { pyError, RuntimeError } from "../../../objects/exceptions.js";
import { At, Op } from "./constants.js";
import { category, isLinebreak, isLocWord, isUniWord, isWord, lowerLocale, upperLocale, upperUnicode } from "./chars.js";

export type Code = Uint32Array;
export type Chars = Int32Array | Uint8Array;

/** SRE_REPEAT: the state of a REPEAT ... MAX_UNTIL/MIN_UNTIL loop. */
export interface Repeat {
  count: number;
  /** position of the REPEAT's <skip> (pattern[1] = min, pattern[2] = max, pattern+3 = item) */
  pc: number;
  prev: Repeat | null;
  lastPtr: number;
}

/** An internal error of the engine (CPython: SRE_ERROR_ILLEGAL / SRE_ERROR_STATE, pattern_error). */
export const internalError = () => pyError(RuntimeError, "internal error in regular expression engine");

/** SRE_STATE: one matching operation over a subject. Positions are indices into `s`; -1 is NULL. */
export class State {
  start: number;
  end: number;
  ptr: number;
  mark: number[] = [];
  lastmark = -1;
  lastindex = -1;
  repeat: Repeat | null = null;
  matchAll = false;
  mustAdvance = false;
  /** the MARK_PUSH stack (CPython keeps it on the data stack) */
  marks: number[][] = [];
  /** the engine's interpreters of this state, by nesting depth (engine.ts Matcher) */
  matchers: object[] = [];
  matchDepth = 0;
  constructor(readonly s: Chars, readonly pos: number, readonly endpos: number) {
    this.start = pos;
    this.end = endpos;
    this.ptr = pos;
  }
  /** state_reset */
  reset(): void {
    this.lastmark = -1;
    this.lastindex = -1;
    this.repeat = null;
    this.marks.length = 0;
  }
}


/** SRE(at) */
export function at(state: State, ptr: number, code: number): boolean {
  const s = state.s, end = state.end;
  let thisp: boolean, thatp: boolean;
  switch (code) {
    case At.BEGINNING: case At.BEGINNING_STRING:
      return ptr === 0;
    case At.BEGINNING_LINE:
      return ptr === 0 || isLinebreak(s[ptr - 1]);
    case At.END:
      return (end - ptr === 1 && isLinebreak(s[ptr])) || ptr === end;
    case At.END_LINE:
      return ptr === end || isLinebreak(s[ptr]);
    case At.END_STRING:
      return ptr === end;
    case At.BOUNDARY: case At.NON_BOUNDARY:
    case At.LOC_BOUNDARY: case At.LOC_NON_BOUNDARY:
    case At.UNI_BOUNDARY: case At.UNI_NON_BOUNDARY: {
      if (end === 0) return false; // state->beginning == state->end
      const isw = code <= At.NON_BOUNDARY ? isWord : code <= At.LOC_NON_BOUNDARY ? isLocWord : isUniWord;
      thatp = ptr > 0 ? isw(s[ptr - 1]) : false;
      thisp = ptr < end ? isw(s[ptr]) : false;
      return code === At.BOUNDARY || code === At.LOC_BOUNDARY || code === At.UNI_BOUNDARY ? thisp !== thatp : thisp === thatp;
    }
  }
  return false;
}

/** SRE(charset): is ch a member of the set at code[set..]? */
export function charset(code: Code, set: number, ch: number): boolean {
  let ok = true;
  for (;;) {
    switch (code[set++]) {
      case Op.FAILURE:
        return !ok;
      case Op.LITERAL:
        if (ch === code[set]) return ok;
        set++;
        break;
      case Op.CATEGORY:
        if (category(code[set], ch)) return ok;
        set++;
        break;
      case Op.CHARSET:
        if (ch < 256 && (code[set + (ch >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += 8;
        break;
      case Op.RANGE:
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        set += 2;
        break;
      case Op.RANGE_UNI_IGNORE: {
        // ch is already lower cased
        if (code[set] <= ch && ch <= code[set + 1]) return ok;
        const uch = upperUnicode(ch);
        if (code[set] <= uch && uch <= code[set + 1]) return ok;
        set += 2;
        break;
      }
      case Op.NEGATE:
        ok = !ok;
        break;
      case Op.BIGCHARSET: {
        // <BIGCHARSET> <blockcount> <256 block indices as bytes, little-endian in 64 words> <blocks>
        const count = code[set++];
        let block = -1;
        if (ch < 0x10000) block = (code[set + (ch >> 10)] >>> (((ch >> 8) & 3) * 8)) & 0xff;
        set += 64;
        if (block >= 0 && (code[set + ((block * 256 + (ch & 255)) >> 5)] & (1 << (ch & 31))) !== 0) return ok;
        set += count * 8;
        break;
      }
      default:
        // internal error -- there's not much we can do about it here, so pretend it didn't match
        return false;
    }
  }
}

/** SRE(charset_loc_ignore) */
export function charsetLocIgnore(code: Code, set: number, ch: number): boolean {
  const lo = lowerLocale(ch);
  if (charset(code, set, lo)) return true;
  const up = upperLocale(ch);
  return up !== lo && charset(code, set, up);
}

