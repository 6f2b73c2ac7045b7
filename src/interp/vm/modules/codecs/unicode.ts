// The codecs _codecs implements beyond objects/codecs.ts: UTF-16, UTF-32 (with byte order marks),
// unicode_escape, raw_unicode_escape, escape_encode/decode (bytes) and charmap.
// CPython: Objects/unicodeobject.c (_PyUnicode_EncodeUTF16, PyUnicode_DecodeUTF16Stateful,
// _PyUnicode_EncodeUTF32, PyUnicode_DecodeUTF32Stateful, PyUnicode_AsUnicodeEscapeString,
// _PyUnicode_DecodeUnicodeEscapeInternal2, PyUnicode_DecodeCharmap, PyUnicode_BuildEncodingMap),
// Objects/bytesobject.c (PyBytes_Repr's escaping, _PyBytes_DecodeEscape2).
import { EXCEPTION_TYPES, PyBaseException, pyError, ValueError } from "../../../objects/exceptions.js";
import { PyBytesObject } from "../../../objects/bytes.js";
import { handleEncodeError, handleDecodeError } from "./errors.js";
import { warn } from "../../../objects/warnings.js";

const UnicodeEncodeError = EXCEPTION_TYPES.get("UnicodeEncodeError")!;

const cpsOf = (s: string): number[] => Array.from(s, (c) => c.codePointAt(0)!);

/** UTF-16 or UTF-32 encoding; byteorder 0 = native (little) with a BOM, -1 little, 1 big. */
export function encodeUTF(s: string, errors: string, byteorder: number, width: 2 | 4): Uint8Array {
  const name = width === 2 ? (byteorder === 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be") : (byteorder === 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be");
  const big = byteorder > 0;
  const out: number[] = [];
  const unit = (u: number): void => {
    if (width === 2) { if (big) out.push(u >> 8, u & 0xff); else out.push(u & 0xff, u >> 8); }
    else if (big) out.push((u >>> 24) & 0xff, (u >> 16) & 0xff, (u >> 8) & 0xff, u & 0xff);
    else out.push(u & 0xff, (u >> 8) & 0xff, (u >> 16) & 0xff, (u >>> 24) & 0xff);
  };
  const put = (cp: number): void => {
    if (width === 4 || cp < 0x10000) unit(cp);
    else { const v = cp - 0x10000; unit(0xd800 | (v >> 10)); unit(0xdc00 | (v & 0x3ff)); }
  };
  if (byteorder === 0) unit(0xfeff);
  const cps = cpsOf(s);
  for (let i = 0; i < cps.length;) {
    const cp = cps[i];
    if (cp < 0xd800 || cp > 0xdfff) { put(cp); i++; continue; }
    let j = i + 1;
    while (j < cps.length && cps[j] >= 0xd800 && cps[j] <= 0xdfff) j++;
    if (errors === "surrogatepass") { for (let k = i; k < j; k++) unit(cps[k]); i = j; continue; }
    const [rep, next] = handleEncodeError(errors, name, s, i, j, "surrogates not allowed");
    if (typeof rep === "string") {
      for (const c of cpsOf(rep)) {
        if (c >= 0xd800 && c <= 0xdfff) throw new PyBaseException(UnicodeEncodeError, [name, s, i, j, "surrogates not allowed"]);
        put(c);
      }
    } else {
      if (rep.length % width) throw new PyBaseException(UnicodeEncodeError, [name, s, i, j, "surrogates not allowed"]);
      for (const b of rep) out.push(b);
    }
    i = next;
  }
  return Uint8Array.from(out);
}

