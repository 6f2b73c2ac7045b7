// How CPython 3.14 prints an uncaught SyntaxError (and IndentationError/TabError): the
// `''.join(traceback.format_exception_only(e))` text, i.e. Lib/traceback.py
// TracebackException._format_syntax_error without colour:
//
//     File "x.py", line 3
//       fro x in y:
//       ^^^
//   SyntaxError: invalid syntax. Did you mean 'for'?
//
// Lengths and offsets are in code points, as Python's str counts them. When the error carries the
// parser's metadata (CPython's SyntaxError._metadata: last statement location and the source),
// "invalid syntax" errors get CPython's keyword-typo suggestion (keyword-typos.ts).
import { findKeywordTypo, type KeywordTypoHooks, type SyntaxErrorMetadata } from "./keyword-typos.js";

export type { KeywordTypoHooks, SyntaxErrorMetadata, NameToken } from "./keyword-typos.js";

/** The SyntaxError attributes the report reads. PySyntaxError (errors.ts) satisfies this. */
export interface SyntaxErrorFields {
  /** Exception class name: "SyntaxError", "IndentationError" or "TabError". */
  readonly kind: string;
  readonly msg: string;
  readonly filename: string | null;
  readonly lineno: number | null;
  readonly offset: number | null;
  readonly end_lineno: number | null;
  readonly end_offset: number | null;
  readonly text: string | null;
  /** CPython's SyntaxError._metadata; absent for errors not raised by the parser. */
  readonly metadata?: SyntaxErrorMetadata | null;
}

export interface FormatSyntaxErrorOptions {
  /** Overrides err.metadata (e.g. a caller that has the source but an error without metadata). */
  metadata?: SyntaxErrorMetadata | null;
  /** How the keyword-typo search tokenizes and test-compiles (defaults: keyword-typos.ts). */
  typoHooks?: KeywordTypoHooks;
}

/** `''.join(traceback.format_exception_only(err))` as CPython 3.14 produces it. */
export function formatSyntaxError(err: SyntaxErrorFields, opts: FormatSyntaxErrorOptions = {}): string {
  const out: string[] = [];
  // CPython: Lib/traceback.py TracebackException.__init__ keeps lineno/end_lineno as str or None;
  // only their equality matters below, so numbers do.
  let { msg, lineno, end_lineno, text, offset, end_offset } = err;
  let filenameSuffix = "";
  if (lineno !== null) {
    out.push(`  File "${err.filename || "<string>"}", line ${lineno}\n`);
  } else if (err.filename !== null) {
    filenameSuffix = ` (${err.filename})`;
  }

  if (text !== null) {
    // _find_keyword_typos runs after the File line is out, so that line keeps the original lineno.
    const metadata = opts.metadata !== undefined ? opts.metadata : err.metadata;
    const typo = findKeywordTypo({ msg, lineno, text }, metadata ?? null, opts.typoHooks);
    if (typo) ({ msg, lineno, end_lineno, text, offset, end_offset } = typo);
    out.push(...caretLines(text, offset, end_offset, lineno === end_lineno));
  }
  out.push(`${err.kind}: ${msg || "<no detail available>"}${filenameSuffix}\n`);
  return out.join("");
}

/** The source line and caret line of _format_syntax_error (CPython: Lib/traceback.py). */
function caretLines(text: string, offsetIn: number | null, endOffsetIn: number | null, sameLine: boolean): string[] {
  const textLen = Array.from(text).length;
  const rtext = Array.from(text.replace(/\n+$/, "")); // text.rstrip('\n')
  let strip = 0; // ltext = rtext.lstrip(' \n\f')
  while (strip < rtext.length && (rtext[strip] === " " || rtext[strip] === "\n" || rtext[strip] === "\f")) strip++;
  const ltext = rtext.slice(strip);
  const shown = `    ${ltext.join("")}\n`;
  if (offsetIn === null) return [shown];

  let offset = offsetIn;
  let endOffset = sameLine ? (endOffsetIn !== null && endOffsetIn !== 0 ? endOffsetIn : offset) : rtext.length + 1;
  // Offsets past the text point just after its last character ("self.text and ...": not for "").
  if (textLen && offset > textLen) offset = rtext.length + 1;
  if (textLen && endOffset > textLen) endOffset = rtext.length + 1;
  if (offset >= endOffset || endOffset < 0) endOffset = offset + 1;

  // 1-based column offsets to 0-based indexes into the stripped text.
  const colno = offset - 1 - strip;
  const endColno = endOffset - 1 - strip;
  if (colno < 0) return [shown];
  // Non-space whitespace (tabs) is kept so that the caret lines up under the text.
  const caretSpace = ltext.slice(0, colno).map((c) => (isPySpace(c) ? c : " ")).join("");
  return [shown, `    ${caretSpace}${"^".repeat(Math.max(0, endColno - colno))}\n`];
}

/** Python's str.isspace() for one character (CPython: Objects/unicodetype_db.h _PyUnicode_IsWhitespace). */
export function isPySpace(c: string): boolean {
  const cp = c.codePointAt(0)!;
  return (
    (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp === 0x85 || cp === 0xa0 ||
    cp === 0x1680 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x2028 || cp === 0x2029 ||
    cp === 0x202f || cp === 0x205f || cp === 0x3000
  );
}
