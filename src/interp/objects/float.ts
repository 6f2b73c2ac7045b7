// The methods and attributes of float, its constructor, and Python subclasses of float
// (CPython 3.14: Objects/floatobject.c, Objects/clinic/floatobject.c.h).
// As for int (int.ts), the operators on plain floats run in the abstract layer; these dunders are
// what attribute access and float subclasses (PyFloatSub, numbers.ts) reach.
import "./typeslots.js"; // its float() constructor is replaced below
import { FloatType, None, NotImplemented, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import {
  call, callMethod, defMethod, repr, PyClassMethod, PyProperty, PyStaticMethod, str, TYPE_CONSTRUCTORS, typeName,
  defGetSet,
} from "./abstract.js";
import { PyDict, tuple } from "./containers.js";
import { pyError, TypeError, ValueError } from "./exceptions.js";
import { PyBuiltin } from "./functions.js";
import {
  float, floatAsIntegerRatio, floatDivmod, floatFloorDiv, floatFromHex, floatHash, floatHex, floatMod, floatPow,
  floatRepr, floatRound, floatRoundToInt, floatToInt, floatTrueDiv, intToFloat, PyFloat, PyFloatSub, type PyInt,
} from "./numbers.js";
import { formatFloat } from "./format.js";
import { PyBytesObject } from "./bytes.js";
import {
  asciiNumeric, clinicPos, floatValue, formatSpecArg, intValue, noArgs, oneArg, ternaryArgs, toIndexInt, wrapperArgs,
} from "./int.js";

// ---- float() -----------------------------------------------------------------------------------------

const FLOAT_LITERAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:e[+-]?\d(?:_?\d)*)?$/i;

/** PyFloat_FromString: the value, or null when s is not a float literal. */
export function parseFloatString(s: string): number | null {
  const t = asciiNumeric(s).replace(/^[ \t\n\r\x0b\x0c]+|[ \t\n\r\x0b\x0c]+$/g, "");
  const m = /^([+-]?)(inf|infinity|nan)$/i.exec(t);
  if (m) return m[2].toLowerCase() === "nan" ? NaN : m[1] === "-" ? -Infinity : Infinity;
  if (!FLOAT_LITERAL.test(t)) return null;
  return Number(t.replace(/_/g, ""));
}

/** PyNumber_Float(x) without the string case (float.from_number). */
export function toFloatNumber(x: PyValue, fromNumber = false): number {
  const f = floatValue(x);
  if (f !== null && x instanceof PyFloat) return f;
  const i = intValue(x);
  if (i !== null && !(typeof x === "object")) return intToFloat(i);
  const t = typeOf(x);
  const m = t.lookup("__float__");
  if (m !== undefined) {
    const r = callMethod(m, x, []);
    const v = floatValue(r);
    if (v === null) throw pyError(TypeError, `${t.name}.__float__ returned non-float (type ${typeName(r)})`);
    // (PyNumber_Float: an instance of a float subclass is accepted with a DeprecationWarning)
    if (!(r instanceof PyFloat)) {
      warn(EXCEPTION_TYPES.get("DeprecationWarning")!, `${t.name}.__float__ returned non-float (type ${typeName(r)}).  ` +
        "The ability to return an instance of a strict subclass of float is deprecated, and may be removed in a future version of Python.");
    }
    return v;
  }
  const ix = t.lookup("__index__");
  if (ix !== undefined) {
    const r = callMethod(ix, x, []);
    const v = intValue(r);
    if (v === null) throw pyError(TypeError, `__index__ returned non-int (type ${typeName(r)})`);
    return intToFloat(v);
  }
  throw pyError(TypeError, fromNumber ? `must be real number, not ${t.name}` : `float() argument must be a string or a real number, not '${t.name}'`);
}

