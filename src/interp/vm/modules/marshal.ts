// marshal (CPython: Python/marshal.c), for the plain data types: None, bools, ints, floats,
// complex, str, bytes, tuple, list, dict, set, frozenset, Ellipsis and StopIteration. loads() reads
// CPython's format (reference flags included); dumps() writes it without the reference table (so
// bytes differ from CPython's where CPython would emit back-references; both load the same).
// Code objects are not marshalled: tspy's compile cache has its own format (compile/marshal.ts).
import { Ellipsis, None, type PyValue } from "../../objects/object.js";
import { FrozenSetType, PyDict, PyList, PySet, PyTuple, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { EXCEPTION_TYPES, pyError, TypeError, ValueError, StopIteration } from "../../objects/exceptions.js";
const EOFError = EXCEPTION_TYPES.get("EOFError")!;
import { call, getattr, isInt, iterateToArray, typeName } from "../../objects/abstract.js";
import { PyBytesObject, bufferOf } from "../../objects/bytes.js";
import { float, normBig, PyFloat } from "../../objects/numbers.js";
import { newComplex, PyComplexObj } from "../../objects/complex.js";

const VERSION = 5;

function dumps(v: PyValue): Uint8Array {
  const out: number[] = [];
  const u32 = (n: number) => out.push(n & 0xff, (n >>> 8) & 0xff, (n >>> 16) & 0xff, (n >>> 24) & 0xff);
  const f64 = (x: number) => {
    const b = new Uint8Array(new Float64Array([x]).buffer);
    out.push(...b);
  };
  const bytes = (b: Uint8Array) => { u32(b.length); for (const x of b) out.push(x); };
  const w = (x: PyValue): void => {
    if (x === None) out.push(0x4e);
    else if (x === true) out.push(0x54);
    else if (x === false) out.push(0x46);
    else if (x === Ellipsis) out.push(0x2e);
    else if (x === StopIteration) out.push(0x53);
    else if (isInt(x)) {
      const n = BigInt(x);
      if (n >= -(2n ** 31n) && n < 2n ** 31n) { out.push(0x69); u32(Number(n)); return; }
      // TYPE_LONG: a signed count of 15-bit digits, least significant first
      out.push(0x6c);
      let m = n < 0n ? -n : n;
      const digits: number[] = [];
      while (m > 0n) { digits.push(Number(m & 0x7fffn)); m >>= 15n; }
      u32(n < 0n ? -digits.length : digits.length);
      for (const d of digits) out.push(d & 0xff, d >> 8);
    } else if (x instanceof PyFloat) { out.push(0x67); f64(x.value); }
    else if (x instanceof PyComplexObj) { out.push(0x79); f64(x.real); f64(x.imag); }
    else if (typeof x === "string") { out.push(0x75); bytes(new TextEncoder().encode(x)); }
    else if (x instanceof PyBytesObject) { out.push(0x73); bytes(x.bytes); }
    else if (x instanceof PyTuple) { out.push(0x28); u32(x.items.length); x.items.forEach(w); }
    else if (x instanceof PyList) { out.push(0x5b); u32(x.items.length); x.items.forEach(w); }
    else if (x instanceof PyDict) { out.push(0x7b); for (const [k, val] of x.entries()) { w(k); w(val); } out.push(0x30); }
    else if (x instanceof PySet) { out.push(x.type === FrozenSetType ? 0x3e : 0x3c); const items = iterateToArray(x); u32(items.length); items.forEach(w); }
    else throw pyError(ValueError, "unmarshallable object");
  };
  w(v);
  return new Uint8Array(out);
}

function loads(b: Uint8Array): PyValue {
  let p = 0;
  const refs: PyValue[] = [];
  const need = (n: number) => { if (p + n > b.length) throw pyError(EOFError, "marshal data too short"); };
  const byte = () => { need(1); return b[p++]; };
  const i32 = () => { need(4); const v = b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24); p += 4; return v; };
  const f64 = () => { need(8); const v = new Float64Array(b.slice(p, p + 8).buffer)[0]; p += 8; return v; };
  const take = (n: number) => { if (n < 0) throw pyError(ValueError, "bad marshal data (bytes object size out of range)"); need(n); const s = b.slice(p, p + n); p += n; return s; };
  const r = (): PyValue => {
    const code = byte();
    const flag = code & 0x80, t = code & 0x7f;
    let slot = -1;
    if (flag) { slot = refs.length; refs.push(None); }
    const keep = (v: PyValue) => { if (slot >= 0) refs[slot] = v; return v; };
    switch (String.fromCharCode(t)) {
      case "N": return None;
      case "T": return true;
      case "F": return false;
      case ".": return Ellipsis;
      case "S": return StopIteration;
      case "i": return keep(i32());
      case "l": {
        const n = i32();
        let v = 0n;
        const digits: number[] = [];
        for (let k = 0; k < Math.abs(n); k++) { need(2); digits.push(b[p] | (b[p + 1] << 8)); p += 2; }
        for (let k = digits.length - 1; k >= 0; k--) v = (v << 15n) | BigInt(digits[k]);
        return keep(normBig(n < 0 ? -v : v));
      }
      case "g": return keep(float(f64()));
      case "y": { const re = f64(); return keep(newComplex(re, f64())); }
      case "s": return keep(new PyBytesObject(take(i32())));
      case "u": case "t": case "a": case "A": return keep(decode(take(i32()), t));
      case "z": case "Z": return keep(decode(take(byte()), t));
      case ")": { const n = byte(); const items: PyValue[] = []; const tu = keep(tuple(items)); for (let k = 0; k < n; k++) items.push(r()); return tu; }
      case "(": { const n = i32(); const items: PyValue[] = []; const tu = keep(tuple(items)); for (let k = 0; k < n; k++) items.push(r()); return tu; }
      case "[": { const n = i32(); const l = new PyList([]); keep(l); for (let k = 0; k < n; k++) l.items.push(r()); return l; }
      case "{": {
        const d = new PyDict();
        keep(d);
        for (;;) {
          if (b[p] === 0x30) { p++; return d; }
          const k = r();
          d.set(k, r());
        }
      }
      case "<": case ">": { const n = i32(); const items: PyValue[] = []; for (let k = 0; k < n; k++) items.push(r()); return keep(new PySet(items, t === 0x3e)); }
      case "r": { const i = i32(); if (i < 0 || i >= refs.length) throw pyError(ValueError, "bad marshal data (invalid reference)"); return refs[i]; }
      case "c": throw pyError(ValueError, "bad marshal data (tspy cannot load code objects)");
      default: throw pyError(ValueError, "bad marshal data (unknown type code)");
    }
  };
  const decode = (raw: Uint8Array, t: number): string => (t === 0x75 || t === 0x74 ? new TextDecoder().decode(raw) : String.fromCharCode(...raw));
  return r();
}

export function makeMarshal(): PyModule {
  const m = new PyModule("marshal");
  const d = m.dict;
  const def = (name: string, fn: (a: PyValue[]) => PyValue) => d.set(name, new PyBuiltin(name, (a) => fn(a), m));
  d.set("version", VERSION);
  def("dumps", (a) => new PyBytesObject(dumps(a[0])));
  def("loads", (a) => {
    const buf = bufferOf(a[0]);
    if (!buf) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(a[0])}'`);
    return loads(buf);
  });
  def("dump", (a) => { call(getattr(a[1], "write"), [new PyBytesObject(dumps(a[0]))]); return None; });
  def("load", (a) => loads(bufferOf(call(getattr(a[0], "read"), []))!));
  return m;
}
