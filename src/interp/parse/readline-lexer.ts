// CPython's tokenizer as the `_tokenize` module drives it (Lib/tokenize.py): lines pulled one at a
// time from a readline callable, and the "extra tokens" of tokenize (COMMENT, NL, the text of
// INDENT/DEDENT/NEWLINE). The parser does not use this file: it has its own whole-source tokenizer
// (tokenizer.ts), tuned for speed; this one mirrors CPython's buffer state (tok->buf, cur, inp,
// line_start, multi_line_start, first_lineno, implicit_newline) because Python-tokenize.c derives
// each token's `line` and columns from it.
//
// CPython: Parser/lexer/lexer.c (tok_nextc, tok_get_normal_mode, tok_get_fstring_mode),
// Parser/tokenizer/readline_tokenizer.c (tok_underflow_readline), Parser/tokenizer/helpers.c
// (_syntaxerror_range), Python/Python-tokenize.c (_tokenizer_error). Positions here are indices
// into `buf` (UTF-16 code units); CPython's are bytes, but every column it reports is converted to
// characters, which codePoints() counts.
import { codePoints } from "./tokenizer.js";

/** Token numbers of Lib/token.py (CPython 3.14). */
export const enum Tok {
  ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6,
  OP = 55, FSTRING_START = 59, FSTRING_MIDDLE = 60, FSTRING_END = 61,
  TSTRING_START = 62, TSTRING_MIDDLE = 63, TSTRING_END = 64, COMMENT = 65, NL = 66, ERRORTOKEN = 67,
}

/** tok->done (CPython: Include/errcode.h) */
const enum E { OK = 10, EOF = 11, TOKEN = 13, ERROR = 17, TABSPACE = 18, DEDENT = 21, TOODEEP = 20, LINECONT = 25, EOFS = 23, EOLS = 24 }

const EOF = -1;
const TABSIZE = 8;
const MAXINDENT = 100;
const MAXLEVEL = 200;
const MAXFSTRINGLEVEL = 150;
const MAX_EXPR_NESTING = 3;

/** A tokenize error: the exception CPython raises (SyntaxError's args tuple fields). */
export class LexError extends Error {
  constructor(
    readonly kind: "SyntaxError" | "IndentationError" | "TabError",
    readonly msg: string,
    readonly lineno: number,
    readonly offset: number,
    readonly text: string | null,
    readonly endLineno: number | null,
    readonly endOffset: number | null,
    /** PyErr_SyntaxLocationObject (E_EOF): only lineno and offset are set */
    readonly locationOnly = false,
  ) {
    super(msg);
  }
}

/** One token as Python-tokenize.c's tokenizeriter_next returns it (extra_tokens=True). */
export interface TokenTuple {
  type: number;
  string: string;
  start: [number, number];
  end: [number, number];
  line: string;
}

interface Mode {
  fstring: boolean; // kind == TOK_FSTRING_MODE (else regular)
  quote: number;
  quoteSize: number;
  raw: boolean;
  template: boolean;
  start: number; // f_string_start
  multiLineStart: number;
  firstLine: number;
  curlyDepth: number;
  exprStartDepth: number;
  inFormatSpec: boolean;
  debug: boolean;
}

const isPotentialIdStart = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 128;
const isPotentialIdChar = (c: number) => isPotentialIdStart(c) || (c >= 48 && c <= 57);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isXDigit = (c: number) => isDigit(c) || (c >= 97 && c <= 102) || (c >= 65 && c <= 70);
const ch = (s: string) => s.charCodeAt(0);
const Q1 = 39, Q2 = 34, NLc = 10, CR = 13, BSL = 92;

// CPython: Parser/token.c _PyToken_TwoChars / _PyToken_ThreeChars (every operator is OP here)
const OPS2 = new Set(["!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=", ">>", "@=", "^=", "|="]);
const OPS3 = new Set(["**=", "...", "//=", "<<=", ">>="]);

