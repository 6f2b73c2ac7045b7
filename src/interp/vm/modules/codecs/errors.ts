// Codec error handlers: the builtin ones (strict, ignore, replace, backslashreplace,
// xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) as callables for
// codecs.lookup_error, and the dispatch the native codecs use. CPython: Python/codecs.c
// (PyCodec_StrictErrors ... PyCodec_SurrogateEscapeErrors, PyCodec_LookupError, the
// "error handler must return (str/bytes, int) tuple" checks in unicodeobject.c).
import { type PyValue } from "../../../objects/object.js";
import { call, typeName } from "../../../objects/abstract.js";
import { EXCEPTION_TYPES, IndexError, LookupError, PyBaseException, pyError, TypeError } from "../../../objects/exceptions.js";
import { PyBuiltin } from "../../../objects/functions.js";
import { PyTuple, tuple } from "../../../objects/containers.js";
import { PyBytesObject } from "../../../objects/bytes.js";
import { codecRegistry } from "./registry.js";
import { charName } from "../unicodedata.js";

const UnicodeEncodeError = EXCEPTION_TYPES.get("UnicodeEncodeError")!;
const UnicodeDecodeError = EXCEPTION_TYPES.get("UnicodeDecodeError")!;
const UnicodeTranslateError = EXCEPTION_TYPES.get("UnicodeTranslateError")!;

const hex = (n: number, w: number): string => n.toString(16).padStart(w, "0");
const esc = (c: number): string => (c < 0x100 ? "\\x" + hex(c, 2) : c < 0x10000 ? "\\u" + hex(c, 4) : "\\U" + hex(c, 8));

type Parts = { kind: "encode" | "decode" | "translate"; obj: PyValue; start: number; end: number };
function parts(exc: PyValue): Parts {
  if (!(exc instanceof PyBaseException)) throw pyError(TypeError, `don't know how to handle ${typeName(exc)} in error callback`);
  const t = exc.type;
  const kind = t.isSubtype(UnicodeEncodeError) ? "encode" : t.isSubtype(UnicodeDecodeError) ? "decode" : t.isSubtype(UnicodeTranslateError) ? "translate" : null;
  if (kind === null) throw pyError(TypeError, `don't know how to handle ${t.name} in error callback`);
  const a = exc.args;
  const off = kind === "translate" ? 0 : 1;
  return { kind, obj: a[off], start: a[off + 1] as number, end: a[off + 2] as number };
}
const cpsOf = (v: PyValue): number[] => Array.from(v as string, (c) => c.codePointAt(0)!);
const wrongKind = (exc: PyBaseException) => pyError(TypeError, `don't know how to handle ${exc.type.name} in error callback`);

