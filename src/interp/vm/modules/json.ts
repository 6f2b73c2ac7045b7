// The _json module (CPython 3.14: Modules/_json.c), the accelerator Lib/json imports when it can:
// scanstring, make_scanner (the type _json.Scanner), encode_basestring(_ascii) and make_encoder
// (the type _json.Encoder). With it, json.loads/json.dumps give the C scanner's messages and
// positions (which differ from the pure-Python fallbacks') and run without the per-token Python
// calls of json.scanner.py_make_scanner and json.encoder._make_iterencode.
//
// Python indexes a str by code point; a JS string is UTF-16. The scanner works on UTF-16 offsets
// and converts the positions it takes and gives (idx, end, error positions) when the document
// holds a surrogate pair (then the two differ).
import { None, FloatType, IntType, PyObject, typeOf, type PyType, type PyValue } from "../../objects/object.js";
import {
  call, callMethod, defGetter, enterCall, getattr, iterateToArray, leaveCall, repr, toIndex, truthy, typeName,
} from "../../objects/abstract.js";
import { DictType, ListType, TupleType, PyDict, PyList, PyTuple, tuple } from "../../objects/containers.js";
import { PyModule, PyBuiltin } from "../../objects/functions.js";
import {
  BaseException, KeyError, PyBaseException, pyError, RecursionError, StopIteration, SystemError, TypeError, ValueError,
} from "../../objects/exceptions.js";
import { PyFloat, PyFloatSub, PyIntSub, intRepr } from "../../objects/numbers.js";
import { parseIntString } from "../../objects/int.js";
import { PyStrSub, strValue } from "../../objects/strtype.js";
import { sortItems } from "../../objects/typeslots.js";
import { reprFloat } from "../../parse/repr.js";
import { idOf, unpack } from "../builtins.js";
import { importModule } from "../eval.js";
import { defFn, defNew, nativeType } from "./native.js";

// ---- code points versus UTF-16 offsets --------------------------------------------------------------

const RE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/;
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The document being scanned: the Python object (for JSONDecodeError's doc), its text, and
 *  whether code point indices differ from UTF-16 offsets in it. */
interface Doc {
  obj: PyValue;
  s: string;
  astral: boolean;
}
function makeDoc(obj: PyValue, s: string): Doc {
  return { obj, s, astral: RE_PAIR.test(s) };
}
/** UTF-16 offset of code point index cp (clamped to the end). */
function toUnit(d: Doc, cp: number): number {
  if (!d.astral) return cp;
  const s = d.s;
  let u = 0;
  while (cp > 0 && u < s.length) {
    u += isHigh(s.charCodeAt(u)) && u + 1 < s.length && isLow(s.charCodeAt(u + 1)) ? 2 : 1;
    cp--;
  }
  return u + cp;
}
/** Code point index of UTF-16 offset u. */
function toCp(d: Doc, u: number): number {
  if (!d.astral) return u;
  const s = d.s;
  let n = u;
  for (let i = 0; i < u - 1 && i < s.length - 1; i++) {
    if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) { n--; i++; }
  }
  return n;
}
const cpLen = (d: Doc): number => toCp(d, d.s.length);

// ---- errors -----------------------------------------------------------------------------------------

// CPython: Modules/_json.c raise_errmsg (json.decoder.JSONDecodeError, imported when first needed)
function decodeError(d: Doc, msg: string, pos: number): PyBaseException {
  const cls = getattr(getattr(importModule("json.decoder"), "decoder"), "JSONDecodeError");
  const exc = call(cls, [msg, d.obj, toCp(d, pos)]);
  if (exc instanceof PyBaseException) return exc;
  return pyError(TypeError, "exceptions must derive from BaseException");
}
// CPython: raise_stop_iteration
const stopIteration = (idx: number): PyBaseException => new PyBaseException(StopIteration, [idx]);