/** float(x=0.0, /) (float_new_impl) */
function floatNew(args: PyValue[], kwnames: readonly string[] | null): number {
  if (kwnames && kwnames.length) throw pyError(TypeError, "float() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `float expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return 0;
  const x = args[0];
  // (PyFloat_FromString: str, bytes, bytearray and any other buffer; the message shows the object)
  if (typeof x === "string" || x instanceof PyBytesObject || x instanceof PyByteArray || x instanceof PyMemoryView) {
    const text = typeof x === "string" ? x : String.fromCharCode(...x.bytes);
    const r = typeof x === "string" || /^[\x00-\x7f]*$/.test(text) ? parseFloatString(text) : null;
    if (r === null) throw pyError(ValueError, `could not convert string to float: ${repr(x)}`);
    return r;
  }
  return toFloatNumber(x);
}

TYPE_CONSTRUCTORS.set(FloatType, (args, kwnames) => {
  if (args.length === 1 && !kwnames && args[0] instanceof PyFloat) return args[0];
  return float(floatNew(args, kwnames));
});

/** An instance of a float subclass. */
export function newFloatSub(cls: PyType, value: number): PyFloatSub {
  const o = new PyFloatSub(cls, value);
  o.dict = new PyDict();
  return o;
}

FloatType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  if (args.length === 0) throw pyError(TypeError, "float.__new__(): not enough arguments");
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, `float.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(FloatType)) throw pyError(TypeError, `float.__new__(${cls.name}): ${cls.name} is not a subtype of float`);
  const v = floatNew(args.slice(1), kwnames);
  return cls === FloatType ? float(v) : newFloatSub(cls, v);
}, TypeType, "float.__new__")));

// ---- the number protocol as methods --------------------------------------------------------------------

function selfFloat(v: PyValue): number {
  const f = floatValue(v);
  if (f === null) throw pyError(TypeError, `descriptor requires a 'float' object but received a '${typeName(v)}'`);
  return f;
}

/** CONVERT_TO_DOUBLE: a float, or an int converted exactly-or-OverflowError; null = NotImplemented */
function otherFloat(v: PyValue): number | null {
  const f = floatValue(v);
  if (f !== null) return f;
  const i = intValue(v);
  return i === null ? null : intToFloat(i);
}

function binary(name: string, fn: (a: number, b: number) => PyValue): void {
  defMethod(FloatType, `__${name}__`, (self, args, kw) => {
    wrapperArgs(`__${name}__`, args, kw, 1);
    const a = selfFloat(self), b = otherFloat(args[0]);
    return b === null ? NotImplemented : fn(a, b);
  });
  defMethod(FloatType, `__r${name}__`, (self, args, kw) => {
    wrapperArgs(`__r${name}__`, args, kw, 1);
    const a = selfFloat(self), b = otherFloat(args[0]);
    return b === null ? NotImplemented : fn(b, a);
  });
}
binary("add", (a, b) => float(a + b));
binary("sub", (a, b) => float(a - b));
binary("mul", (a, b) => float(a * b));
binary("truediv", (a, b) => float(floatTrueDiv(a, b)));
binary("floordiv", (a, b) => float(floatFloorDiv(a, b)));
binary("mod", (a, b) => float(floatMod(a, b)));
binary("divmod", (a, b) => tuple(floatDivmod(a, b).map(float)));

const POW3 = "pow() 3rd argument not allowed unless all arguments are integers";
defMethod(FloatType, "__pow__", (self, args, kw) => {
  const mod = ternaryArgs("__pow__", args, kw);
  const a = selfFloat(self), b = otherFloat(args[0]);
  if (b === null) return NotImplemented;
  if (mod !== None) throw pyError(TypeError, POW3);
  return float(floatPow(a, b));
});
defMethod(FloatType, "__rpow__", (self, args, kw) => {
  const mod = ternaryArgs("__rpow__", args, kw);
  const a = selfFloat(self), b = otherFloat(args[0]);
  if (b === null) return NotImplemented;
  if (mod !== None) throw pyError(TypeError, POW3);
  return float(floatPow(b, a));
});

function unary(name: string, fn: (x: number) => PyValue): void {
  defMethod(FloatType, name, (self, args, kw) => {
    wrapperArgs(name, args, kw, 0);
    return fn(selfFloat(self));
  });
}
unary("__neg__", (x) => float(-x));
unary("__pos__", (x) => float(x));
unary("__abs__", (x) => float(Math.abs(x)));
unary("__bool__", (x) => x !== 0);
unary("__int__", (x) => floatToInt(x));
unary("__float__", (x) => float(x));
unary("__hash__", (x) => floatHash(x));
unary("__repr__", (x) => floatRepr(x));

/** Compare a float with an int exactly (float_richcompare): -1, 0, 1, or NaN when unordered. */
export function compareFloatInt(x: number, i: PyInt): number {
  if (Number.isNaN(x)) return NaN;
  if (!Number.isFinite(x)) return x > 0 ? 1 : -1;
  if (typeof i === "number") return x < i ? -1 : x > i ? 1 : 0;
  const fl = Math.floor(x);
  const bf = BigInt(fl);
  if (bf !== i) return bf < i ? -1 : 1;
  return x > fl ? 1 : 0;
}

const CMP: Array<[string, (c: number) => boolean]> = [
  ["__lt__", (c) => c < 0], ["__le__", (c) => c <= 0], ["__eq__", (c) => c === 0],
  ["__ne__", (c) => !(c === 0)], ["__gt__", (c) => c > 0], ["__ge__", (c) => c >= 0],
];
for (const [name, test] of CMP) {
  defMethod(FloatType, name, (self, args, kw) => {
    wrapperArgs(name, args, kw, 1);
    const a = selfFloat(self), o = args[0];
    const f = floatValue(o);
    if (f !== null) return test(a < f ? -1 : a > f ? 1 : a === f ? 0 : NaN);
    const i = intValue(o);
    if (i === null) return NotImplemented;
    return test(compareFloatInt(a, i));
  });
}

// ---- float's own methods -------------------------------------------------------------------------------

function method(name: string, fn: (x: number, args: PyValue[], kw: readonly string[] | null, raw: PyValue) => PyValue): void {
  defMethod(FloatType, name, (self, args, kw) => fn(selfFloat(self), args, kw, self));
}
function noArgMethod(name: string, fn: (x: number) => PyValue): void {
  method(name, (x, args, kw) => { noArgs(`float.${name}`, args, kw); return fn(x); });
}
noArgMethod("is_integer", (x) => Number.isFinite(x) && Math.floor(x) === x);
noArgMethod("as_integer_ratio", (x) => tuple(floatAsIntegerRatio(x)));
noArgMethod("hex", (x) => floatHex(x));
noArgMethod("conjugate", (x) => float(x));
noArgMethod("__trunc__", (x) => floatToInt(x));
noArgMethod("__floor__", (x) => floatToInt(Math.floor(x)));
noArgMethod("__ceil__", (x) => floatToInt(Math.ceil(x)));
noArgMethod("__getnewargs__", (x) => tuple([float(x)]));
noArgMethod("__sizeof__", () => 24);
method("__round__", (x, args, kw) => {
  clinicPos("float.__round__", args, kw, 0, 1);
  if (args.length === 0 || args[0] === None) return floatRoundToInt(x);
  return float(floatRound(x, toIndexInt(args[0])));
});
method("__format__", (x, args, kw, raw) => {
  const spec = formatSpecArg("float.__format__", args, kw);
  if (spec === "") return str(raw);
  return formatFloat(x, spec, typeName(raw));
});

function getter(name: string, fn: (self: PyValue) => PyValue): void {
  defGetSet(FloatType, name, fn);
}
getter("real", (v) => float(selfFloat(v)));
getter("imag", () => float(0));

function classMethod(name: string, fn: (cls: PyType, args: PyValue[], kw: readonly string[] | null) => PyValue): void {
  FloatType.ns.set(name, new PyClassMethod(new PyBuiltin(name, (args, kw) => fn(args[0] as PyType, args.slice(1), kw), FloatType)));
}
/** A float result built by a float classmethod: cls(value) for subclasses (float_fromhex). */
const ofClass = (cls: PyType, x: number): PyValue => (cls === FloatType ? float(x) : call(cls, [float(x)]));

classMethod("fromhex", (cls, args, kw) => {
  const s = oneArg("float.fromhex", args, kw);
  if (typeof s !== "string") throw pyError(TypeError, "bad argument type for built-in operation");
  return ofClass(cls, floatFromHex(s));
});
classMethod("from_number", (cls, args, kw) => {
  const x = oneArg("float.from_number", args, kw);
  if (typeof x === "string") throw pyError(TypeError, "must be real number, not str");
  return ofClass(cls, toFloatNumber(x, true));
});
classMethod("__getformat__", (_cls, args, kw) => {
  const t = oneArg("float.__getformat__", args, kw);
  if (typeof t !== "string") throw pyError(TypeError, `__getformat__() argument must be str, not ${t === None ? "None" : typeName(t)}`);
  if (t !== "double" && t !== "float") throw pyError(ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
  return "IEEE, little-endian";
});


import { PyByteArray } from "./bytes.js";
import { PyMemoryView } from "./memoryview.js";
import { warn } from "./warnings.js";
import { EXCEPTION_TYPES } from "./exceptions.js";
