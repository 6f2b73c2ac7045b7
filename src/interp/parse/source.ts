// Source bytes -> text, as CPython 3.14 reads source for compile()/ast.parse():
// Parser/tokenizer/helpers.c (check_bom, check_coding_spec, get_normal_name) and
// Parser/tokenizer/string_tokenizer.c decode_str: a UTF-8 BOM, or a PEP 263 encoding cookie
// on line 1 or 2, else UTF-8. Newlines are translated to '\n' (universal newlines).
import { PySyntaxError } from "./errors.js";
import { CHARMAPS, CHARMAP_ALIASES } from "./charmaps.js";

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

export function decodeSource(source: string | Uint8Array, filename: string): string {
  let text: string;
  if (typeof source === "string") {
    text = source;
  } else {
    let bytes = source;
    let bom = false;
    if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      bytes = bytes.subarray(3);
      bom = true;
    }
    if (bytes.indexOf(0) >= 0) nullBytes(filename);
    const enc = findCookie(bytes);
    if (enc) {
      const norm = normalName(enc.name);
      if (bom && norm !== "utf-8") {
        // CPython: SyntaxError('encoding problem: NAME with BOM', (file, line, 0, text, line, len))
        const line = latin1(lineBytes(bytes, enc.line)).replace(/\r?\n$/, "");
        throw new PySyntaxError("SyntaxError", `encoding problem: ${norm} with BOM`, filename, enc.line, 0, enc.line, line.length, line);
      }
      text = decodeWith(norm, enc.name, bytes, filename);
    } else {
      text = decodeUtf8(bytes, filename);
    }
  }
  if (text.indexOf("\0") >= 0) nullBytes(filename);
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  return text;
}

function nullBytes(_filename: string): never {
  // CPython raises this one without a location, not even the filename
  throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", null, null, null, null, null, null);
}

function lineBytes(bytes: Uint8Array, lineno: number): Uint8Array {
  let start = 0;
  for (let l = 1; l < lineno; l++) {
    const nl = bytes.indexOf(0x0a, start);
    if (nl < 0) return bytes.subarray(bytes.length);
    start = nl + 1;
  }
  let end = bytes.indexOf(0x0a, start);
  end = end < 0 ? bytes.length : end + 1;
  return bytes.subarray(start, end);
}

function latin1(bytes: Uint8Array): string {
  let s = "";
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** The encoding cookie of line 1 or 2 (line 2 only if line 1 is blank or a comment). */
function findCookie(bytes: Uint8Array): { name: string; line: number } | null {
  for (let line = 1; line <= 2; line++) {
    const s = latin1(lineBytes(bytes, line));
    const m = COOKIE.exec(s);
    if (m) return { name: m[1], line };
    if (!/^[ \t\f]*(#.*)?\r?\n?$/.test(s)) return null;
  }
  return null;
}

// CPython Parser/tokenizer/helpers.c get_normal_name
function normalName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, "-");
  if (n === "utf-8" || n.startsWith("utf-8-")) return "utf-8";
  for (const latin of ["latin-1", "iso-8859-1", "iso-latin-1"]) {
    if (n === latin || n.startsWith(latin + "-")) return "iso-8859-1";
  }
  return name;
}

// Lib/encodings/aliases.py names of the codecs implemented in C (not charmap tables)
const BUILTIN_ALIASES: Record<string, string> = {
  latin: "latin_1", latin1: "latin_1", latin_1: "latin_1", l1: "latin_1", iso8859_1: "latin_1", iso_8859_1: "latin_1",
  iso_ir_100: "latin_1", cp819: "latin_1", ibm819: "latin_1", "8859": "latin_1", csisolatin1: "latin_1",
  iso_8859_1_1987: "latin_1", u8: "utf_8", utf: "utf_8", utf8: "utf_8", utf8_ucs2: "utf_8", utf8_ucs4: "utf_8",
  cp65001: "utf_8", utf_8: "utf_8",
};

/** CPython Lib/encodings/__init__.py normalize_encoding: runs of other characters become '_'. */
function normalizeEncoding(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, "_").replace(/^_+|_+$/g, "").toLowerCase();
}