/** _Py_EnterRecursiveCall(where) */
function enterRecursive(where: string): void {
  try {
    enterCall();
  } catch (e) {
    if (e instanceof PyBaseException && e.type === RecursionError) throw pyError(RecursionError, "maximum recursion depth exceeded" + where);
    throw e;
  }
}

/** _PyErr_FormatNote: BaseException.add_note on the exception being raised. */
function addNote(e: unknown, note: string): void {
  if (!(e instanceof PyBaseException)) return;
  callMethod(BaseException.ns.get("add_note")!, e, [note]);
}

const strArgError = (v: PyValue): PyBaseException => pyError(TypeError, `first argument must be a string, not ${typeName(v)}`);

// ---- scanstring ---------------------------------------------------------------------------------------

function hex4(s: string, at: number): number {
  let c = 0;
  for (let i = at; i < at + 4; i++) {
    const d = s.charCodeAt(i);
    c <<= 4;
    if (d >= 48 && d <= 57) c |= d - 48;
    else if (d >= 97 && d <= 102) c |= d - 87;
    else if (d >= 65 && d <= 70) c |= d - 55;
    else return -1;
  }
  return c;
}

const SIMPLE_ESCAPES: Record<number, string> = { 34: '"', 92: "\\", 47: "/", 98: "\b", 102: "\f", 110: "\n", 114: "\r", 116: "\t" };

/** The JSON string starting after the quote at `end - 1`: [its value, the offset after its closing
 *  quote]. Offsets are UTF-16. CPython: Modules/_json.c scanstring_unicode */
function scanString(d: Doc, end: number, strict: boolean): [string, number] {
  const s = d.s;
  const len = s.length;
  const begin = end - 1;
  let out = "";
  let pieces = false;
  for (;;) {
    // find the end of the string or the next escape
    let next = end;
    let c = 0;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 34 || c === 92) break;
      if (c <= 0x1f && strict) throw decodeError(d, "Invalid control character at", next);
    }
    if (next >= len) throw decodeError(d, "Unterminated string starting at", begin);
    if (c === 34 && !pieces) return [s.slice(end, next), next + 1];
    if (next !== end) out += s.slice(end, next);
    pieces = true;
    next++;
    if (c === 34) { end = next; break; }
    if (next === len) throw decodeError(d, "Unterminated string starting at", begin);
    c = s.charCodeAt(next);
    if (c !== 117) {
      // a non-unicode backslash escape
      end = next + 1;
      const r = SIMPLE_ESCAPES[c];
      if (r === undefined) throw decodeError(d, "Invalid \\escape", end - 2);
      out += r;
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) throw decodeError(d, "Invalid \\uXXXX escape", next - 1);
    let u = hex4(s, next);
    if (u < 0) throw decodeError(d, "Invalid \\uXXXX escape", end - 5);
    next = end;
    // a surrogate pair
    if (isHigh(u) && end + 6 < len && s.charCodeAt(next) === 92 && s.charCodeAt(next + 1) === 117) {
      end += 6;
      const u2 = hex4(s, next + 2);
      if (u2 < 0) throw decodeError(d, "Invalid \\uXXXX escape", end - 5);
      if (isLow(u2)) u = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
      else end -= 6;
    }
    out += String.fromCodePoint(u);
  }
  return [out, end];
}

// CPython: py_scanstring (METH_VARARGS "On|p:scanstring")
function pyScanstring(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames && kwnames.length) throw pyError(TypeError, "scanstring() takes no keyword arguments");
  if (args.length < 2 || args.length > 3) {
    throw pyError(TypeError, `scanstring() takes ${args.length < 2 ? "at least 2" : "at most 3"} arguments (${args.length} given)`);
  }
  const end = toIndex(args[1]);
  const strict = args.length > 2 ? truthy(args[2]) : true;
  const s = strValue(args[0]);
  if (s === null) throw strArgError(args[0]);
  const d = makeDoc(args[0], s);
  if (end < 0 || cpLen(d) < end) throw pyError(ValueError, "end is out of bounds");
  const [v, next] = scanString(d, toUnit(d, end), strict);
  return tuple([v, toCp(d, next)]);
}

