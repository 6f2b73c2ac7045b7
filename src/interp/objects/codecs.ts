// The text codecs tspy has natively: UTF-8, ASCII and Latin-1, with the error handlers strict,
// ignore, replace, backslashreplace, surrogateescape, xmlcharrefreplace (encode) and surrogatepass
// (UTF-8). They back str.encode, bytes.decode and bytes(str, encoding) / str(bytes, encoding).
// CPython: Objects/unicodeobject.c (the fast-path codecs, unicode_encode_ucs1, PyUnicode_DecodeUTF8),
// Objects/stringlib/codecs.h, Python/codecs.c (error handlers), Objects/exceptions.c
// (UnicodeError's attributes and str), Lib/encodings/aliases.py (names).
import { None, StrType, type PyValue } from "./object.js";
import { defMethod, typeName } from "./abstract.js";
import { EXCEPTION_TYPES, LookupError, PyBaseException, pyError, TypeError } from "./exceptions.js";
import { kwArgs } from "./args.js";
import { ByteArrayType, BytesType, installEncode, PyByteArray, PyBytesObject } from "./bytes.js";

type Codec = "utf-8" | "ascii" | "latin-1";

const ALIASES: Record<string, Codec> = {
  utf_8: "utf-8", utf8: "utf-8", u8: "utf-8", utf: "utf-8", cp65001: "utf-8", utf8_ucs2: "utf-8", utf8_ucs4: "utf-8",
  ascii: "ascii", us_ascii: "ascii", "646": "ascii", ansi_x3_4_1968: "ascii", ansi_x3_4_1986: "ascii", ansi_x3_4: "ascii",
  cp367: "ascii", csascii: "ascii", ibm367: "ascii", iso646_us: "ascii", iso_646_irv_1991: "ascii", iso_ir_6: "ascii", us: "ascii",
  latin_1: "latin-1", latin1: "latin-1", iso8859_1: "latin-1", iso_8859_1: "latin-1", "8859": "latin-1", cp819: "latin-1",
  l1: "latin-1", latin: "latin-1", iso_ir_100: "latin-1", csisolatin1: "latin-1", ibm819: "latin-1", iso_8859_1_1987: "latin-1",
};

/** The native codec an encoding name denotes (encodings.normalize_encoding + aliases), or null. */
export function nativeCodec(encoding: string): Codec | null {
  const norm = encoding.toLowerCase().replace(/[^a-z0-9.]+/g, "_").replace(/^_+|_+$/g, "");
  return ALIASES[norm] ?? null;
}

/** Every other codec comes from the codec registry (vm/modules/codecs: _codecs.lookup and the
 *  encodings package), as PyUnicode_AsEncodedString / PyUnicode_Decode fall back to it; and
 *  error handlers registered with codecs.register_error. Installed by the VM. */
export interface CodecRegistryHooks {
  encode(s: string, encoding: string, errors: string): Uint8Array;
  decode(obj: PyBytesObject, encoding: string, errors: string): string;
  /** a registered error handler's callable, or null */
  errorHandler(name: string): PyValue | null;
  /** call handler(exc) -> [replacement, new position] with CPython's result checks */
  callHandler(handler: PyValue, exc: PyBaseException, encoding: boolean): [string | Uint8Array, number];
}
let registry: CodecRegistryHooks | null = null;
export function installCodecRegistry(h: CodecRegistryHooks): void {
  registry = h;
}

const UnicodeEncodeError = EXCEPTION_TYPES.get("UnicodeEncodeError")!;
const UnicodeDecodeError = EXCEPTION_TYPES.get("UnicodeDecodeError")!;

function unknownHandler(errors: string): PyBaseException {
  return pyError(LookupError, `unknown error handler name '${errors}'`);
}

// ---- encoding ----------------------------------------------------------------------------------------

const hex2 = (n: number): string => n.toString(16).padStart(2, "0");

