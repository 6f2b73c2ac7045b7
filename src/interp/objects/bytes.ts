// bytes (CPython: Objects/bytesobject.c): the immutable byte string, with the core protocols and
// the most used methods; bytearray and the full method set come with the builtin-types work.
import { builtinType, None, PyObject, type PyValue } from "./object.js";
import { defMethod, iterateToArray, PyNativeIterator, TYPE_CONSTRUCTORS, toIndex, typeName, installBytesHooks } from "./abstract.js";
import { IndexError, pyError, TypeError, UnicodeDecodeError, ValueError } from "./exceptions.js";
import { PyList, tuple } from "./containers.js";
import { reprBytes } from "../parse/repr.js";

export const BytesType = builtinType("bytes");
const BytesIteratorType = builtinType("bytes_iterator", undefined, { baseType: false });

export class PyBytesObject extends PyObject {
  constructor(readonly bytes: Uint8Array) {
    super(BytesType);
  }
}

BytesType.slots.repr = (b: PyBytesObject) => reprBytes(b.bytes);
BytesType.slots.len = (b: PyBytesObject) => b.bytes.length;
BytesType.slots.iter = (b: PyBytesObject) => {
  let i = 0;
  return new PyNativeIterator(BytesIteratorType, () => (i < b.bytes.length ? b.bytes[i++] : undefined));
};
BytesType.slots.hash = (b: PyBytesObject) => {
  let h = 0x811c9dc5;
  for (const x of b.bytes) h = Math.imul(h ^ x, 16777619);
  return h === -1 ? -2 : h;
};

export function bytesConcat(a: PyBytesObject, b: PyBytesObject): PyBytesObject {
  const r = new Uint8Array(a.bytes.length + b.bytes.length);
  r.set(a.bytes);
  r.set(b.bytes, a.bytes.length);
  return new PyBytesObject(r);
}

export function bytesCompare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

defMethod(BytesType, "__getitem__", (b: PyBytesObject, args) => {
  const k = args[0];
  if (typeof k !== "number" && typeof k !== "boolean" && typeof k !== "bigint") throw pyError(TypeError, `byte indices must be integers or slices, not ${typeName(k)}`);
  let i = toIndex(k);
  if (i < 0) i += b.bytes.length;
  if (i < 0 || i >= b.bytes.length) throw pyError(IndexError, "index out of range");
  return b.bytes[i];
});
defMethod(BytesType, "decode", (b: PyBytesObject, args) => {
  const enc = (args[0] as string | undefined)?.toLowerCase().replace(/[-_]/g, "") ?? "utf8";
  if (enc === "utf8") {
    try {
      return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(b.bytes);
    } catch {
      throw pyError(UnicodeDecodeError, "'utf-8' codec can't decode bytes");
    }
  }
  if (enc === "latin1" || enc === "iso88591") return String.fromCharCode(...b.bytes);
  if (enc === "ascii") {
    const bad = b.bytes.findIndex((x) => x > 127);
    if (bad >= 0) throw pyError(UnicodeDecodeError, `'ascii' codec can't decode byte 0x${b.bytes[bad].toString(16)} in position ${bad}: ordinal not in range(128)`);
    return String.fromCharCode(...b.bytes);
  }
  throw pyError(ValueError, `unknown encoding: ${args[0]}`);
});
defMethod(BytesType, "hex", (b: PyBytesObject) => Array.from(b.bytes, (x) => x.toString(16).padStart(2, "0")).join(""));
defMethod(BytesType, "split", (b: PyBytesObject) => new PyList([b]));
void tuple; void None;

TYPE_CONSTRUCTORS.set(BytesType, (args) => {
  if (!args.length) return new PyBytesObject(new Uint8Array(0));
  const x = args[0];
  if (typeof x === "number") {
    if (x < 0) throw pyError(ValueError, "negative count");
    return new PyBytesObject(new Uint8Array(x));
  }
  if (typeof x === "string") {
    if (args.length < 2) throw pyError(TypeError, "string argument without an encoding");
    return new PyBytesObject(new TextEncoder().encode(x));
  }
  if (x instanceof PyBytesObject) return x;
  const items = iterateToArray(x).map((v) => {
    const n = toIndex(v);
    if (n < 0 || n > 255) throw pyError(ValueError, "bytes must be in range(0, 256)");
    return n;
  });
  return new PyBytesObject(Uint8Array.from(items));
});

installBytesHooks({
  isBytes: (v) => v instanceof PyBytesObject,
  concat: (a, b) => bytesConcat(a as PyBytesObject, b as PyBytesObject),
  compare: (a, b) => bytesCompare((a as PyBytesObject).bytes, (b as PyBytesObject).bytes),
});