// ---- the scanner ----------------------------------------------------------------------------------------

const ScannerType = nativeType("_json.Scanner", undefined, { baseType: false });
ScannerType.ns.set("__doc__", "JSON scanner object");
class PyScanner extends PyObject {
  constructor(type: PyType, readonly strict: boolean, readonly objectHook: PyValue, readonly objectPairsHook: PyValue,
    readonly parseFloat: PyValue, readonly parseInt: PyValue, readonly parseConstant: PyValue) {
    super(type);
  }
}
for (const [name, get] of [
  ["strict", (s: PyScanner) => s.strict], ["object_hook", (s: PyScanner) => s.objectHook],
  ["object_pairs_hook", (s: PyScanner) => s.objectPairsHook], ["parse_float", (s: PyScanner) => s.parseFloat],
  ["parse_int", (s: PyScanner) => s.parseInt], ["parse_constant", (s: PyScanner) => s.parseConstant],
] as const) defGetter(ScannerType, name, get, { member: true });

// CPython: scanner_new (make_scanner(context))
defNew(ScannerType, (cls, args, kwnames) => {
  const [ctx] = unpack("make_scanner", args, kwnames, ["context"], 0, 1, 1) as PyValue[];
  const strict = truthy(getattr(ctx, "strict"));
  return new PyScanner(cls, strict, getattr(ctx, "object_hook"), getattr(ctx, "object_pairs_hook"), getattr(ctx, "parse_float"),
    getattr(ctx, "parse_int"), getattr(ctx, "parse_constant"));
});

// CPython: scanner_call
ScannerType.slots.call = (sc: PyScanner, args: PyValue[], kwnames: readonly string[] | null) => {
  const [strObj, idxObj] = unpack("scan_once", args, kwnames, ["string", "idx"], 0, 2, 2) as PyValue[];
  const idx = toIndex(idxObj);
  const s = strValue(strObj);
  if (s === null) throw strArgError(strObj);
  const d = makeDoc(strObj, s);
  if (idx < 0) throw pyError(ValueError, "idx cannot be negative");
  if (idx >= cpLen(d)) throw stopIteration(idx);
  const r = new Scan(sc, d);
  const v = r.scanOnce(toUnit(d, idx));
  return tuple([v, toCp(d, r.next)]);
};

const isWs = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;

/** One call of a scanner over one document; `next` is the offset after the term just scanned. */
class Scan {
  next = 0;
  readonly s: string;
  constructor(readonly sc: PyScanner, readonly d: Doc) {
    this.s = d.s;
  }

  // CPython: scan_once_unicode
  scanOnce(idx: number): PyValue {
    const s = this.s;
    const length = s.length;
    if (idx >= length) throw stopIteration(toCp(this.d, idx));
    switch (s.charCodeAt(idx)) {
      case 34: { // "
        const [v, n] = scanString(this.d, idx + 1, this.sc.strict);
        this.next = n;
        return v;
      }
      case 123: { // {
        enterRecursive(" while decoding a JSON object from a unicode string");
        try {
          return this.parseObject(idx + 1);
        } finally {
          leaveCall();
        }
      }
      case 91: { // [
        enterRecursive(" while decoding a JSON array from a unicode string");
        try {
          return this.parseArray(idx + 1);
        } finally {
          leaveCall();
        }
      }
      case 110: // n
        if (s.startsWith("null", idx)) { this.next = idx + 4; return None; }
        break;
      case 116: // t
        if (s.startsWith("true", idx)) { this.next = idx + 4; return true; }
        break;
      case 102: // f
        if (s.startsWith("false", idx)) { this.next = idx + 5; return false; }
        break;
      case 78: // N
        if (s.startsWith("NaN", idx)) return this.constant("NaN", idx);
        break;
      case 73: // I
        if (s.startsWith("Infinity", idx)) return this.constant("Infinity", idx);
        break;
      case 45: // -
        if (s.startsWith("-Infinity", idx)) return this.constant("-Infinity", idx);
        break;
    }
    return this.matchNumber(idx);
  }

