// The methods and attributes of int and bool, their constructors, and Python subclasses of int
// (CPython 3.14: Objects/longobject.c, Objects/boolobject.c, Objects/clinic/longobject.c.h,
// Objects/typeobject.c for the slot wrappers' argument checks).
//
// The operators on plain ints run in the abstract layer's fast paths; the dunder methods here are
// what Python code reaches through attributes ((5).__add__, int.__add__(1, 2)) and what instances
// of int subclasses (PyIntSub, numbers.ts) dispatch to, since those go through the heap-type path.
import "./typeslots.js"; // its int()/bool() constructors are replaced below
import { BoolType, IntType, None, NotImplemented, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import {
  call, callMethod, defGetter, defMethod, invert, iterateToArray, PyClassMethod, PyProperty, PyStaticMethod, repr, str, toIndex, truthy,
  TYPE_CONSTRUCTORS, typeName,
  defGetSet,
} from "./abstract.js";
import { PyDict, tuple } from "./containers.js";
import { OverflowError, pyError, TypeError, ValueError } from "./exceptions.js";
import { PyBuiltin } from "./functions.js";
import {
  bitCount, bitLength, float, floatToInt, intAbs, intAddAny, intBitOp, intDivmod, intFloorDiv, intHash, intInvert,
  intMaxStrDigits, intMod, intMulAny, intNeg, intPow, intPowMod, intRepr, intRound, intShift, intSubAny, intToFloat,
  intTrueDiv, normBig, PyFloat, PyFloatSub, PyIntSub, type PyInt,
} from "./numbers.js";
import { formatInt } from "./format.js";
import { PyByteArray, PyBytesObject } from "./bytes.js";

// ---- values ---------------------------------------------------------------------------------------

/** The int value of an int, a bool or an instance of an int subclass (PyLong_Check), else null. */
export function intValue(v: PyValue): PyInt | null {
  switch (typeof v) {
    case "number": case "bigint": return v;
    case "boolean": return v ? 1 : 0;
  }
  return v instanceof PyIntSub ? v.value : null;
}

/** The float value of a float or a float subclass instance (PyFloat_Check), else null. */
export function floatValue(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  if (v instanceof PyFloatSub) return v.value;
  return null;
}

/** self of an int method (the method descriptor has checked the type). */
function selfInt(v: PyValue): PyInt {
  const i = intValue(v);
  if (i === null) throw pyError(TypeError, `descriptor requires a 'int' object but received a '${typeName(v)}'`);
  return i;
}

// ---- argument checks (Objects/typeobject.c wrap_*, Python/getargs.c) ----------------------------------

const plural = (n: number): string => (n === 1 ? "" : "s");

/** A slot wrapper (__add__, __neg__, ...): check_num_args and "takes no keyword arguments". */
export function wrapperArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) throw pyError(TypeError, `expected ${n} argument${plural(n)}, got ${args.length}`);
}
/** wrap_ternaryfunc (__pow__, __rpow__): one or two arguments. */
export function ternaryArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames && kwnames.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length < 1 || args.length > 2) throw pyError(TypeError, `expected 1 or 2 arguments, got ${args.length}`);
  return args.length > 1 ? args[1] : None;
}
/** METH_NOARGS */
export function noArgs(qualname: string, args: PyValue[], kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${qualname}() takes no keyword arguments`);
  if (args.length) throw pyError(TypeError, `${qualname}() takes no arguments (${args.length} given)`);
}
/** METH_O */
export function oneArg(qualname: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${qualname}() takes no keyword arguments`);
  if (args.length !== 1) throw pyError(TypeError, `${qualname}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
/** Argument Clinic, positional-only with optional arguments (_PyArg_CheckPositional). */
export function clinicPos(qualname: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${qualname}() takes no keyword arguments`);
  const name = qualname.slice(qualname.lastIndexOf(".") + 1);
  const n = args.length;
  if (n < min) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${n}`);
}

/** __format__(format_spec): the spec must be a str. */
export function formatSpecArg(qualname: string, args: PyValue[], kwnames: readonly string[] | null): string {
  const spec = oneArg(qualname, args, kwnames);
  if (typeof spec !== "string") throw pyError(TypeError, `__format__() argument must be str, not ${spec === None ? "None" : typeName(spec)}`);
  return spec;
}

// ---- int() and bool() ------------------------------------------------------------------------------

/** Py_UNICODE_TODECIMAL, or -1 */
function decimalOf(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 128) return c >= 48 && c <= 57 ? c - 48 : -1;
  if (!/\p{Nd}/u.test(ch)) return -1;
  let start = c;
  while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
  return (c - start) % 10;
}
const isPySpaceChar = (ch: string): boolean => /^[\s\x1c-\x1f\x85]$/u.test(ch) && ch !== "\u200b" && ch !== "\ufeff";

/** _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits and spaces to ASCII, others to '?'. */
export function asciiNumeric(s: string): string {
  if (/^[\x00-\x7f]*$/.test(s)) return s;
  let out = "";
  for (const ch of s) {
    if (ch.charCodeAt(0) < 128) { out += ch; continue; }
    if (isPySpaceChar(ch)) { out += " "; continue; }
    const d = decimalOf(ch);
    out += d >= 0 ? String(d) : "?";
  }
  return out;
}

/** A decimal digit count above CPython's limit for non-power-of-two bases (PyLong_FromString). */
function checkStrDigits(n: number): void {
  if (intMaxStrDigits > 0 && n > intMaxStrDigits) {
    throw pyError(ValueError, `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`);
  }
}

/** PyLong_FromUnicodeObject(s, base): the value, or null when s is not a valid literal. */
export function parseIntString(s: string, base: number): PyInt | null {
  const t = asciiNumeric(s);
  let i = 0, end = t.length;
  const space = (c: string) => c === " " || (c >= "\t" && c <= "\r");
  while (i < end && space(t[i])) i++;
  while (end > i && space(t[end - 1])) end--;
  let neg = false;
  if (t[i] === "+" || t[i] === "-") { neg = t[i] === "-"; i++; }
  let prefixed = false;
  if (t[i] === "0" && i + 1 < end) {
    const p = t[i + 1].toLowerCase();
    const pb = p === "x" ? 16 : p === "o" ? 8 : p === "b" ? 2 : 0;
    if (pb && (base === 0 || base === pb)) { base = pb; i += 2; prefixed = true; }
  }
  if (base === 0) {
    base = 10;
    // a decimal literal with base 0 may not have leading zeros unless it is zero
    const body = t.slice(i, end);
    if (/^0/.test(body) && !/^0+(_0+)*$/.test(body)) return null;
  }
  let body = t.slice(i, end);
  if (prefixed && body.startsWith("_")) body = body.slice(1);
  if (body === "" || body.startsWith("_") || body.endsWith("_") || body.includes("__")) return null;
  body = body.replace(/_/g, "");
  const valid = base <= 10 ? new RegExp(`^[0-${base - 1}]+$`) : new RegExp(`^[0-9a-${String.fromCharCode(86 + base)}]+$`, "i");
  if (!valid.test(body)) return null;
  if ((base & (base - 1)) !== 0) checkStrDigits(body.length);
  let v: bigint;
  if (base === 10) v = BigInt(body);
  else if (base === 16) v = BigInt("0x" + body);
  else if (base === 8) v = BigInt("0o" + body);
  else if (base === 2) v = BigInt("0b" + body);
  else {
    v = 0n;
    const B = BigInt(base);
    for (const ch of body.toLowerCase()) v = v * B + BigInt(parseInt(ch, 36));
  }
  return normBig(neg ? -v : v);
}

/** int(b"...", base): the bytes are ASCII text (_PyLong_FromBytes); the message shows the bytes. */
function parseIntBytes(b: PyBytesObject | PyByteArray, base: number): PyInt {
  const text = String.fromCharCode(...b.bytes);
  const r = /^[\x00-\x7f]*$/.test(text) ? parseIntString(text, base) : null;
  if (r === null) throw invalidLiteral(b, base);
  return r;
}

function invalidLiteral(s: PyValue, base: number) {
  let r = repr(s);
  if (Array.from(r).length > 200) r = Array.from(r).slice(0, 200).join("");
  return pyError(ValueError, `invalid literal for int() with base ${base}: ${r}`);
}

/** PyNumber_Long(x) */
export function toInt(x: PyValue): PyInt {
  const i = intValue(x);
  if (i !== null && !(x instanceof PyIntSub)) return i;
  if (x instanceof PyFloat) return floatToInt(x.value);
  if (typeof x === "string") {
    const r = parseIntString(x, 10);
    if (r === null) throw invalidLiteral(x, 10);
    return r;
  }
  // (PyNumber_Long: bytes and bytearray, and any other buffer as a bytes copy)
  if (x instanceof PyBytesObject || x instanceof PyByteArray) return parseIntBytes(x, 10);
  if (x instanceof PyMemoryView) return parseIntBytes(new PyBytesObject(x.bytes.slice()), 10);
  const t = typeOf(x);
  for (const m of ["__int__", "__index__"]) {
    const f = t.lookup(m);
    if (f !== undefined) {
      const r = callMethod(f, x, []);
      const v = intValue(r);
      if (v === null) throw pyError(TypeError, `${m} returned non-int (type ${typeName(r)})`);
      return v;
    }
  }
  throw pyError(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
}

/** int(x=0, /, base=10) (long_new_impl) */
function intNew(args: PyValue[], kwnames: readonly string[] | null): PyInt {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let x: PyValue | undefined = npos > 0 ? args[0] : undefined;
  let base: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (nkw === 0 && npos > 2) throw pyError(TypeError, `int expected at most 2 arguments, got ${npos}`);
  if (npos + nkw > 2) throw pyError(TypeError, `int() takes at most 2 arguments (${npos + nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k];
    if (name === "base" && npos < 2) base = args[npos + k];
    else if (name === "base") throw pyError(TypeError, "argument for int() given by name ('base') and position (2)");
    else throw pyError(TypeError, `int() got an unexpected keyword argument '${name}'`);
  }
  if (base === undefined) return x === undefined ? 0 : toInt(x);
  if (x === undefined) throw pyError(TypeError, "int() missing string argument");
  const b = toIndex(base);
  if (b !== 0 && (b < 2 || b > 36)) throw pyError(ValueError, "int() base must be >= 2 and <= 36, or 0");
  if (x instanceof PyBytesObject || x instanceof PyByteArray) return parseIntBytes(x, b);
  if (typeof x !== "string") throw pyError(TypeError, "int() can't convert non-string with explicit base");
  const r = parseIntString(x, b);
  if (r === null) throw invalidLiteral(x, b);
  return r;
}