export function encode(s: string, encoding: string, errors: string): Uint8Array {
  const codec = nativeCodec(encoding);
  if (codec === null) {
    if (registry) return registry.encode(s, encoding, errors);
    throw pyError(LookupError, `unknown encoding: ${encoding}`);
  }
  const cps = Array.from(s, (c) => c.codePointAt(0)!);
  const limit = codec === "ascii" ? 0x80 : codec === "latin-1" ? 0x100 : 0x110000;
  const out: number[] = [];
  const putUtf8 = (cp: number): void => {
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  };
  const put = (cp: number): void => { if (codec === "utf-8") putUtf8(cp); else out.push(cp); };
  const bad = (cp: number): boolean => (codec === "utf-8" ? cp >= 0xd800 && cp <= 0xdfff : cp >= limit);
  const reason = codec === "utf-8" ? "surrogates not allowed" : `ordinal not in range(${limit})`;
  for (let i = 0; i < cps.length;) {
    const cp = cps[i];
    if (!bad(cp)) { put(cp); i++; continue; }
    let j = i + 1;
    while (j < cps.length && bad(cps[j])) j++;
    switch (errors) {
      case "strict":
        throw new PyBaseException(UnicodeEncodeError, [codec, s, i, codec === "utf-8" ? j : j, reason]);
      case "ignore": break;
      case "replace": for (let k = i; k < j; k++) out.push(0x3f); break;
      case "backslashreplace":
        for (let k = i; k < j; k++) {
          const c = cps[k];
          const esc = c < 0x100 ? "\\x" + hex2(c) : c < 0x10000 ? "\\u" + c.toString(16).padStart(4, "0") : "\\U" + c.toString(16).padStart(8, "0");
          for (const ch of esc) out.push(ch.charCodeAt(0));
        }
        break;
      case "xmlcharrefreplace":
        for (let k = i; k < j; k++) for (const ch of `&#${cps[k]};`) out.push(ch.charCodeAt(0));
        break;
      case "surrogateescape":
        for (let k = i; k < j; k++) {
          const c = cps[k];
          if (c < 0xdc80 || c > 0xdcff) throw new PyBaseException(UnicodeEncodeError, [codec, s, k, k + 1, reason]);
          out.push(c - 0xdc00);
        }
        break;
      case "surrogatepass":
        if (codec !== "utf-8") throw new PyBaseException(UnicodeEncodeError, [codec, s, i, j, reason]);
        for (let k = i; k < j; k++) putUtf8(cps[k]);
        break;
      default: {
        const h = registry?.errorHandler(errors);
        if (!h) throw unknownHandler(errors);
        const [rep, pos] = registry!.callHandler(h, new PyBaseException(UnicodeEncodeError, [codec, s, i, j, reason]), true);
        if (typeof rep === "string") {
          for (const ch of rep) {
            const c = ch.codePointAt(0)!;
            if (bad(c)) throw new PyBaseException(UnicodeEncodeError, [codec, s, i, j, reason]);
            put(c);
          }
        } else for (const x of rep) out.push(x);
        i = pos < 0 ? Math.max(0, cps.length + pos) : pos;
        continue;
      }
    }
    i = j;
  }
  return Uint8Array.from(out);
}

// ---- decoding ----------------------------------------------------------------------------------------

/** The length of the UTF-8 sequence at b[i] and its error if malformed: [length, reason | null]. */
function utf8Sequence(b: Uint8Array, i: number): [number, string | null] {
  const c = b[i];
  if (c < 0x80) return [1, null];
  if (c < 0xc2 || c > 0xf4) return [1, "invalid start byte"];
  const n = c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
  const lo = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
  const hi = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
  for (let k = 1; k < n; k++) {
    if (i + k >= b.length) return [k, "unexpected end of data"];
    const d = b[i + k];
    if (k === 1 ? d < lo || d > hi : d < 0x80 || d > 0xbf) return [k, "invalid continuation byte"];
  }
  return [n, null];
}