  // CPython: _parse_constant
  private constant(name: string, idx: number): PyValue {
    const v = call(this.sc.parseConstant, [name]);
    this.next = idx + name.length;
    return v;
  }

  private skipWs(idx: number): number {
    const s = this.s;
    while (idx < s.length && isWs(s.charCodeAt(idx))) idx++;
    return idx;
  }

  // CPython: _parse_object_unicode
  private parseObject(idx: number): PyValue {
    const s = this.s;
    const endIdx = s.length - 1;
    const sc = this.sc;
    const hasPairsHook = sc.objectPairsHook !== None;
    const pairs: PyValue[] = [];
    const dict = hasPairsHook ? null : new PyDict();
    idx = this.skipWs(idx);
    if (idx > endIdx || s.charCodeAt(idx) !== 125) {
      for (;;) {
        if (idx > endIdx || s.charCodeAt(idx) !== 34) throw decodeError(this.d, "Expecting property name enclosed in double quotes", idx);
        const [key, afterKey] = scanString(this.d, idx + 1, sc.strict);
        idx = this.skipWs(afterKey);
        if (idx > endIdx || s.charCodeAt(idx) !== 58) throw decodeError(this.d, "Expecting ':' delimiter", idx);
        idx = this.skipWs(idx + 1);
        const val = this.scanOnce(idx);
        if (dict) dict.set(key, val);
        else pairs.push(new PyTuple([key, val]));
        idx = this.skipWs(this.next);
        if (idx <= endIdx && s.charCodeAt(idx) === 125) break;
        if (idx > endIdx || s.charCodeAt(idx) !== 44) throw decodeError(this.d, "Expecting ',' delimiter", idx);
        const comma = idx;
        idx = this.skipWs(idx + 1);
        if (idx <= endIdx && s.charCodeAt(idx) === 125) throw decodeError(this.d, "Illegal trailing comma before end of object", comma);
      }
    }
    this.next = idx + 1;
    if (!dict) return call(sc.objectPairsHook, [new PyList(pairs)]);
    if (sc.objectHook !== None) return call(sc.objectHook, [dict]);
    return dict;
  }

  // CPython: _parse_array_unicode
  private parseArray(idx: number): PyValue {
    const s = this.s;
    const endIdx = s.length - 1;
    const items: PyValue[] = [];
    idx = this.skipWs(idx);
    if (idx > endIdx || s.charCodeAt(idx) !== 93) {
      for (;;) {
        items.push(this.scanOnce(idx));
        idx = this.skipWs(this.next);
        if (idx <= endIdx && s.charCodeAt(idx) === 93) break;
        if (idx > endIdx || s.charCodeAt(idx) !== 44) throw decodeError(this.d, "Expecting ',' delimiter", idx);
        const comma = idx;
        idx = this.skipWs(idx + 1);
        if (idx <= endIdx && s.charCodeAt(idx) === 93) throw decodeError(this.d, "Illegal trailing comma before end of array", comma);
      }
    }
    if (idx > endIdx || s.charCodeAt(idx) !== 93) throw decodeError(this.d, "Expecting value", endIdx);
    this.next = idx + 1;
    return new PyList(items);
  }

