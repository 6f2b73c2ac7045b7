// Character predicates and case mappings of the SRE engine: the ASCII ones of the default
// categories, the "locale" ones (the C locale: ASCII), and the Unicode ones behind \w \d \s and
// IGNORECASE on str patterns (Py_UNICODE_ISALNUM / ISDECIMAL / ISSPACE / ISLINEBREAK and the simple
// case mappings Py_UNICODE_TOLOWER / TOUPPER).
// CPython: Modules/_sre/sre.c (SRE_IS_*, SRE_UNI_IS_*, sre_lower_ascii, sre_lower_unicode,
// sre_upper_unicode, sre_category, char_loc_ignore), Objects/unicodectype.c.
//
// The Unicode data come from the JS engine (\p{..} and toLowerCase/toUpperCase) with the exceptions
// below, found by comparing every code point with CPython 3.14 (pyodide: _sre.unicode_tolower,
// _sre.unicode_iscased, str.isalnum/isdecimal/isspace per character).
import { Category } from "./constants.js";

const RE_ALNUM = /^[\p{L}\p{N}]$/u;
const RE_DECIMAL = /^\p{Nd}$/u;

// Characters the engine's Unicode (17.0) assigned after CPython 3.14's (16.0): CPython gives them no
// properties and no case mappings.
const NEWER_THAN_CPYTHON = new RegExp(
  "^[\\u{88f}\\u{c5c}\\u{cdc}\\u{a7ce}-\\u{a7cf}\\u{a7d2}\\u{a7d4}\\u{a7f1}\\u{10940}-\\u{10959}\\u{10ec5}-\\u{10ec7}" +
  "\\u{11db0}-\\u{11ddb}\\u{11de0}-\\u{11de9}\\u{16ea0}-\\u{16eb8}\\u{16ebb}-\\u{16ed3}\\u{16ff2}-\\u{16ff6}" +
  "\\u{187f8}-\\u{187ff}\\u{18d09}-\\u{18d1e}\\u{18d80}-\\u{18df2}\\u{1e6c0}-\\u{1e6de}\\u{1e6e0}-\\u{1e6e2}" +
  "\\u{1e6e4}-\\u{1e6e5}\\u{1e6e7}-\\u{1e6ed}\\u{1e6f0}-\\u{1e6f4}\\u{1e6fe}-\\u{1e6ff}\\u{2b73a}-\\u{2b73f}" +
  "\\u{2cea2}-\\u{2cead}\\u{323b0}-\\u{33479}]$", "u");
// Lower-case letters of 16.0 whose upper-case partner is new in 17.0.
const UPPER_NEWER = new Set([0xa7d3, 0xa7d5]);

/** Per code point, computed on first use: bit 1 alnum, 2 decimal, 4 done, 8 unassigned in CPython. */
const props = new Uint8Array(0x110000);

function propsOf(c: number): number {
  let p = props[c];
  if (p & 4) return p;
  const s = String.fromCodePoint(c);
  p = 4;
  if (NEWER_THAN_CPYTHON.test(s)) p |= 8;
  else {
    if (RE_ALNUM.test(s)) p |= 1;
    if (RE_DECIMAL.test(s)) p |= 2;
  }
  props[c] = p;
  return p;
}

// ---- ASCII (the default categories for bytes and ASCII patterns) ------------------------------