function utf8Bytes(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) { n += 4; i++; } else n += 3;
  }
  return n;
}

/** Printable in the sense of Py_UNICODE_ISPRINTABLE, for ASCII (the only characters that reach it). */
const isPrintableAscii = (c: number) => c >= 0x20 && c < 0x7f;

export class ReadlineLexer {
  private buf = "";
  private cur = 0;
  private inp = 0;
  private start: number | null = null;
  private lineStart = 0;
  private multiLineStart = 0;
  private lineno = 0;
  private firstLineno = 0;
  private done: E = E.OK;
  private implicitNewline = false;
  private atbol = true;
  private pendin = 0;
  private indstack = [0];
  private altindstack = [0];
  private level = 0;
  private parenstack: number[] = [];
  private parenlinenostack: number[] = [];
  private contLine = false;
  private commentNewline = false;
  private modes: Mode[] = [];
  private finished = false; // Python-tokenize.c it->done

  /**
   * `readline` returns the next line, or null at the end (StopIteration). It may throw. `warn`
   * issues a SyntaxWarning (CPython: PyErr_WarnExplicitObject with the filename "<string>"); it
   * returns false when the warning was turned into an error (a warnings filter "error").
   */
  constructor(private readonly readline: () => string | null, private readonly warn: (msg: string, lineno: number) => boolean = () => true) {
    this.modes.push(this.newMode(false));
  }

  private newMode(fstring: boolean): Mode {
    return {
      fstring, quote: 0, quoteSize: 0, raw: false, template: false, start: 0, multiLineStart: 0, firstLine: 0,
      curlyDepth: 0, exprStartDepth: -1, inFormatSpec: false, debug: false,
    };
  }

  private get mode(): Mode { return this.modes[this.modes.length - 1]; }
  private get insideFString(): boolean { return this.modes.length > 1; }

  // ---- reading: CPython tok_nextc / tok_backup / tok_underflow_readline -----------------------

  private nextc(): number {
    for (;;) {
      if (this.cur !== this.inp) return this.buf.charCodeAt(this.cur++);
      if (this.done !== E.OK) return EOF;
      if (!this.underflow()) {
        this.cur = this.inp;
        return EOF;
      }
      this.lineStart = this.cur;
      if (this.buf.indexOf("\0", this.lineStart) >= 0) {
        this.syntaxError("source code cannot contain null bytes");
      }
    }
  }

  private backup(c: number): void {
    if (c !== EOF) this.cur--;
  }

  private underflow(): boolean {
    if (this.start === null && !this.insideFString) {
      this.buf = "";
      this.cur = this.inp = 0;
    }
    const line = this.readline();
    if (line !== null) {
      this.buf = this.buf.slice(0, this.inp) + line;
      this.inp += line.length;
    }
    this.lineStart = this.cur;
    if (this.inp === this.cur) {
      this.done = E.EOF;
      return false;
    }
    this.implicitNewline = false;
    if (this.buf.charCodeAt(this.inp - 1) !== NLc) {
      // the last line does not end in '\n': fake one
      this.buf += "\n";
      this.inp++;
      this.implicitNewline = true;
    }
    this.lineno++;
    return true;
  }

  // ---- errors: CPython Parser/tokenizer/helpers.c -----------------------------------------------

  /** _PyTokenizer_syntaxerror: at the current position (offset = characters up to cur). */
  private syntaxError(msg: string, known?: [number, number]): never {
    const ls = this.lineStart;
    const col = codePoints(this.buf, ls, this.cur);
    let nl = this.buf.indexOf("\n", ls);
    if (nl < 0) nl = this.buf.length;
    const text = this.buf.slice(ls, nl);
    let offset = col, endOffset = col;
    if (known) {
      // _PyTokenizer_syntaxerror_known_range: 1-based byte columns converted to characters
      offset = known[0] > 0 ? this.byteColToCharCol(ls, known[0]) : known[0];
      endOffset = known[1] > 0 ? this.byteColToCharCol(ls, known[1]) : known[1];
    }
    this.done = E.ERROR;
    throw new LexError("SyntaxError", msg, this.lineno, offset, text, this.lineno, endOffset);
  }

