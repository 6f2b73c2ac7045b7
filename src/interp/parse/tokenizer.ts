// The tokenizer: source text -> tokens, pulled one at a time by the parser.
// Follows CPython 3.14 Parser/lexer/lexer.c (tok_get_normal_mode, tok_get_fstring_mode) and
// Parser/lexer/state.h: indentation with tabs to 8 columns plus the tab-size-1 "alt" column
// for TabError, a bracket stack for mismatch errors, and a mode stack for PEP 701 f-strings
// (and PEP 750 t-strings), whose replacement fields are tokenized as ordinary code.
// Columns are UTF-8 byte offsets, as in CPython's AST; errors carry character offsets.
import { PySyntaxError, type SyntaxErrorKind } from "./errors.js";

export const enum T {
  ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP,
  FSTRING_START, FSTRING_MIDDLE, FSTRING_END,
  TSTRING_START, TSTRING_MIDDLE, TSTRING_END,
  ERRORTOKEN,
}

export interface Token {
  type: T;
  /** NAME: the NFKC-normalized identifier; OP: the operator; STRING/NUMBER: source text;
   *  FSTRING_MIDDLE: the literal text with `{{`/`}}` collapsed (escapes not yet decoded). */
  string: string;
  /** character indices into the normalized source */
  start: number;
  end: number;
  lineno: number;
  col: number; // UTF-8 bytes
  endLineno: number;
  endCol: number; // UTF-8 bytes
  /** bracket nesting depth after this token (CPython's token->level) */
  level: number;
  /**
   * For tokens CPython creates without a start (INDENT, DEDENT, ENDMARKER): the 1-based character
   * offset and end offset an error at this token reports (pegen_errors.c _PyPegen_raise_error
   * with t->col_offset == -1 uses the tokenizer's position; end_offset is -1).
   */
  errOffset?: number;
  errLineno?: number;
}

const MAXINDENT = 100; // CPython Parser/lexer/state.h MAXINDENT
const MAXLEVEL = 200; // CPython Parser/lexer/state.h MAXLEVEL
const TABSIZE = 8;
const MAX_FSTRING_NESTING = 149;

const OPS3 = new Set(["**=", "//=", ">>=", "<<=", "..."]);
const OPS2 = new Set(["<>", "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="]);
const OPS1 = new Set("%&()*+,-./:;<=>@[]^{|}~!");

const ID_START = /[\p{XID_Start}_]/u;
const ID_CONTINUE = /[\p{XID_Continue}]/u;
// Py_UNICODE_ISPRINTABLE's complement, for "invalid non-printable character"
const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

interface Field {
  /** bracket-stack depth just after this field's `{` */
  level: number;
  inSpec: boolean;
  /** index where the replacement field's expression started (after `{`) */
  exprStart: number;
}

interface FString {
  quote: string;
  triple: boolean;
  raw: boolean;
  template: boolean;
  fields: Field[];
  start: number; // index of the prefix
  startLineno: number;
}

interface Bracket { ch: string; lineno: number; index: number }

export function utf8Length(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n += 4; i++; } else n += 3;
    } else n += 3;
  }
  return n;
}

