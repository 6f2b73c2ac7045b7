// Python repr() of constant values, as ast.dump prints them, matching CPython 3.14 byte for byte.
// Known deviations (see also DEVIATIONS.md):
//  - str is UTF-16 here, so two lone surrogates that happen to pair up (a high one followed by a low
//    one) are one astral code point in JS and print as that character, not as '\ud8xx\udcxx'.
//  - "printable" comes from the JS engine's Unicode tables (process.versions.unicode), which can be
//    newer than CPython 3.14's (Unicode 16.0): code points assigned after 16.0 print literally here
//    while CPython escapes them as unassigned (Cn).
import type { ConstantValue } from "./constants.js";
import { PyBytes, PyComplex, PY_ELLIPSIS } from "./constants.js";

export function reprConstant(v: ConstantValue): string {
  if (v === null) return "None";
  if (v === true) return "True";
  if (v === false) return "False";
  if (v === PY_ELLIPSIS) return "Ellipsis";
  if (typeof v === "bigint") return v.toString(); // CPython: Objects/longobject.c long_to_decimal_string
  if (typeof v === "number") return reprFloat(v);
  if (typeof v === "string") return reprStr(v);
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  if (v instanceof PyComplex) return reprComplex(v);
  throw new Error("reprConstant: unexpected value");
}

// ---------------------------------------------------------------------------------------------
// str

// Py_UNICODE_ISPRINTABLE: false for the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, except that
// ASCII space is printable. CPython: Tools/unicode/makeunicodedata.py (PRINTABLE_MASK).
const NON_PRINTABLE = /^[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]$/u;

export function isPrintable(ch: string): boolean {
  return ch === " " || !NON_PRINTABLE.test(ch);
}

const HEX = "0123456789abcdef";

function hex(n: number, width: number): string {
  let s = "";
  for (let i = width - 1; i >= 0; i--) s += HEX[(n >>> (4 * i)) & 0xf];
  return s;
}

// CPython: Objects/unicodeobject.c unicode_repr
export function reprStr(s: string): string {
  // Prefer single quotes; use double quotes only when the string has ' and no ".
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  const out: string[] = [quote];
  let run = 0; // start of the current run of characters copied unchanged
  let i = 0;
  const flush = (end: number) => { if (end > run) out.push(s.slice(run, end)); };
  while (i < s.length) {
    const cp = s.codePointAt(i)!; // a lone surrogate comes back as itself
    const width = cp > 0xffff ? 2 : 1;
    let esc: string | null = null;
    if (cp === 0x5c || cp === quote.charCodeAt(0)) esc = "\\" + String.fromCharCode(cp);
    else if (cp === 0x09) esc = "\\t";
    else if (cp === 0x0a) esc = "\\n";
    else if (cp === 0x0d) esc = "\\r";
    else if (cp < 0x20 || cp === 0x7f) esc = "\\x" + hex(cp, 2);
    else if (cp < 0x7f) esc = null;
    else if (!isPrintable(s.slice(i, i + width))) {
      esc = cp <= 0xff ? "\\x" + hex(cp, 2) : cp <= 0xffff ? "\\u" + hex(cp, 4) : "\\U" + hex(cp, 8);
    }
    if (esc !== null) {
      flush(i);
      out.push(esc);
      run = i + width;
    }
    i += width;
  }
  flush(s.length);
  out.push(quote);
  return out.join("");
}

// ---------------------------------------------------------------------------------------------
// bytes

// CPython: Objects/bytesobject.c PyBytes_Repr (smartquotes=1)
export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const c of b) {
    if (c === 0x27) hasSingle = true;
    else if (c === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? 0x22 : 0x27;
  let out = "b" + String.fromCharCode(quote);
  for (const c of b) {
    if (c === quote || c === 0x5c) out += "\\" + String.fromCharCode(c);
    else if (c === 0x09) out += "\\t";
    else if (c === 0x0a) out += "\\n";
    else if (c === 0x0d) out += "\\r";
    else if (c < 0x20 || c >= 0x7f) out += "\\x" + hex(c, 2);
    else out += String.fromCharCode(c);
  }
  return out + String.fromCharCode(quote);
}

// ---------------------------------------------------------------------------------------------
// float and complex

/**
 * Shortest round-trip decimal digits of a finite, non-negative x (the digits of _Py_dg_dtoa mode 0):
 * x == 0.digits * 10**decpt, with no leading or trailing zeros in digits ("0" for zero, decpt 1).
 * Number::toString gives the shortest digit string and, among equally short ones, the closest to x.
 */
function shortestDigits(x: number): { digits: string; decpt: number } {
  if (x === 0) return { digits: "0", decpt: 1 };
  const s = String(x); // "123.45", "0.000012", "1.5e-7", "1e+21"
  const e = s.indexOf("e");
  const mant = e < 0 ? s : s.slice(0, e);
  const exp = e < 0 ? 0 : Number(s.slice(e + 1));
  const dot = mant.indexOf(".");
  const intPart = dot < 0 ? mant : mant.slice(0, dot);
  const fracPart = dot < 0 ? "" : mant.slice(dot + 1);
  let digits = intPart + fracPart;
  let decpt = intPart.length + exp;
  let lead = 0;
  while (lead < digits.length - 1 && digits[lead] === "0") lead++;
  digits = digits.slice(lead);
  decpt -= lead;
  let end = digits.length;
  while (end > 1 && digits[end - 1] === "0") end--;
  return { digits: digits.slice(0, end), decpt };
}

/**
 * PyOS_double_to_string(x, 'r', 0, flags) for the flags repr uses.
 * CPython: Python/pystrtod.c format_float_short (mode 0, repr's exponent thresholds)
 */
function formatFloatR(x: number, addDot0: boolean, alwaysSign: boolean): string {
  if (Number.isNaN(x)) return (alwaysSign ? "+" : "") + "nan"; // the sign of a nan is ignored
  const neg = x < 0 || Object.is(x, -0);
  const sign = neg ? "-" : alwaysSign ? "+" : "";
  if (!Number.isFinite(x)) return sign + "inf";
  const { digits, decpt } = shortestDigits(Math.abs(x));
  // 'r' uses exponent notation when decpt <= -4 or decpt > 16, i.e. the exponent of the leading
  // digit is < -4 or >= 16.
  if (decpt <= -4 || decpt > 16) {
    const exp = decpt - 1;
    const mant = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return sign + mant + "e" + (exp < 0 ? "-" : "+") + (e < 10 ? "0" : "") + e;
  }
  let body: string;
  if (decpt <= 0) body = "0." + "0".repeat(-decpt) + digits;
  else if (decpt >= digits.length) body = digits + "0".repeat(decpt - digits.length) + (addDot0 ? ".0" : "");
  else body = digits.slice(0, decpt) + "." + digits.slice(decpt);
  return sign + body;
}

// CPython: Objects/floatobject.c float_repr (PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0))
export function reprFloat(x: number): string {
  return formatFloatR(x, true, false);
}

// CPython: Objects/complexobject.c complex_repr
export function reprComplex(c: PyComplex): string {
  if (c.real === 0 && !Object.is(c.real, -0)) {
    // Real part is +0.0: just the imaginary part, no parentheses.
    return formatFloatR(c.imag, false, false) + "j";
  }
  return "(" + formatFloatR(c.real, false, false) + formatFloatR(c.imag, false, true) + "j)";
}
