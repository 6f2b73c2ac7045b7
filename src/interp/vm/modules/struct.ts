// The _struct module (CPython 3.14: Modules/_struct.c): format parsing with the native ('@',
// x86-64 Linux sizes and alignment) and standard ('=', '<', '>', '!') tables, pack/unpack/
// pack_into/unpack_from/iter_unpack/calcsize, the Struct type and struct.error, with CPython's
// messages. Floats use IEEE binary16/32/64 with PyFloat_Pack2's rounding; 3.14's F and D are
// complex numbers as two floats or doubles.
import { None, PyObject, PyType, TypeType, type PyValue } from "../../objects/object.js";
import { defGetter, defMethod, isInt, truthy, typeName, toIndex, typeShortName } from "../../objects/abstract.js";
import { PyDict, tuple } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";
import { Exception_, OverflowError, pyError, TypeError } from "../../objects/exceptions.js";
import { float, normBig, PyFloat } from "../../objects/numbers.js";
import { bufferOf, PyByteArray, PyBytesObject } from "../../objects/bytes.js";
import { PyMemoryView } from "../../objects/memoryview.js";
import { newComplex, PyComplexObj } from "../../objects/complex.js";
import { toIndexInt, floatValue } from "../../objects/int.js";
import { methNoArgs, methO, noKw, unpack as unpackArgs } from "../builtins.js";
import { defFn, defNew, NativeIter, nativeIterType, nativeType, typeOf } from "./native.js";

/** struct.error (PyErr_NewException("struct.error", NULL, NULL)) */
export const StructError = new PyType(TypeType, "error", [Exception_], new Map<string, PyValue>([["__module__", "struct"]]), true, "struct");
const err = (msg: string) => pyError(StructError, msg);

// ---- format parsing (prepare_s) -------------------------------------------------------------------

interface Code { c: string; size: number; align: number }
/** One parsed item: its code, offset and repeat count (s/p: the byte length). */
interface Item { code: Code; offset: number; count: number }
interface Format { items: Item[]; size: number; nargs: number; little: boolean; native: boolean; text: string }

const STD: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, "?": 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, F: 8, D: 16, s: 1, p: 1 };
// native_table on x86-64 Linux (tspy's sys.maxsize is 2**63-1): long, size_t and pointers are 8 bytes
const NATIVE: Record<string, number> = { ...STD, l: 8, L: 8, n: 8, N: 8, P: 8 };

const cache = new Map<string, Format>();
function parseFormat(fmt: string): Format {
  const hit = cache.get(fmt);
  if (hit) return hit;
  let i = 0;
  let native = true, little = true;
  const first = fmt[0];
  if (first === "<" || first === ">" || first === "!" || first === "=" || first === "@") {
    i = 1;
    native = first === "@";
    little = first === "<" || first === "=" || first === "@";
  }
  const table = native ? NATIVE : STD;
  const items: Item[] = [];
  let size = 0, nargs = 0;
  while (i < fmt.length) {
    const ch = fmt[i];
    if (/\s/.test(ch)) { i++; continue; }
    let count = 1;
    if (ch >= "0" && ch <= "9") {
      let n = 0n;
      while (i < fmt.length && fmt[i] >= "0" && fmt[i] <= "9") n = n * 10n + BigInt(fmt.charCodeAt(i++) - 48);
      if (i >= fmt.length) throw err("repeat count given without format specifier");
      if (n > BigInt(Number.MAX_SAFE_INTEGER)) throw err("total struct size too long");
      count = Number(n);
    }
    const c = fmt[i++];
    const sz = table[c];
    if (sz === undefined) throw err("bad char in struct format");
    // native alignment: the item's size (a complex aligns as its float or double parts)
    const align = native && c !== "s" && c !== "p" && c !== "x" && c !== "c" && c !== "?" ? (c === "F" || c === "D" ? sz / 2 : sz) : 1;
    if (align > 1) size = Math.ceil(size / align) * align;
    const code = { c, size: sz, align };
    if (c === "s" || c === "p") {
      items.push({ code, offset: size, count });
      size += count;
      nargs++;
    } else if (c === "x") {
      size += count;
    } else {
      for (let k = 0; k < count; k++) items.push({ code, offset: size + k * sz, count: 1 });
      size += count * sz;
      nargs += count;
    }
    if (size > Number.MAX_SAFE_INTEGER) throw err("total struct size too long");
  }
  const f = { items, size, nargs, little, native, text: fmt };
  if (cache.size > 100) cache.clear();
  cache.set(fmt, f);
  return f;
}