/** Count code points in s[from, to) (CPython offsets in errors are in characters). */
export function codePoints(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

const isDigit = (c: string) => c >= "0" && c <= "9";
/** ASCII identifier characters (1) except digits at the start, which callers check first: 2 = digit. */
const ID_CHAR = new Uint8Array(128);
for (let i = 0; i < 128; i++) {
  const ch = String.fromCharCode(i);
  ID_CHAR[i] = (ch >= "a" && ch <= "z") || (ch >= "A" && ch <= "Z") || ch === "_" ? 1 : ch >= "0" && ch <= "9" ? 2 : 0;
}
const isAsciiIdStart = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_";
const isAsciiIdChar = (c: string) => isAsciiIdStart(c) || isDigit(c);
const isPotentialIdStart = (c: string) => isAsciiIdStart(c) || c.charCodeAt(0) >= 0x80;
const isPotentialIdChar = (c: string) => isAsciiIdChar(c) || c.charCodeAt(0) >= 0x80;

export class Tokenizer {
  readonly src: string;
  readonly filename: string;
  /** start index of each line (1-based: lineStarts[1] = 0) */
  readonly lineStarts: number[] = [0, 0];
  private readonly lineAscii: (boolean | undefined)[] = [];
  private pos = 0;
  private lineno = 1;
  private atBol = true;
  private contLine = false; // current line continues a backslash-continued line
  private indents: number[] = [0];
  private altIndents: number[] = [0];
  private pendingDedents = 0;
  private pendingIndent = false;
  private brackets: Bracket[] = [];
  private fstrings: FString[] = [];
  private lastType: T = T.NEWLINE;
  private done = false;
  private indentStart = 0;
  /** the tokenizer read past the end of the source (CPython: tok->done is E_EOF, E_EOFS or E_EOLS),
   *  which makes a failed parse "incomplete input" under PyCF_ALLOW_INCOMPLETE_INPUT */
  reachedEof = false;
  /** a block was still open where the source ended without a newline (its DEDENT is implied) */
  dedentWithoutNewline = false;
  /** SyntaxWarnings the tokenizer emits (the parser collects them) */
  warn: ((message: string, lineno: number) => void) | null = null; // index where the current line's indentation ended (for INDENT/DEDENT tokens)

  constructor(src: string, filename: string) {
    this.src = src;
    this.filename = filename;
  }

  get bracketDepth(): number { return this.brackets.length; }
  get openBrackets(): readonly Bracket[] { return this.brackets; }

  // ---- positions -------------------------------------------------------------------------

  /** lineOf, with a fast path for the current line. */
  private quickLine(index: number): number {
    const ls = this.lineStarts;
    const cur = this.lineno;
    if (index >= ls[cur] && (cur + 1 >= ls.length || index < ls[cur + 1])) return cur;
    return this.lineOf(index);
  }

  lineOf(index: number): number {
    // binary search over known line starts
    const ls = this.lineStarts;
    let lo = 1, hi = ls.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (ls[mid] <= index) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** Byte column of `index` on line `lineno` (ASCII lines, the common case, need no counting). */
  colOf(index: number, lineno: number): number {
    const ls = this.lineStarts[lineno];
    let ascii = this.lineAscii[lineno];
    if (ascii === undefined) ascii = this.lineAscii[lineno] = this.scanAscii(ls);
    return ascii ? index - ls : utf8Length(this.src, ls, index);
  }

  private scanAscii(from: number): boolean {
    const src = this.src;
    for (let i = from; i < src.length; i++) {
      const c = src.charCodeAt(i);
      if (c === 10) return true;
      if (c >= 0x80) return false;
    }
    return true;
  }

  /** The text of line `lineno` including its newline (as SyntaxError.text). */
  lineText(lineno: number): string {
    const s = this.lineStarts[lineno] ?? this.src.length;
    let e = this.src.indexOf("\n", s);
    e = e < 0 ? this.src.length : e + 1;
    return this.src.slice(s, e);
  }

  private newline(index: number): void {
    // index is the position of a '\n'; the next line starts after it
    this.lineno++;
    if (this.lineStarts.length <= this.lineno) this.lineStarts.push(index + 1);
  }

  private tok(type: T, string: string, start: number, end: number, lineno = this.quickLine(start), endLineno = this.quickLine(end)): Token {
    this.lastType = type;
    return {
      type, string, start, end, lineno, endLineno,
      col: this.colOf(start, lineno), endCol: this.colOf(end, endLineno), level: this.brackets.length,
    };
  }

  // ---- errors ----------------------------------------------------------------------------

  /** Raise with explicit 1-based character offsets on line `lineno` (end_offset may be 0 or -1, as CPython's). */
  raw(msg: string, lineno: number, offset: number, endOffset: number, kind: SyntaxErrorKind = "SyntaxError"): never {
    throw new PySyntaxError(kind, msg, this.filename, lineno, offset, lineno, endOffset, this.lineText(lineno));
  }

  /** Characters from the start of `index`'s line to `index`. */
  charCol(index: number): number {
    const lineno = this.lineOf(Math.min(index, this.src.length));
    return codePoints(this.src, this.lineStarts[lineno], index);
  }

  /**
   * CPython Parser/lexer/lexer.c syntaxerror(tok, ...): the location is the tokenizer's current
   * position `cur`: offset = end_offset = characters from the line start to cur.
   */
  errorCur(msg: string, cur: number): never {
    const lineno = this.lineOf(Math.min(Math.max(cur - 1, 0), this.src.length));
    const col = codePoints(this.src, this.lineStarts[lineno], cur);
    this.raw(msg, lineno, col, col);
  }

  /** Raise at character index `start` (..`end`) of the source (1-based offsets from 0-based indices). */
  error(msg: string, start: number, end = start + 1, kind: SyntaxErrorKind = "SyntaxError"): never {
    const lineno = this.lineOf(Math.min(start, this.src.length));
    const endLineno = this.lineOf(Math.min(end, this.src.length));
    const ls = this.lineStarts[lineno];
    const offset = codePoints(this.src, ls, start) + 1;
    const endOffset = codePoints(this.src, this.lineStarts[endLineno], end) + 1;
    throw new PySyntaxError(kind, msg, this.filename, lineno, offset, endLineno, endOffset, this.lineText(lineno));
  }

  /** Length in characters of line `lineno` without its newline. */
  lineLength(lineno: number): number {
    const t = this.lineText(lineno);
    return codePoints(t, 0, t.endsWith("\n") ? t.length - 1 : t.length);
  }

  /** The last line that has text (CPython's tok->lineno at EOF). */
  lastLine(): number {
    return this.lineOf(Math.max(this.src.length - 1, 0));
  }

  // Errors CPython raises from pegen_errors.c _Pypegen_tokenizer_error with col_offset -1:
  // E_TABSPACE / E_TOODEEP at (1, 0); E_DEDENT at the end of the line, end -1.
  private indentError(msg: string, kind: SyntaxErrorKind): never {
    if (kind === "TabError" || msg.startsWith("too many")) this.raw(msg, this.lineno, 1, 0, kind);
    this.raw(msg, this.lineno, this.lineLength(this.lineno) + 1, -1, kind);
  }

  // ---- main entry ------------------------------------------------------------------------

  next(): Token {
    const fs = this.fstrings[this.fstrings.length - 1];
    if (fs) {
      const field = fs.fields[fs.fields.length - 1];
      if (!field || field.inSpec) return this.fstringLiteral(fs, field);
    }
    return this.nextRegular();
  }

  private nextRegular(): Token {
    const src = this.src;
    if (this.pendingDedents > 0) {
      this.pendingDedents--;
      return this.markIndent(this.tok(T.DEDENT, "", this.indentStart, this.indentStart));
    }
    for (;;) {
      if (this.atBol) {
        this.atBol = false;
        const r = this.indentation();
        if (r) return r;
      }
      // skip blanks
      let c = src[this.pos];
      while (c === " " || c === "\t" || c === "\f") c = src[++this.pos];
      const start = this.pos;
      if (c === undefined) return this.eof();
      if (c === "#") {
        let e = src.indexOf("\n", this.pos);
        if (e < 0) e = src.length;
        this.pos = e;
        continue;
      }
      if (c === "\n") {
        this.pos++;
        this.atBol = true;
        const blank = this.lastType === T.NEWLINE || this.lastType === T.INDENT || this.lastType === T.DEDENT;
        this.newline(start);
        if (this.brackets.length > 0 || blank) { this.contLine = false; continue; }
        this.contLine = false;
        return this.tok(T.NEWLINE, "", start, start + 1, this.lineno - 1, this.lineno - 1);
      }
      if (c === "\\") {
        const d = src[this.pos + 1];
        if (d === "\n") {
          this.pos += 2;
          this.newline(start + 1);
          this.contLine = true;
          if (this.pos >= src.length) this.eofError();
          continue;
        }
        if (d === undefined) this.eofError();
        // pegen_errors.c E_LINECONT: col = the character after the backslash, end_offset 0
        this.raw("unexpected character after line continuation character", this.lineno, this.charCol(this.pos + 1) + 1, 0);
      }
      // identifiers and string prefixes
      const cc = src.charCodeAt(this.pos);
      if (cc < 128 ? ID_CHAR[cc] === 1 : true) {
        let e = this.pos + 1;
        let ascii = cc < 128;
        for (;;) {
          const k = src.charCodeAt(e);
          if (k < 128) { if (ID_CHAR[k] === 0) break; } else if (k >= 128) ascii = false; else break; // NaN at the end
          e++;
        }
        const word = src.slice(this.pos, e);
        const q = src.charCodeAt(e);
        if ((q === 34 || q === 39) && e - this.pos <= 2) {
          const prefix = word.toLowerCase();
          if (STRING_PREFIXES.has(prefix)) return this.stringStart(prefix, e);
        }
        this.pos = e;
        return this.tok(T.NAME, ascii ? word : this.identifier(word, start), start, e);
      }
      if (isDigit(c) || (c === "." && isDigit(src[this.pos + 1] ?? ""))) return this.number();
      if (c === '"' || c === "'") return this.stringStart("", this.pos);
      // operators
      const three = src.substr(this.pos, 3);
      const two = three.slice(0, 2);
      let op: string | null = null;
      if (OPS3.has(three)) op = three;
      else if (OPS2.has(two)) op = two;
      else if (OPS1.has(c)) op = c;
      if (op === ":=") {
        // at the top level of an f-string replacement field, ':' starts the format spec ("{x:=5}")
        const fs = this.fstrings[this.fstrings.length - 1];
        const field = fs?.fields[fs.fields.length - 1];
        if (field && !field.inSpec && this.brackets.length === field.level) op = ":";
      }
      if (op !== null) {
        this.pos += op.length;
        if (op.length === 1) this.bracket(op, start);
        const fs = this.fstrings[this.fstrings.length - 1];
        if (fs) {
          const field = fs.fields[fs.fields.length - 1];
          if (field && this.brackets.length === field.level - 1 && op === "}") {
            // the replacement field closed (bracket() already popped its '{')
            fs.fields.pop();
          } else if (field && this.brackets.length === field.level && op === ":") {
            field.inSpec = true;
          }
        }
        return this.tok(T.OP, op, start, this.pos);
      }
      // anything else
      const cp = src.codePointAt(this.pos)!;
      const ch = String.fromCodePoint(cp);
      if (cp < 0x80 && cp >= 0x20 && cp !== 0x7f) {
        // '$', '?', '`': an error token; the parser reports "invalid syntax" at it
        this.pos += 1;
        return this.tok(T.ERRORTOKEN, ch, start, this.pos);
      }
      if (NON_PRINTABLE.test(ch) || cp < 0x20 || cp === 0x7f) {
        this.errorCur(`invalid non-printable character U+${hex4(cp)}`, start + ch.length);
      }
      this.errorCur(`invalid character '${ch}' (U+${hex4(cp)})`, start + ch.length);
    }
  }

  private markIndent(t: Token): Token {
    t.errLineno = t.lineno;
    t.errOffset = this.charCol(this.indentStart);
    return t;
  }

  private bracket(op: string, start: number): void {
    if (op === "(" || op === "[" || op === "{") {
      if (this.brackets.length >= MAXLEVEL) this.errorCur("too many nested parentheses", start + 1);
      this.brackets.push({ ch: op, lineno: this.lineno, index: start });
    } else if (op === ")" || op === "]" || op === "}") {
      const open = this.brackets.pop();
      if (!open) this.errorCur(`unmatched '${op}'`, start + 1);
      const want = open.ch === "(" ? ")" : open.ch === "[" ? "]" : "}";
      if (want !== op) {
        if (open.lineno !== this.lineno) {
          this.errorCur(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}' on line ${open.lineno}`, start + 1);
        }
        this.errorCur(`closing parenthesis '${op}' does not match opening parenthesis '${open.ch}'`, start + 1);
      }
    }
  }

  /** pegen_errors.c E_EOF: at the end of the last line, end_offset -1. */
  private eofError(): never {
    this.reachedEof = true;
    const l = this.lastLine();
    this.raw("unexpected EOF while parsing", l, this.lineLength(l) + 1, -1);
  }

  private eof(): Token {
    const n = this.src.length;
    this.reachedEof = true;
    if (this.brackets.length > 0) {
      // CPython: E_EOF inside brackets -> raise_unclosed_parentheses_error (pegen_errors.c)
      const b = this.brackets[this.brackets.length - 1];
      this.raw(`'${b.ch}' was never closed`, b.lineno, this.charCol(b.index) + 1, 0);
    }
    if (this.fstrings.length) {
      const fs = this.fstrings[this.fstrings.length - 1];
      this.fstringUnterminated(fs);
    }
    if (this.lastType !== T.NEWLINE && this.lastType !== T.DEDENT && this.lastType !== T.INDENT && this.lastType !== T.ENDMARKER && this.brackets.length === 0) {
      return this.tok(T.NEWLINE, "", n, n);
    }
    if (this.indents.length > 1) {
      if (n === 0 || this.src[n - 1] !== "\n") this.dedentWithoutNewline = true;
      this.indents.pop();
      this.altIndents.pop();
      const t = this.tok(T.DEDENT, "", n, n);
      const l = this.lastLine();
      t.errLineno = l;
      t.errOffset = this.lineLength(l) + 1;
      return t;
    }
    this.done = true;
    const t = this.tok(T.ENDMARKER, "", n, n);
    const l = this.lastLine();
    t.errLineno = l;
    t.errOffset = this.lineLength(l) + 1;
    return t;
  }

  /** At the beginning of a line: measure indentation, emit INDENT/DEDENT. */
  private indentation(): Token | null {
    const src = this.src;
    let col = 0, alt = 0;
    let p = this.pos;
    for (;;) {
      const c = src[p];
      if (c === " ") { col++; alt++; }
      else if (c === "\t") { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; alt++; }
      else if (c === "\f") { col = alt = 0; }
      else if (c === "\\" && src[p + 1] === "\n" && this.brackets.length === 0 && !this.contLine) {
        // a line that is only indentation and a continuation: the indentation that counts is the
        // next line's (lexer.c tok_get_normal_mode, the `c == '\\'` case at the start of a line)
        this.newline(p + 1);
        p += 2;
        col = alt = 0;
        continue;
      }
      else break;
      p++;
    }
    const c = src[p];
    this.pos = p;
    this.indentStart = p;
    // blank lines and comment-only lines do not count; nor does anything inside brackets
    if (c === "#" || c === "\n" || c === undefined || c === "\\" && false) return null;
    if (this.brackets.length > 0) return null;
    if (this.contLine) return null;
    const top = this.indents[this.indents.length - 1];
    if (col === top) {
      if (alt !== this.altIndents[this.altIndents.length - 1]) this.indentError("inconsistent use of tabs and spaces in indentation", "TabError");
      return null;
    }
    if (col > top) {
      if (this.indents.length >= MAXINDENT) this.indentError("too many levels of indentation", "IndentationError");
      if (alt <= this.altIndents[this.altIndents.length - 1]) this.indentError("inconsistent use of tabs and spaces in indentation", "TabError");
      this.indents.push(col);
      this.altIndents.push(alt);
      const ls = this.lineStarts[this.lineno];
      return this.markIndent(this.tok(T.INDENT, "", ls, p));
    }
    // dedent
    let n = 0;
    while (this.indents.length > 1 && col < this.indents[this.indents.length - 1]) {
      this.indents.pop();
      this.altIndents.pop();
      n++;
    }
    if (col !== this.indents[this.indents.length - 1]) {
      this.indentError("unindent does not match any outer indentation level", "IndentationError");
    }
    if (alt !== this.altIndents[this.altIndents.length - 1]) this.indentError("inconsistent use of tabs and spaces in indentation", "TabError");
    this.pendingDedents = n - 1;
    return this.markIndent(this.tok(T.DEDENT, "", p, p));
  }

  private identifier(word: string, start: number): string {
    let ascii = true;
    for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= 0x80) { ascii = false; break; }
    if (ascii) return word;
    // CPython Parser/lexer/lexer.c verify_identifier (_PyUnicode_ScanIdentifier): the characters as
    // written must be XID_Start/XID_Continue; the parser then NFKC-normalizes the name
    let k = 0, first = true;
    for (const ch of word) {
      const ok = first ? ID_START.test(ch) : ID_CONTINUE.test(ch);
      if (!ok) this.invalidChar(ch, start + k);
      first = false;
      k += ch.length;
    }
    return word.normalize("NFKC");
  }

  private invalidChar(ch: string, at: number): never {
    const cp = ch.codePointAt(0)!;
    if (NON_PRINTABLE.test(ch)) this.errorCur(`invalid non-printable character U+${hex4(cp)}`, at + ch.length);
    this.errorCur(`invalid character '${ch}' (U+${hex4(cp)})`, at + ch.length);
  }

  // ---- numbers: CPython lexer.c tok_get_normal_mode number branch --------------------------

  private number(): Token {
    const src = this.src;
    const start = this.pos;
    let p = this.pos;
    const c = src[p];
    const digits = (pred: (ch: string) => boolean, kind: string): void => {
      // consume digits with single underscores between them
      for (;;) {
        while (p < src.length && pred(src[p])) p++;
        if (src[p] !== "_") break;
        p++;
        if (!pred(src[p] ?? "")) {
          this.errorCur(`invalid ${kind}`, p);
        }
      }
    };
    const verifyEnd = (kind: string): void => {
      // lexer.c verify_end_of_number: a letter right after a number is an error
      const ch = src[p];
      // only ASCII letters: a non-ASCII character after a number starts a new (invalid) token
      if (ch !== undefined && ch.charCodeAt(0) < 128 && isPotentialIdChar(ch)) {
        // keywords directly after a number (1if x else y) are allowed with a warning
        if (KEYWORD_AFTER_NUMBER.some((kw) => src.startsWith(kw, p))) return;
        this.errorCur(`invalid ${kind}`, p);
      }
    };
    if (c === "0" && /[xXoObB]/.test(src[p + 1] ?? "")) {
      const x = src[p + 1].toLowerCase();
      p += 2;
      const pred = x === "x" ? (ch: string) => /[0-9a-fA-F]/.test(ch) : x === "o" ? (ch: string) => ch >= "0" && ch <= "7" : (ch: string) => ch === "0" || ch === "1";
      const kind = x === "x" ? "hexadecimal literal" : x === "o" ? "octal literal" : "binary literal";
      if (src[p] === "_") p++;
      if (!pred(src[p] ?? "")) {
        if (x !== "x" && isDigit(src[p] ?? "")) this.errorCur(`invalid digit '${src[p]}' in ${kind}`, p + 1);
        this.errorCur(`invalid ${kind}`, p);
      }
      digits(pred, kind);
      if (x !== "x" && isDigit(src[p] ?? "")) this.errorCur(`invalid digit '${src[p]}' in ${kind}`, p + 1);
      verifyEnd(kind);
      this.pos = p;
      return this.tok(T.NUMBER, src.slice(start, p), start, p);
    }
    let isFloat = false;
    if (c !== ".") {
      // integer part
      digits(isDigit, "decimal literal");
      const intPart = src.slice(start, p);
      if (intPart.length > 1 && intPart[0] === "0" && /[1-9]/.test(intPart.replace(/_/g, "")) && src[p] !== "." && !/[eEjJ]/.test(src[p] ?? "")) {
        let z = start;
        while (src[z] === "0" || src[z] === "_") z++;
        const c0 = this.charCol(start);
        this.raw("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", this.lineno, c0 + 1, c0 + 1 + (z - start));
      }
    }
    if (src[p] === ".") {
      isFloat = true;
      p++;
      if (isDigit(src[p] ?? "")) digits(isDigit, "decimal literal");
    }
    if (src[p] === "e" || src[p] === "E") {
      const save = p;
      p++;
      const signed = src[p] === "+" || src[p] === "-";
      if (signed) p++;
      if (!isDigit(src[p] ?? "")) {
        // lexer.c exponent: "1e+x" is an error; "1else" is the number 1 then a keyword
        // (verify_end_of_number at the 'e'); "1ex" is an invalid decimal literal
        if (signed) this.errorCur("invalid decimal literal", p);
        p = save;
        if (!KEYWORD_AFTER_NUMBER.some((kw) => src.startsWith(kw, p))) this.errorCur("invalid decimal literal", p);
        this.pos = p;
        return this.tok(T.NUMBER, src.slice(start, p), start, p);
      } else {
        isFloat = true;
        digits(isDigit, "decimal literal");
      }
    }
    if (src[p] === "j" || src[p] === "J") {
      p++;
      verifyEnd("imaginary literal");
    } else {
      verifyEnd("decimal literal");
    }
    void isFloat;
    this.pos = p;
    return this.tok(T.NUMBER, src.slice(start, p), start, p);
  }

  // ---- strings -----------------------------------------------------------------------------

  /** `prefix` is lower-cased; `qpos` is the index of the opening quote. */
  private stringStart(prefix: string, qpos: number): Token {
    const src = this.src;
    const start = this.pos;
    const q = src[qpos];
    const triple = src[qpos + 1] === q && src[qpos + 2] === q;
    const quote = triple ? q + q + q : q;
    const isF = prefix.includes("f");
    const isT = prefix.includes("t");
    if (isF || isT) {
      this.pos = qpos + quote.length;
      // lexer.c MAXFSTRINGLEVEL (150 tokenizer modes, the regular mode included)
      if (this.fstrings.length >= MAX_FSTRING_NESTING) this.errorCur("too many nested f-strings or t-strings", this.pos);
      const fs: FString = { quote, triple, raw: prefix.includes("r"), template: isT, fields: [], start, startLineno: this.lineno };
      this.fstrings.push(fs);
      return this.tok(isT ? T.TSTRING_START : T.FSTRING_START, src.slice(start, this.pos), start, this.pos);
    }
    const startLine = this.lineno;
    let p = qpos + quote.length;
    for (;;) {
      const c = src[p];
      if (c === undefined || (c === "\n" && !triple)) {
        this.pos = p;
        const msg = triple ? "unterminated triple-quoted string literal" : "unterminated string literal";
        // inside an f-string expression, a quote like the f-string's own means a missing '}'
        // (lexer.c, letter_quote: "%c-string: expecting '}'")
        const fs = this.fstrings[this.fstrings.length - 1];
        if (fs && fs.fields.length && fs.quote === quote) {
          this.errorCur(`${fs.template ? "t" : "f"}-string: expecting '}'`, start + 1);
        }
        if (c === undefined) this.reachedEof = true;
        const detected = c === undefined ? this.lastLine() : this.lineno;
        this.stringError(`${msg} (detected at line ${detected})`, start, startLine);
      }
      if (c === "\\") {
        const d = src[p + 1];
        if (d === "\n") this.newline(p + 1);
        if (d === undefined) { p++; continue; }
        p += 2;
        continue;
      }
      if (c === "\n") { this.newline(p); p++; continue; }
      if (c === q && (!triple || (src[p + 1] === q && src[p + 2] === q))) {
        p += quote.length;
        break;
      }
      p++;
    }
    this.pos = p;
    return this.tok(T.STRING, src.slice(start, p), start, p, startLine, this.lineno);
  }

  private stringError(msg: string, start: number, startLine: number): never {
    const ls = this.lineStarts[startLine];
    const off = codePoints(this.src, ls, start) + 1;
    throw new PySyntaxError("SyntaxError", msg, this.filename, startLine, off, startLine, off, this.lineText(startLine));
  }

  private fstringUnterminated(fs: FString): never {
    if (this.pos >= this.src.length) this.reachedEof = true;
    const kind = fs.template ? "t-string" : "f-string";
    const msg = fs.triple ? `unterminated triple-quoted ${kind} literal` : `unterminated ${kind} literal`;
    this.stringError(`${msg} (detected at line ${this.pos >= this.src.length ? this.lastLine() : this.lineno})`, fs.start, fs.startLineno);
  }

  /** Literal text of an f-string (top level or inside a format spec). */
  private fstringLiteral(fs: FString, field: Field | undefined): Token {
    const src = this.src;
    const start = this.pos;
    const startLine = this.lineno;
    const kind = fs.template ? "t-string" : "f-string";
    let text = "";
    let p = this.pos;
    let seg = p; // start of the not-yet-copied run
    const MIDDLE = fs.template ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
    const flush = (): Token => {
      text += src.slice(seg, p);
      this.pos = p;
      return this.tok(MIDDLE, text, start, p, startLine, this.lineno);
    };
    for (;;) {
      const c = src[p];
      if (c === undefined) {
        if (p > start) return flush();
        this.fstringUnterminated(fs);
      }
      if (c === "\n") {
        if (!fs.triple) {
          if (p > start) return flush();
          if (field) this.errorCur(`${kind}: expecting '}'`, p);
          this.fstringUnterminated(fs);
        }
        this.newline(p);
        p++;
        continue;
      }
      if (c === fs.quote[0] && (!fs.triple || (src[p + 1] === c && src[p + 2] === c))) {
        if (p > start) return flush();
        if (field) {
          this.errorCur(`${kind}: expecting '}'`, p + 1);
        }
        this.pos = p + fs.quote.length;
        this.fstrings.pop();
        return this.tok(fs.template ? T.TSTRING_END : T.FSTRING_END, fs.quote, p, this.pos);
      }
      if (c === "\\") {
        const d = src[p + 1];
        if (d === "{" || d === "}") {
          // lexer.c: a backslash before a brace stays, with a SyntaxWarning (not in raw f-strings)
          if (!fs.raw && this.warn) this.warn(`"\\${d}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${d}"? A raw string is also an option.`, this.lineno);
          p++;
          continue;
        }
        if (!fs.raw && d === "N" && src[p + 2] === "{") {
          const close = src.indexOf("}", p + 3);
          const nl = src.indexOf("\n", p + 3);
          if (close >= 0 && (nl < 0 || close < nl)) {
            p = close + 1;
            // in a format spec, CPython's lexer ends the FSTRING_MIDDLE token after the escape
            if (field && src[p] !== "}" && src[p] !== "{" && src[p] !== undefined) return flush();
            continue;
          }
        }
        if (d === "\n") this.newline(p + 1);
        p += d === undefined ? 1 : 2;
        continue;
      }
      if (c === "{") {
        if (!field && src[p + 1] === "{") {
          // '{{' is a literal '{'
          text += src.slice(seg, p + 1);
          p += 2;
          seg = p;
          continue;
        }
        if (p > start) return flush();
        // open a replacement field
        this.pos = p + 1;
        this.bracket("{", p);
        fs.fields.push({ level: this.brackets.length, inSpec: false, exprStart: p + 1 });
        if (fs.fields.length > 3) this.errorCur(`${kind}: expressions nested too deeply`, p);
        return this.tok(T.OP, "{", p, p + 1);
      }
      if (c === "}") {
        if (!field) {
          if (src[p + 1] === "}") {
            text += src.slice(seg, p + 1);
            p += 2;
            seg = p;
            continue;
          }
          if (p > start) return flush();
          this.errorCur(`${kind}: single '}' is not allowed`, p + 1);
        }
        if (p > start) return flush();
        // end of the format spec and of its replacement field
        this.pos = p + 1;
        this.bracket("}", p);
        fs.fields.pop();
        return this.tok(T.OP, "}", p, p + 1);
      }
      p++;
    }
  }
}

// lexer.c verify_end_of_number: keywords that may directly follow a number
const KEYWORD_AFTER_NUMBER = ["and", "else", "for", "if", "in", "is", "not", "or"];

const STRING_PREFIXES = new Set([
  "r", "u", "b", "br", "rb", "f", "fr", "rf", "t", "tr", "rt",
]);

function hex4(cp: number): string {
  return cp.toString(16).toUpperCase().padStart(4, "0");
}