  // CPython: _match_number_unicode
  private matchNumber(start: number): PyValue {
    const s = this.s;
    const endIdx = s.length - 1;
    const digit = (i: number): boolean => { const c = s.charCodeAt(i); return c >= 48 && c <= 57; };
    let idx = start;
    let isFloat = false;
    if (s.charCodeAt(idx) === 45) {
      idx++;
      if (idx > endIdx) throw stopIteration(toCp(this.d, start));
    }
    const c0 = s.charCodeAt(idx);
    if (c0 >= 49 && c0 <= 57) {
      idx++;
      while (idx <= endIdx && digit(idx)) idx++;
    } else if (c0 === 48) {
      idx++;
    } else {
      throw stopIteration(toCp(this.d, start));
    }
    if (idx < endIdx && s.charCodeAt(idx) === 46 && digit(idx + 1)) {
      isFloat = true;
      idx += 2;
      while (idx <= endIdx && digit(idx)) idx++;
    }
    if (idx < endIdx && (s.charCodeAt(idx) === 101 || s.charCodeAt(idx) === 69)) {
      const eStart = idx;
      idx++;
      if (idx < endIdx && (s.charCodeAt(idx) === 45 || s.charCodeAt(idx) === 43)) idx++;
      while (idx <= endIdx && digit(idx)) idx++;
      if (digit(idx - 1)) isFloat = true;
      else idx = eStart;
    }
    const numstr = s.slice(start, idx);
    const sc = this.sc;
    let v: PyValue;
    if (isFloat && sc.parseFloat !== FloatType) v = call(sc.parseFloat, [numstr]);
    else if (!isFloat && sc.parseInt !== IntType) v = call(sc.parseInt, [numstr]);
    else if (isFloat) v = new PyFloat(Number(numstr));
    else if (numstr.length < 16) v = +numstr || 0; // (no "-0" int)
    else v = parseIntString(numstr, 10)!; // PyLong_FromString: the int max str digits limit
    this.next = idx;
    return v;
  }
}

// ---- string encoders ---------------------------------------------------------------------------------

const HEX = "0123456789abcdef";
const hex4s = (c: number): string => HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
const ESC: Record<number, string> = { 92: "\\\\", 34: '\\"', 8: "\\b", 12: "\\f", 10: "\\n", 13: "\\r", 9: "\\t" };
const NEEDS_ASCII_ESCAPE = /[^\x20\x21\x23-\x5b\x5d-\x7e]/;
const NEEDS_ESCAPE = /["\\\x00-\x1f]/;

// CPython: ascii_escape_unicode (an astral character is already its UTF-16 surrogate pair here)
function asciiEscape(s: string): string {
  if (!NEEDS_ASCII_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e && c !== 34 && c !== 92) continue;
    if (run < i) out += s.slice(run, i);
    out += ESC[c] ?? "\\u" + hex4s(c);
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

// CPython: escape_unicode
function escape(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return '"' + s + '"';
  let out = '"';
  let run = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c > 0x1f && c !== 34 && c !== 92) continue;
    if (run < i) out += s.slice(run, i);
    out += ESC[c] ?? "\\u00" + HEX[c >> 4] + HEX[c & 15];
    run = i + 1;
  }
  return out + s.slice(run) + '"';
}

/** The module's encode_basestring(_ascii) functions: an encoder made with one of them calls it
 *  directly (CPython: encoder_new's fast_encode). */
const FAST_ENCODERS = new WeakMap<PyBuiltin, (s: string) => string>();

// ---- the encoder ----------------------------------------------------------------------------------------

const EncoderType = nativeType("_json.Encoder", undefined, { baseType: false });
EncoderType.ns.set("__doc__", "Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)");
class PyEncoder extends PyObject {
  constructor(type: PyType, readonly markers: PyValue, readonly defaultFn: PyValue, readonly encoder: PyValue, readonly indent: PyValue,
    readonly keySeparator: PyValue, readonly itemSeparator: PyValue, readonly sortKeys: boolean, readonly skipkeys: boolean,
    readonly allowNan: boolean, readonly fast: ((s: string) => string) | null) {
    super(type);
  }
}
for (const [name, get] of [
  ["markers", (e: PyEncoder) => e.markers], ["default", (e: PyEncoder) => e.defaultFn], ["encoder", (e: PyEncoder) => e.encoder],
  ["indent", (e: PyEncoder) => e.indent], ["key_separator", (e: PyEncoder) => e.keySeparator],
  ["item_separator", (e: PyEncoder) => e.itemSeparator], ["sort_keys", (e: PyEncoder) => e.sortKeys],
  ["skipkeys", (e: PyEncoder) => e.skipkeys],
] as const) defGetter(EncoderType, name, get, { member: true });

