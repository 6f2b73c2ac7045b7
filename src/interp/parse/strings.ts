// String literal decoding: prefixes, escapes, bytes, implicit concatenation.
// Follows CPython 3.14 Parser/string_parser.c (_PyPegen_decode_string, decode_unicode_with_escapes,
// _PyPegen_parse_string) and Parser/action_helpers.c (_PyPegen_concatenate_strings).
import { unicodeNameLookup } from "./unicode-names.js";

export interface EscapeError { msg: string; index: number }

/**
 * Decode the body of a string literal. `raw` keeps backslashes. Returns the value, or throws
 * an EscapeError for a malformed \x, \u, \U or \N escape (CPython raises these as
 * "(unicode error) 'unicodeescape' codec can't decode bytes in position a-b: ...").
 */
/** Called for the first invalid escape of a literal (CPython warns once per literal). */
export type EscapeWarn = (escape: string, index: number, octal: boolean) => void;

export function decodeStrBody(body: string, raw: boolean, warn?: EscapeWarn): string {
  if (raw || body.indexOf("\\") < 0) return body;
  let warned = false;
  const invalid = (esc: string, at: number, octal: boolean) => {
    if (!warned && warn) { warned = true; warn(esc, at, octal); }
  };
  let out = "";
  let i = 0;
  const n = body.length;
  while (i < n) {
    const bs = body.indexOf("\\", i);
    if (bs < 0) { out += body.slice(i); break; }
    out += body.slice(i, bs);
    i = bs + 1;
    const c = body[i];
    if (c === undefined) { out += "\\"; break; }
    i++;
    switch (c) {
      case "\n": break;
      case "\\": out += "\\"; break;
      case "'": out += "'"; break;
      case '"': out += '"'; break;
      case "a": out += "\x07"; break;
      case "b": out += "\b"; break;
      case "f": out += "\f"; break;
      case "n": out += "\n"; break;
      case "r": out += "\r"; break;
      case "t": out += "\t"; break;
      case "v": out += "\v"; break;
      case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
        let v = c.charCodeAt(0) - 48;
        const st = i - 1;
        for (let k = 0; k < 2 && i < n && body[i] >= "0" && body[i] <= "7"; k++, i++) v = v * 8 + body.charCodeAt(i) - 48;
        if (v > 0o377) invalid(body.slice(st, i), bs, true);
        out += String.fromCodePoint(v);
        break;
      }
      case "x": case "u": case "U": {
        const len = c === "x" ? 2 : c === "u" ? 4 : 8;
        const hex = body.slice(i, i + len);
        if (hex.length < len || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw { msg: `truncated \\${c === "x" ? "xXX" : c === "u" ? "uXXXX" : "UXXXXXXXX"} escape`, index: bs } as EscapeError;
        }
        const v = parseInt(hex, 16);
        if (v > 0x10ffff) throw { msg: "illegal Unicode character", index: bs } as EscapeError;
        out += String.fromCodePoint(v);
        i += len;
        break;
      }
      case "N": {
        if (body[i] !== "{") throw { msg: "malformed \\N character escape", index: bs } as EscapeError;
        const close = body.indexOf("}", i);
        if (close < 0 || close === i + 1) throw { msg: "malformed \\N character escape", index: bs } as EscapeError;
        const name = body.slice(i + 1, close);
        const cp = unicodeNameLookup(name);
        if (cp === undefined) throw { msg: "unknown Unicode character name", index: bs } as EscapeError;
        out += String.fromCodePoint(cp);
        i = close + 1;
        break;
      }
      default:
        // invalid escape: kept as is (CPython emits a SyntaxWarning)
        invalid(c, bs, false);
        out += "\\" + c;
    }
  }
  return out;
}

/** Decode a bytes literal body (already checked to be ASCII). */
export function decodeBytesBody(body: string, raw: boolean, warn?: EscapeWarn): Uint8Array {
  const out: number[] = [];
  let warned = false;
  const invalid = (esc: string, at: number, octal: boolean) => {
    if (!warned && warn) { warned = true; warn(esc, at, octal); }
  };
  const n = body.length;
  for (let i = 0; i < n; i++) {
    const c = body[i];
    if (c !== "\\" || raw) { out.push(body.charCodeAt(i)); continue; }
    const d = body[++i];
    if (d === undefined) { out.push(92); break; }
    switch (d) {
      case "\n": break;
      case "\\": out.push(92); break;
      case "'": out.push(39); break;
      case '"': out.push(34); break;
      case "a": out.push(7); break;
      case "b": out.push(8); break;
      case "f": out.push(12); break;
      case "n": out.push(10); break;
      case "r": out.push(13); break;
      case "t": out.push(9); break;
      case "v": out.push(11); break;
      case "0": case "1": case "2": case "3": case "4": case "5": case "6": case "7": {
        let v = d.charCodeAt(0) - 48;
        const st = i;
        for (let k = 0; k < 2 && i + 1 < n && body[i + 1] >= "0" && body[i + 1] <= "7"; k++) v = v * 8 + body.charCodeAt(++i) - 48;
        if (v > 0o377) invalid(body.slice(st, i + 1), st - 1, true);
        out.push(v & 0xff);
        break;
      }
      case "x": {
        const hex = body.slice(i + 1, i + 3);
        if (hex.length < 2 || !/^[0-9a-fA-F]+$/.test(hex)) {
          throw { msg: `invalid \\x escape at position ${i - 1}`, index: i - 1 } as EscapeError;
        }
        out.push(parseInt(hex, 16));
        i += 2;
        break;
      }
      default:
        invalid(d, i - 1, false);
        out.push(92, body.charCodeAt(i));
    }
  }
  return Uint8Array.from(out);
}
