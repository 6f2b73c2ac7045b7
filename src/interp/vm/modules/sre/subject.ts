// The string a pattern runs over: str as an array of code points (a JS string is UTF-16, Python's
// str is indexed by code point; see str.ts), bytes-like objects as their bytes. Slices go back to
// str/bytes objects.
// CPython: Modules/_sre/sre.c getstring, getslice, state_init.
import type { PyValue } from "../../../objects/object.js";
import { typeName } from "../../../objects/abstract.js";
import { pyError, TypeError } from "../../../objects/exceptions.js";
import { bufferOf, BytesType, PyBytesObject } from "../../../objects/bytes.js";
import { strValue } from "../../../objects/strtype.js";
import type { Chars } from "./state.js";

export interface Subject {
  /** the object matched against (Match.string) */
  obj: PyValue;
  isBytes: boolean;
  chars: Chars;
  /** str subjects: the JS string and, when it holds astral characters, each code point's UTF-16 offset */
  str: string;
  offsets: Int32Array | null;
}

const RE_SURROGATE = /[\ud800-\udfff]/;

// The last str converted, so that repeated calls over one long string (a scanner loop, pos=...)
// do not convert it again each time.
let lastStr: string | null = null;
let lastSubject: { chars: Int32Array; offsets: Int32Array | null } | null = null;

function strChars(s: string): { chars: Int32Array; offsets: Int32Array | null } {
  if (s === lastStr && lastSubject) return lastSubject;
  let chars: Int32Array, offsets: Int32Array | null = null;
  if (!RE_SURROGATE.test(s)) {
    chars = new Int32Array(s.length);
    for (let i = 0; i < s.length; i++) chars[i] = s.charCodeAt(i);
  } else {
    const cps: number[] = [];
    const offs: number[] = [];
    for (let u = 0; u < s.length;) {
      const c = s.codePointAt(u)!;
      offs.push(u);
      cps.push(c);
      u += c > 0xffff ? 2 : 1;
    }
    offs.push(s.length);
    chars = Int32Array.from(cps);
    offsets = Int32Array.from(offs);
  }
  lastStr = s;
  lastSubject = { chars, offsets };
  return lastSubject;
}

/** getstring: the subject of a str or bytes-like object, or null. */
export function subjectOf(v: PyValue): Subject | null {
  const s = strValue(v);
  if (s !== null) {
    const { chars, offsets } = strChars(s);
    return { obj: v, isBytes: false, chars, str: s, offsets };
  }
  const b = bufferOf(v);
  if (b === null) return null;
  return { obj: v, isBytes: true, chars: b, str: "", offsets: null };
}

/** getstring with its TypeError. */
export function getSubject(v: PyValue): Subject {
  const subj = subjectOf(v);
  if (subj === null) throw pyError(TypeError, `expected string or bytes-like object, got '${typeName(v)}'`);
  return subj;
}

/** getslice: string[i:j] as str or bytes (the bytes object itself when it is all of it). */
export function getslice(subj: Subject, i: number, j: number): PyValue {
  if (subj.isBytes) {
    const o = subj.obj;
    if (o instanceof PyBytesObject && o.type === BytesType && i === 0 && j === subj.chars.length) return o;
    return new PyBytesObject((subj.chars as Uint8Array).slice(i, j));
  }
  if (subj.offsets === null) return subj.str.slice(i, j);
  return subj.str.slice(subj.offsets[i], subj.offsets[j]);
}

/** The length of the subject in characters. */
export const subjectLength = (subj: Subject): number => subj.chars.length;