/** The format argument: str or bytes (Struct() argument 1 must be ...) */
function formatText(v: PyValue): string {
  if (typeof v === "string") return v;
  if (v instanceof PyBytesObject) return String.fromCharCode(...v.bytes);
  throw pyError(TypeError, `Struct() argument 1 must be a str or bytes object, not ${typeShortName(typeOf(v))}`);
}

// ---- packing one item (np_* / lp_* / bp_*) ----------------------------------------------------------------

/** get_pylong: an int or an object with __index__ */
function intArg(v: PyValue): bigint {
  if (isInt(v) || typeof v === "boolean") return BigInt(typeof v === "boolean" ? Number(v) : v);
  if (typeOf(v).lookup("__index__") !== undefined) return BigInt(toIndexInt(v));
  throw err("required argument is not an integer");
}
function floatArg(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  const f = floatValue(v);
  if (f !== null) return f;
  if (isInt(v) || typeof v === "boolean") return Number(v);
  if (typeOf(v).lookup("__float__") !== undefined || typeOf(v).lookup("__index__") !== undefined) {
    return toFloatSlow(v);
  }
  throw err("required argument is not a float");
}
import { call, getattr } from "../../objects/abstract.js";
function toFloatSlow(v: PyValue): number {
  if (typeOf(v).lookup("__float__") !== undefined) {
    const r = call(getattr(v, "__float__"), []);
    if (r instanceof PyFloat) return r.value;
  }
  return Number(toIndexInt(v));
}

/** PyComplex_AsCComplex: a complex, or a real number as (x, 0) */
function complexArg(v: PyValue): [number, number] {
  if (v instanceof PyComplexObj) return [v.real, v.imag];
  const cm = typeOf(v).lookup("__complex__");
  if (cm !== undefined) {
    const r = call(getattr(v, "__complex__"), []);
    if (r instanceof PyComplexObj) return [r.real, r.imag];
  }
  try {
    return [floatArg(v), 0];
  } catch {
    throw err("required argument is not a complex");
  }
}

