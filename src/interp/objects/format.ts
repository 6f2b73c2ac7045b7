// format(value, spec): the format-spec mini-language for str, int, bool and float (a port of
// Python/formatter_unicode.c of CPython 3.14, including the 'z' flag and grouping of the
// fractional part), and PyObject_Format's dispatch to __format__ for other types.
// Float digits come from numbers.ts doubleToString (PyOS_double_to_string: correctly rounded,
// ties to even on the exact binary value, as dtoa).
import { ObjectType, typeOf, type PyValue } from "./object.js";
import { doubleToString, intToFloat, PyFloat, type PyInt } from "./numbers.js";
import { MemoryError, OverflowError, pyError, TypeError, ValueError } from "./exceptions.js";
import { callMethod, defMethod, str, typeName } from "./abstract.js";
import { reprFloat } from "../parse/repr.js";

/** InternalFormatSpec */
export interface FormatSpec {
  fill: string;
  align: string;
  alt: boolean;
  noNeg0: boolean;
  /** "" (not given), "+", "-" or " " */
  sign: string;
  /** -1 = not given */
  width: number;
  /** "" | "," | "_" ; grouping is every `groupSize` digits */
  thousands: string;
  groupSize: number;
  fracThousands: string;
  /** -1 = not given */
  precision: number;
  /** "" = not given */
  type: string;
}

/** Py_UNICODE_TODECIMAL for one code point, or -1 */
function decimalDigit(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c >= 48 && c <= 57) return c - 48;
  if (c < 128 || !/\p{Nd}/u.test(ch)) return -1;
  // Nd characters come in runs of ten starting at zero
  let start = c;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}

const MAX_WIDTH = 1 << 28;

function formatError(msg: string) {
  return pyError(ValueError, msg);
}

/** parse_internal_render_format_spec */
export function parseFormatSpec(spec: string, objType: string, defaultType: string, defaultAlign: string): FormatSpec {
  const cps = Array.from(spec);
  const end = cps.length;
  let pos = 0;
  const f: FormatSpec = {
    fill: " ", align: defaultAlign, alt: false, noNeg0: false, sign: "", width: -1, thousands: "", groupSize: 3,
    fracThousands: "", precision: -1, type: defaultType,
  };
  const isAlign = (c: string | undefined): boolean => c === "<" || c === ">" || c === "=" || c === "^";
  let alignSpecified = false, fillSpecified = false;
  if (end - pos >= 2 && isAlign(cps[pos + 1])) {
    f.align = cps[pos + 1];
    f.fill = cps[pos];
    fillSpecified = alignSpecified = true;
    pos += 2;
  } else if (end - pos >= 1 && isAlign(cps[pos])) {
    f.align = cps[pos];
    alignSpecified = true;
    pos++;
  }
  if (pos < end && (cps[pos] === " " || cps[pos] === "+" || cps[pos] === "-")) f.sign = cps[pos++];
  if (pos < end && cps[pos] === "z") { f.noNeg0 = true; pos++; }
  if (pos < end && cps[pos] === "#") { f.alt = true; pos++; }
  if (!fillSpecified && pos < end && cps[pos] === "0") {
    f.fill = "0";
    if (!alignSpecified && defaultAlign === ">") f.align = "=";
    pos++;
  }
  const getInteger = (): [number, number] => {
    let acc = 0, n = 0;
    for (; pos < end; pos++, n++) {
      const d = decimalDigit(cps[pos]);
      if (d < 0) break;
      acc = acc * 10 + d;
      if (acc > Number.MAX_SAFE_INTEGER) throw formatError("Too many decimal digits in format string");
    }
    return [acc, n];
  };
  const [width, wn] = getInteger();
  if (wn > 0) f.width = width;
  const bothSeps = () => formatError("Cannot specify both ',' and '_'.");
  if (pos < end && cps[pos] === ",") { f.thousands = ","; pos++; }
  if (pos < end && cps[pos] === "_") {
    if (f.thousands) throw bothSeps();
    f.thousands = "_";
    pos++;
  }
  if (pos < end && cps[pos] === "," && f.thousands === "_") throw bothSeps();
  if (pos < end && cps[pos] === ".") {
    pos++;
    let [prec, consumed] = getInteger();
    if (consumed > 0) f.precision = prec;
    if (pos < end && cps[pos] === ",") { f.fracThousands = ","; pos++; consumed++; }
    if (pos < end && cps[pos] === "_") {
      if (f.fracThousands) throw bothSeps();
      f.fracThousands = "_";
      pos++;
      consumed++;
    }
    if (pos < end && cps[pos] === "," && f.fracThousands === "_") throw bothSeps();
    if (consumed === 0) throw formatError("Format specifier missing precision");
    void prec;
  }
  if (end - pos > 1) throw formatError(`Invalid format specifier '${spec}' for object of type '${objType}'`);
  if (end - pos === 1) f.type = cps[pos];
  if (f.thousands) {
    switch (f.type) {
      case "d": case "e": case "f": case "g": case "E": case "G": case "%": case "F": case "":
        break;
      case "b": case "o": case "x": case "X":
        if (f.thousands === "_") { f.groupSize = 4; break; }
        throw invalidSeparator(f.thousands, f.type);
      default:
        throw invalidSeparator(f.thousands, f.type);
    }
  }
  if (f.type === "n" && f.fracThousands) throw invalidSeparator(f.fracThousands, f.type);
  if (f.width > MAX_WIDTH) throw pyError(MemoryError);
  return f;
}