  private byteColToCharCol(ls: number, byteCol: number): number {
    let bytes = 0, chars = 1, i = ls;
    while (bytes < byteCol - 1 && i < this.buf.length) {
      bytes += utf8Bytes(this.buf, i, i + 1);
      const c = this.buf.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      chars++;
    }
    return chars;
  }

  /** Python-tokenize.c _tokenizer_error, for the tok->done codes without a message of their own. */
  private doneError(): never {
    if (this.done === E.EOF) {
      throw new LexError("SyntaxError", "unexpected EOF in multi-line statement", this.lineno, Math.max(0, utf8Bytes(this.buf, 0, this.inp)), null, null, null, true);
    }
    let kind: LexError["kind"] = "SyntaxError";
    let msg: string;
    switch (this.done) {
      case E.TOKEN: msg = "invalid token"; break;
      case E.DEDENT: msg = "unindent does not match any outer indentation level"; kind = "IndentationError"; break;
      case E.TABSPACE: msg = "inconsistent use of tabs and spaces in indentation"; kind = "TabError"; break;
      case E.TOODEEP: msg = "too many levels of indentation"; kind = "IndentationError"; break;
      case E.LINECONT: msg = "unexpected character after line continuation character"; break;
      default: msg = "unknown tokenization error";
    }
    // the buffer without its last character (a newline), and the offset just past it
    const text = this.buf.slice(0, Math.max(0, this.inp - 1));
    throw new LexError(kind, msg, this.lineno, codePoints(text, 0, text.length) + 1, text, null, null);
  }

  private errorToken(done: E): never {
    this.done = done;
    this.doneError();
  }

  private indentError(): never {
    this.cur = this.inp;
    this.errorToken(E.TABSPACE);
  }

  private prefixChar(): string {
    return this.mode.template ? "t" : "f";
  }

  // ---- Python/Python-tokenize.c tokenizeriter_next ----------------------------------------------

  /** The next token tuple, or null when the iteration is over. Throws LexError. */
  next(): TokenTuple | null {
    if (this.finished) return null;
    const r = this.get();
    let type = r.type;
    let str = r.start === null || r.end === null ? "" : this.buf.slice(r.start, r.end);
    const trailing = type === Tok.ENDMARKER || (type === Tok.DEDENT && this.done === E.EOF);
    const isStringLit = type === Tok.STRING || type === Tok.FSTRING_MIDDLE || type === Tok.TSTRING_MIDDLE;
    const lineStart = isStringLit ? this.multiLineStart : this.lineStart;
    let line = "";
    if (!trailing) {
      let size = this.inp - lineStart;
      if (size >= 1 && this.implicitNewline) size -= 1;
      line = this.buf.slice(lineStart, lineStart + Math.max(0, size));
    }
    let lineno = isStringLit ? this.firstLineno : this.lineno;
    let endLineno = this.lineno;
    let col = -1, endCol = -1;
    if (r.start !== null && r.start >= lineStart) col = codePoints(this.buf, lineStart, r.start);
    if (r.end !== null && r.end >= this.lineStart) {
      if (lineno === endLineno) endCol = col + codePoints(this.buf, r.start ?? r.end, r.end);
      else endCol = codePoints(this.buf, this.lineStart, r.end);
    }
    if (trailing) {
      lineno = endLineno = lineno + 1;
      col = endCol = 0;
    }
    if (type === Tok.NEWLINE) {
      str = this.implicitNewline ? "" : this.buf.charCodeAt(r.start!) === CR ? "\r\n" : "\n";
      endCol++;
    } else if (type === Tok.NL) {
      if (this.implicitNewline) str = "";
    }
    if (type === Tok.ENDMARKER) this.finished = true;
    return { type, string: str, start: [lineno, col], end: [endLineno, endCol], line };
  }