/** PyFloat_Pack2: binary16 with round-half-even; OverflowError past the largest half */
function packHalf(x: number): number {
  let sign = 0;
  if (Number.isNaN(x)) return 0x7e00;
  if (x < 0 || Object.is(x, -0)) { sign = 1; x = -x; }
  if (x === Infinity) return (sign << 15) | 0x7c00;
  let e = 0, f = x;
  if (f !== 0) {
    e = Math.floor(Math.log2(f));
    f = f / 2 ** e;
    if (f >= 2) { f /= 2; e++; } else if (f < 1) { f *= 2; e--; }
  }
  if (e >= 16) throw pyError(OverflowError, "float too large to pack with e format");
  if (x === 0) { f = 0; e = 0; }
  else if (e < -25) { f = 0; e = 0; }
  else if (e < -14) { f = f * 2 ** (14 + e); e = 0; }
  else { e += 15; f -= 1; }
  f *= 1024;
  let bits = Math.trunc(f);
  if (f - bits > 0.5 || (f - bits === 0.5 && bits % 2 === 1)) {
    bits++;
    if (bits === 1024) {
      bits = 0;
      e++;
      if (e === 31) throw pyError(OverflowError, "float too large to pack with e format");
    }
  }
  return bits | (e << 10) | (sign << 15);
}
function unpackHalf(h: number): number {
  const sign = h >> 15 ? -1 : 1, e = (h >> 10) & 0x1f, m = h & 0x3ff;
  if (e === 0x1f) return m ? NaN : sign * Infinity;
  if (e === 0) return sign * m * 2 ** -24;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function packItem(view: DataView, bytes: Uint8Array, it: Item, v: PyValue, little: boolean): void {
  const { c, size } = it.code;
  const off = it.offset;
  switch (c) {
    case "c": {
      if (!(v instanceof PyBytesObject) || v.bytes.length !== 1) throw err("char format requires a bytes object of length 1");
      bytes[off] = v.bytes[0];
      return;
    }
    case "s": case "p": {
      const src = v instanceof PyBytesObject || v instanceof PyByteArray ? v.bytes : null;
      if (src === null) throw err(`argument for '${c}' must be a bytes object`);
      if (c === "s") {
        bytes.set(src.subarray(0, it.count), off);
      } else {
        const n = Math.min(src.length, Math.max(it.count - 1, 0), 255);
        if (it.count > 0) {
          bytes.set(src.subarray(0, n), off + 1);
          bytes[off] = n;
        }
      }
      return;
    }
    case "?": bytes[off] = truthy(v) ? 1 : 0; return;
    case "e": view.setUint16(off, packHalf(floatArg(v)), little); return;
    case "f": {
      const x = floatArg(v);
      if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) throw pyError(OverflowError, "float too large to pack with f format");
      view.setFloat32(off, x, little);
      return;
    }
    case "d": view.setFloat64(off, floatArg(v), little); return;
    case "F": case "D": {
      // 3.14's complex codes: two floats or doubles (PyComplex_AsCComplex)
      const [re, im] = complexArg(v);
      if (c === "F") {
        view.setFloat32(off, re, little);
        view.setFloat32(off + 4, im, little);
      } else {
        view.setFloat64(off, re, little);
        view.setFloat64(off + 8, im, little);
      }
      return;
    }
  }
  // integer codes: range check with CPython's message, then two's complement bytes
  const n = intArg(v);
  const unsigned = c === c.toUpperCase();
  const bits = BigInt(size * 8);
  const lo = unsigned ? 0n : -(1n << (bits - 1n)), hi = unsigned ? (1n << bits) - 1n : (1n << (bits - 1n)) - 1n;
  if (n < lo || n > hi) {
    if (c === "P") throw pyError(OverflowError, "int too large to convert");
    throw err(`'${c}' format requires ${lo} <= number <= ${hi}`);
  }
  let u = BigInt.asUintN(size * 8, n);
  for (let k = 0; k < size; k++) {
    bytes[off + (little ? k : size - 1 - k)] = Number(u & 0xffn);
    u >>= 8n;
  }
}

function unpackItem(view: DataView, bytes: Uint8Array, it: Item, little: boolean): PyValue {
  const { c, size } = it.code;
  const off = it.offset;
  switch (c) {
    case "c": return new PyBytesObject(bytes.slice(off, off + 1));
    case "s": return new PyBytesObject(bytes.slice(off, off + it.count));
    case "p": {
      if (it.count === 0) return new PyBytesObject(new Uint8Array(0));
      const n = Math.min(bytes[off], it.count - 1);
      return new PyBytesObject(bytes.slice(off + 1, off + 1 + n));
    }
    case "?": return bytes[off] !== 0;
    case "e": return float(unpackHalf(view.getUint16(off, little)));
    case "f": return float(view.getFloat32(off, little));
    case "d": return float(view.getFloat64(off, little));
    case "F": return newComplex(view.getFloat32(off, little), view.getFloat32(off + 4, little));
    case "D": return newComplex(view.getFloat64(off, little), view.getFloat64(off + 8, little));
  }
  let u = 0n;
  for (let k = 0; k < size; k++) u = (u << 8n) | BigInt(bytes[off + (little ? size - 1 - k : k)]);
  const unsigned = c === c.toUpperCase();
  return normBig(unsigned ? u : BigInt.asIntN(size * 8, u));
}

// ---- the operations -----------------------------------------------------------------------------------

