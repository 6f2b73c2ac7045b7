// Source bytes -> text, as CPython's tokenizer reads a file (Parser/tokenizer/file_tokenizer.c,
// Parser/tokenizer/helpers.c check_bom/check_coding_spec): a UTF-8 BOM, or a PEP 263
// encoding cookie on line 1 or 2, else UTF-8. Newlines are translated to '\n' and a final
// newline is ensured, as CPython's tokenizer does.
import { PySyntaxError } from "./errors.js";

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
    const enc = findCookie(bytes);
    let encoding = "utf-8";
    if (enc) {
      const norm = normalizeEncoding(enc.name);
      if (bom && norm !== "utf-8") {
        throw new PySyntaxError("SyntaxError", `encoding problem: ${enc.name} with BOM`, filename, enc.line, 0, enc.line, 0, null);
      }
      encoding = norm;
    }
    let decoder: TextDecoder;
    try {
      decoder = new TextDecoder(encoding, { fatal: true });
    } catch {
      throw new PySyntaxError("SyntaxError", `unknown encoding: ${enc!.name}`, filename, enc!.line, 0, enc!.line, 0, null);
    }
    try {
      text = decoder.decode(bytes);
    } catch {
      text = decodeError(bytes, filename);
    }
  }
  if (text.indexOf("\r") >= 0) text = text.replace(/\r\n?/g, "\n");
  if (text.indexOf("\0") >= 0) {
    const i = text.indexOf("\0");
    const line = text.slice(0, i).split("\n").length;
    throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, line, 0, line, 0, null);
  }
  return text;
}

function findCookie(bytes: Uint8Array): { name: string; line: number } | null {
  // look at the first two lines only, and only if line 1 is blank or a comment for line 2
  let start = 0;
  for (let line = 1; line <= 2; line++) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const s = Buffer.from(bytes.subarray(start, end)).toString("latin1");
    const m = COOKIE.exec(s);
    if (m) return { name: m[1], line };
    if (!/^[ \t\f]*(#.*)?\r?$/.test(s)) return null;
    start = end + 1;
    if (start >= bytes.length) break;
  }
  return null;
}

function normalizeEncoding(name: string): string {
  const n = name.toLowerCase().replace(/_/g, "-");
  if (n === "utf-8" || n.startsWith("utf-8-") || n === "utf8") return "utf-8";
  if (n === "latin-1" || n === "iso-8859-1" || n === "iso8859-1" || n === "latin1" || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-")) return "latin1";
  return n;
}

function decodeError(bytes: Uint8Array, filename: string): never {
  // find the first invalid UTF-8 sequence to report it as CPython does
  let line = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x0a) line++;
    if (b < 0x80) continue;
    const len = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) if ((bytes[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      try { new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(i, i + len)); i += len - 1; continue; } catch { /* invalid */ }
    }
    const hex = b.toString(16).padStart(2, "0");
    throw new PySyntaxError("SyntaxError", `(unicode error) 'utf-8' codec can't decode byte 0x${hex} in position ${i}: invalid start byte`, filename, line, 0, line, 0, null);
  }
  throw new PySyntaxError("SyntaxError", "(unicode error) invalid source", filename, 1, 0, 1, 0, null);
}
