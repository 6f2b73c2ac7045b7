// SyntaxError objects made from the parser's errors (exctypes.ts newSyntaxError holds the fields, as
// Objects/exceptions.c SyntaxError_init does) plus what the traceback printer needs of them: the
// fields, and the parser's SyntaxError._metadata that CPython's keyword-typo suggestions read
// (Lib/traceback.py _find_keyword_typos).
import { None, type PyValue } from "./object.js";
import type { PyBaseException } from "./exceptions.js";
import type { PySyntaxError } from "../parse/errors.js";
import type { SyntaxErrorFields } from "../parse/report.js";
import { excField, newSyntaxError, setExcField } from "./exctypes.js";
import { tuple } from "./containers.js";

const syntaxMeta = new WeakMap<PyBaseException, PySyntaxError>();

/** The Python SyntaxError (IndentationError, TabError) for a parser error, keeping its metadata. */
export function syntaxErrorObject(e: PySyntaxError): PyBaseException {
  const x = newSyntaxError(e);
  syntaxMeta.set(x, e);
  // CPython: Parser/pegen_errors.c _PyPegen_raise_error_known_location sets SyntaxError._metadata
  // (line and column of the last statement, the source), which Lib/traceback.py's keyword-typo
  // suggestions read
  if (e.metadata) setExcField(x, "_metadata", tuple([e.metadata.line, e.metadata.offset, e.metadata.source ?? None]));
  return x;
}

/** The fields traceback's _format_syntax_error reads. */
export function syntaxErrorFields(e: PyBaseException): SyntaxErrorFields | null {
  const get = (n: string): PyValue => excField(e, n) ?? None;
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
