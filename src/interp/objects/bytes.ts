// bytes and bytearray (CPython: Objects/bytesobject.c, Objects/bytearrayobject.c): the types, their
// constructors and protocols (repr, len, iteration, subscription, +, *, %, in, comparison, hash) and
// bytearray's mutating methods. The methods both types share are in bytes_methods.ts, the codecs
// (str.encode, bytes.decode) in codecs.ts.
import { nativeTick } from "./interrupt.js";
import { builtinType, None, PyObject, TypeType, typeOf, type PyType, type PyValue } from "./object.js";
import {
  callMethod, defMethod, INSTANCE_FACTORIES, installBytesHooks, iter, next, Nb, PyNativeIterator, PySlice, sliceIndices,
  toIndex, TYPE_CONSTRUCTORS, typeName,
} from "./abstract.js";
import { defIteratorMethods } from "./abstract.js";
import { IndexError, OverflowError, PyBaseException, pyError, TypeError, ValueError } from "./exceptions.js";
import { PyList, PyTuple } from "./containers.js";
import { reprBytes } from "../parse/repr.js";
import { checkSize, clinicTypeName, kwArgs } from "./args.js";
import { installBytesFormat, strMod } from "./str.js";
import { installBytesMethods } from "./bytes_methods.js";
import { installCodecs } from "./codecs.js";

export const BytesType = builtinType("bytes");
export const ByteArrayType = builtinType("bytearray");
const BytesIteratorType = builtinType("bytes_iterator", undefined, { baseType: false });
const ByteArrayIteratorType = builtinType("bytearray_iterator", undefined, { baseType: false });
for (const t of [BytesIteratorType, ByteArrayIteratorType]) defIteratorMethods(t);

/** An immutable byte string (or an instance of a bytes subclass). */
export class PyBytesObject extends PyObject {
  constructor(readonly bytes: Uint8Array, type: PyType = BytesType) {
    super(type);
  }
}

/** A mutable byte array: `buf` has spare capacity past `len`. */
export class PyByteArray extends PyObject {
  buf: Uint8Array;
  len: number;
  constructor(bytes: Uint8Array = new Uint8Array(0), type: PyType = ByteArrayType) {
    super(type);
    this.buf = bytes;
    this.len = bytes.length;
  }
  /** The current contents (a view: copy before keeping it across a mutation). */
  get bytes(): Uint8Array {
    return this.buf.subarray(0, this.len);
  }
  set(bytes: Uint8Array): void {
    this.buf = bytes;
    this.len = bytes.length;
  }
  reserve(n: number): void {
    if (n <= this.buf.length) return;
    checkSize(n);
    const nb = new Uint8Array(Math.max(n, this.buf.length * 2, 16));
    nb.set(this.buf.subarray(0, this.len));
    this.buf = nb;
  }
  append(x: number): void {
    this.reserve(this.len + 1);
    this.buf[this.len++] = x;
  }
  appendAll(b: Uint8Array): void {
    this.reserve(this.len + b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }
}

export type PyBytesLike = PyBytesObject | PyByteArray;

export const isBytesLike = (v: PyValue): v is PyBytesLike => v instanceof PyBytesObject || v instanceof PyByteArray;

/** The bytes of a bytes-like object (the buffer protocol), else null. */
export function bufferOf(v: PyValue): Uint8Array | null {
  if (v instanceof PyBytesObject) return v.bytes;
  if (v instanceof PyByteArray) return v.bytes;
  if (v instanceof PyObject && v.type === memoryViewType && viewBytes) return viewBytes(v);
  return null;
}
/** memoryview.ts links itself here (bytes.ts cannot import it: the modules would form a cycle). */
let memoryViewType: PyType | null = null;
let viewBytes: ((v: PyValue) => Uint8Array) | null = null;
export function linkMemoryView(t: PyType, f: (v: PyValue) => Uint8Array): void {
  memoryViewType = t;
  viewBytes = f;
}

/** A buffer argument: "a bytes-like object is required, not 'T'". */
export function bufferArg(v: PyValue): Uint8Array {
  const b = bufferOf(v);
  if (b === null) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
  return b;
}

/** A new object of the same kind as `self` (bytes methods return bytes, bytearray's bytearray). */
export function sameKind(self: PyValue, bytes: Uint8Array): PyBytesLike {
  return self instanceof PyByteArray ? new PyByteArray(bytes) : new PyBytesObject(bytes);
}

export const newBytes = (b: Uint8Array): PyBytesObject => new PyBytesObject(b);

export function bytesConcat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const r = new Uint8Array(a.length + b.length);
  r.set(a);
  r.set(b, a.length);
  return r;
}

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

