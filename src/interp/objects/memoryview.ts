// memoryview over bytes and bytearray (CPython: Objects/memoryobject.c), one-dimensional with
// format 'B': indexing, slicing (views share the buffer), assignment into writable views,
// tobytes/tolist/hex/toreadonly/cast (to 'B' and, for len/tolist/indexing, the native integer formats), release and the context manager, comparisons, hash.
// Not modelled: buffer exports (resizing a bytearray under a view is not refused), other formats.
import { builtinType, None, NotImplemented, PyObject, type PyValue } from "./object.js";
import {
  addressOf, Cmp, defGetter, installExtraCompare, defMethod, hash, PyNativeIterator, PySlice, sliceIndices, toIndex, TYPE_CONSTRUCTORS, typeName,
} from "./abstract.js";
import { IndexError, NotImplementedError, pyError, TypeError, ValueError } from "./exceptions.js";
import { PyList, tuple } from "./containers.js";
import { kwArgs } from "./args.js";
import { BytesType, bytesCompare, linkMemoryView, PyByteArray, PyBytesObject, type PyBytesLike } from "./bytes.js";

export const MemoryViewType = builtinType("memoryview", undefined, { baseType: false });
const MemoryIteratorType = builtinType("memory_iterator", undefined, { baseType: false });

export class PyMemoryView extends PyObject {
  released = false;
  /** the item format after cast(): 'B' or a native integer format (its items are `itemsize` bytes) */
  fmt = "B";
  constructor(readonly obj: PyBytesLike, readonly start: number, readonly step: number, readonly length: number, readonly readonly: boolean) {
    super(MemoryViewType);
  }
  /** The viewed bytes (a copy when the view has a step). */
  get bytes(): Uint8Array {
    this.check();
    const b = this.obj.bytes;
    if (this.step === 1) return b.subarray(this.start, this.start + this.length);
    const out = new Uint8Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = b[this.start + i * this.step];
    return out;
  }
  check(): void {
    if (this.released) throw pyError(ValueError, "operation forbidden on released memoryview object");
  }
}

function bufferOfAny(v: PyValue): PyBytesLike | null {
  return v instanceof PyBytesObject || v instanceof PyByteArray ? v : null;
}

TYPE_CONSTRUCTORS.set(MemoryViewType, (args, kwnames) => {
  const [o] = kwArgs("memoryview", args, kwnames, ["object"], 0, 0, 1);
  if (o === undefined) throw pyError(TypeError, "memoryview() missing required argument 'object' (pos 1)");
  if (o instanceof PyMemoryView) {
    o.check();
    return new PyMemoryView(o.obj, o.start, o.step, o.length, o.readonly);
  }
  const b = bufferOfAny(o);
  if (b === null) throw pyError(TypeError, `memoryview: a bytes-like object is required, not '${typeName(o)}'`);
  return new PyMemoryView(b, 0, 1, b.bytes.length, !(b instanceof PyByteArray));
});

MemoryViewType.slots.repr = (m: PyMemoryView) => `<${m.released ? "released " : ""}memory at ${addressOf(m)}>`;
MemoryViewType.slots.len = (m: PyMemoryView) => { m.check(); return m.length / itemSize(m.fmt); };
MemoryViewType.slots.iter = (m: PyMemoryView) => {
  m.check();
  let i = 0;
  return new PyNativeIterator(MemoryIteratorType, () => (i < m.length ? m.obj.bytes[m.start + (i++) * m.step] : undefined));
};
MemoryViewType.slots.hash = (m: PyMemoryView) => {
  m.check();
  if (!m.readonly) throw pyError(ValueError, "cannot hash writable memoryview object");
  return hash(new PyBytesObject(m.bytes.slice())) as number;
};