function packInto(f: Format, out: Uint8Array, base: number, args: PyValue[]): void {
  const view = new DataView(out.buffer, out.byteOffset + base, f.size);
  const bytes = out.subarray(base, base + f.size);
  f.items.forEach((it, k) => packItem(view, bytes, it, args[k], f.little));
}
function pack(f: Format, args: PyValue[]): PyValue {
  if (args.length !== f.nargs) throw err(`pack expected ${f.nargs} items for packing (got ${args.length})`);
  const out = new Uint8Array(f.size);
  packInto(f, out, 0, args);
  return new PyBytesObject(out);
}
/** A readable buffer (bytes-like) or CPython's TypeError */
function readBuffer(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === null) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}
function unpackAt(f: Format, b: Uint8Array, base: number): PyValue {
  const bytes = b.subarray(base, base + f.size);
  const view = new DataView(bytes.buffer, bytes.byteOffset, f.size);
  return tuple(f.items.map((it) => unpackItem(view, bytes, it, f.little)));
}
function unpack(f: Format, buf: PyValue): PyValue {
  const b = readBuffer(buf);
  if (b.length !== f.size) throw err(`unpack requires a buffer of ${f.size} bytes`);
  return unpackAt(f, b, 0);
}
function unpackFrom(f: Format, buf: PyValue, offsetArg: PyValue | undefined): PyValue {
  const b = readBuffer(buf);
  let offset = offsetArg === undefined ? 0 : Number(toIndex(offsetArg));
  const orig = offset;
  if (offset < 0) {
    if (offset + b.length < 0) throw err(`offset ${offset} out of range for ${b.length}-byte buffer`);
    offset += b.length;
  }
  if (b.length - offset < f.size) {
    if (orig < 0) throw err(`not enough data to unpack ${f.size} bytes at offset ${orig}`);
    throw err(`unpack_from requires a buffer of at least ${f.size + offset} bytes for unpacking ${f.size} bytes at offset ${offset} (actual buffer size is ${b.length})`);
  }
  return unpackAt(f, b, offset);
}
/** A writable buffer: a bytearray or a writable contiguous memoryview */
function writeBuffer(v: PyValue): Uint8Array {
  if (v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyMemoryView && !v.readonly && v.step === 1) return v.obj.bytes.subarray(v.start, v.start + v.length);
  throw pyError(TypeError, `argument must be read-write bytes-like object, not ${typeName(v)}`);
}
function packIntoCall(f: Format, args: PyValue[]): PyValue {
  if (args.length < 1) throw err("pack_into expected buffer argument");
  if (args.length < 2) throw err("pack_into expected offset argument");
  if (args.length - 2 !== f.nargs) throw err(`pack_into expected ${f.nargs} items for packing (got ${args.length - 2})`);
  const b = writeBuffer(args[0]);
  let offset = Number(toIndex(args[1]));
  if (offset < 0) {
    if (offset + f.size > 0) throw err(`no space to pack ${f.size} bytes at offset ${offset}`);
    if (offset + b.length < 0) throw err(`offset ${offset} out of range for ${b.length}-byte buffer`);
    offset += b.length;
  }
  if (b.length - offset < f.size) {
    throw err(`pack_into requires a buffer of at least ${f.size + offset} bytes for packing ${f.size} bytes at offset ${offset} (actual buffer size is ${b.length})`);
  }
  const out = new Uint8Array(f.size);
  packInto(f, out, 0, args.slice(2));
  b.set(out, offset);
  return None;
}
const UnpackIterType = nativeIterType("_struct.unpack_iterator", { baseType: false });
function iterUnpack(f: Format, buf: PyValue): PyValue {
  if (f.size === 0) throw err("cannot iteratively unpack with a struct of length 0");
  const b = readBuffer(buf).slice();
  if (b.length % f.size !== 0) throw err(`iterative unpacking requires a buffer of a multiple of ${f.size} bytes`);
  return new NativeIter(UnpackIterType, { pos: 0, size: f.size, len: b.length }, (s) => {
    if (s.pos + f.size > b.length) return undefined;
    const r = unpackAt(f, b, s.pos);
    s.pos += f.size;
    return r;
  });
}
defMethod(UnpackIterType, "__length_hint__", (it: NativeIter<{ pos: number; size: number; len: number }>) => (it.s.len - it.s.pos) / it.s.size);

// ---- Struct ------------------------------------------------------------------------------------------------