function invalidSeparator(sep: string, type: string) {
  const c = type.codePointAt(0)!;
  return formatError(c > 32 && c < 128 ? `Cannot specify '${sep}' with '${type}'.` : `Cannot specify '${sep}' with '\\x${c.toString(16)}'.`);
}

function unknownPresentationType(type: string, objType: string) {
  const c = type.codePointAt(0)!;
  return formatError(c > 32 && c < 128
    ? `Unknown format code '${type}' for object of type '${objType}'`
    : `Unknown format code '\\x${c.toString(16)}' for object of type '${objType}'`);
}

// ---- padding and digit grouping ---------------------------------------------------------------------

/** _PyUnicode_InsertThousandsGrouping: digits grouped from the right, zero-filled to minWidth. */
function groupDigits(digits: string, minWidth: number, size: number, sep: string): string {
  minWidth = Math.max(0, minWidth);
  let remaining = digits.length;
  let pos = digits.length;
  let out = "";
  let useSep = false;
  let broken = false;
  const piece = (len: number) => {
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    out = "0".repeat(nZeros) + digits.slice(pos - nChars, pos) + (useSep ? sep : "") + out;
    pos -= nChars;
    remaining -= nChars;
  };
  if (sep) {
    for (;;) {
      const len = Math.min(size, Math.max(remaining, minWidth, 1));
      piece(len);
      useSep = true;
      minWidth -= len;
      if (remaining <= 0 && minWidth <= 0) { broken = true; break; }
      minWidth -= sep.length;
    }
  }
  if (!broken) piece(Math.max(remaining, minWidth, 1));
  return out;
}

/** Fractional digits grouped from the left (3.14's frac_thousands_separator). */
function groupFrac(frac: string, sep: string): string {
  if (!sep || frac.length <= 3) return frac;
  const parts: string[] = [];
  for (let i = 0; i < frac.length; i += 3) parts.push(frac.slice(i, i + 3));
  return parts.join(sep);
}

/**
 * calc_number_widths + fill_number: the layout
 *   <lpadding> <sign> <prefix> <spadding> <grouped digits> <decimal> <grouped frac> <remainder> <rpadding>
 */
function fillNumber(f: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean, frac: string,
  remainder: string, thousands: string, fracSep: string): string {
  let sign = "";
  if (f.sign === "+") sign = negative ? "-" : "+";
  else if (f.sign === " ") sign = negative ? "-" : " ";
  else if (negative) sign = "-";
  const groupedFrac = groupFrac(frac, fracSep);
  const remLen = remainder.length === 2 && remainder.codePointAt(0)! > 0xffff ? 1 : remainder.length; // 'c' may give an astral char
  const nonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + groupedFrac.length + remLen;
  const minWidth = f.fill === "0" && f.align === "=" ? f.width - nonDigit : 0;
  const grouped = digits.length === 0 ? "" : groupDigits(digits, minWidth, f.groupSize, thousands);
  const nPadding = f.width - (nonDigit + grouped.length);
  let lpad = 0, spad = 0, rpad = 0;
  if (nPadding > 0) {
    switch (f.align) {
      case "<": rpad = nPadding; break;
      case "^": lpad = nPadding >> 1; rpad = nPadding - lpad; break;
      case "=": spad = nPadding; break;
      default: lpad = nPadding; break;
    }
  }
  return f.fill.repeat(lpad) + sign + prefix + f.fill.repeat(spad) + grouped + (hasDecimal ? "." : "") + groupedFrac +
    remainder + f.fill.repeat(rpad);
}

