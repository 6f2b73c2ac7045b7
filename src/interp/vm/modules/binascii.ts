// binascii (CPython: Modules/binascii.c): base64, hex, uu, CRC-32 and CRC-CCITT over bytes-like
// objects (and ASCII str for the a2b_* decoders), with CPython's binascii.Error messages.
import { None, PyType, TypeType, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { EXCEPTION_TYPES, pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { isInt, truthy, typeName } from "../../objects/abstract.js";
import { bufferOf, PyBytesObject } from "../../objects/bytes.js";

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Int16Array(256).fill(-1);
for (let i = 0; i < 64; i++) B64_INDEX[B64.charCodeAt(i)] = i;

function kw(args: PyValue[], kwnames: readonly string[] | null, names: string[]): { pos: PyValue[]; named: Map<string, PyValue> } {
  const n = args.length - (kwnames?.length ?? 0);
  const named = new Map<string, PyValue>();
  kwnames?.forEach((k, i) => {
    if (!names.includes(k)) throw pyError(TypeError, `'${k}' is an invalid keyword argument for this function`);
    named.set(k, args[n + i]);
  });
  return { pos: args.slice(0, n), named };
}

export function makeBinascii(): PyModule {
  const m = new PyModule("binascii");
  const d = m.dict;
  const Error = new PyType(TypeType, "Error", [ValueError], new Map(), true, "binascii");
  Error.ns.set("__module__", "binascii");
  const Incomplete = new PyType(TypeType, "Incomplete", [EXCEPTION_TYPES.get("Exception")!], new Map(), true, "binascii");
  Incomplete.ns.set("__module__", "binascii");
  d.set("Error", Error);
  d.set("Incomplete", Incomplete);
  const def = (name: string, fn: (a: PyValue[], k: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));

  /** a bytes-like object, or an ASCII-only str for the decoders (ascii_buffer_converter) */
  const data = (v: PyValue | undefined, allowStr: boolean): Uint8Array => {
    if (allowStr && typeof v === "string") {
      const out = new Uint8Array(v.length);
      for (let i = 0; i < v.length; i++) {
        const c = v.charCodeAt(i);
        if (c > 127) throw pyError(ValueError, "string argument should contain only ASCII characters");
        out[i] = c;
      }
      return out;
    }
    const b = v === undefined ? null : bufferOf(v);
    if (!b) {
      throw pyError(TypeError, allowStr ? `argument should be bytes, buffer or ASCII string, not '${typeName(v ?? None)}'` : `a bytes-like object is required, not '${typeName(v ?? None)}'`);
    }
    return b;
  };
  const bytes = (b: Uint8Array | number[]) => new PyBytesObject(b instanceof Uint8Array ? b : new Uint8Array(b));

  // binascii_b2a_base64_impl
  def("b2a_base64", (args, k) => {
    const { pos, named } = kw(args, k, ["newline"]);
    const b = data(pos[0], false);
    const newline = named.has("newline") ? truthy(named.get("newline")!) : true;
    const out: number[] = [];
    for (let i = 0; i < b.length; i += 3) {
      const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
      out.push(B64.charCodeAt(n >> 18), B64.charCodeAt((n >> 12) & 63));
      out.push(i + 1 < b.length ? B64.charCodeAt((n >> 6) & 63) : 61, i + 2 < b.length ? B64.charCodeAt(n & 63) : 61);
    }
    if (newline) out.push(10);
    return bytes(out);
  });
  // binascii_a2b_base64_impl (non-strict: characters outside the alphabet are skipped)
  def("a2b_base64", (args, k) => {
    const { pos, named } = kw(args, k, ["strict_mode"]);
    const b = data(pos[0], true);
    const strict = named.has("strict_mode") && truthy(named.get("strict_mode")!);
    const out: number[] = [];
    let acc = 0, bits = 0, quad = 0, pads = 0, sawPad = false;
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c === 61) { // '='
        if (strict && quad === 0) throw pyError(Error, i === 0 ? "Leading padding not allowed" : "Excess padding not allowed");
        if (quad >= 2 && quad + ++pads >= 4) {
          if (strict && i + 1 < b.length) throw pyError(Error, "Excess data after padding");
          sawPad = true;
          acc = 0; bits = 0; quad = 0; pads = 0;
          if (!strict) continue;
        }
        continue;
      }
      const v = B64_INDEX[c];
      if (v < 0) {
        if (strict) throw pyError(Error, "Only base64 data is allowed");
        continue;
      }
      if (strict && sawPad) throw pyError(Error, "Excess data after padding");
      pads = 0;
      acc = (acc << 6) | v;
      bits += 6;
      quad = (quad + 1) & 3;
      if (bits >= 8) {
        bits -= 8;
        out.push((acc >> bits) & 0xff);
      }
    }
    if (quad !== 0) {
      if (quad === 1) {
        throw pyError(Error, `Invalid base64-encoded string: number of data characters (${Math.floor(countData(b) )}) cannot be 1 more than a multiple of 4`);
      }
      throw pyError(Error, "Incorrect padding");
    }
    return bytes(out);
  });
  const countData = (b: Uint8Array): number => {
    let n = 0;
    for (const c of b) if (B64_INDEX[c] >= 0) n++;
    return n;
  };

  const hexlify = (name: string) => def(name, (args, k) => {
    const { pos, named } = kw(args, k, ["sep", "bytes_per_sep"]);
    const b = data(pos[0], false);
    const sepv = pos[1] ?? named.get("sep");
    const per = Number(pos[2] ?? named.get("bytes_per_sep") ?? 1);
    let hex = Array.from(b, (x) => x.toString(16).padStart(2, "0"));
    if (sepv !== undefined && sepv !== None) {
      const sep = typeof sepv === "string" ? sepv : String.fromCharCode(...(bufferOf(sepv) ?? []));
      if (sep.length !== 1) throw pyError(ValueError, "sep must be length 1.");
      if (per !== 0 && hex.length) {
        const n = Math.abs(per), groups: string[] = [];
        if (per > 0) for (let end = hex.length; end > 0; end -= n) groups.unshift(hex.slice(Math.max(0, end - n), end).join(""));
        else for (let i = 0; i < hex.length; i += n) groups.push(hex.slice(i, i + n).join(""));
        hex = [groups.join(sep)];
      }
    }
    const s = hex.join("");
    return bytes(Array.from(s, (c) => c.charCodeAt(0)));
  });
  hexlify("b2a_hex");
  hexlify("hexlify");
  const unhexlify = (name: string) => def(name, (args) => {
    const b = data(args[0], true);
    if (b.length % 2) throw pyError(Error, "Odd-length string");
    const out = new Uint8Array(b.length / 2);
    for (let i = 0; i < out.length; i++) {
      const hi = parseInt(String.fromCharCode(b[2 * i]), 16), lo = parseInt(String.fromCharCode(b[2 * i + 1]), 16);
      if (Number.isNaN(hi) || Number.isNaN(lo)) throw pyError(Error, "Non-hexadecimal digit found");
      out[i] = (hi << 4) | lo;
    }
    return bytes(out);
  });
  unhexlify("a2b_hex");
  unhexlify("unhexlify");

  // CRC-32 (ISO 3309, as zlib computes it) and CRC-CCITT (binascii_crc_hqx_impl)
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  def("crc32", (args) => {
    const b = data(args[0], false);
    let crc = args.length > 1 ? Number(BigInt.asUintN(32, BigInt(intOf(args[1])))) : 0;
    crc = (crc ^ 0xffffffff) >>> 0;
    for (const x of b) crc = (table[(crc ^ x) & 0xff] ^ (crc >>> 8)) >>> 0;
    return (crc ^ 0xffffffff) >>> 0;
  });
  def("crc_hqx", (args) => {
    const b = data(args[0], false);
    let crc = Number(BigInt(intOf(args[1])) & 0xffffn);
    for (const x of b) {
      crc ^= x << 8;
      for (let k = 0; k < 8; k++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
    }
    return crc;
  });
  // uuencode one line (binascii_b2a_uu_impl / binascii_a2b_uu_impl)
  def("b2a_uu", (args, k) => {
    const { pos, named } = kw(args, k, ["backtick"]);
    const b = data(pos[0], false);
    const backtick = named.has("backtick") && truthy(named.get("backtick")!);
    if (b.length > 45) throw pyError(Error, "At most 45 bytes at once");
    const enc = (v: number) => (v === 0 && backtick ? 96 : v + 32);
    const out: number[] = [enc(b.length)];
    for (let i = 0; i < b.length; i += 3) {
      const n = (b[i] << 16) | ((b[i + 1] ?? 0) << 8) | (b[i + 2] ?? 0);
      out.push(enc(n >> 18), enc((n >> 12) & 63), enc((n >> 6) & 63), enc(n & 63));
    }
    out.push(10);
    return bytes(out);
  });
  def("a2b_uu", (args) => {
    const b = data(args[0], true);
    if (b.length === 0) return bytes(new Uint8Array(32));
    const len = (b[0] - 32) & 63;
    const out: number[] = [];
    let acc = 0, bits = 0;
    for (let i = 1; i < b.length && out.length < len; i++) {
      const c = b[i];
      if (c === 10 || c === 13) break;
      if (c < 32 || c > 96) throw pyError(Error, "Illegal char");
      acc = (acc << 6) | ((c - 32) & 63);
      bits += 6;
      if (bits >= 8) { bits -= 8; out.push((acc >> bits) & 0xff); }
    }
    while (out.length < len) out.push(0);
    return bytes(out);
  });
  return m;
}

function intOf(v: PyValue): number | bigint {
  if (isInt(v)) return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
}