// ---- construction --------------------------------------------------------------------------------

/** The byte value of an int-like item (_getbytevalue), with the message of bytes or bytearray. */
export function byteValue(v: PyValue, msg = "byte must be in range(0, 256)"): number {
  const n = toIndex(v);
  if (n < 0 || n > 255) throw pyError(ValueError, msg);
  return n;
}

const hasIndex = (v: PyValue): boolean =>
  typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || (typeOf(v).heap && typeOf(v).lookup("__index__") !== undefined);

/** Bytes from an iterable of ints (PyBytes_FromObject / bytearray_init's iteration). */
function bytesFromIterable(x: PyValue, kind: "bytes" | "bytearray"): Uint8Array {
  const msg = kind === "bytes" ? "bytes must be in range(0, 256)" : "byte must be in range(0, 256)";
  if (x instanceof PyList || x instanceof PyTuple) return Uint8Array.from(x.items, (v) => byteValue(v, msg));
  let it: PyValue;
  try {
    it = iter(x);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw pyError(TypeError, `cannot convert '${typeName(x)}' object to ${kind}`);
    throw e;
  }
  const out: number[] = [];
  for (let v = next(it); v !== undefined; v = next(it)) { out.push(byteValue(v, msg)); nativeTick(); }
  return Uint8Array.from(out);
}

let encodeHook: ((s: string, encoding: string, errors: string) => Uint8Array) | null = null;
export function installEncode(f: typeof encodeHook): void {
  encodeHook = f;
}

/** The contents of bytes(...) / bytearray(...) (bytes_new_impl, bytearray___init___impl). */
function bytesInit(kind: "bytes" | "bytearray", args: PyValue[], kwnames: readonly string[] | null): Uint8Array {
  const [x, encoding, errors] = kwArgs(kind, args, kwnames, ["source", "encoding", "errors"], 0, 0, 3);
  if (encoding !== undefined && typeof encoding !== "string") {
    throw pyError(TypeError, `${kind}() argument 'encoding' must be str, not ${clinicTypeName(encoding)}`);
  }
  if (errors !== undefined && typeof errors !== "string") {
    throw pyError(TypeError, `${kind}() argument 'errors' must be str, not ${clinicTypeName(errors)}`);
  }
  if (x === undefined) {
    if (encoding !== undefined) throw pyError(TypeError, "encoding without a string argument");
    if (errors !== undefined) throw pyError(TypeError, "errors without a string argument");
    return new Uint8Array(0);
  }
  if (typeof x === "string") {
    if (encoding === undefined) throw pyError(TypeError, "string argument without an encoding");
    return encodeHook!(x, encoding as string, (errors as string | undefined) ?? "strict");
  }
  if (encoding !== undefined) throw pyError(TypeError, "encoding without a string argument");
  if (errors !== undefined) throw pyError(TypeError, "errors without a string argument");
  if (kind === "bytes") {
    const m = typeOf(x).lookup("__bytes__");
    if (m !== undefined && m !== None) {
      const r = callMethod(m, x, []);
      if (!(r instanceof PyBytesObject)) throw pyError(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return r.bytes;
    }
  }
  const buf = bufferOf(x);
  if (buf !== null) return buf.slice();
  if (hasIndex(x)) {
    const n = toIndex(x);
    if (!Number.isSafeInteger(n) || n > 2 ** 62) throw pyError(OverflowError, "cannot fit 'int' into an index-sized integer");
    if (n < 0) throw pyError(ValueError, "negative count");
    checkSize(n);
    return new Uint8Array(n);
  }
  return bytesFromIterable(x, kind);
}

TYPE_CONSTRUCTORS.set(BytesType, (args, kwnames) => {
  if (args.length === 1 && !kwnames && args[0] instanceof PyBytesObject && args[0].type === BytesType) return args[0];
  return new PyBytesObject(bytesInit("bytes", args, kwnames));
});
TYPE_CONSTRUCTORS.set(ByteArrayType, (args, kwnames) => new PyByteArray(bytesInit("bytearray", args, kwnames)));
INSTANCE_FACTORIES.set(ByteArrayType, (t) => new PyByteArray(new Uint8Array(0), t));
defMethod(ByteArrayType, "__init__", (self: PyByteArray, args, kwnames) => {
  self.set(bytesInit("bytearray", args, kwnames));
  return None;
});

// ---- protocols -----------------------------------------------------------------------------------

BytesType.slots.repr = (b: PyBytesObject) => reprBytes(b.bytes);
ByteArrayType.slots.repr = (b: PyByteArray) => `${b.type.name}(${reprBytes(b.bytes)})`;
BytesType.slots.str = BytesType.slots.repr;
ByteArrayType.slots.str = ByteArrayType.slots.repr;
BytesType.slots.len = (b: PyBytesObject) => b.bytes.length;
ByteArrayType.slots.len = (b: PyByteArray) => b.len;
BytesType.slots.iter = (b: PyBytesObject) => {
  let i = 0;
  return new PyNativeIterator(BytesIteratorType, () => (i < b.bytes.length ? b.bytes[i++] : undefined));
};
ByteArrayType.slots.iter = (b: PyByteArray) => {
  let i = 0;
  return new PyNativeIterator(ByteArrayIteratorType, () => (i < b.len ? b.buf[i++] : undefined));
};
BytesType.slots.hash = (b: PyBytesObject) => {
  if (b.bytes.length === 0) return 0; // _Py_HashBytes
  let h = 0x811c9dc5;
  for (const x of b.bytes) h = Math.imul(h ^ x, 16777619);
  return h === -1 ? -2 : h;
};
ByteArrayType.slots.hash = (b: PyByteArray) => {
  throw pyError(TypeError, `unhashable type: '${b.type.name}'`);
};
ByteArrayType.ns.set("__hash__", None);

function indexError(self: PyValue): PyBaseException {
  return pyError(IndexError, self instanceof PyByteArray ? "bytearray index out of range" : "index out of range");
}
function indicesError(self: PyValue, k: PyValue): PyBaseException {
  return pyError(TypeError, `${self instanceof PyByteArray ? "bytearray" : "byte"} indices must be integers or slices, not ${typeName(k)}`);
}

/** The items of b[start:stop:step]. */
export function sliceBytes(b: Uint8Array, s: PySlice): Uint8Array {
  const [start, stop, step] = sliceIndices(s, b.length);
  if (step === 1) return b.slice(start, Math.max(start, stop));
  const out: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) out.push(b[i]);
  else for (let i = start; i > stop; i += step) out.push(b[i]);
  return Uint8Array.from(out);
}