export function decode(bytesObj: PyBytesObject, b: Uint8Array, encoding: string, errors: string): string {
  const codec = nativeCodec(encoding);
  if (codec === null) {
    if (registry) return registry.decode(bytesObj, encoding, errors);
    throw pyError(LookupError, `unknown encoding: ${encoding}`);
  }
  let out = "";
  let i = 0;
  const n = b.length;
  while (i < n) {
    let len: number, reason: string | null;
    if (codec === "latin-1") { out += String.fromCharCode(b[i++]); continue; }
    if (codec === "ascii") [len, reason] = b[i] < 0x80 ? [1, null] : [1, "ordinal not in range(128)"];
    else [len, reason] = utf8Sequence(b, i);
    if (reason === null) {
      if (len === 1) out += String.fromCharCode(b[i]);
      else {
        let cp = b[i] & (len === 2 ? 0x1f : len === 3 ? 0x0f : 0x07);
        for (let k = 1; k < len; k++) cp = (cp << 6) | (b[i + k] & 0x3f);
        out += String.fromCodePoint(cp);
      }
      i += len;
      continue;
    }
    switch (errors) {
      case "strict": throw new PyBaseException(UnicodeDecodeError, [codec, bytesObj, i, i + len, reason]);
      case "ignore": break;
      case "replace": out += "\ufffd"; break;
      case "backslashreplace": for (let k = i; k < i + len; k++) out += "\\x" + hex2(b[k]); break;
      case "surrogateescape":
        for (let k = i; k < i + len; k++) {
          if (b[k] < 0x80) throw new PyBaseException(UnicodeDecodeError, [codec, bytesObj, i, i + len, reason]);
          out += String.fromCharCode(0xdc00 + b[k]);
        }
        break;
      default: {
        const h = registry?.errorHandler(errors);
        if (!h) throw unknownHandler(errors);
        const [rep, pos] = registry!.callHandler(h, new PyBaseException(UnicodeDecodeError, [codec, bytesObj, i, i + len, reason]), false);
        out += rep as string;
        i = pos < 0 ? Math.max(0, n + pos) : pos;
        continue;
      }
    }
    i += len;
  }
  return out;
}

function strParam(v: PyValue | undefined, fname: string, pname: string, dflt: string): string {
  if (v === undefined) return dflt;
  if (typeof v !== "string") throw pyError(TypeError, `${fname}() argument '${pname}' must be str, not ${v === None ? "None" : typeName(v)}`);
  return v;
}

/** Install the codecs' methods and exception formatting (called by bytes.ts). */
export function installCodecs(): void {
  // str(UnicodeDecodeError) / str(UnicodeEncodeError) from their five arguments (exceptions.c)
  UnicodeDecodeError.slots.str = (e: PyBaseException): string => {
    const [enc, obj, start, end, reason] = e.args;
    if (e.args.length !== 5 || !(obj instanceof PyBytesObject) || typeof start !== "number" || typeof end !== "number") return e.args.map(String).join(", ");
    if (end === start + 1) {
      return `'${enc}' codec can't decode byte 0x${obj.bytes[start].toString(16).padStart(2, "0")} in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`;
  };
  UnicodeEncodeError.slots.str = (e: PyBaseException): string => {
    const [enc, obj, start, end, reason] = e.args;
    if (e.args.length !== 5 || typeof obj !== "string" || typeof start !== "number" || typeof end !== "number") return e.args.map(String).join(", ");
    const cps = Array.from(obj);
    if (end === start + 1) {
      const cp = cps[start].codePointAt(0)!;
      const esc = cp < 0x100 ? "\\x" + cp.toString(16).padStart(2, "0") : cp < 0x10000 ? "\\u" + cp.toString(16).padStart(4, "0") : "\\U" + cp.toString(16).padStart(8, "0");
      return `'${enc}' codec can't encode character '${esc}' in position ${start}: ${reason}`;
    }
    return `'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`;
  };

  for (const t of [BytesType, ByteArrayType]) {
    defMethod(t, "decode", (self: PyBytesObject | PyByteArray, args, kwnames) => {
      const [enc, errs] = kwArgs("decode", args, kwnames, ["encoding", "errors"], 0, 0, 2);
      const b = self.bytes;
      const obj = self instanceof PyBytesObject ? self : new PyBytesObject(b.slice());
      return decode(obj, b, strParam(enc, "decode", "encoding", "utf-8"), strParam(errs, "decode", "errors", "strict"));
    });
  }

  defMethod(StrType, "encode", (self: string, args, kwnames) => {
    const [enc, errs] = kwArgs("encode", args, kwnames, ["encoding", "errors"], 0, 0, 2);
    return new PyBytesObject(encode(self, strParam(enc, "encode", "encoding", "utf-8"), strParam(errs, "encode", "errors", "strict")));
  });

  installEncode(encode);
}
