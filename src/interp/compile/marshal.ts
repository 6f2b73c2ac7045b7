// Code objects to text and back, for the on-disk compile cache (the role of CPython's .pyc files
// and Python/marshal.c). The format is tspy's own (JSON with tagged constants); it is keyed by a
// hash of the compiler itself, so a changed compiler never reads an old entry.
import { CodeObject } from "./code.js";
import { ConstFrozenSet, ConstSlice, ConstTuple, type ConstKey } from "./consts.js";
import { PY_ELLIPSIS, PyBytes, PyComplex } from "../parse/constants.js";
import type { ExceptionTableEntry } from "./exceptiontable.js";

type Tagged =
  | { s: string } | { i: string } | { f: string } | { b: boolean } | { n: 1 } | { y: string } | { c: [string, string] }
  | { e: 1 } | { k: MarshalledCode } | { t: Tagged[] } | { z: Tagged[] } | { l: [Tagged, Tagged, Tagged] };

interface MarshalledCode {
  a: number[]; // argcount, posonly, kwonly, stacksize, flags, firstlineno
  n: [string, string, string]; // name, qualname, filename
  u: string; // code units (base64 of little-endian u16)
  lt: string; // co_linetable
  et: string; // co_exceptiontable
  x: ExceptionTableEntry[];
  k: Tagged[];
  nm: string[];
  ln: string[];
  lk: number[];
}

// base64 through btoa/atob (any JS host, not only Node)
function b64(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}
function unb64(s: string): Uint8Array {
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
// floats keep -0, NaN and the infinities (JSON has none of them)
const fstr = (x: number): string => (Object.is(x, -0) ? "-0" : String(x));
const fnum = (s: string): number => (s === "-0" ? -0 : Number(s));

function tag(k: ConstKey): Tagged {
  if (k === null) return { n: 1 };
  switch (typeof k) {
    case "string": return { s: k };
    case "bigint": return { i: k.toString() };
    case "number": return { f: fstr(k) };
    case "boolean": return { b: k };
    case "symbol": return { e: 1 };
  }
  if (k instanceof CodeObject) return { k: marshal(k) };
  if (k instanceof ConstTuple) return { t: k.items.map(tag) };
  if (k instanceof ConstFrozenSet) return { z: k.items.map(tag) };
  if (k instanceof ConstSlice) return { l: [tag(k.start), tag(k.stop), tag(k.step)] };
  if (k instanceof PyBytes) return { y: b64(k.bytes) };
  if (k instanceof PyComplex) return { c: [fstr(k.real), fstr(k.imag)] };
  throw new Error(`marshal: unknown constant ${String(k)}`);
}

function untag(t: Tagged): ConstKey {
  if ("s" in t) return t.s;
  if ("i" in t) return BigInt(t.i);
  if ("f" in t) return fnum(t.f);
  if ("b" in t) return t.b;
  if ("n" in t) return null;
  if ("e" in t) return PY_ELLIPSIS;
  if ("k" in t) return unmarshal(t.k);
  if ("t" in t) return new ConstTuple(t.t.map(untag));
  if ("z" in t) return new ConstFrozenSet(t.z.map(untag));
  if ("l" in t) return new ConstSlice(untag(t.l[0]), untag(t.l[1]), untag(t.l[2]));
  if ("y" in t) return new PyBytes(unb64(t.y));
  if ("c" in t) return new PyComplex(fnum(t.c[0]), fnum(t.c[1]));
  throw new Error("marshal: bad constant");
}

function marshal(c: CodeObject): MarshalledCode {
  const units = c.baseCode ?? c.code;
  return {
    a: [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_stacksize, c.co_flags, c.co_firstlineno],
    n: [c.co_name, c.co_qualname, c.co_filename],
    u: b64(new Uint8Array(units.buffer, units.byteOffset, units.byteLength)),
    lt: b64(c.co_linetable),
    et: b64(c.co_exceptiontable),
    x: c.exceptionTable,
    k: (c.co_consts as unknown as ConstKey[]).map(tag),
    nm: c.co_names,
    ln: c.localsplusnames,
    lk: c.localspluskinds,
  };
}

function unmarshal(m: MarshalledCode): CodeObject {
  const c = new CodeObject();
  [c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount, c.co_stacksize, c.co_flags, c.co_firstlineno] = m.a;
  [c.co_name, c.co_qualname, c.co_filename] = m.n;
  const bytes = unb64(m.u);
  c.code = new Uint16Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  c.co_linetable = unb64(m.lt);
  c.co_exceptiontable = unb64(m.et);
  c.exceptionTable = m.x;
  c.co_consts = m.k.map(untag) as never;
  c.co_names = m.nm;
  c.localsplusnames = m.ln;
  c.localspluskinds = m.lk;
  return c;
}

export function marshalCode(c: CodeObject): string {
  return JSON.stringify(marshal(c));
}

export function unmarshalCode(s: string): CodeObject {
  return unmarshal(JSON.parse(s) as MarshalledCode);
}