function pad(body: string, bodyLen: number, f: FormatSpec): string {
  const n = f.width - bodyLen;
  if (n <= 0) return body;
  switch (f.align) {
    case ">": return f.fill.repeat(n) + body;
    case "^": { const l = n >> 1; return f.fill.repeat(l) + body + f.fill.repeat(n - l); }
    default: return body + f.fill.repeat(n);
  }
}

// ---- str ---------------------------------------------------------------------------------------------

/** str.__format__ (format_string_internal) */
export function formatStr(v: string, spec: string, objType = "str"): string {
  if (spec === "") return v;
  const f = parseFormatSpec(spec, objType, "s", "<");
  if (f.type !== "s") throw unknownPresentationType(f.type, objType);
  if (f.sign === " ") throw formatError("Space not allowed in string format specifier");
  if (f.sign) throw formatError("Sign not allowed in string format specifier");
  if (f.noNeg0) throw formatError("Negative zero coercion (z) not allowed in string format specifier");
  if (f.alt) throw formatError("Alternate form (#) not allowed in string format specifier");
  if (f.align === "=") throw formatError("'=' alignment not allowed in string format specifier");
  let body = v;
  let len = -1;
  if (f.precision >= 0 || f.width >= 0) {
    const cps = Array.from(v);
    len = cps.length;
    if (f.precision >= 0 && len > f.precision) { body = cps.slice(0, f.precision).join(""); len = f.precision; }
  }
  return pad(body, len, f);
}

// ---- int ---------------------------------------------------------------------------------------------

/** int.__format__ for a non-empty spec (format_long_internal and the float types via float()). */
export function formatInt(v: PyInt, spec: string, objType = "int"): string {
  const f = parseFormatSpec(spec, objType, "d", ">");
  switch (f.type) {
    case "b": case "c": case "d": case "o": case "x": case "X": case "n":
      return formatLong(v, f);
    case "e": case "E": case "f": case "F": case "g": case "G": case "%":
      return formatFloatSpec(intToFloat(v), f);
    default:
      throw unknownPresentationType(f.type, objType);
  }
}

function formatLong(v: PyInt, f: FormatSpec): string {
  if (f.precision !== -1) throw formatError("Precision not allowed in integer format specifier");
  if (f.noNeg0) throw formatError("Negative zero coercion (z) not allowed in integer format specifier");
  if (f.type === "c") {
    if (f.sign) throw formatError("Sign not allowed with integer format specifier 'c'");
    if (f.alt) throw formatError("Alternate form (#) not allowed with integer format specifier 'c'");
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw pyError(OverflowError, "Python int too large to convert to C long");
    if (v < 0 || v > 0x10ffff) throw pyError(OverflowError, "%c arg not in range(0x110000)");
    return fillNumber(f, false, "", "", false, "", String.fromCodePoint(Number(v)), "", "");
  }
  const negative = v < 0;
  const abs = typeof v === "number" ? Math.abs(v) : negative ? -v : v;
  let digits: string, prefix = "";
  switch (f.type) {
    case "b": digits = abs.toString(2); prefix = "0b"; break;
    case "o": digits = abs.toString(8); prefix = "0o"; break;
    case "x": digits = abs.toString(16); prefix = "0x"; break;
    case "X": digits = abs.toString(16).toUpperCase(); prefix = "0X"; break;
    default: digits = abs.toString(); break; // d, n ('n' in the C locale groups nothing)
  }
  return fillNumber(f, negative, f.alt ? prefix : "", digits, false, "", "", f.type === "n" ? "" : f.thousands, "");
}

// ---- float -------------------------------------------------------------------------------------------

/** float.__format__ for a non-empty spec. */
export function formatFloat(x: number, spec: string, objType = "float"): string {
  const f = parseFormatSpec(spec, objType, "", ">");
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": case "%":
      return formatFloatSpec(x, f);
    default:
      throw unknownPresentationType(f.type, objType);
  }
}

