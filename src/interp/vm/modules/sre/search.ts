// SRE(search): the first match at or after a position, skipping ahead with the INFO block's literal
// prefix (and its overlap table) or first-character set when the pattern has one.
// CPython: Modules/_sre/sre_lib.h SRE(search).
import { At, INFO_CHARSET, INFO_LITERAL, INFO_PREFIX, Op } from "./constants.js";
import { match } from "./engine.js";
import { charset, type Code, type State } from "./state.js";

/** Reset the capturing groups between two SRE(match) calls of a search. */
function resetCaptureGroup(state: State): void {
  state.lastmark = state.lastindex = -1;
}

/** SRE(search): find the first match at or after state.start; on success state.start and state.ptr
 * delimit it. */
export function search(state: State, code: Code): boolean {
  const s = state.s;
  let ptr = state.start;
  let end = state.end;
  let status = false;
  let prefixLen = 0, prefixSkip = 0, prefix = 0, overlap = 0, charsetAt = -1;
  let flags = 0;
  let pc = 0;

  if (ptr > end) return false;

  if (code[0] === Op.INFO) {
    // <INFO> <1=skip> <2=flags> <3=min> <4=max> <5=prefix info>
    flags = code[2];
    if (code[3] && end - ptr < code[3]) return false;
    if (code[3] > 1) {
      // adjust end point (but make sure we leave at least one character in there)
      end -= code[3] - 1;
      if (end <= ptr) end = ptr;
    }
    if (flags & INFO_PREFIX) {
      // <length> <skip> <prefix data> <overlap data>
      prefixLen = code[5];
      prefixSkip = code[6];
      prefix = 7;
      overlap = prefix + prefixLen - 1;
    } else if (flags & INFO_CHARSET) {
      charsetAt = 5;
    }
    pc = 1 + code[1];
  }

  if (prefixLen === 1) {
    // pattern starts with a literal character
    const c = code[prefix];
    end = state.end;
    state.mustAdvance = false;
    while (ptr < end) {
      while (s[ptr] !== c) {
        if (++ptr >= end) return false;
      }
      state.start = ptr;
      state.ptr = ptr + prefixSkip;
      if (flags & INFO_LITERAL) return true; // we got all of it
      status = match(state, code, pc + 2 * prefixSkip, false);
      if (status) return status;
      ++ptr;
      resetCaptureGroup(state);
    }
    return false;
  }

  if (prefixLen > 1) {
    // pattern starts with a known prefix. use the overlap table to skip forward
    end = state.end;
    if (prefixLen > end - ptr) return false;
    while (ptr < end) {
      const c = code[prefix];
      while (s[ptr++] !== c) {
        if (ptr >= end) return false;
      }
      if (ptr >= end) return false;
      let i = 1;
      state.mustAdvance = false;
      do {
        if (s[ptr] === code[prefix + i]) {
          if (++i !== prefixLen) {
            if (++ptr >= end) return false;
            continue;
          }
          // found a potential match
          state.start = ptr - (prefixLen - 1);
          state.ptr = ptr - (prefixLen - prefixSkip - 1);
          if (flags & INFO_LITERAL) return true;
          status = match(state, code, pc + 2 * prefixSkip, false);
          if (status) return status;
          // close but no cigar -- try again
          if (++ptr >= end) return false;
          resetCaptureGroup(state);
        }
        i = code[overlap + i];
      } while (i !== 0);
    }
    return false;
  }

  if (charsetAt >= 0) {
    // pattern starts with a character from a known set
    end = state.end;
    state.mustAdvance = false;
    for (;;) {
      while (ptr < end && !charset(code, charsetAt, s[ptr])) ptr++;
      if (ptr >= end) return false;
      state.start = ptr;
      state.ptr = ptr;
      status = match(state, code, pc, false);
      if (status) break;
      ptr++;
      resetCaptureGroup(state);
    }
  } else {
    // general case
    state.start = state.ptr = ptr;
    status = match(state, code, pc, true);
    state.mustAdvance = false;
    if (!status && code[pc] === Op.AT && (code[pc + 1] === At.BEGINNING || code[pc + 1] === At.BEGINNING_STRING)) {
      state.start = state.ptr = ptr = end;
      return false;
    }
    while (!status && ptr < end) {
      ptr++;
      resetCaptureGroup(state);
      state.start = state.ptr = ptr;
      status = match(state, code, pc, false);
    }
  }
  return status;
}