  private get(): { type: number; start: number | null; end: number | null } {
    const m = this.mode;
    return m.fstring ? this.getFString(m) : this.getNormal(m);
  }

  private tok(type: number, start: number | null, end: number | null) {
    return { type, start, end };
  }

  // ---- CPython lexer.c tok_continuation_line ---------------------------------------------------

  private continuationLine(): number {
    let c = this.nextc();
    if (c === CR) c = this.nextc();
    if (c !== NLc) this.errorToken(E.LINECONT);
    c = this.nextc();
    if (c === EOF) {
      this.cur = this.inp;
      this.errorToken(E.EOF);
    }
    this.backup(c);
    return c;
  }

  // ---- CPython lexer.c tok_get_normal_mode -----------------------------------------------------

  private getNormal(current: Mode): { type: number; start: number | null; end: number | null } {
    let c: number;
    let blankline: boolean;
    nextline: for (;;) {
      this.start = null;
      blankline = false;
      if (this.atbol) {
        let col = 0, altcol = 0, contLineCol = 0;
        this.atbol = false;
        for (;;) {
          c = this.nextc();
          if (c === 32) { col++; altcol++; }
          else if (c === 9) { col = (Math.floor(col / TABSIZE) + 1) * TABSIZE; altcol++; }
          else if (c === 12) { col = altcol = 0; }
          else if (c === BSL) {
            // the first backslash found decides the indentation of what follows
            contLineCol = contLineCol ? contLineCol : col;
            c = this.continuationLine();
          } else break;
        }
        this.backup(c);
        if (c === ch("#") || c === NLc || c === CR) blankline = true;
        if (!blankline && this.level === 0) {
          col = contLineCol ? contLineCol : col;
          altcol = contLineCol ? contLineCol : altcol;
          const top = this.indstack.length - 1;
          if (col === this.indstack[top]) {
            if (altcol !== this.altindstack[top]) this.indentError();
          } else if (col > this.indstack[top]) {
            if (top + 1 >= MAXINDENT) {
              this.cur = this.inp;
              this.errorToken(E.TOODEEP);
            }
            if (altcol <= this.altindstack[top]) this.indentError();
            this.pendin++;
            this.indstack.push(col);
            this.altindstack.push(altcol);
          } else {
            while (this.indstack.length > 1 && col < this.indstack[this.indstack.length - 1]) {
              this.pendin--;
              this.indstack.pop();
              this.altindstack.pop();
            }
            if (col !== this.indstack[this.indstack.length - 1]) {
              this.cur = this.inp;
              this.errorToken(E.DEDENT);
            }
            if (altcol !== this.altindstack[this.altindstack.length - 1]) this.indentError();
          }
        }
      }

      this.start = this.cur;
      // pending indents/dedents
      if (this.pendin !== 0) {
        if (this.pendin < 0) {
          this.pendin++;
          return this.tok(Tok.DEDENT, this.cur, this.cur);
        }
        this.pendin--;
        return this.tok(Tok.INDENT, 0, this.cur);
      }

      // peek ahead
      c = this.nextc();
      this.backup(c);

      again: for (;;) {
        this.start = null;
        do c = this.nextc(); while (c === 32 || c === 9 || c === 12);
        this.start = this.cur - (c === EOF ? 0 : 1);
        if (c === EOF) this.start = this.cur;

        // comments
        if (c === ch("#")) {
          while (c !== EOF && c !== NLc && c !== CR) c = this.nextc();
          const p = this.start;
          this.backup(c); // don't eat the newline or EOF
          this.commentNewline = blankline;
          return this.tok(Tok.COMMENT, p, this.cur);
        }

        if (c === EOF) {
          if (this.level) this.errorToken(E.EOF);
          if (this.done === E.EOF) return this.tok(Tok.ENDMARKER, null, null);
          this.doneError();
        }

        // identifiers and string prefixes
        if (isPotentialIdStart(c)) {
          let sawB = false, sawR = false, sawU = false, sawF = false, sawT = false;
          for (;;) {
            if (!(sawB || sawU || sawF || sawT) && (c === ch("b") || c === ch("B"))) sawB = true;
            else if (!(sawB || sawU || sawR || sawF || sawT) && (c === ch("u") || c === ch("U"))) sawU = true;
            else if (!(sawR || sawU) && (c === ch("r") || c === ch("R"))) sawR = true;
            else if (!(sawF || sawB || sawU || sawT) && (c === ch("f") || c === ch("F"))) sawF = true;
            else if (!(sawT || sawB || sawU || sawF) && (c === ch("t") || c === ch("T"))) sawT = true;
            else break;
            c = this.nextc();
            if (c === Q2 || c === Q1) {
              if (sawF || sawT) return this.fstringStart(c, sawT);
              return this.string(c);
            }
          }
          while (isPotentialIdChar(c)) c = this.nextc();
          this.backup(c);
          return this.tok(Tok.NAME, this.start, this.cur);
        }

        if (c === CR) c = this.nextc();

        // newline
        if (c === NLc) {
          this.atbol = true;
          if (blankline || this.level > 0) {
            if (this.commentNewline) this.commentNewline = false;
            return this.tok(Tok.NL, this.start, this.cur);
          }
          if (this.commentNewline) {
            this.commentNewline = false;
            return this.tok(Tok.NL, this.start, this.cur);
          }
          this.contLine = false;
          return this.tok(Tok.NEWLINE, this.start, this.cur - 1);
        }

        // period or number starting with a period
        if (c === ch(".")) {
          c = this.nextc();
          if (isDigit(c)) return this.number(c, "fraction");
          if (c === ch(".")) {
            c = this.nextc();
            if (c === ch(".")) return this.tok(Tok.OP, this.start, this.cur);
            this.backup(c);
            this.backup(ch("."));
          } else {
            this.backup(c);
          }
          return this.tok(Tok.OP, this.start, this.cur);
        }

        if (isDigit(c)) return this.number(c, "start");

        if (c === Q1 || c === Q2) return this.string(c);

        // line continuation
        if (c === BSL) {
          this.continuationLine();
          this.contLine = true;
          continue again;
        }
        break again;
      }
      break nextline;
    }

    // punctuation that ends an f-string replacement field's expression, or starts its format spec
    const isPunct = c === ch(":") || c === ch("}") || c === ch("!") || c === ch("{");
    if (isPunct && this.insideFString && current.exprStartDepth >= 0) {
      const cursor = current.curlyDepth - (c !== ch("{") ? 1 : 0);
      if (c === ch(":") && cursor === current.exprStartDepth) {
        current.fstring = true;
        current.inFormatSpec = true;
        return this.tok(Tok.OP, this.start, this.cur);
      }
    }

    // two- and three-character operators
    {
      const c2 = this.nextc();
      const two = String.fromCharCode(c) + (c2 === EOF ? "" : String.fromCharCode(c2));
      if (c2 !== EOF && OPS2.has(two)) {
        const c3 = this.nextc();
        if (!(c3 !== EOF && OPS3.has(two + String.fromCharCode(c3)))) this.backup(c3);
        return this.tok(Tok.OP, this.start, this.cur);
      }
      this.backup(c2);
    }

    // parentheses nesting
    if (c === ch("(") || c === ch("[") || c === ch("{")) {
      if (this.level >= MAXLEVEL) this.syntaxError("too many nested parentheses");
      this.parenstack[this.level] = c;
      this.parenlinenostack[this.level] = this.lineno;
      this.level++;
      if (this.insideFString) current.curlyDepth++;
    } else if (c === ch(")") || c === ch("]") || c === ch("}")) {
      if (this.insideFString && !current.curlyDepth && c === ch("}")) {
        this.syntaxError(`${this.prefixChar()}-string: single '}' is not allowed`);
      }
      if (this.level > 0) this.level--;
      if (this.insideFString) {
        current.curlyDepth--;
        if (current.curlyDepth < 0) this.syntaxError(`${this.prefixChar()}-string: unmatched '${String.fromCharCode(c)}'`);
        if (c === ch("}") && current.curlyDepth === current.exprStartDepth) {
          current.exprStartDepth--;
          current.fstring = true;
          current.inFormatSpec = false;
          current.debug = false;
        }
      }
    }

    if (c < 128 && !isPrintableAscii(c)) {
      this.syntaxError(`invalid non-printable character U+${c.toString(16).toUpperCase().padStart(4, "0")}`);
    }
    if (c === ch("=") && current.exprStartDepth >= 0) current.debug = true;
    return this.tok(Tok.OP, this.start, this.cur);
  }