// CPython: encoder_new ("OOOOUUppp:make_encoder")
defNew(EncoderType, (cls, args, kwnames) => {
  const a = unpack("make_encoder", args, kwnames,
    ["markers", "default", "encoder", "indent", "key_separator", "item_separator", "sort_keys", "skipkeys", "allow_nan"], 0, 9, 9) as PyValue[];
  for (const i of [4, 5]) {
    if (strValue(a[i]) === null) throw pyError(TypeError, `make_encoder() argument ${i + 1} must be str, not ${typeName(a[i])}`);
  }
  const sortKeys = truthy(a[6]), skipkeys = truthy(a[7]), allowNan = truthy(a[8]);
  if (a[0] !== None && !(a[0] instanceof PyDict)) {
    throw pyError(TypeError, `make_encoder() argument 1 must be dict or None, not ${typeName(a[0])}`);
  }
  const fast = a[2] instanceof PyBuiltin ? FAST_ENCODERS.get(a[2]) ?? null : null;
  return new PyEncoder(cls, a[0], a[1], a[2], a[3], a[4], a[5], sortKeys, skipkeys, allowNan, fast);
});

// CPython: encoder_call ("On:_iterencode") -> a 1-tuple holding the whole text
EncoderType.slots.call = (e: PyEncoder, args: PyValue[], kwnames: readonly string[] | null) => {
  const [obj, levelObj] = unpack("_iterencode", args, kwnames, ["obj", "_current_indent_level"], 0, 2, 2) as PyValue[];
  const level = toIndex(levelObj);
  const w = new Encode(e, level);
  w.obj(obj, 0);
  return tuple([w.out.join("")]);
};

const WHERE = " while encoding a JSON object";

/** One call of an encoder: the chunks written so far, and the newline-and-indent strings per
 *  nesting level (CPython 3.14: create_indent_cache / update_indent_cache). */
class Encode {
  out: string[] = [];
  private readonly itemSep: string;
  private readonly keySep: string;
  private readonly markers: PyDict | null;
  private readonly newlines: string[] = [];
  private readonly separators: string[] = [];
  private brokenCache = false;

  constructor(readonly e: PyEncoder, level: number) {
    this.itemSep = strValue(e.itemSeparator)!;
    this.keySep = strValue(e.keySeparator)!;
    this.markers = e.markers instanceof PyDict ? e.markers : null;
    if (e.indent !== None) {
      if (level === 0) this.newlines.push("\n");
      else {
        // CPython 3.14 builds the first entry with PySequence_Repeat(indent, level); with a str
        // indent the entry it makes is unusable (the next level's concatenation fails)
        const ind = e.indent;
        if (strValue(ind) !== null) this.brokenCache = true;
        else if (ind instanceof PyList || ind instanceof PyTuple || typeOf(ind).lookup("__mul__") === undefined || typeof ind === "number" || typeof ind === "bigint" || typeof ind === "boolean") {
          if (ind instanceof PyList || ind instanceof PyTuple) throw pyError(SystemError, "Objects/unicodeobject.c:11689: bad argument to internal function");
          throw pyError(TypeError, `'${typeName(ind)}' object can't be repeated`);
        } else throw pyError(SystemError, "Objects/unicodeobject.c:11689: bad argument to internal function");
        this.newlines.push("\n");
      }
    }
  }