TYPE_CONSTRUCTORS.set(IntType, (args, kwnames) => intNew(args, kwnames));
TYPE_CONSTRUCTORS.set(BoolType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "bool() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `bool expected at most 1 argument, got ${args.length}`);
  return args.length ? truthy(args[0]) : false;
});

/** An instance of an int subclass (the value of `int(*args)`). */
export function newIntSub(cls: PyType, value: PyInt): PyIntSub {
  const o = new PyIntSub(cls, value);
  o.dict = new PyDict();
  return o;
}

function newChecks(owner: PyType, args: PyValue[]): PyType {
  if (args.length === 0) throw pyError(TypeError, `${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, `${owner.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(owner)) throw pyError(TypeError, `${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  return cls;
}

IntType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  const cls = newChecks(IntType, args);
  if (cls === BoolType) throw pyError(TypeError, "int.__new__(bool) is not safe, use bool.__new__()");
  const v = intNew(args.slice(1), kwnames);
  return cls === IntType ? v : newIntSub(cls, v);
}, TypeType, "int.__new__")));
BoolType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  const cls = newChecks(BoolType, args);
  if (cls !== BoolType) throw pyError(TypeError, `bool.__new__(${cls.name}) is not safe, use ${cls.name}.__new__()`);
  return TYPE_CONSTRUCTORS.get(BoolType)!(args.slice(1), kwnames);
}, TypeType, "bool.__new__")));

// ---- the number protocol as methods ------------------------------------------------------------------

type Bin = (a: PyInt, b: PyInt) => PyValue;
const asValue = (r: PyValue | PyInt): PyValue => r as PyValue;

/** __op__ and __rop__ from one function of (left, right). */
function binary(name: string, fn: Bin): void {
  defMethod(IntType, `__${name}__`, (self, args, kw) => {
    wrapperArgs(`__${name}__`, args, kw, 1);
    const o = intValue(args[0]);
    return o === null ? NotImplemented : fn(selfInt(self), o);
  });
  defMethod(IntType, `__r${name}__`, (self, args, kw) => {
    wrapperArgs(`__r${name}__`, args, kw, 1);
    const o = intValue(args[0]);
    return o === null ? NotImplemented : fn(o, selfInt(self));
  });
}
binary("add", (a, b) => intAddAny(a, b));
binary("sub", (a, b) => intSubAny(a, b));
binary("mul", (a, b) => intMulAny(a, b));
binary("floordiv", (a, b) => intFloorDiv(a, b));
binary("mod", (a, b) => intMod(a, b));
binary("truediv", (a, b) => float(intTrueDiv(a, b)));
binary("divmod", (a, b) => tuple(intDivmod(a, b).map(asValue)));
binary("lshift", (a, b) => intShift(a, b, true));
binary("rshift", (a, b) => intShift(a, b, false));
binary("and", (a, b) => intBitOp(a, b, "&"));
binary("or", (a, b) => intBitOp(a, b, "|"));
binary("xor", (a, b) => intBitOp(a, b, "^"));

/** int.__pow__(value, mod=None) (long_pow) */
export function intPowValue(a: PyInt, b: PyInt, mod: PyValue): PyValue {
  if (mod === None) return intPow(a, b);
  const m = intValue(mod);
  if (m === null) return NotImplemented;
  return intPowMod(a, b, m);
}
defMethod(IntType, "__pow__", (self, args, kw) => {
  const mod = ternaryArgs("__pow__", args, kw);
  const o = intValue(args[0]);
  return o === null ? NotImplemented : intPowValue(selfInt(self), o, mod);
});
defMethod(IntType, "__rpow__", (self, args, kw) => {
  const mod = ternaryArgs("__rpow__", args, kw);
  const o = intValue(args[0]);
  return o === null ? NotImplemented : intPowValue(o, selfInt(self), mod);
});

function unary(name: string, fn: (a: PyInt) => PyValue): void {
  defMethod(IntType, name, (self, args, kw) => {
    wrapperArgs(name, args, kw, 0);
    return fn(selfInt(self));
  });
}
unary("__neg__", intNeg);
unary("__pos__", (a) => a);
unary("__abs__", intAbs);
unary("__invert__", intInvert);
unary("__bool__", (a) => a !== 0 && a !== 0n);
unary("__int__", (a) => a);
unary("__index__", (a) => a);
unary("__float__", (a) => float(intToFloat(a)));
unary("__hash__", intHash);
unary("__repr__", intRepr);

const CMP: Array<[string, (c: number) => boolean]> = [
  ["__lt__", (c) => c < 0], ["__le__", (c) => c <= 0], ["__eq__", (c) => c === 0],
  ["__ne__", (c) => c !== 0], ["__gt__", (c) => c > 0], ["__ge__", (c) => c >= 0],
];
for (const [name, test] of CMP) {
  defMethod(IntType, name, (self, args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfInt(self), b = intValue(args[0]);
    if (b === null) return NotImplemented;
    return test(a < b ? -1 : a > b ? 1 : 0);
  });
}

// ---- int's own methods -------------------------------------------------------------------------------

function method(name: string, fn: (self: PyInt, args: PyValue[], kw: readonly string[] | null, raw: PyValue) => PyValue): void {
  defMethod(IntType, name, (self, args, kw) => fn(selfInt(self), args, kw, self));
}
function noArgMethod(name: string, fn: (self: PyInt) => PyValue): void {
  method(name, (self, args, kw) => { noArgs(`int.${name}`, args, kw); return fn(self); });
}

noArgMethod("bit_length", (v) => bitLength(v));
noArgMethod("bit_count", (v) => bitCount(v));
noArgMethod("as_integer_ratio", (v) => tuple([v, 1]));
noArgMethod("conjugate", (v) => v);
noArgMethod("is_integer", () => true);
noArgMethod("__trunc__", (v) => v);
noArgMethod("__floor__", (v) => v);
noArgMethod("__ceil__", (v) => v);
noArgMethod("__getnewargs__", (v) => tuple([v]));
noArgMethod("__sizeof__", (v) => 24 + 4 * Math.max(1, Math.ceil(bitLength(v) / 30)));
method("__round__", (v, args, kw) => {
  clinicPos("int.__round__", args, kw, 0, 1);
  if (args.length === 0 || args[0] === None) return v;
  return intRound(v, toIndexInt(args[0]));
});
method("__format__", (v, args, kw, raw) => {
  const spec = formatSpecArg("int.__format__", args, kw);
  if (spec === "") return str(raw);
  return formatInt(v, spec, typeName(raw));
});

/** PyNumber_Index as a PyInt (toIndex loses bigints). */
export function toIndexInt(v: PyValue): PyInt {
  const i = intValue(v);
  if (i !== null) return i;
  const t = typeOf(v);
  const m = t.lookup("__index__");
  if (m !== undefined) {
    const r = callMethod(m, v, []);
    const ri = intValue(r);
    if (ri === null) throw pyError(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return ri;
  }
  throw pyError(TypeError, `'${t.name}' object cannot be interpreted as an integer`);
}

/** Argument Clinic's _PyArg_UnpackKeywords for `names` (the first `maxpos` positional, the first
 * `required` required, none positional-only). */
function unpackKw(fname: string, args: PyValue[], kwnames: readonly string[] | null, names: readonly string[], required: number,
  maxpos: number): Array<PyValue | undefined> {
  const nkw = kwnames ? kwnames.length : 0;
  const nargs = args.length - nkw;
  if (nargs + nkw > names.length) throw pyError(TypeError, `${fname}() takes at most ${names.length} arguments (${nargs + nkw} given)`);
  if (nargs > maxpos) throw pyError(TypeError, `${fname}() takes at most ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  const out: Array<PyValue | undefined> = names.map((_, i) => (i < nargs ? args[i] : undefined));
  let used = 0;
  names.forEach((name, i) => {
    const k = kwnames ? kwnames.indexOf(name) : -1;
    if (k >= 0) {
      if (i < nargs) throw pyError(TypeError, `argument for ${fname}() given by name ('${name}') and position (${i + 1})`);
      out[i] = args[nargs + k];
      used++;
    } else if (i >= nargs && i < required) throw pyError(TypeError, `${fname}() missing required argument '${name}' (pos ${i + 1})`);
  });
  if (used < nkw) {
    for (const k of kwnames!) if (!names.includes(k)) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
  }
  return out;
}

function byteorderArg(fname: string, v: PyValue | undefined): boolean {
  if (v === undefined) return false;
  if (typeof v !== "string") throw pyError(TypeError, `${fname}() argument 'byteorder' must be str, not ${v === None ? "None" : typeName(v)}`);
  if (v === "little") return true;
  if (v === "big") return false;
  throw pyError(ValueError, "byteorder must be either 'little' or 'big'");
}

// int.to_bytes(length=1, byteorder='big', *, signed=False)
method("to_bytes", (v, args, kw) => {
  const [lengthArg, order, signedArg] = unpackKw("to_bytes", args, kw, ["length", "byteorder", "signed"], 0, 2);
  // the conversions (argument parsing), then the byteorder's value, then the length's sign
  const length = lengthArg === undefined ? 1 : toIndex(lengthArg);
  if (order !== undefined && typeof order !== "string") byteorderArg("to_bytes", order);
  const signed = signedArg !== undefined && truthy(signedArg);
  const little = byteorderArg("to_bytes", order);
  if (length < 0) throw pyError(ValueError, "length argument must be non-negative");
  let x = BigInt(v);
  if (x < 0n && !signed) throw pyError(OverflowError, "can't convert negative int to unsigned");
  const bits = BigInt(length * 8);
  const fits = signed ? x >= -(1n << (bits - 1n)) && x < 1n << (bits - 1n) : x < 1n << bits;
  if (length === 0 ? x !== 0n : !fits) throw pyError(OverflowError, "int too big to convert");
  if (x < 0n) x += 1n << bits;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    out[little ? i : length - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
  return new PyBytesObject(out);
});

/** PyBytes_FromObject for int.from_bytes */
function bytesOf(v: PyValue): Uint8Array {
  if (v instanceof PyBytesObject) return v.bytes;
  if (typeof v === "string" || intValue(v) !== null) throw pyError(TypeError, `cannot convert '${typeName(v)}' object to bytes`);
  return Uint8Array.from(iterateToArray(v).map((x) => {
    const n = toIndex(x);
    if (n < 0 || n > 255) throw pyError(ValueError, "bytes must be in range(0, 256)");
    return n;
  }));
}

// int.from_bytes(bytes, byteorder='big', *, signed=False): a classmethod
IntType.ns.set("from_bytes", new PyClassMethod(new PyBuiltin("from_bytes", (all, kw) => {
  const cls = all[0] as PyType;
  const [data, order, signedArg] = unpackKw("from_bytes", all.slice(1), kw, ["bytes", "byteorder", "signed"], 1, 2);
  const little = byteorderArg("from_bytes", order);
  const b = bytesOf(data!);
  let x = 0n;
  for (let i = 0; i < b.length; i++) x = (x << 8n) | BigInt(b[little ? b.length - 1 - i : i]);
  if (signedArg !== undefined && truthy(signedArg) && b.length > 0 && x >= 1n << BigInt(b.length * 8 - 1)) x -= 1n << BigInt(b.length * 8);
  const r = normBig(x);
  return cls === IntType ? r : call(cls, [r]);
}, IntType)));

// real, imag, numerator, denominator: getset descriptors (long_getset)
function getter(t: PyType, name: string, fn: (self: PyValue) => PyValue): void {
  defGetSet(t, name, fn);
}
getter(IntType, "real", (v) => selfInt(v));
getter(IntType, "imag", () => 0);
getter(IntType, "numerator", (v) => selfInt(v));
getter(IntType, "denominator", () => 1);

// ---- bool ----------------------------------------------------------------------------------------

defMethod(BoolType, "__repr__", (self, args, kw) => {
  wrapperArgs("__repr__", args, kw, 0);
  return self === true ? "True" : "False";
});
// bool & bool, bool | bool and bool ^ bool stay bool (bool_and, bool_or, bool_xor)
for (const [name, op] of [["and", "&"], ["or", "|"], ["xor", "^"]] as const) {
  for (const n of [`__${name}__`, `__r${name}__`]) {
    defMethod(BoolType, n, (self, args, kw) => {
      wrapperArgs(n, args, kw, 1);
      const o = args[0];
      if (typeof o === "boolean" && typeof self === "boolean") return op === "&" ? self && o : op === "|" ? self || o : self !== o;
      const b = intValue(o);
      return b === null ? NotImplemented : intBitOp(selfInt(self), b, op);
    });
  }
}
// ~True: the DeprecationWarning comes from abstract.ts invert()
defMethod(BoolType, "__invert__", (self, args, kw) => {
  wrapperArgs("__invert__", args, kw, 0);
  return invert(self);
});


import { PyMemoryView } from "./memoryview.js";