const StructType = nativeType("_struct.Struct");
class PyStruct extends PyObject {
  constructor(type: PyType, readonly f: Format) {
    super(type);
  }
}
defNew(StructType, (cls, args, kw) => {
  const [fmt] = unpackArgs("Struct", args, kw, ["format"], 0, 1, 1);
  const s = new PyStruct(cls, parseFormat(formatText(fmt!)));
  if (cls.heap && !cls.noDict) s.dict = new PyDict();
  return s;
});
defMethod(StructType, "__init__", () => None);
StructType.slots.repr = (s: PyStruct) => `${s.type.heap ? s.type.name : s.type.qualname}(${reprStr(s.f.text)})`;
import { repr as reprValue } from "../../objects/abstract.js";
const reprStr = (t: string) => reprValue(t);
defGetter(StructType, "format", (s: PyStruct) => s.f.text);
defGetter(StructType, "size", (s: PyStruct) => s.f.size);
defMethod(StructType, "pack", (s: PyStruct, args, kw) => { noKw("pack", kw); return pack(s.f, args); });
defMethod(StructType, "pack_into", (s: PyStruct, args, kw) => { noKw("pack_into", kw); return packIntoCall(s.f, args); });
defMethod(StructType, "unpack", (s: PyStruct, args, kw) => unpack(s.f, methO("Struct.unpack", args, kw)));
defMethod(StructType, "unpack_from", (s: PyStruct, args, kw) => {
  const [b, off] = unpackArgs("unpack_from", args, kw, ["buffer", "offset"], 0, 1, 2);
  return unpackFrom(s.f, b!, off);
});
defMethod(StructType, "iter_unpack", (s: PyStruct, args, kw) => iterUnpack(s.f, methO("Struct.iter_unpack", args, kw)));
defMethod(StructType, "__sizeof__", (s: PyStruct, args, kw) => { methNoArgs("__sizeof__", args, kw); return 48 + s.f.items.length * 24; });

/** The format of a module-level call: str or bytes (cache_struct_converter) */
function formatOf(v: PyValue | undefined, fname: string): Format {
  if (v === undefined) throw pyError(TypeError, `${fname}() missing required argument 'format' (pos 1)`);
  return parseFormat(formatText(v));
}

export function makeStruct(): PyModule {
  const m = new PyModule("_struct");
  m.dict.set("__doc__", "Functions to convert between Python values and C structs.");
  m.dict.set("Struct", StructType);
  m.dict.set("error", StructError);
  defFn(m, "_clearcache", () => { cache.clear(); return None; });
  defFn(m, "calcsize", (args, kw) => {
    noKw("_struct.calcsize", kw);
    if (args.length !== 1) throw pyError(TypeError, `_struct.calcsize() takes exactly one argument (${args.length} given)`);
    return formatOf(args[0], "calcsize").size;
  });
  defFn(m, "pack", (args, kw) => {
    noKw("_struct.pack", kw);
    if (args.length < 1) throw pyError(TypeError, "missing format argument");
    return pack(formatOf(args[0], "pack"), args.slice(1));
  });
  defFn(m, "pack_into", (args, kw) => {
    noKw("pack_into", kw);
    if (args.length < 1) throw pyError(TypeError, "pack_into expected at least 1 argument, got 0");
    return packIntoCall(formatOf(args[0], "pack_into"), args.slice(1));
  });
  defFn(m, "unpack", (args, kw) => {
    noKw("unpack", kw);
    if (args.length !== 2) throw pyError(TypeError, `unpack expected 2 arguments, got ${args.length}`);
    return unpack(formatOf(args[0], "unpack"), args[1]);
  });
  defFn(m, "unpack_from", (args, kw) => {
    const [fmt, b, off] = unpackArgs("unpack_from", args, kw, ["format", "buffer", "offset"], 1, 2, 3);
    return unpackFrom(formatOf(fmt, "unpack_from"), b!, off);
  });
  defFn(m, "iter_unpack", (args, kw) => {
    noKw("iter_unpack", kw);
    if (args.length !== 2) throw pyError(TypeError, `iter_unpack expected 2 arguments, got ${args.length}`);
    return iterUnpack(formatOf(args[0], "iter_unpack"), args[1]);
  });
  return m;
}
