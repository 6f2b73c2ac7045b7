// CPython 3.14's keyword-typo suggestion for SyntaxError reports, after Lib/traceback.py
// TracebackException._find_keyword_typos: when the message is "invalid syntax" (or mentions a
// forgotten comma), try replacing each of the first ten non-keyword names of the failing region with
// a similar keyword; the first replacement that compiles (or is merely incomplete) wins and the
// report becomes "invalid syntax. Did you mean 'while'?" with the caret under that name.
//
// This runs while *printing* the error, so SyntaxError.msg itself is unchanged; only the report is.
import { calculateSuggestion, getCloseMatches } from "./suggestions.js";
import { parse } from "./parser.js";
import { PySyntaxError } from "./errors.js";

/**
 * CPython's SyntaxError._metadata (Parser/pegen_errors.c _PyPegen_set_syntax_error_metadata):
 * where the last statement the parser completed starts (0, 0 if none) and the decoded source.
 */
export interface SyntaxErrorMetadata {
  line: number;
  offset: number;
  source: string | null;
}

/** A NAME token as Lib/tokenize.py generate_tokens reports it (rows 1-based, columns 0-based). */
export interface NameToken {
  string: string;
  start: [number, number];
  end: [number, number];
  /** The physical line the token is on, with its newline if it has one. */
  line: string;
}

export interface KeywordTypoHooks {
  /** codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) does not raise. */
  accepts?: (code: string) => boolean;
  /** The NAME tokens of tokenize.generate_tokens(io.StringIO(code).readline), until it would raise. */
  nameTokens?: (code: string) => Iterable<NameToken>;
}

/** The report fields _find_keyword_typos rewrites. */
export interface TypoFix {
  msg: string;
  text: string;
  offset: number;
  end_offset: number;
  lineno: number;
  end_lineno: number;
}