/** format_float_internal */
function formatFloatSpec(x: number, f: FormatSpec): string {
  if (f.precision > 0x7fffffff) throw formatError("precision too big");
  let precision = f.precision;
  let type = f.type;
  let defaultPrecision = 6;
  let addDot0 = false;
  if (type === "") { addDot0 = true; type = "r"; defaultPrecision = 0; }
  if (type === "n") type = "g";
  let addPct = false;
  if (type === "%") { type = "f"; x *= 100; addPct = true; }
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  if (precision > MAX_WIDTH) throw pyError(MemoryError);
  let s = doubleToString(x, type, precision, { alt: f.alt, addDot0, noNeg0: f.noNeg0 });
  if (addPct) s += "%";
  if (f.sign !== "+" && f.sign !== " " && f.width === -1 && f.type !== "n" && !f.thousands && !f.fracThousands) return s;
  let negative = false;
  if (s[0] === "-") { negative = true; s = s.slice(1); }
  // parse_number: integer digits, then optionally "." and fractional digits, then the remainder
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  const digits = s.slice(0, i);
  const hasDecimal = s[i] === ".";
  let j = hasDecimal ? i + 1 : i;
  const fracStart = j;
  while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
  const thousands = f.type === "n" ? "" : f.thousands;
  return fillNumber(f, negative, "", digits, hasDecimal, s.slice(fracStart, j), s.slice(j), thousands, f.fracThousands);
}

/** complex.__format__ (Python/formatter_unicode.c format_complex_internal) */
export function formatComplex(re: number, im: number, spec: string): string {
  const f = parseFormatSpec(spec, "complex", "", ">");
  switch (f.type) {
    case "": case "e": case "E": case "f": case "F": case "g": case "G": case "n": break;
    default: throw unknownPresentationType(f.type, "complex");
  }
  if (f.fill === "0" && f.align === "=" ) throw formatError("Zero padding is not allowed in complex format specifier");
  if (f.align === "=") throw formatError("'=' alignment flag is not allowed in complex format specifier");
  let type: string = f.type, precision = f.precision, defaultPrecision = 6;
  let skipRe = false, addParens = false;
  if (type === "") {
    type = "r";
    defaultPrecision = 0;
    if (re === 0 && !Object.is(re, -0)) skipRe = true;
    else addParens = true;
  }
  if (type === "n") type = "g";
  if (precision < 0) precision = defaultPrecision;
  else if (type === "r") type = "g";
  // each part as a number without padding; the imaginary part always signed unless it stands alone
  const part = (x: number, sign: string): string => {
    let s = doubleToString(x, type, precision, { alt: f.alt, addDot0: false, noNeg0: f.noNeg0 });
    let negative = false;
    if (s[0] === "-") { negative = true; s = s.slice(1); }
    let i = 0;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    const hasDecimal = s[i] === ".";
    let j = hasDecimal ? i + 1 : i;
    const fracStart = j;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    const tmp: FormatSpec = { ...f, fill: " ", align: "<", width: -1, sign };
    return fillNumber(tmp, negative, "", s.slice(0, i), hasDecimal, s.slice(fracStart, j), s.slice(j), f.type === "n" ? "" : f.thousands, f.fracThousands);
  };
  const reStr = skipRe ? "" : part(re, f.sign);
  const imStr = part(im, skipRe ? f.sign : "+");
  const body = (addParens ? "(" : "") + reStr + imStr + "j" + (addParens ? ")" : "");
  return pad(body, Array.from(body).length, f);
}

// ---- PyObject_Format ---------------------------------------------------------------------------------

/** format(value, spec) (PyObject_Format): builtin types directly, others through __format__. */
export function formatValue(v: PyValue, spec: string): string {
  switch (typeof v) {
    case "string": return spec === "" ? v : formatStr(v, spec);
    case "number": case "bigint": return spec === "" ? String(v) : formatInt(v, spec);
    case "boolean": return spec === "" ? (v ? "True" : "False") : formatInt(v ? 1 : 0, spec, "bool");
  }
  if (v instanceof PyFloat) return spec === "" ? reprFloat(v.value) : formatFloat(v.value, spec);
  const t = typeOf(v);
  const f = t.lookup("__format__");
  if (f === undefined) throw pyError(TypeError, `Type ${t.name} doesn't define __format__`);
  const r = callMethod(f, v, [spec]);
  if (typeof r !== "string") throw pyError(TypeError, `__format__ must return a str, not ${typeName(r)}`);
  return r;
}

// object.__format__ (Objects/typeobject.c object___format___impl)
defMethod(ObjectType, "__format__", (self, args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "object.__format__() takes no keyword arguments");
  if (args.length !== 1) throw pyError(TypeError, `object.__format__() takes exactly one argument (${args.length} given)`);
  const spec = args[0];
  if (typeof spec !== "string") throw pyError(TypeError, `__format__() argument must be str, not ${typeName(spec)}`);
  if (spec !== "") throw pyError(TypeError, `unsupported format string passed to ${typeName(self)}.__format__`);
  return str(self);
});