/** UTF-16/UTF-32 decoding: [text, bytes consumed, byteorder after a BOM]. */
export function decodeUTF(obj: PyBytesObject, errors: string, byteorder: number, final: boolean, width: 2 | 4): [string, number, number] {
  const b = obj.bytes;
  let bo = byteorder;
  let i = 0;
  if (bo === 0 && b.length >= width) {
    if (width === 2 && b[0] === 0xff && b[1] === 0xfe) { bo = -1; i = 2; }
    else if (width === 2 && b[0] === 0xfe && b[1] === 0xff) { bo = 1; i = 2; }
    else if (width === 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) { bo = -1; i = 4; }
    else if (width === 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { bo = 1; i = 4; }
  }
  const big = bo > 0;
  const name = width === 2 ? (byteorder === 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be") : (byteorder === 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be");
  const rd = (k: number): number => width === 2
    ? (big ? (b[k] << 8) | b[k + 1] : b[k] | (b[k + 1] << 8))
    : (big ? ((b[k] << 24) | (b[k + 1] << 16) | (b[k + 2] << 8) | b[k + 3]) >>> 0 : (b[k] | (b[k + 1] << 8) | (b[k + 2] << 16) | (b[k + 3] << 24)) >>> 0);
  let out = "";
  while (i < b.length) {
    if (b.length - i < width) {
      if (!final) break;
      const [rep, next] = handleDecodeError(errors, name, obj, i, b.length, "truncated data");
      out += rep;
      i = next;
      continue;
    }
    const u = rd(i);
    if (width === 4) {
      if (u > 0x10ffff || (u >= 0xd800 && u <= 0xdfff && errors !== "surrogatepass")) {
        const [rep, next] = handleDecodeError(errors, name, obj, i, i + 4, u > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
        out += rep;
        i = next;
        continue;
      }
      out += String.fromCodePoint(u);
      i += 4;
      continue;
    }
    if (u < 0xd800 || u > 0xdfff) { out += String.fromCharCode(u); i += 2; continue; }
    if (u <= 0xdbff) {
      if (b.length - i < 4) {
        if (!final) break;
        const [rep, next] = handleDecodeError(errors, name, obj, i, b.length, "unexpected end of data");
        out += rep;
        i = next;
        continue;
      }
      const lo = rd(i + 2);
      if (lo >= 0xdc00 && lo <= 0xdfff) { out += String.fromCharCode(u, lo); i += 4; continue; }
      const [rep, next] = handleDecodeError(errors, name, obj, i, i + 2, "illegal UTF-16 surrogate");
      out += rep;
      i = next;
      continue;
    }
    const [rep, next] = handleDecodeError(errors, name, obj, i, i + 2, "illegal encoding");
    out += rep;
    i = next;
  }
  return [out, i, bo];
}

// ---- unicode_escape / raw_unicode_escape --------------------------------------------------------------

const hex = (n: number, w: number): string => n.toString(16).padStart(w, "0");

export function unicodeEscapeEncode(s: string, raw: boolean): Uint8Array {
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (raw) {
      out += c < 0x100 ? String.fromCharCode(c) : c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8);
      continue;
    }
    if (c === 0x5c) out += "\\\\";
    else if (c === 9) out += "\\t";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c >= 0x20 && c < 0x7f) out += ch;
    else if (c < 0x100) out += "\\x" + hex(c, 2);
    else if (c < 0x10000) out += "\\u" + hex(c, 4);
    else out += "\\U" + hex(c, 8);
  }
  const b = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) b[i] = out.charCodeAt(i);
  return b;
}