/** keyword.kwlist of Python 3.14 (hard keywords only; soft keywords are not suggested). */
export const KWLIST: readonly string[] = [
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
  "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];
const KEYWORDS = new Set(KWLIST);

const MAX_ERROR_CODE = 1024;
const MAX_TOKENS = 10;
const MAX_MATCHES = 3;

/** CPython: Lib/traceback.py TracebackException._find_keyword_typos. Null when nothing applies. */
export function findKeywordTypo(
  err: { msg: string; lineno: number | null; text: string | null },
  metadata: SyntaxErrorMetadata | null,
  hooks: KeywordTypoHooks = {},
): TypoFix | null {
  try {
    return search(err, metadata, hooks);
  } catch {
    return null; // `with suppress(Exception)` around the call
  }
}

function search(
  err: { msg: string; lineno: number | null; text: string | null },
  metadata: SyntaxErrorMetadata | null,
  hooks: KeywordTypoHooks,
): TypoFix | null {
  // Only without a custom message.
  if (err.msg !== "invalid syntax" && !err.msg.includes("Perhaps you forgot a comma")) return null;
  if (!metadata) return null;
  const { line, source } = metadata;
  const endLine = err.lineno ?? 0;
  // With no source CPython rereads the file (or falls back to the error's text); tspy has no
  // file to read at this point, so it takes the text, as CPython does when the read fails.
  const lines = source !== null ? pySplitLines(source) : pySplitLines(err.text ?? "");
  const errorCode = dedent(lines.slice(line > 0 ? line - 1 : 0, Math.max(0, endLine)).join("\n"));
  if (Array.from(errorCode).length > MAX_ERROR_CODE) return null;
  const errorLines = pySplitLines(errorCode);
  const accepts = hooks.accepts ?? codeopAccepts;
  const tokens = (hooks.nameTokens ?? pythonNameTokens)(errorCode);

  let tokensLeft = MAX_TOKENS;
  for (const token of tokens) {
    const wrong = token.string;
    if (KEYWORDS.has(wrong)) continue;
    if (--tokensLeft < 0) break;
    const matches: string[] = [];
    const suggestion = calculateSuggestion(KWLIST, wrong);
    if (suggestion) matches.push(suggestion);
    matches.push(...getCloseMatches(wrong, KWLIST, MAX_MATCHES, 0.5));
    for (const candidate of matches.slice(0, MAX_MATCHES)) {
      if (!candidate || candidate === wrong) continue;
      const theLines = errorLines.slice();
      const chars = Array.from(theLines[token.start[0] - 1]);
      chars.splice(token.start[1], token.end[1] - token.start[1], ...candidate);
      theLines[token.start[0] - 1] = chars.join("");
      if (!accepts(theLines.join("\n"))) continue;
      return {
        text: token.line,
        offset: token.start[1] + 1,
        end_offset: token.end[1] + 1,
        lineno: token.start[0],
        end_lineno: token.end[0],
        msg: `invalid syntax. Did you mean '${candidate}'?`,
      };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Python str helpers

const LINE_BREAK = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/;

/** str.splitlines() (without keepends). */
export function pySplitLines(s: string): string[] {
  if (!s) return [];
  const parts = s.split(new RegExp(LINE_BREAK.source, "g"));
  if (parts[parts.length - 1] === "") parts.pop();
  return parts;
}

const isSpaceLine = (l: string) => l.length > 0 && /^[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/.test(l);

/** CPython: Lib/textwrap.py dedent (3.14). */
export function dedent(text: string): string {
  const lines = text.split("\n");
  const nonBlank = lines.filter((l) => l && !isSpaceLine(l));
  let l1 = "", l2 = "";
  if (nonBlank.length) {
    l1 = l2 = nonBlank[0];
    for (const l of nonBlank) {
      if (comparePy(l, l1) < 0) l1 = l;
      if (comparePy(l, l2) > 0) l2 = l;
    }
  }
  // `for margin, c in enumerate(l1): if c != l2[margin] or c not in ' \t': break`
  const a = Array.from(l1), b = Array.from(l2);
  let margin = 0;
  for (margin = 0; margin < a.length; margin++) {
    if (a[margin] !== b[margin] || (a[margin] !== " " && a[margin] !== "\t")) break;
  }
  return lines.map((l) => (isSpaceLine(l) ? "" : Array.from(l).slice(margin).join(""))).join("\n");
}

function comparePy(a: string, b: string): number {
  const x = Array.from(a, (c) => c.codePointAt(0)!), y = Array.from(b, (c) => c.codePointAt(0)!);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i] - y[i];
  return x.length - y.length;
}

// ---------------------------------------------------------------------------------------------
// Default hooks

/**
 * codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST) succeeds (returns code or None):
 * the code parses, or fails only because it ended too early (PyCF_ALLOW_INCOMPLETE_INPUT's
 * _IncompleteInputError). Approximated with the plain parser until it has an incomplete-input mode.
 */
export function codeopAccepts(code: string): boolean {
  // Lib/codeop.py _maybe_compile: only blank lines and comments compile as "pass".
  if (code.split("\n").every((l) => { const s = l.trim(); return !s || s[0] === "#"; })) return true;
  let error: unknown;
  for (const src of [code, code + "\n"]) {
    try {
      parse(src, "<input>", "exec");
      return true;
    } catch (e) {
      error ??= e;
    }
  }
  return error instanceof PySyntaxError && endsTooEarly(error, code);
}

function endsTooEarly(e: PySyntaxError, code: string): boolean {
  if (/was never closed|unexpected EOF|expected an indented block|unterminated triple-quoted/.test(e.msg)) return true;
  const lines = code.split("\n");
  if ((e.lineno ?? 0) > lines.length) return true;
  return e.lineno === lines.length && (e.offset ?? 0) > Array.from(lines[lines.length - 1]).length;
}

const isNameChar = (c: string) => /[A-Za-z0-9_]/.test(c) || c.codePointAt(0)! >= 0x80;
const STRING_PREFIX = /^(?:[rRuUbBfFtT]|[bB][rR]|[rR][bB]|[fF][rR]|[rR][fF]|[tT][rR]|[rR][tT])$/;
const MAX_NESTING = 200; // Parser/tokenizer.h MAXLEVEL

/**
 * The NAME tokens of Lib/tokenize.py generate_tokens(io.StringIO(code).readline), stopping where
 * tokenize would raise (unterminated string, bad dedent, stray backslash, too deep nesting).
 * A small scanner: it knows strings (with prefixes, triple quotes and f/t-string replacement
 * fields), comments, numbers, brackets and indentation, which is what finding names needs.
 */
export function* pythonNameTokens(code: string): Generator<NameToken> {
  const cs = Array.from(code); // code points, so columns count as Python's do
  // Physical lines as readline returns them (split after "\n" only).
  const lineStart: number[] = [0];
  cs.forEach((c, i) => { if (c === "\n" && i + 1 < cs.length) lineStart.push(i + 1); });
  const rowOf = (i: number) => {
    let lo = 0, hi = lineStart.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (lineStart[mid] <= i) lo = mid; else hi = mid - 1; }
    return lo;
  };
  const physicalLine = (row: number) => {
    const end = row + 1 < lineStart.length ? lineStart[row + 1] : cs.length;
    return cs.slice(lineStart[row], end).join("");
  };
  const name = (from: number, to: number): NameToken => {
    const row = rowOf(from);
    return {
      string: cs.slice(from, to).join(""),
      start: [row + 1, from - lineStart[row]],
      end: [row + 1, to - lineStart[row]],
      line: physicalLine(row),
    };
  };

  class Stop extends Error {}
  let i = 0;
  let depth = 0;
  const names: NameToken[] = [];
  const indents = [0];
  const altIndents = [0];
  let atLineStart = true;

  // A string starting at the quote cs[i]; returns the index after it. Yields names inside f-strings.
  const scanString = (prefix: string): void => {
    const q = cs[i];
    const triple = cs[i + 1] === q && cs[i + 2] === q;
    const raw = /[rR]/.test(prefix);
    const formatted = /[fFtT]/.test(prefix);
    i += triple ? 3 : 1;
    scanStringBody(q, triple, raw, formatted, false);
  };
  // Literal text up to the closing quote (or, in a format spec, up to the closing brace).
  const scanStringBody = (q: string, triple: boolean, raw: boolean, formatted: boolean, inSpec: boolean): void => {
    for (;;) {
      if (i >= cs.length) throw new Stop();
      const c = cs[i];
      if (!inSpec && c === q && (!triple || (cs[i + 1] === q && cs[i + 2] === q))) {
        i += triple ? 3 : 1;
        return;
      }
      if (c === "\n" && !triple) throw new Stop(); // unterminated string literal
      if (c === "\\" && !raw) { i += 2; continue; }
      if (c === "\\" && raw) { i += cs[i + 1] === q || cs[i + 1] === "\\" ? 2 : 1; continue; }
      if (formatted && c === "{") {
        if (cs[i + 1] === "{" && !inSpec) { i += 2; continue; }
        i++;
        scanReplacementField(q, triple, raw);
        continue;
      }
      if (formatted && c === "}") {
        if (inSpec) return; // the field's closing brace, consumed by the caller
        i += cs[i + 1] === "}" ? 2 : 1;
        continue;
      }
      i++;
    }
  };
  // After "{" in an f-string: an expression, optional "=", "!conv", ":spec", then "}".
  const scanReplacementField = (q: string, triple: boolean, raw: boolean): void => {
    let inner = 0;
    for (;;) {
      if (i >= cs.length) throw new Stop();
      const c = cs[i];
      if (c === q && !triple) throw new Stop(); // f-string: expecting '}'
      if (inner === 0 && c === "}") { i++; return; }
      if (inner === 0 && c === "!" && cs[i + 1] !== "=") {
        i++;
        if (i < cs.length && isNameChar(cs[i]) && !/[0-9]/.test(cs[i])) scanName();
        continue;
      }
      if (inner === 0 && c === ":") {
        i++;
        scanStringBody(q, triple, raw, true, true);
        if (cs[i] !== "}") throw new Stop();
        i++;
        return;
      }
      if ("([{".includes(c)) { inner++; i++; continue; }
      if (")]}".includes(c)) { inner--; i++; continue; }
      scanToken();
    }
  };
  const scanName = (): void => {
    const from = i;
    while (i < cs.length && isNameChar(cs[i])) i++;
    if ((cs[i] === "'" || cs[i] === '"') && STRING_PREFIX.test(cs.slice(from, i).join(""))) {
      scanString(cs.slice(from, i).join(""));
      return;
    }
    names.push(name(from, i));
  };
  const scanNumber = (): void => {
    if (cs[i] === "0" && /[xXoObB]/.test(cs[i + 1] ?? "")) {
      const digits = /[xX]/.test(cs[i + 1]) ? /[0-9a-fA-F_]/ : /[oO]/.test(cs[i + 1]) ? /[0-7_]/ : /[01_]/;
      i += 2;
      if (!(i < cs.length && digits.test(cs[i]))) throw new Stop(); // e.g. invalid hexadecimal literal
      while (i < cs.length && digits.test(cs[i])) i++;
      return;
    }
    while (i < cs.length && /[0-9_]/.test(cs[i])) i++;
    if (cs[i] === ".") { i++; while (i < cs.length && /[0-9_]/.test(cs[i])) i++; }
    if (/[eE]/.test(cs[i] ?? "") && (/[0-9]/.test(cs[i + 1] ?? "") || (/[+-]/.test(cs[i + 1] ?? "") && /[0-9]/.test(cs[i + 2] ?? "")))) {
      i += 2;
      while (i < cs.length && /[0-9_]/.test(cs[i])) i++;
    }
    if (/[jJ]/.test(cs[i] ?? "")) i++;
  };
  // One token (not a newline or indentation) starting at cs[i].
  const scanToken = (): void => {
    const c = cs[i];
    if (c === " " || c === "\t" || c === "\f") { i++; return; }
    if (c === "#") { while (i < cs.length && cs[i] !== "\n") i++; return; }
    if (c === "\\") {
      if (cs[i + 1] === "\n") { i += 2; return; }
      if (cs[i + 1] === "\r" && cs[i + 2] === "\n") { i += 3; return; }
      throw new Stop(); // unexpected character after line continuation character
    }
    if (c === "'" || c === '"') { scanString(""); return; }
    if (/[0-9]/.test(c) || (c === "." && /[0-9]/.test(cs[i + 1] ?? ""))) { scanNumber(); return; }
    if (isNameChar(c)) { scanName(); return; }
    if ("([{".includes(c)) {
      if (depth >= MAX_NESTING) throw new Stop(); // too many nested parentheses
      depth++;
    } else if (")]}".includes(c)) {
      if (depth === 0) throw new Stop(); // unmatched ')'
      depth--;
    }
    i++;
  };
  // Indentation at the start of a logical line; IndentationError/TabError stops the scan.
  // CPython: Parser/tokenizer.c tok_get_normal_mode: `col` counts tabs to multiples of 8, `altcol`
  // counts them as 1; both must order the same way or the indentation is ambiguous (TabError).
  const scanIndent = (): void => {
    let col = 0, altcol = 0;
    let j = i;
    for (; j < cs.length; j++) {
      if (cs[j] === " ") { col++; altcol++; }
      else if (cs[j] === "\t") { col = (Math.floor(col / 8) + 1) * 8; altcol++; }
      else if (cs[j] === "\f") col = altcol = 0;
      else break;
    }
    i = j;
    if (j >= cs.length || cs[j] === "\n" || cs[j] === "#" || cs[j] === "\r") return; // blank line
    const top = indents.length - 1;
    if (col === indents[top]) {
      if (altcol !== altIndents[top]) throw new Stop();
    } else if (col > indents[top]) {
      if (altcol <= altIndents[top]) throw new Stop();
      indents.push(col);
      altIndents.push(altcol);
    } else {
      while (indents.length > 1 && col < indents[indents.length - 1]) { indents.pop(); altIndents.pop(); }
      if (col !== indents[indents.length - 1]) throw new Stop(); // unindent does not match
      if (altcol !== altIndents[altIndents.length - 1]) throw new Stop();
    }
  };

  try {
    while (i < cs.length) {
      if (atLineStart) {
        atLineStart = false;
        scanIndent();
        if (i >= cs.length) break;
      }
      if (cs[i] === "\n") {
        i++;
        if (depth === 0) atLineStart = true;
      } else {
        scanToken();
      }
      yield* names.splice(0);
    }
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  yield* names.splice(0);
}