  /** The item separator at a level >= 1 (get_item_separator), extending the cache. */
  private separator(level: number): string {
    while (this.separators.length < level) {
      if (this.brokenCache) throw pyError(TypeError, "must be str, not ");
      const ind = strValue(this.e.indent);
      if (ind === null) throw pyError(TypeError, `can only concatenate str (not "${typeName(this.e.indent)}") to str`);
      const nl = this.newlines[this.newlines.length - 1] + ind;
      this.newlines.push(nl);
      this.separators.push(this.itemSep + nl);
    }
    return this.separators[level - 1];
  }

  // CPython: encoder_encode_string
  private str(v: PyValue): string {
    const e = this.e;
    if (e.fast) return e.fast(typeof v === "string" ? v : (v as PyStrSub).value);
    const r = call(e.encoder, [v]);
    const t = strValue(r);
    if (t === null) throw pyError(TypeError, `encoder() must return a string, not ${typeName(r)}`);
    return t;
  }

  // CPython: encoder_encode_float
  private float(obj: PyValue, x: number): string {
    if (!Number.isFinite(x)) {
      if (!this.e.allowNan) throw pyError(ValueError, `Out of range float values are not JSON compliant: ${repr(obj)}`);
      return x > 0 ? "Infinity" : x < 0 ? "-Infinity" : "NaN";
    }
    return reprFloat(x);
  }

  /** Enter a container for circular-reference detection: its markers key, or null. */
  private mark(o: PyObject): PyValue | null {
    const m = this.markers;
    if (!m) return null;
    const ident = idOf(o);
    if (m.has(ident)) throw pyError(ValueError, "Circular reference detected");
    m.set(ident, o);
    return ident;
  }
  private unmark(ident: PyValue | null): void {
    if (ident !== null && !this.markers!.delete(ident)) throw pyError(KeyError, repr(ident));
  }

  // CPython: encoder_listencode_obj
  obj(o: PyValue, level: number): void {
    switch (typeof o) {
      case "string": this.out.push(this.str(o)); return;
      case "number": this.out.push(String(o)); return;
      case "bigint": this.out.push(intRepr(o)); return;
      case "boolean": this.out.push(o ? "true" : "false"); return;
    }
    if (o === None) { this.out.push("null"); return; }
    if (o instanceof PyFloat) { this.out.push(this.float(o, o.value)); return; }
    if (o instanceof PyList || o instanceof PyTuple) {
      enterRecursive(WHERE);
      try {
        this.list(o, level);
      } finally {
        leaveCall();
      }
      return;
    }
    if (o instanceof PyDict) {
      enterRecursive(WHERE);
      try {
        this.dict(o, level);
      } finally {
        leaveCall();
      }
      return;
    }
    if (o instanceof PyStrSub) { this.out.push(this.str(o)); return; }
    if (o instanceof PyIntSub) { this.out.push(intRepr(o.value)); return; }
    if (o instanceof PyFloatSub) { this.out.push(this.float(o, o.value)); return; }
    const ident = this.mark(o);
    const newobj = call(this.e.defaultFn, [o]);
    enterRecursive(WHERE);
    try {
      this.obj(newobj, level);
    } catch (err) {
      addNote(err, `when serializing ${typeOf(o).name} object`);
      throw err;
    } finally {
      leaveCall();
    }
    this.unmark(ident);
  }

  // CPython: encoder_listencode_list
  private list(seq: PyList | PyTuple, level: number): void {
    // PySequence_Fast: an exact list or tuple as it is, a subclass's items by iteration
    const items = seq.type === ListType || seq.type === TupleType ? seq.items : iterateToArray(seq);
    if (items.length === 0) { this.out.push("[]"); return; }
    const ident = this.mark(seq);
    const indented = this.e.indent !== None;
    let sep = this.itemSep;
    if (indented) {
      level++;
      sep = this.separator(level);
      this.out.push("[", this.newlines[level]);
    } else this.out.push("[");
    for (let i = 0; i < items.length; i++) {
      if (i) this.out.push(sep);
      const v = items[i];
      try {
        this.obj(v, level);
      } catch (err) {
        addNote(err, `when serializing ${typeOf(seq).name} item ${i}`);
        throw err;
      }
    }
    this.unmark(ident);
    if (indented) this.out.push(this.newlines[level - 1]);
    this.out.push("]");
  }