/** Decode with the codec CPython's codecs.lookup would find for `raw` (normalized `norm`). */
function decodeWith(norm: string, raw: string, bytes: Uint8Array, filename: string): string {
  if (norm === "utf-8") return decodeUtf8(bytes, filename);
  if (norm === "iso-8859-1") return latin1(bytes); // Python's latin-1 maps every byte to U+0000..U+00FF
  const key = normalizeEncoding(norm);
  const codec = CHARMAP_ALIASES[key] ?? CHARMAP_ALIASES[key.replace(/\./g, "_")] ?? BUILTIN_ALIASES[key] ?? key.replace(/\./g, "_");
  if (codec === "utf_8") return decodeUtf8(bytes, filename);
  if (codec === "latin_1") return latin1(bytes);
  if (codec === "ascii" || codec === "646" || codec === "us_ascii") {
    const bad = bytes.findIndex((b) => b >= 0x80);
    if (bad >= 0) decodeFailure("ascii", bytes, bad, "ordinal not in range(128)", filename);
    return latin1(bytes);
  }
  const table = CHARMAPS[codec];
  if (table) {
    let out = "";
    for (let i = 0; i < bytes.length; i++) {
      const ch = table[bytes[i]];
      if (ch === "\ufffe") decodeFailure("charmap", bytes, i, "character maps to <undefined>", filename);
      out += ch;
    }
    return out;
  }
  let decoder: TextDecoder;
  try {
    // multi-byte codecs (shift_jis, euc_jp, gbk, big5, ...) through the host's ICU
    decoder = new TextDecoder(codec.replace(/_/g, "-"), { fatal: true });
  } catch {
    // CPython: SyntaxError('unknown encoding: NAME', (file, 0, -1, None))
    throw new PySyntaxError("SyntaxError", `unknown encoding: ${raw}`, filename, 0, -1, null, null, null);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new PySyntaxError("SyntaxError", `(unicode error) '${codec}' codec can't decode the source`, filename, 1, 1, 1, 1, null);
  }
}

function decodeFailure(codec: string, bytes: Uint8Array, i: number, reason: string, filename: string): never {
  const hex = bytes[i].toString(16).padStart(2, "0");
  throw new PySyntaxError("SyntaxError", `'${codec}' codec can't decode byte 0x${hex} in position ${i}: ${reason}`,
    filename, null, null, null, null, null);
}

function decodeUtf8(bytes: Uint8Array, filename: string): string {
  try {
    // ignoreBOM: a BOM was already removed; another one is a character of the source
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    // find the first byte that does not start a valid sequence (helpers.c valid_utf8 / ensure_utf8)
    let line = 1, lineStart = 0;
    for (let i = 0; i < bytes.length; ) {
      const b = bytes[i];
      if (b === 0x0a) { line++; lineStart = i + 1; i++; continue; }
      const n = validUtf8(bytes, i);
      if (n === 0) {
        const lb = lineBytes(bytes, line);
        const text = new TextDecoder("utf-8").decode(lb).replace(/\r?\n$/, "");
        const col = new TextDecoder("utf-8").decode(bytes.subarray(lineStart, i)).length + 1;
        const hex = "\\x" + b.toString(16).padStart(2, "0");
        throw new PySyntaxError("SyntaxError",
          `Non-UTF-8 code starting with '${hex}' on line ${line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
          filename, line, col, line, col, text);
      }
      i += n;
    }
    throw new PySyntaxError("SyntaxError", "invalid UTF-8 source", filename, 1, 1, 1, 1, null);
  }
}

/** Length of the valid UTF-8 sequence at i, or 0. */
function validUtf8(s: Uint8Array, i: number): number {
  const c = s[i];
  if (c < 0x80) return 1;
  let n: number, min: number;
  if (c >= 0xc2 && c <= 0xdf) { n = 2; min = 0x80; }
  else if (c >= 0xe0 && c <= 0xef) { n = 3; min = 0x800; }
  else if (c >= 0xf0 && c <= 0xf4) { n = 4; min = 0x10000; }
  else return 0;
  if (i + n > s.length) return 0;
  let cp = c & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    if ((s[i + k] & 0xc0) !== 0x80) return 0;
    cp = (cp << 6) | (s[i + k] & 0x3f);
  }
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
  return n;
}