/** SRE_IS_DIGIT */
export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/** SRE_IS_SPACE (Py_ISSPACE: \t \n \v \f \r and space) */
export const isSpace = (c: number): boolean => c === 0x20 || (c >= 9 && c <= 13);
/** SRE_IS_LINEBREAK */
export const isLinebreak = (c: number): boolean => c === 10;
/** SRE_IS_WORD */
export const isWord = (c: number): boolean =>
  (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
/** sre_lower_ascii */
export const lowerAscii = (c: number): number => (c >= 0x41 && c <= 0x5a ? c + 32 : c);
/** Py_ISALPHA on ASCII (ascii_iscased) */
export const isAsciiAlpha = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

// ---- locale (tspy runs in the C locale, so these are the ASCII tests on bytes < 256) ------------

/** SRE_LOC_IS_WORD */
export const isLocWord = (c: number): boolean => c < 256 && isWord(c);
/** sre_lower_locale */
export const lowerLocale = (c: number): number => (c < 256 ? lowerAscii(c) : c);
/** sre_upper_locale */
export const upperLocale = (c: number): number => (c < 256 && c >= 0x61 && c <= 0x7a ? c - 32 : c);
/** char_loc_ignore */
export const charLocIgnore = (pattern: number, c: number): boolean =>
  c === pattern || lowerLocale(c) === pattern || upperLocale(c) === pattern;

// ---- Unicode -------------------------------------------------------------------------------------

/** Py_UNICODE_ISDECIMAL */
export const isUniDigit = (c: number): boolean => (c < 128 ? isDigit(c) : (propsOf(c) & 2) !== 0);
/** Py_UNICODE_ISSPACE */
export function isUniSpace(c: number): boolean {
  if (c < 128) return (c >= 9 && c <= 13) || (c >= 28 && c <= 32);
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}
/** Py_UNICODE_ISLINEBREAK */
export const isUniLinebreak = (c: number): boolean =>
  (c >= 10 && c <= 13) || (c >= 0x1c && c <= 0x1e) || c === 0x85 || c === 0x2028 || c === 0x2029;
/** SRE_UNI_IS_WORD: Py_UNICODE_ISALNUM or '_' */
export const isUniWord = (c: number): boolean => (c < 128 ? isWord(c) : (propsOf(c) & 1) !== 0);

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** sre_lower_unicode (_PyUnicode_ToLowercase): the simple mapping, which for a character with a
 * special (multi-character) mapping is the first character of that mapping. */
export function lowerUnicode(c: number): number {
  if (c < 128) return lowerAscii(c);
  if (c > 0x10ffff) return c;
  let r = lowerCache.get(c);
  if (r === undefined) {
    r = propsOf(c) & 8 ? c : String.fromCodePoint(c).toLowerCase().codePointAt(0)!;
    lowerCache.set(c, r);
  }
  return r;
}
/** sre_upper_unicode (_PyUnicode_ToUppercase), as lowerUnicode. */
export function upperUnicode(c: number): number {
  if (c < 128) return c >= 0x61 && c <= 0x7a ? c - 32 : c;
  if (c > 0x10ffff) return c;
  let r = upperCache.get(c);
  if (r === undefined) {
    r = propsOf(c) & 8 || UPPER_NEWER.has(c) ? c : String.fromCodePoint(c).toUpperCase().codePointAt(0)!;
    upperCache.set(c, r);
  }
  return r;
}
/** unicode_iscased */
export const isUniCased = (c: number): boolean => c !== lowerUnicode(c) || c !== upperUnicode(c);

/** sre_category */
export function category(cat: number, c: number): boolean {
  switch (cat) {
    case Category.DIGIT: return isDigit(c);
    case Category.NOT_DIGIT: return !isDigit(c);
    case Category.SPACE: return isSpace(c);
    case Category.NOT_SPACE: return !isSpace(c);
    case Category.WORD: return isWord(c);
    case Category.NOT_WORD: return !isWord(c);
    case Category.LINEBREAK: return isLinebreak(c);
    case Category.NOT_LINEBREAK: return !isLinebreak(c);
    case Category.LOC_WORD: return isLocWord(c);
    case Category.LOC_NOT_WORD: return !isLocWord(c);
    case Category.UNI_DIGIT: return isUniDigit(c);
    case Category.UNI_NOT_DIGIT: return !isUniDigit(c);
    case Category.UNI_SPACE: return isUniSpace(c);
    case Category.UNI_NOT_SPACE: return !isUniSpace(c);
    case Category.UNI_WORD: return isUniWord(c);
    case Category.UNI_NOT_WORD: return !isUniWord(c);
    case Category.UNI_LINEBREAK: return isUniLinebreak(c);
    case Category.UNI_NOT_LINEBREAK: return !isUniLinebreak(c);
  }
  return false;
}