function index(m: PyMemoryView, k: PyValue): number {
  if (!(typeof k === "number" || typeof k === "bigint" || typeof k === "boolean" || (typeof k === "object" && k.type.heap && k.type.lookup("__index__") !== undefined))) {
    throw pyError(TypeError, "memoryview: invalid slice key");
  }
  let i = toIndex(k);
  if (i < 0) i += m.length;
  if (i < 0 || i >= m.length) throw pyError(IndexError, "index out of bounds on dimension 1");
  return m.start + i * m.step;
}
function sub(m: PyMemoryView, s: PySlice): PyMemoryView {
  const [start, stop, step] = sliceIndices(s, m.length);
  const n = step > 0 ? Math.max(0, Math.ceil((stop - start) / step)) : Math.max(0, Math.ceil((start - stop) / -step));
  return new PyMemoryView(m.obj, m.start + start * m.step, m.step * step, n, m.readonly);
}

defMethod(MemoryViewType, "__getitem__", (m: PyMemoryView, args) => {
  m.check();
  const k = args[0];
  if (m.fmt !== "B") {
    if (k instanceof PySlice) throw pyError(NotImplementedError, `memoryview: slicing a view of format '${m.fmt}' is not supported`);
    let i = toIndex(k);
    const n = m.length / itemSize(m.fmt);
    if (i < 0) i += n;
    if (i < 0 || i >= n) throw pyError(IndexError, "index out of bounds on dimension 1");
    return unpackItems(m)[i];
  }
  if (k instanceof PySlice) return sub(m, k);
  return m.obj.bytes[index(m, k)];
});
defMethod(MemoryViewType, "__setitem__", (m: PyMemoryView, args) => {
  m.check();
  if (m.readonly) throw pyError(TypeError, "cannot modify read-only memory");
  const [k, v] = args;
  const buf = (m.obj as PyByteArray).buf;
  if (k instanceof PySlice) {
    const dst = sub(m, k);
    const src = v instanceof PyMemoryView ? v.bytes.slice() : bufferOfAny(v)?.bytes.slice();
    if (src === undefined) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
    if (src.length !== dst.length) throw pyError(ValueError, "memoryview assignment: lvalue and rvalue have different structures");
    for (let i = 0; i < src.length; i++) buf[dst.start + i * dst.step] = src[i];
    return None;
  }
  const at = index(m, k);
  if (!(typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")) throw pyError(TypeError, "memoryview: invalid type for format 'B'");
  const n = toIndex(v);
  if (n < 0 || n > 255) throw pyError(ValueError, "memoryview: invalid value for format 'B'");
  buf[at] = n;
  return None;
});

function noArgs(name: string, args: PyValue[], kw: readonly string[] | null): void {
  if (kw && kw.length) throw pyError(TypeError, `memoryview.${name}() takes no keyword arguments`);
  if (args.length) throw pyError(TypeError, `memoryview.${name}() takes no arguments (${args.length} given)`);
}
defMethod(MemoryViewType, "tobytes", (m: PyMemoryView, args, kw) => {
  const [order] = kwArgs("tobytes", args, kw, ["order"], 0, 0, 1);
  void order;
  return new PyBytesObject(m.bytes.slice());
});
defMethod(MemoryViewType, "tolist", (m: PyMemoryView, args, kw) => { noArgs("tolist", args, kw); return new PyList(unpackItems(m)); });
defMethod(MemoryViewType, "hex", (m: PyMemoryView, args, kw) => {
  m.check();
  const hex = BytesTypeRef().ns.get("hex") as unknown as { fn: (s: PyValue, a: PyValue[], k: readonly string[] | null) => PyValue };
  return hex.fn(new PyBytesObject(m.bytes.slice()), args, kw);
});
defMethod(MemoryViewType, "toreadonly", (m: PyMemoryView, args, kw) => {
  noArgs("toreadonly", args, kw);
  m.check();
  return new PyMemoryView(m.obj, m.start, m.step, m.length, true);
});
defMethod(MemoryViewType, "cast", (m: PyMemoryView, args, kw) => {
  const [fmtArg] = kwArgs("cast", args, kw, ["format", "shape"], 0, 1, 2);
  m.check();
  const fmt = typeof fmtArg === "string" && fmtArg.startsWith("@") ? fmtArg.slice(1) : fmtArg;
  if (typeof fmt !== "string" || !(fmt in ITEM_SIZES)) {
    throw pyError(ValueError, "memoryview: destination format must be a native single character format prefixed with an optional '@'");
  }
  if (m.step !== 1 && m.length > 1) throw pyError(TypeError, "memoryview: casts are restricted to C-contiguous views");
  if (m.fmt !== "B" && fmt !== "B") throw pyError(TypeError, "memoryview: cannot cast between two non-byte formats");
  if (m.length % ITEM_SIZES[fmt] !== 0) throw pyError(TypeError, "memoryview: length is not a multiple of itemsize");
  const v = new PyMemoryView(m.obj, m.start, m.step, m.length, m.readonly);
  v.fmt = fmt;
  return v;
});
defMethod(MemoryViewType, "release", (m: PyMemoryView, args, kw) => { noArgs("release", args, kw); m.released = true; return None; });
defMethod(MemoryViewType, "__enter__", (m: PyMemoryView) => { m.check(); return m; });
defMethod(MemoryViewType, "__exit__", (m: PyMemoryView) => { m.released = true; return None; });

const attr = (name: string, f: (m: PyMemoryView) => PyValue) => defGetter(MemoryViewType, name, (m: PyMemoryView) => { m.check(); return f(m); });
attr("obj", (m) => m.obj);
attr("readonly", (m) => m.readonly);
attr("format", (m) => m.fmt);
attr("itemsize", (m) => itemSize(m.fmt));
attr("ndim", () => 1);
attr("nbytes", (m) => m.length);
attr("shape", (m) => tuple([m.length / itemSize(m.fmt)]));
attr("strides", (m) => tuple([m.step]));
attr("suboffsets", () => tuple([]));
attr("c_contiguous", (m) => m.step === 1 || m.length <= 1);
attr("f_contiguous", (m) => m.step === 1 || m.length <= 1);
attr("contiguous", (m) => m.step === 1 || m.length <= 1);

// Native integer formats of a 64-bit little-endian build (struct's native sizes), for cast().
const ITEM_SIZES: Record<string, number> = { B: 1, b: 1, H: 2, h: 2, I: 4, i: 4, L: 8, l: 8, Q: 8, q: 8, N: 8, n: 8 };
const itemSize = (fmt: string): number => ITEM_SIZES[fmt] ?? 1;
/** The items of a view as Python ints (unpack_single for each item, little-endian). */
function unpackItems(m: PyMemoryView): PyValue[] {
  const b = m.bytes;
  if (m.fmt === "B") return Array.from(b);
  const size = itemSize(m.fmt), signed = m.fmt === m.fmt.toLowerCase();
  const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const out: PyValue[] = [];
  for (let o = 0; o < b.length; o += size) {
    if (size === 1) out.push(signed ? dv.getInt8(o) : dv.getUint8(o));
    else if (size === 2) out.push(signed ? dv.getInt16(o, true) : dv.getUint16(o, true));
    else if (size === 4) out.push(signed ? dv.getInt32(o, true) : dv.getUint32(o, true));
    else {
      const v = signed ? dv.getBigInt64(o, true) : dv.getBigUint64(o, true);
      out.push(v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v);
    }
  }
  return out;
}

/** memory_richcompare: == and != by content (a released view equals only itself). */
function viewEquals(m: PyMemoryView, o: PyValue): boolean | undefined {
  const other = o instanceof PyMemoryView ? (o.released ? null : o.bytes) : bufferOfAny(o)?.bytes ?? undefined;
  if (other === undefined) return undefined;
  if (m.released || other === null) return m === o;
  return bytesCompare(m.bytes, other) === 0;
}
for (const [name, eq] of [["__eq__", true], ["__ne__", false]] as const) {
  defMethod(MemoryViewType, name, (m: PyMemoryView, args) => {
    const r = viewEquals(m, args[0]);
    return r === undefined ? NotImplemented : r === eq;
  });
}
installExtraCompare((a, b, op) => {
  if (op !== Cmp.EQ && op !== Cmp.NE) return undefined;
  const r = a instanceof PyMemoryView ? viewEquals(a, b) : b instanceof PyMemoryView ? viewEquals(b, a) : undefined;
  return r === undefined ? undefined : r === (op === Cmp.EQ);
});

const BytesTypeRef = () => BytesType;
linkMemoryView(MemoryViewType, (v) => (v as PyMemoryView).bytes);