  // CPython: encoder_listencode_dict
  private dict(dct: PyDict, level: number): void {
    if (dct.size === 0) { this.out.push("{}"); return; }
    const ident = this.mark(dct);
    this.out.push("{");
    const indented = this.e.indent !== None;
    let sep = this.itemSep;
    if (indented) {
      level++;
      sep = this.separator(level);
    }
    let first = true;
    const kv = (key: PyValue, value: PyValue): void => {
      // CPython: encoder_encode_key_value
      let keystr: PyValue;
      if (typeof key === "string" || key instanceof PyStrSub) keystr = key;
      else if (key instanceof PyFloat || key instanceof PyFloatSub) keystr = this.float(key, key.value);
      else if (typeof key === "boolean") keystr = key ? "true" : "false";
      else if (key === None) keystr = "null";
      else if (typeof key === "number") keystr = String(key);
      else if (typeof key === "bigint") keystr = intRepr(key);
      else if (key instanceof PyIntSub) keystr = intRepr(key.value);
      else if (this.e.skipkeys) return;
      else throw pyError(TypeError, `keys must be str, int, float, bool or None, not ${typeOf(key).name}`);
      if (first) {
        first = false;
        if (indented) this.out.push(this.newlines[level]);
      } else this.out.push(sep);
      this.out.push(this.str(keystr), this.keySep);
      try {
        this.obj(value, level);
      } catch (err) {
        addNote(err, `when serializing ${typeOf(dct).name} item ${repr(key)}`);
        throw err;
      }
    };
    if (this.e.sortKeys || dct.type !== DictType) {
      const items = mappingItems(dct);
      if (this.e.sortKeys) sortItems(items, None, false);
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        if (!(item instanceof PyTuple) || item.items.length !== 2) throw pyError(ValueError, "items must return 2-tuples");
        kv(item.items[0], item.items[1]);
      }
    } else {
      for (let i = 0; i < dct.rawLength; i++) {
        const en = dct.entryAt(i);
        if (en) kv(en[0], en[1]);
      }
    }
    this.unmark(ident);
    if (!first && indented) this.out.push(this.newlines[level - 1]);
    this.out.push("}");
  }
}


// CPython: Objects/abstract.c PyMapping_Items (method_output_as_list)
function mappingItems(o: PyDict): PyValue[] {
  if (o.type === DictType) {
    const out: PyValue[] = [];
    for (const [k, v] of o.entries()) out.push(new PyTuple([k, v]));
    return out;
  }
  const r = call(getattr(o, "items"), []);
  if (r instanceof PyList && r.type === ListType) return r.items.slice();
  try {
    return iterateToArray(r);
  } catch (err) {
    if (err instanceof PyBaseException && err.type === TypeError && typeOf(r).lookup("__iter__") === undefined) {
      throw pyError(TypeError, `${typeOf(o).name}.items() returned a non-iterable (type ${typeName(r)})`);
    }
    throw err;
  }
}

export function makeJson(): PyModule {
  const m = new PyModule("_json");
  m.dict.set("__doc__", "json speedups\n");
  const one = (name: string, f: (s: string) => string): void => {
    const b = defFn(m, name, (args, kwnames) => {
      if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
      if (args.length !== 1) throw pyError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
      const s = strValue(args[0]);
      if (s === null) throw strArgError(args[0]);
      return f(s);
    });
    FAST_ENCODERS.set(b, f);
  };
  one("encode_basestring_ascii", asciiEscape);
  one("encode_basestring", escape);
  defFn(m, "scanstring", pyScanstring);
  m.dict.set("make_scanner", ScannerType);
  m.dict.set("make_encoder", EncoderType);
  return m;
}