/** The builtin handlers: exc -> (replacement, position). */
const BUILTIN: Record<string, (exc: PyBaseException) => [string | Uint8Array, number]> = {
  strict: (exc) => { throw exc; },
  ignore: (exc) => { const p = parts(exc); return ["", p.end]; },
  replace: (exc) => {
    const p = parts(exc);
    const n = p.end - p.start;
    return [p.kind === "encode" ? "?".repeat(n) : p.kind === "decode" ? "\ufffd" : "\ufffd".repeat(n), p.end];
  },
  backslashreplace: (exc) => {
    const p = parts(exc);
    if (p.kind === "decode") {
      const b = (p.obj as PyBytesObject).bytes;
      let s = "";
      for (let k = p.start; k < p.end; k++) s += "\\x" + hex(b[k], 2);
      return [s, p.end];
    }
    return [cpsOf(p.obj).slice(p.start, p.end).map(esc).join(""), p.end];
  },
  xmlcharrefreplace: (exc) => {
    const p = parts(exc);
    if (p.kind !== "encode") throw wrongKind(exc);
    return [cpsOf(p.obj).slice(p.start, p.end).map((c) => `&#${c};`).join(""), p.end];
  },
  // PyCodec_NameReplaceErrors: \N{NAME} from the Unicode database, else the escape
  namereplace: (exc) => {
    const p = parts(exc);
    if (p.kind !== "encode") throw wrongKind(exc);
    return [cpsOf(p.obj).slice(p.start, p.end).map((c) => {
      const name = charName(c);
      return name === undefined ? esc(c) : `\\N{${name}}`;
    }).join(""), p.end];
  },
  surrogateescape: (exc) => {
    const p = parts(exc);
    if (p.kind === "encode") {
      const out: number[] = [];
      for (const c of cpsOf(p.obj).slice(p.start, p.end)) {
        if (c < 0xdc80 || c > 0xdcff) throw exc;
        out.push(c - 0xdc00);
      }
      return [Uint8Array.from(out), p.end];
    }
    if (p.kind === "decode") {
      const b = (p.obj as PyBytesObject).bytes;
      let s = "";
      let k = p.start;
      for (; k < p.end && k < p.start + 4; k++) {
        if (b[k] < 128) break;
        s += String.fromCharCode(0xdc00 + b[k]);
      }
      if (k === p.start) throw exc;
      return [s, k];
    }
    throw wrongKind(exc);
  },
  surrogatepass: (exc) => {
    const p = parts(exc);
    if (p.kind === "decode") {
      // PyCodec_SurrogatePassErrors for UTF-8: one encoded surrogate (ED A0..BF 80..BF)
      const b = (p.obj as PyBytesObject).bytes;
      const k = p.start;
      const enc = String(exc.args[0]).toLowerCase().replace(/[-_]/g, "");
      if (enc === "utf8" && k + 2 < b.length && b[k] === 0xed && (b[k + 1] & 0xe0) === 0xa0 && (b[k + 2] & 0xc0) === 0x80) {
        return [String.fromCharCode(0xd000 | ((b[k + 1] & 0x3f) << 6) | (b[k + 2] & 0x3f)), k + 3];
      }
      throw exc;
    }
    if (p.kind !== "encode") throw wrongKind(exc);
    const out: number[] = [];
    for (const c of cpsOf(p.obj).slice(p.start, p.end)) {
      if (c < 0xd800 || c > 0xdfff) throw exc;
      out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
    return [Uint8Array.from(out), p.end];
  },
};

const builtinCallables = new Map<string, PyValue>();
for (const [name, fn] of Object.entries(BUILTIN)) {
  const fname = `${name}_errors`;
  builtinCallables.set(name, new PyBuiltin(fname, (args) => {
    if (args.length !== 1) throw pyError(TypeError, `${fname}() takes exactly one argument (${args.length} given)`);
    const [rep, pos] = fn(args[0] as PyBaseException);
    return tuple([typeof rep === "string" ? rep : new PyBytesObject(rep), pos]);
  }));
}

/** codecs.lookup_error */
export function lookupError(name: string): PyValue {
  const h = codecRegistry().errors.get(name) ?? builtinCallables.get(name);
  if (h === undefined) throw pyError(LookupError, `unknown error handler name '${name}'`);
  return h;
}

/** A handler registered under `name` that is not one of the builtin ones. */
export function customHandler(name: string): PyValue | null {
  return codecRegistry().errors.get(name) ?? null;
}

/** What the native codecs (objects/codecs.ts) ask for a name they do not handle themselves:
 *  a registered handler, else one of the builtin callables (namereplace, surrogatepass, ...). */
export function handlerFor(name: string): PyValue | null {
  return codecRegistry().errors.get(name) ?? builtinCallables.get(name) ?? null;
}

/** Call an error handler and check its result (unicode_encode_call_errorhandler and friends). */
export function callHandler(handler: PyValue, exc: PyBaseException, encoding: boolean, length: number): [string | Uint8Array, number] {
  const r = call(handler, [exc]);
  const bad = () => pyError(TypeError, encoding ? "encoding error handler must return (str/bytes, int) tuple" : "decoding error handler must return (str, int) tuple");
  if (!(r instanceof PyTuple) || r.items.length !== 2) throw bad();
  const [rep, pos] = r.items;
  if (typeof pos !== "number") throw bad();
  if (typeof rep !== "string" && !(encoding && rep instanceof PyBytesObject)) throw bad();
  const p = pos < 0 ? length + pos : pos;
  if (p < 0 || p > length) throw pyError(IndexError, `position ${pos} from error handler out of bounds`);
  return [typeof rep === "string" ? rep : rep.bytes, p];
}

function dispatch(errors: string, exc: PyBaseException, encoding: boolean, length: number): [string | Uint8Array, number] {
  const custom = customHandler(errors);
  if (custom !== null) return callHandler(custom, exc, encoding, length);
  const b = BUILTIN[errors];
  if (!b) throw pyError(LookupError, `unknown error handler name '${errors}'`);
  return b(exc);
}

export function handleEncodeError(errors: string, encoding: string, s: string, start: number, end: number, reason: string): [string | Uint8Array, number] {
  return dispatch(errors, new PyBaseException(UnicodeEncodeError, [encoding, s, start, end, reason]), true, Array.from(s).length);
}
export function handleDecodeError(errors: string, encoding: string, obj: PyBytesObject, start: number, end: number, reason: string): [string, number] {
  const [rep, pos] = dispatch(errors, new PyBaseException(UnicodeDecodeError, [encoding, obj, start, end, reason]), false, obj.bytes.length);
  return [rep as string, pos];
}