/** unicode_escape / raw_unicode_escape decoding: [text, consumed]. */
export function unicodeEscapeDecode(obj: PyBytesObject, errors: string, final: boolean, raw: boolean): [string, number] {
  const b = obj.bytes;
  const name = raw ? "rawunicodeescape" : "unicodeescape";
  let out = "";
  let i = 0;
  let firstInvalid = -1;
  while (i < b.length) {
    const c = b[i];
    if (c !== 0x5c) { out += String.fromCharCode(c); i++; continue; }
    if (i + 1 >= b.length) {
      if (!final) break;
      if (raw) { out += "\\"; i++; continue; }
      const [rep, next] = handleDecodeError(errors, name, obj, i, b.length, "\\ at end of string");
      out += rep; i = next; continue;
    }
    const e = String.fromCharCode(b[i + 1]);
    let digits = 0;
    if (e === "x" && !raw) digits = 2;
    else if (e === "u") digits = 4;
    else if (e === "U") digits = 8;
    if (digits) {
      let j = i + 2, v = 0;
      while (j < b.length && j < i + 2 + digits && /[0-9a-fA-F]/.test(String.fromCharCode(b[j]))) { v = v * 16 + parseInt(String.fromCharCode(b[j]), 16); j++; }
      if (j < i + 2 + digits) {
        if (j === b.length && !final) break;
        const reason = digits === 2 ? "truncated \\xXX escape" : digits === 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
        const [rep, next] = handleDecodeError(errors, name, obj, i, j, reason);
        out += rep; i = next; continue;
      }
      if (v > 0x10ffff) {
        const [rep, next] = handleDecodeError(errors, name, obj, i, j, "illegal Unicode character");
        out += rep; i = next; continue;
      }
      out += String.fromCodePoint(v);
      i = j;
      continue;
    }
    if (raw) { out += "\\"; i++; continue; }
    const simple: Record<string, string> = { "\n": "", "\\": "\\", "'": "'", '"': '"', b: "\b", f: "\f", t: "\t", n: "\n", r: "\r", v: "\v", a: "\x07" };
    if (e in simple) { out += simple[e]; i += 2; continue; }
    if (e >= "0" && e <= "7") {
      let j = i + 1, v = 0;
      while (j < b.length && j < i + 4 && b[j] >= 0x30 && b[j] <= 0x37) { v = v * 8 + (b[j] - 0x30); j++; }
      out += String.fromCharCode(v);
      i = j;
      continue;
    }
    if (e === "N") {
      const [rep, next] = handleDecodeError(errors, name, obj, i, Math.min(b.length, i + 2), "malformed \\N character escape");
      out += rep; i = next; continue;
    }
    if (firstInvalid < 0) firstInvalid = i + 1;
    out += "\\" + e; // an unknown escape stays, with one DeprecationWarning for the first
    i += 2;
  }
  if (firstInvalid >= 0) {
    // _PyUnicode_DecodeUnicodeEscapeInternal2's caller, unicode_escape_decode
    warn(EXCEPTION_TYPES.get("DeprecationWarning")!, `"\\${String.fromCharCode(b[firstInvalid])}" is an invalid escape sequence. Such sequences will not work in the future. `);
  }
  return [out, i];
}

/** escape_decode: bytes with Python string escapes (bytes literals' rules). */
export function escapeDecode(b: Uint8Array, errors: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c !== 0x5c) { out.push(c); i++; continue; }
    if (i + 1 >= b.length) throw pyError(ValueError, "Trailing \\ in string");
    const e = String.fromCharCode(b[i + 1]);
    const simple: Record<string, number> = { "\\": 0x5c, "'": 0x27, '"': 0x22, b: 8, f: 12, t: 9, n: 10, r: 13, v: 11, a: 7 };
    if (e === "\n") { i += 2; continue; }
    if (e in simple) { out.push(simple[e]); i += 2; continue; }
    if (e === "x") {
      const h = String.fromCharCode(b[i + 2] ?? 0, b[i + 3] ?? 0);
      if (!/^[0-9a-fA-F]{2}$/.test(h)) {
        if (errors === "strict") throw pyError(ValueError, `invalid \\x escape at position ${i}`);
        if (errors === "replace") out.push(0x3f);
        i += 2;
        continue;
      }
      out.push(parseInt(h, 16));
      i += 4;
      continue;
    }
    if (e >= "0" && e <= "7") {
      let j = i + 1, v = 0;
      while (j < b.length && j < i + 4 && b[j] >= 0x30 && b[j] <= 0x37) { v = v * 8 + (b[j] - 0x30); j++; }
      out.push(v & 0xff);
      i = j;
      continue;
    }
    out.push(0x5c, b[i + 1]);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** escape_encode: repr(bytes)'s escaping without the quotes. */
export function escapeEncode(b: Uint8Array): Uint8Array {
  let s = "";
  for (const c of b) {
    if (c === 0x5c) s += "\\\\";
    else if (c === 0x27) s += "\\'";
    else if (c === 9) s += "\\t";
    else if (c === 10) s += "\\n";
    else if (c === 13) s += "\\r";
    else if (c < 0x20 || c >= 0x7f) s += "\\x" + hex(c, 2);
    else s += String.fromCharCode(c);
  }
  return Uint8Array.from(s, (ch) => ch.charCodeAt(0));
}