  // ---- numbers: CPython lexer.c tok_get_normal_mode (with extra tokens: verify_end_of_number
  // accepts anything and leading zeros are allowed) -----------------------------------------------

  private decimalTail(): number {
    let c: number;
    for (;;) {
      do c = this.nextc(); while (isDigit(c));
      if (c !== ch("_")) break;
      c = this.nextc();
      if (!isDigit(c)) {
        this.backup(c);
        this.syntaxError("invalid decimal literal");
      }
    }
    return c;
  }

  private number(c: number, entry: "start" | "fraction") {
    const done = (cc: number) => {
      this.backup(cc);
      return this.tok(Tok.NUMBER, this.start, this.cur);
    };
    let stage: "fraction" | "exponent" | "imaginary" | "end";
    if (entry === "fraction") {
      stage = "fraction";
    } else if (c === ch("0")) {
      c = this.nextc();
      const radix = (pred: (k: number) => boolean, kind: string, digitErr: boolean) => {
        c = this.nextc();
        do {
          if (c === ch("_")) c = this.nextc();
          if (!pred(c)) {
            if (digitErr && isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
            this.backup(c);
            this.syntaxError(`invalid ${kind} literal`);
          }
          do c = this.nextc(); while (pred(c));
        } while (c === ch("_"));
        if (digitErr && isDigit(c)) this.syntaxError(`invalid digit '${String.fromCharCode(c)}' in ${kind} literal`);
        return done(c);
      };
      if (c === ch("x") || c === ch("X")) return radix(isXDigit, "hexadecimal", false);
      if (c === ch("o") || c === ch("O")) return radix((k) => k >= 48 && k < 56, "octal", true);
      if (c === ch("b") || c === ch("B")) return radix((k) => k === 48 || k === 49, "binary", true);
      // maybe old-style octal; in any case '0' is a literal
      for (;;) {
        if (c === ch("_")) {
          c = this.nextc();
          if (!isDigit(c)) {
            this.backup(c);
            this.syntaxError("invalid decimal literal");
          }
        }
        if (c !== ch("0")) break;
        c = this.nextc();
      }
      if (isDigit(c)) c = this.decimalTail();
      if (c === ch(".")) {
        c = this.nextc();
        stage = "fraction";
      } else if (c === ch("e") || c === ch("E")) stage = "exponent";
      else if (c === ch("j") || c === ch("J")) stage = "imaginary";
      else return done(c);
    } else {
      c = this.decimalTail();
      if (c === ch(".")) {
        c = this.nextc();
        stage = "fraction";
      } else stage = "end";
    }
    if (stage === "fraction") {
      if (isDigit(c)) c = this.decimalTail();
      stage = "end";
    }
    if (stage === "end" && (c === ch("e") || c === ch("E"))) stage = "exponent";
    if (stage === "exponent") {
      const e = c;
      c = this.nextc();
      if (c === ch("+") || c === ch("-")) {
        c = this.nextc();
        if (!isDigit(c)) {
          this.backup(c);
          this.syntaxError("invalid decimal literal");
        }
      } else if (!isDigit(c)) {
        this.backup(c);
        this.backup(e);
        return this.tok(Tok.NUMBER, this.start, this.cur);
      }
      c = this.decimalTail();
      stage = "end";
    }
    if (stage === "imaginary" || (stage === "end" && (c === ch("j") || c === ch("J")))) {
      c = this.nextc();
    }
    return done(c);
  }

  // ---- strings ---------------------------------------------------------------------------------

  /** CPython lexer.c letter_quote: a (non-f) string literal; `quote` was just read. */
  private string(quote: number) {
    let quoteSize = 1, endQuoteSize = 0, hasEscapedQuote = false;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    let c = this.nextc();
    if (c === quote) {
      c = this.nextc();
      if (c === quote) quoteSize = 3;
      else endQuoteSize = 1; // empty string
    }
    if (c !== quote) this.backup(c);
    while (endQuoteSize !== quoteSize) {
      c = this.nextc();
      if (c === EOF || (quoteSize === 1 && c === NLc)) {
        // report the error from the string's first quote
        this.cur = this.start! + 1;
        this.lineStart = this.multiLineStart;
        const detected = this.lineno;
        this.lineno = this.firstLineno;
        if (this.insideFString) {
          const m = this.mode;
          if (m.quote === quote && m.quoteSize === quoteSize) {
            this.syntaxError(`${this.prefixChar()}-string: expecting '}'`);
          }
        }
        if (quoteSize === 3) this.syntaxError(`unterminated triple-quoted string literal (detected at line ${detected})`);
        if (hasEscapedQuote) this.syntaxError(`unterminated string literal (detected at line ${detected}); perhaps you escaped the end quote?`);
        this.syntaxError(`unterminated string literal (detected at line ${detected})`);
      }
      if (c === quote) endQuoteSize++;
      else {
        endQuoteSize = 0;
        if (c === BSL) {
          c = this.nextc(); // the escaped character
          if (c === quote) hasEscapedQuote = true;
          if (c === CR) c = this.nextc();
        }
      }
    }
    return this.tok(Tok.STRING, this.start, this.cur);
  }

  /** CPython lexer.c f_string_quote: FSTRING_START / TSTRING_START; `quote` was just read. */
  private fstringStart(quote: number, template: boolean) {
    let quoteSize = 1;
    this.firstLineno = this.lineno;
    this.multiLineStart = this.lineStart;
    const afterQuote = this.nextc();
    if (afterQuote === quote) {
      const afterAfter = this.nextc();
      if (afterAfter === quote) quoteSize = 3;
      else {
        this.backup(afterAfter);
        this.backup(afterQuote);
      }
    }
    if (afterQuote !== quote) this.backup(afterQuote);
    if (this.modes.length >= MAXFSTRINGLEVEL) this.syntaxError("too many nested f-strings or t-strings");
    const m = this.newMode(true);
    m.quote = quote;
    m.quoteSize = quoteSize;
    m.template = template;
    m.start = this.start!;
    m.multiLineStart = this.lineStart;
    m.firstLine = this.lineno;
    m.raw = /r/i.test(this.buf.slice(this.start!, this.cur));
    this.modes.push(m);
    return this.tok(template ? Tok.TSTRING_START : Tok.FSTRING_START, this.start, this.cur);
  }

  /** CPython lexer.c tok_get_fstring_mode */
  private getFString(current: Mode): { type: number; start: number | null; end: number | null } {
    const MIDDLE = current.template ? Tok.TSTRING_MIDDLE : Tok.FSTRING_MIDDLE;
    let endQuoteSize = 0;
    let unicodeEscape = false;
    this.start = this.cur;
    this.firstLineno = this.lineno;
    // a replacement field right here: nothing to tokenize before it
    const startChar = this.nextc();
    if (startChar === ch("{")) {
      const peek1 = this.nextc();
      this.backup(peek1);
      this.backup(startChar);
      if (peek1 !== ch("{")) {
        current.exprStartDepth++;
        if (current.exprStartDepth >= MAX_EXPR_NESTING) this.syntaxError(`${this.prefixChar()}-string: expressions nested too deeply`);
        current.fstring = false;
        return this.getNormal(current);
      }
    } else {
      this.backup(startChar);
    }
    // the end of the string?
    let atEnd = true;
    for (let i = 0; i < current.quoteSize; i++) {
      const q = this.nextc();
      if (q !== current.quote) {
        this.backup(q);
        atEnd = false;
        break;
      }
    }
    if (atEnd) {
      this.modes.pop();
      return this.tok(current.template ? Tok.TSTRING_END : Tok.FSTRING_END, this.start, this.cur);
    }
    // (as in CPython, quotes read before a mismatching character stay consumed: they are part of
    // the middle's text)
    this.multiLineStart = this.lineStart;
    while (endQuoteSize !== current.quoteSize) {
      const c = this.nextc();
      const inFormatSpec = current.inFormatSpec && current.exprStartDepth >= 0;
      if (c === EOF || (current.quoteSize === 1 && c === NLc)) {
        if (inFormatSpec && c === NLc) {
          if (current.quoteSize === 1) {
            const p = this.prefixChar();
            this.syntaxError(`${p}-string: newlines are not allowed in format specifiers for single quoted ${p}-strings`);
          }
          this.backup(c);
          current.fstring = false;
          current.inFormatSpec = false;
          return this.tok(MIDDLE, this.start, this.cur);
        }
        // report the error from the string's first quote
        this.cur = current.start + 1;
        this.lineStart = current.multiLineStart;
        const detected = this.lineno;
        this.lineno = current.firstLine;
        const p = this.prefixChar();
        if (current.quoteSize === 3) {
          this.syntaxError(`unterminated triple-quoted ${p}-string literal (detected at line ${detected})`);
        }
        this.syntaxError(`unterminated ${p}-string literal (detected at line ${detected})`);
      }
      if (c === current.quote) {
        endQuoteSize++;
        continue;
      }
      endQuoteSize = 0;
      if (c === ch("{")) {
        const peek = this.nextc();
        if (peek !== ch("{") || inFormatSpec) {
          this.backup(peek);
          this.backup(c);
          current.exprStartDepth++;
          if (current.exprStartDepth >= MAX_EXPR_NESTING) this.syntaxError(`${this.prefixChar()}-string: expressions nested too deeply`);
          current.fstring = false;
          current.inFormatSpec = false;
          return this.tok(MIDDLE, this.start, this.cur);
        }
        return this.tok(MIDDLE, this.start, this.cur - 1);
      } else if (c === ch("}")) {
        if (unicodeEscape) return this.tok(MIDDLE, this.start, this.cur);
        const peek = this.nextc();
        if (peek === ch("}") && !inFormatSpec && current.curlyDepth === 0) {
          return this.tok(MIDDLE, this.start, this.cur - 1);
        }
        this.backup(peek);
        this.backup(c);
        current.fstring = false;
        current.inFormatSpec = false;
        return this.tok(MIDDLE, this.start, this.cur);
      } else if (c === BSL) {
        let peek = this.nextc();
        if (peek === CR) peek = this.nextc();
        if (peek === ch("{") || peek === ch("}")) {
          if (!current.raw) {
            // CPython: helpers.c _PyTokenizer_warn_invalid_escape_sequence
            const k = String.fromCharCode(peek);
            if (!this.warn(`"\\${k}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${k}"? A raw string is also an option.`, this.lineno)) {
              this.syntaxError(`"\\${k}" is an invalid escape sequence. Did you mean "\\\\${k}"? A raw string is also an option.`);
            }
          }
          this.backup(peek);
          continue;
        }
        if (!current.raw && peek === ch("N")) {
          peek = this.nextc();
          if (peek === ch("{")) unicodeEscape = true;
          else this.backup(peek);
        }
      }
    }
    // back up the closing quotes: the final middle now, the end token next time
    for (let i = 0; i < current.quoteSize; i++) this.backup(current.quote);
    return this.tok(MIDDLE, this.start, this.cur);
  }
}
