// SyntaxError as a Python object: what the parser's PySyntaxError becomes when it crosses into
// running code (an import, compile(), exec()). CPython: Objects/exceptions.c SyntaxError_init
// (args = (msg, (filename, lineno, offset, text, end_lineno, end_offset))), SyntaxError_str, and
// its members msg/filename/lineno/offset/text/end_lineno/end_offset/print_file_and_line.
import { None, type PyValue } from "./object.js";
import { PyTuple, tuple } from "./containers.js";
import { EXCEPTION_TYPES, excField, hasExcField, initException, PyBaseException } from "./exceptions.js";
import type { PySyntaxError } from "../parse/errors.js";
import type { SyntaxErrorFields } from "../parse/report.js";

const FIELDS = ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"] as const;

/** The Python SyntaxError (IndentationError, TabError) for a parser error. */
export function syntaxErrorObject(e: PySyntaxError): PyBaseException {
  const t = EXCEPTION_TYPES.get(e.kind)!;
  const n = (v: number | null): PyValue => (v === null ? None : v);
  const s = (v: string | null): PyValue => (v === null ? None : v);
  const exc = new PyBaseException(t, [
    e.msg,
    tuple([s(e.filename), n(e.lineno), n(e.offset), s(e.text), n(e.end_lineno), n(e.end_offset)]),
  ]);
  syntaxMeta.set(exc, e);
  initException(exc, exc.args, null); // SyntaxError_init: the members from args
  return exc;
}
const syntaxMeta = new WeakMap<PyBaseException, PySyntaxError>();

/** SyntaxError's members, read from its args as SyntaxError_init stores them. */
export function syntaxErrorAttribute(e: PyBaseException, name: string): PyValue | undefined {
  if (name === "msg") return e.args.length >= 1 ? e.args[0] : None;
  if (name === "print_file_and_line") return None;
  const i = (FIELDS as readonly string[]).indexOf(name);
  if (i < 0) return undefined;
  const info = e.args[1];
  if (e.args.length === 2 && info instanceof PyTuple && i < info.items.length) return info.items[i];
  return None;
}

/** The fields traceback's _format_syntax_error reads, or null when there is no location. */
export function syntaxErrorFields(e: PyBaseException): SyntaxErrorFields | null {
  // the members (exctypes.ts keeps them as SyntaxError_init sets them); args for anything unset
  const get = (n: string) => (hasExcField(e, n) ? excField(e, n) : e.dict?.get(n) ?? syntaxErrorAttribute(e, n) ?? None);
  const num = (v: PyValue): number | null => (typeof v === "number" ? v : typeof v === "bigint" ? Number(v) : null);
  const txt = (v: PyValue): string | null => (typeof v === "string" ? v : null);
  const msg = get("msg");
  return {
    kind: e.type.qualname,
    msg: typeof msg === "string" ? msg : "",
    filename: txt(get("filename")),
    lineno: num(get("lineno")),
    offset: num(get("offset")),
    end_lineno: num(get("end_lineno")),
    end_offset: num(get("end_offset")),
    text: txt(get("text")),
    metadata: syntaxMeta.get(e)?.metadata ?? null,
  };
}

/** SyntaxError_str: "msg (file.py, line 3)" with the file's base name. */
export function syntaxErrorStr(e: PyBaseException): string | undefined {
  const f = syntaxErrorFields(e);
  if (!f) return undefined;
  const m = hasExcField(e, "msg") ? excField(e, "msg") : e.dict?.get("msg") ?? syntaxErrorAttribute(e, "msg");
  const msg = typeof m === "string" ? m : undefined;
  if (msg === undefined) return undefined;
  const base = f.filename !== null ? f.filename.slice(f.filename.lastIndexOf("/") + 1) : null;
  if (base !== null && f.lineno !== null) return `${msg} (${base}, line ${f.lineno})`;
  if (base !== null) return `${msg} (${base})`;
  if (f.lineno !== null) return `${msg} (line ${f.lineno})`;
  return msg;
}