function getItem(self: PyBytesLike, k: PyValue): PyValue {
  const b = self.bytes;
  if (k instanceof PySlice) return sameKind(self, sliceBytes(b, k));
  if (!hasIndex(k)) throw indicesError(self, k);
  let i = toIndex(k);
  if (i < 0) i += b.length;
  if (i < 0 || i >= b.length) throw indexError(self);
  return b[i];
}
defMethod(BytesType, "__getitem__", (self: PyBytesObject, args) => getItem(self, args[0]));
defMethod(ByteArrayType, "__getitem__", (self: PyByteArray, args) => getItem(self, args[0]));

/** The step-1 positions start, start+step, ... of a slice over n items. */
function slicePositions(s: PySlice, n: number): number[] {
  const [start, stop, step] = sliceIndices(s, n);
  const idx: number[] = [];
  if (step > 0) for (let i = start; i < stop; i += step) idx.push(i);
  else for (let i = start; i > stop; i += step) idx.push(i);
  return idx;
}

defMethod(ByteArrayType, "__setitem__", (self: PyByteArray, args) => {
  const [k, v] = args;
  if (k instanceof PySlice) {
    let src: Uint8Array;
    if (v === self) src = self.bytes.slice();
    else if (bufferOf(v) !== null) src = bufferOf(v)!.slice();
    else if (hasIndex(v) || typeof v === "string") {
      throw pyError(TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    } else src = bytesFromIterable(v, "bytearray");
    const [start, stop, step] = sliceIndices(k, self.len);
    const cur = self.bytes;
    if (step === 1) {
      const hi = Math.max(start, stop);
      self.set(Uint8Array.from([...cur.subarray(0, start), ...src, ...cur.subarray(hi)]));
      return None;
    }
    const idx = slicePositions(k, self.len);
    if (idx.length !== src.length) {
      throw pyError(ValueError, `attempt to assign bytes of size ${src.length} to extended slice of size ${idx.length}`);
    }
    idx.forEach((p, j) => { self.buf[p] = src[j]; });
    return None;
  }
  if (!hasIndex(k)) throw indicesError(self, k);
  let i = toIndex(k);
  if (i < 0) i += self.len;
  if (i < 0 || i >= self.len) throw indexError(self);
  self.buf[i] = byteValue(v);
  return None;
});
defMethod(ByteArrayType, "__delitem__", (self: PyByteArray, args) => {
  const k = args[0];
  if (k instanceof PySlice) {
    const drop = new Set(slicePositions(k, self.len));
    self.set(self.bytes.filter((_, i) => !drop.has(i)));
    return None;
  }
  if (!hasIndex(k)) throw indicesError(self, k);
  let i = toIndex(k);
  if (i < 0) i += self.len;
  if (i < 0 || i >= self.len) throw pyError(IndexError, "bytearray index out of range");
  self.buf.copyWithin(i, i + 1, self.len);
  self.len--;
  return None;
});

function repeat(b: Uint8Array, n: number): Uint8Array {
  if (n <= 0 || b.length === 0) return new Uint8Array(0);
  checkSize(b.length * n);
  const r = new Uint8Array(b.length * n);
  for (let i = 0; i < n; i++) r.set(b, i * b.length);
  return r;
}

let bytesModHook: ((self: PyBytesLike, args: PyValue) => Uint8Array) | null = null;
export function installBytesMod(f: typeof bytesModHook): void {
  bytesModHook = f;
}

/** Whether item (an int or a bytes-like object) occurs in b (bytes_contains). */
export function bytesContains(b: Uint8Array, item: PyValue): boolean {
  if (hasIndex(item)) return b.includes(byteValue(item));
  const sub = bufferArg(item);
  return indexOfBytes(b, sub, 0, b.length) >= 0;
}

/** The first index of sub in b[start:end], or -1. */
export function indexOfBytes(b: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const m = sub.length;
  outer: for (let i = start; i + m <= end; i++) {
    for (let j = 0; j < m; j++) if (b[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}
/** The last index of sub in b[start:end], or -1. */
export function lastIndexOfBytes(b: Uint8Array, sub: Uint8Array, start: number, end: number): number {
  const m = sub.length;
  outer: for (let i = end - m; i >= start; i--) {
    for (let j = 0; j < m; j++) if (b[i + j] !== sub[j]) continue outer;
    return i;
  }
  return -1;
}

installBytesHooks({
  isBytes: isBytesLike,
  binary(a, b, op) {
    const self = a as PyBytesLike;
    switch (op) {
      case Nb.ADD: {
        const other = bufferOf(b);
        return other === null ? undefined : sameKind(self, bytesConcat(self.bytes, other));
      }
      case Nb.MULTIPLY:
        return hasIndex(b) ? sameKind(self, repeat(self.bytes, toIndex(b))) : undefined;
      case Nb.REMAINDER:
        return sameKind(self, bytesModHook!(self, b));
    }
    return undefined;
  },
  inplace(a, b, op) {
    if (!(a instanceof PyByteArray)) return undefined;
    if (op === Nb.ADD) {
      const other = bufferOf(b);
      if (other === null) return undefined;
      a.appendAll(other.slice());
      return a;
    }
    if (op === Nb.MULTIPLY && hasIndex(b)) {
      a.set(repeat(a.bytes, toIndex(b)));
      return a;
    }
    return undefined;
  },
  compare: (a, b) => bytesCompare((a as PyBytesLike).bytes, (b as PyBytesLike).bytes),
  contains: (c, item) => bytesContains((c as PyBytesLike).bytes, item),
});

// ---- bytearray's mutating methods ---------------------------------------------------------------

function methodArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, n: number): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `bytearray.${name}() takes no keyword arguments`);
  if (args.length !== n) {
    if (n === 0) throw pyError(TypeError, `bytearray.${name}() takes no arguments (${args.length} given)`);
    if (n === 1) throw pyError(TypeError, `bytearray.${name}() takes exactly one argument (${args.length} given)`);
    throw pyError(TypeError, `${name} expected ${n} arguments, got ${args.length}`);
  }
}

defMethod(ByteArrayType, "append", (self: PyByteArray, args, kw) => {
  methodArgs("append", args, kw, 1);
  self.append(byteValue(args[0]));
  return None;
});
defMethod(ByteArrayType, "extend", (self: PyByteArray, args, kw) => {
  methodArgs("extend", args, kw, 1);
  const v = args[0];
  const buf = bufferOf(v);
  if (buf !== null) { self.appendAll(buf.slice()); return None; }
  if (typeof v === "string") throw pyError(TypeError, "expected iterable of integers; got: 'str'");
  let it: PyValue;
  try {
    it = iter(v);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw pyError(TypeError, `can't extend bytearray with ${typeName(v)}`);
    throw e;
  }
  for (let x = next(it); x !== undefined; x = next(it)) { self.append(byteValue(x)); nativeTick(); }
  return None;
});
defMethod(ByteArrayType, "insert", (self: PyByteArray, args, kw) => {
  if (kw && kw.length) throw pyError(TypeError, "bytearray.insert() takes no keyword arguments");
  if (args.length !== 2) throw pyError(TypeError, `insert expected 2 arguments, got ${args.length}`);
  let i = toIndex(args[0]);
  const x = byteValue(args[1]);
  const n = self.len;
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  self.append(0);
  self.buf.copyWithin(i + 1, i, n);
  self.buf[i] = x;
  return None;
});
defMethod(ByteArrayType, "pop", (self: PyByteArray, args, kw) => {
  if (kw && kw.length) throw pyError(TypeError, "bytearray.pop() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `pop expected at most 1 argument, got ${args.length}`);
  let i = args.length ? toIndex(args[0]) : -1;
  if (self.len === 0) throw pyError(IndexError, "pop from empty bytearray");
  if (i < 0) i += self.len;
  if (i < 0 || i >= self.len) throw pyError(IndexError, "pop index out of range");
  const v = self.buf[i];
  self.buf.copyWithin(i, i + 1, self.len);
  self.len--;
  return v;
});
defMethod(ByteArrayType, "remove", (self: PyByteArray, args, kw) => {
  methodArgs("remove", args, kw, 1);
  const x = byteValue(args[0]);
  const i = self.bytes.indexOf(x);
  if (i < 0) throw pyError(ValueError, "value not found in bytearray");
  self.buf.copyWithin(i, i + 1, self.len);
  self.len--;
  return None;
});
defMethod(ByteArrayType, "reverse", (self: PyByteArray, args, kw) => { methodArgs("reverse", args, kw, 0); self.bytes.reverse(); return None; });
defMethod(ByteArrayType, "clear", (self: PyByteArray, args, kw) => { methodArgs("clear", args, kw, 0); self.set(new Uint8Array(0)); return None; });
defMethod(ByteArrayType, "copy", (self: PyByteArray, args, kw) => { methodArgs("copy", args, kw, 0); return new PyByteArray(self.bytes.slice()); });
defMethod(ByteArrayType, "__alloc__", (self: PyByteArray, args, kw) => { methodArgs("__alloc__", args, kw, 0); return self.buf.length + 1; });

// bytes % args: the str formatter in bytes mode over Latin-1 text
const latin1 = (b: Uint8Array): string => {
  let s = "";
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
};
const fromLatin1 = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
installBytesMod((self, args) => fromLatin1(strMod(latin1(self.bytes), args, true)));
installBytesFormat({
  bytesOf(v) {
    const b = bufferOf(v);
    if (b !== null) return latin1(b);
    const m = typeOf(v).lookup("__bytes__");
    if (m !== undefined && m !== None) {
      const r = callMethod(m, v, []);
      if (!(r instanceof PyBytesObject)) throw pyError(TypeError, `__bytes__ returned non-bytes (type ${typeName(r)})`);
      return latin1(r.bytes);
    }
    throw pyError(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeName(v)}'`);
  },
  byteChar(v) {
    const b = bufferOf(v);
    if (b !== null && b.length === 1) return String.fromCharCode(b[0]);
    if (hasIndex(v)) {
      const n = toIndex(v);
      if (n < 0 || n > 255) throw pyError(OverflowError, "%c arg not in range(256)");
      return String.fromCharCode(n);
    }
    throw pyError(TypeError, b !== null ? `%c requires an integer in range(256) or a single byte, not a bytes object of length ${b.length}`
      : `%c requires an integer in range(256) or a single byte, not ${typeName(v)}`);
  },
  key: (s) => new PyBytesObject(fromLatin1(s)),
});

void TypeType;
installBytesMethods();
installCodecs();
