// Value of a NUMBER token, as the parser turns it into a Constant.
// CPython: Parser/pegen.c parsenumber / parsenumber_raw (underscores removed first, then
// PyLong_FromString for ints, PyOS_string_to_double for floats, imaginary -> complex(0, value)).
import { PyComplex } from "./constants.js";

/**
 * Parse the source text of a NUMBER token (already validated by the tokenizer): `0x_ff`, `0o17`,
 * `0B1`, `1_000`, `007`, `1.`, `.5`, `1e10`, `1_0.0_1e-1_0`, `2j`, `1.5J`, ...
 * Ints become bigint, floats a correctly rounded double (out of range -> inf, as float('1e400')),
 * imaginary literals PyComplex(0, value). Never throws.
 */
export function parseNumberLiteral(text: string): bigint | number | PyComplex {
  const s = text.replace(/_/g, "");
  const last = s.charCodeAt(s.length - 1);
  if (last === 0x6a /* j */ || last === 0x4a /* J */) {
    return new PyComplex(0, parseFloatText(s.slice(0, -1)));
  }
  if (s.length > 1 && s[0] === "0") {
    const p = s[1];
    if (p === "x" || p === "X") return parseIntDigits(s.slice(2), 16);
    if (p === "o" || p === "O") return parseIntDigits(s.slice(2), 8);
    if (p === "b" || p === "B") return parseIntDigits(s.slice(2), 2);
  }
  if (/^[0-9]+$/.test(s)) return BigInt(s); // decimal int; leading zeros only in all-zero literals
  return parseFloatText(s);
}

// CPython: Python/pystrtod.c PyOS_string_to_double (correctly rounded; overflow gives +-inf).
// JS Number() on decimal text is correctly rounded too (round-half-even on the exact value).
function parseFloatText(s: string): number {
  if (s === "" || !/^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/.test(s)) return NaN;
  return Number(s);
}

const PREFIX: Record<number, string> = { 16: "0x", 8: "0o", 2: "0b" };

function parseIntDigits(digits: string, base: 16 | 8 | 2): bigint {
  const ok = base === 16 ? /^[0-9a-fA-F]+$/ : base === 8 ? /^[0-7]+$/ : /^[01]+$/;
  if (!ok.test(digits)) return 0n; // unreachable for tokens the tokenizer accepts
  return BigInt(PREFIX[base] + digits);
}
