// The parser: tokens -> AST with CPython 3.14's node shapes and positions.
// A hand-written recursive-descent parser that follows the rules of CPython's PEG grammar
// (Grammar/python.gram) rule by rule; the AST actions follow Parser/action_helpers.c.
// Positions: a node spans from the first token of its rule to the last token consumed (EXTRA).
// Errors: the specific messages of the grammar's invalid_* rules where they apply, else
// CPython's generic "invalid syntax" at the furthest token read (Parser/pegen_errors.c).
import type * as A from "./ast.js";
import { PySyntaxError, PySourceTooComplex } from "./errors.js";
import { T, Tokenizer, codePoints, type Token } from "./tokenizer.js";
import { decodeSource } from "./source.js";
import { PyBytes, PY_ELLIPSIS, type ConstantValue } from "./constants.js";
import { parseNumberLiteral } from "./numbers.js";
import { decodeStrBody, decodeBytesBody, type EscapeError } from "./strings.js";
import { targetName, invalidTarget, type TargetKind } from "./targets.js";

export type ParseMode = "exec" | "eval" | "single";

const KEYWORDS = new Set([
  "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
  "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
  "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
  "with", "yield",
]);

const FUTURE_FEATURES = new Set(["nested_scopes", "generators", "division", "absolute_import", "with_statement",
  "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"]);

const SOFT_KEYWORDS = new Set(["_", "case", "match", "type"]);

function isTargetShaped(e: A.ExprNode): boolean {
  return e._type === "Name" || e._type === "Attribute" || e._type === "Subscript" || e._type === "Starred" || e._type === "Tuple" || e._type === "List";
}

/** Could this node have come from the grammar's bitwise_or rule? (no boolean/comparison/ternary/lambda) */
function isBitwiseOrShaped(e: A.ExprNode): boolean {
  switch (e._type) {
    case "BoolOp": case "Compare": case "IfExp": case "Lambda": case "NamedExpr": case "Starred": return false;
    case "UnaryOp": return e.op._type !== "Not";
    default: return true;
  }
}

const AUGASSIGN: Record<string, A.OperatorKind["_type"]> = {
  "+=": "Add", "-=": "Sub", "*=": "Mult", "@=": "MatMult", "/=": "Div", "%=": "Mod", "&=": "BitAnd",
  "|=": "BitOr", "^=": "BitXor", "<<=": "LShift", ">>=": "RShift", "**=": "Pow", "//=": "FloorDiv",
};

/** Internal: "this rule does not match here" (the PEG parser's NULL return). */
class ParseFail { }
const FAIL = new ParseFail();

interface Start { l: number; c: number }

type E = A.ExprNode;
type S = A.Stmt;

/** A SyntaxWarning the parser emits (CPython warns through the warnings module at compile time). */
export interface ParseWarning { category: "SyntaxWarning" | "DeprecationWarning"; message: string; lineno: number }

export interface ParseOptions {
  /** collects the parser's SyntaxWarnings (invalid escape sequences, ...) */
  warnings?: ParseWarning[];
  /** PyCF_ALLOW_INCOMPLETE_INPUT: a parse that fails after reading to the end of the source
   *  raises _IncompleteInputError("incomplete input") (codeop) */
  allowIncompleteInput?: boolean;
  /** PyCF_DONT_IMPLY_DEDENT: in "single" mode, a block open at the end of source without a final
   *  newline is not closed (so it is incomplete input) */
  dontImplyDedent?: boolean;
}

export function parse(source: string | Uint8Array, filename = "<unknown>", mode: ParseMode = "exec", opts: ParseOptions = {}): A.ModNode {
  const text = decodeSource(source, filename);
  const p = new Parser(text, filename);
  p.warnings = opts.warnings ?? null;
  if (p.warnings) {
    const ws = p.warnings;
    p.tokenizer.warn = (message, lineno) => ws.push({ category: "SyntaxWarning", message, lineno });
  }
  if (!opts.allowIncompleteInput) return p.run(mode);
  try {
    const tree = p.run(mode);
    // CPython: Parser/pegen.c _PyPegen_fill_token turns the interactive ENDMARKER into NEWLINE and
    // implies the DEDENTs unless PyPARSE_DONT_IMPLY_DEDENT; without them the block stays open
    if (mode === "single" && opts.dontImplyDedent && p.tokenizer.dedentWithoutNewline) {
      const l = p.tokenizer.lastLine();
      throw new PySyntaxError("_IncompleteInputError", "incomplete input", filename, l, p.tokenizer.lineLength(l) + 1, l, p.tokenizer.lineLength(l) + 1, p.tokenizer.lineText(l));
    }
    return tree;
  } catch (e) {
    // CPython: Parser/pegen.c _PyPegen_run_parser, the PyPARSE_ALLOW_INCOMPLETE_INPUT check after
    // the first pass (before the full-source check for tokenizer errors)
    if (e instanceof PySyntaxError && p.eofBeforeError) {
      throw new PySyntaxError("_IncompleteInputError", "incomplete input", e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text, e.metadata);
    }
    throw e;
  }
}

const LOAD: A.Load = { _type: "Load" };
const STORE: A.Store = { _type: "Store" };
const DEL: A.Del = { _type: "Del" };

export class Parser {
  private readonly tk: Tokenizer;
  get tokenizer(): Tokenizer { return this.tk; }
  private readonly toks: Token[] = [];
  private p = 0;
  private readonly filename: string;
  /** nodes that appeared in parentheses (for AnnAssign.simple and error messages) */
  private readonly parenthesized = new WeakSet<object>();
  private tokError: PySyntaxError | null = null;
  private lastStmtLine = 0;
  warnings: ParseWarning[] | null = null;
  private lastStmtCol = 0;
  private inSpeculation = 0;
  /** whether the tokenizer had reached the end of the source when the parse first failed */
  private eofAtFailure: boolean | null = null;
  get eofBeforeError(): boolean { return this.eofAtFailure ?? this.tk.reachedEof; }

  constructor(text: string, filename: string) {
    this.tk = new Tokenizer(text, filename);
    this.filename = filename;
  }

  // ---- token access ------------------------------------------------------------------------

  private fill(i: number): Token {
    const toks = this.toks;
    while (toks.length <= i) {
      const last = toks[toks.length - 1];
      if (last && last.type === T.ENDMARKER) return last;
      try {
        toks.push(this.tk.next());
      } catch (e) {
        if (e instanceof PySyntaxError) this.tokError = e;
        throw e;
      }
    }
    return toks[i];
  }

  private peek(): Token { return this.toks[this.p] ?? this.fill(this.p); }
  private peekAt(k: number): Token { return this.toks[this.p + k] ?? this.fill(this.p + k); }
  private next(): Token { const t = this.peek(); this.p++; return t; }
  private last(): Token { return this.toks[this.p - 1]; }

  private isOp(s: string): boolean { const t = this.peek(); return t.type === T.OP && t.string === s; }
  private isKw(s: string): boolean { const t = this.peek(); return t.type === T.NAME && t.string === s; }
  private isName(): boolean { const t = this.peek(); return t.type === T.NAME && !KEYWORDS.has(t.string); }
  private eatOp(s: string): boolean { if (this.isOp(s)) { this.p++; return true; } return false; }
  private eatKw(s: string): boolean { if (this.isKw(s)) { this.p++; return true; } return false; }
  private expectOp(s: string): Token { if (!this.isOp(s)) throw FAIL; return this.next(); }
  private expectKw(s: string): Token { if (!this.isKw(s)) throw FAIL; return this.next(); }
  private expectName(): Token { if (!this.isName()) throw FAIL; return this.next(); }
  private expectType(t: T): Token { if (this.peek().type !== t) throw FAIL; return this.next(); }

  /** `expected ':'`-style errors: CPython's RAISE_SYNTAX_ERROR("expected ':'") at the last token. */
  private expectColon(): Token {
    if (this.isOp(":")) return this.next();
    throw FAIL;
  }

  // ---- positions ---------------------------------------------------------------------------

  private st(): Start { const t = this.peek(); return { l: t.lineno, c: t.col }; }
  private stOf(n: A.Pos): Start { return { l: n.lineno, c: n.col_offset }; }
  private stTok(t: Token): Start { return { l: t.lineno, c: t.col }; }

  /** Finish a node: start at s, end at the last consumed token. */
  private fin<N extends A.Pos>(n: Omit<N, keyof A.Pos>, s: Start): N {
    // CPython's EXTRA ends at the last token that is not NEWLINE/INDENT/DEDENT
    // (Parser/pegen.c _PyPegen_get_last_nonnwhitespace_token)
    let i = this.p - 1;
    let e = this.toks[i];
    while (e.type === T.NEWLINE || e.type === T.INDENT || e.type === T.DEDENT || e.type === T.ENDMARKER) {
      if (i === 0) break;
      e = this.toks[--i];
    }
    const r = n as N;
    r.lineno = s.l; r.col_offset = s.c; r.end_lineno = e.endLineno; r.end_col_offset = e.endCol;
    return r;
  }

  /** Finish a node spanning exactly from node a's start to node b's end. */
  private span<N extends A.Pos>(n: Omit<N, keyof A.Pos>, a: A.Pos | Start, b: A.Pos): N {
    const r = n as N;
    if ("l" in a) { r.lineno = a.l; r.col_offset = a.c; } else { r.lineno = a.lineno; r.col_offset = a.col_offset; }
    r.end_lineno = b.end_lineno; r.end_col_offset = b.end_col_offset;
    return r;
  }

  // ---- errors ------------------------------------------------------------------------------

  /** Raise a SyntaxError spanning tokens/nodes (CPython RAISE_SYNTAX_ERROR_KNOWN_RANGE). */
  private errorRange(msg: string, a: A.Pos | Token, b: A.Pos | Token = a, kind: "SyntaxError" | "IndentationError" = "SyntaxError"): never {
    const [l1, c1] = "type" in a && typeof a.type === "number" ? [(a as Token).lineno, (a as Token).col] : [(a as A.Pos).lineno, (a as A.Pos).col_offset];
    const [l2, c2] = "type" in b && typeof b.type === "number" ? [(b as Token).endLineno, (b as Token).endCol] : [(b as A.Pos).end_lineno, (b as A.Pos).end_col_offset];
    throw this.makeError(msg, l1, c1, l2, c2, kind);
  }

  /** Raise at a token's start (CPython RAISE_SYNTAX_ERROR: the last token). */
  private errorAt(msg: string, t: Token, kind: "SyntaxError" | "IndentationError" = "SyntaxError"): never {
    if (t.errOffset !== undefined) {
      const l = t.errLineno!;
      throw new PySyntaxError(kind, msg, this.filename, l, t.errOffset, l, -1, this.tk.lineText(l));
    }
    throw this.makeError(msg, t.lineno, t.col, t.endLineno, t.endCol, kind);
  }

  private makeError(msg: string, l1: number, byteCol1: number, l2: number, byteCol2: number, kind: "SyntaxError" | "IndentationError" | "TabError"): PySyntaxError {
    const text = this.tk.lineText(l1);
    const off1 = byteToCharOffset(text, byteCol1) + 1;
    const text2 = l2 === l1 ? text : this.tk.lineText(l2);
    const off2 = byteToCharOffset(text2, byteCol2) + 1;
    return new PySyntaxError(kind, msg, this.filename, l1, off1, l2, off2, text);
  }

  /**
   * RAISE_SYNTAX_ERROR_STARTING_FROM(t): from t's start to the tokenizer's current position
   * (CURRENT_POS: the end of the furthest token read, counted from its line's start).
   */
  private errorStartingFrom(msg: string, t: Token | A.Pos): never {
    const far = this.toks[this.toks.length - 1];
    const [l, c] = "type" in t && typeof t.type === "number" ? [(t as Token).lineno, (t as Token).col] : [(t as A.Pos).lineno, (t as A.Pos).col_offset];
    const text = this.tk.lineText(l);
    const off = byteToCharOffset(text, c) + 1;
    const endLine = far.errLineno ?? far.endLineno;
    const end = far.errOffset !== undefined ? far.errOffset : codePoints(this.tk.src, this.tk.lineStarts[endLine], far.end);
    throw new PySyntaxError("SyntaxError", msg, this.filename, l, off, endLine, end, text);
  }

  /** The generic error after a failed parse (Parser/pegen_errors.c _PyPegen_set_syntax_error). */
  private genericError(): never {
    const last = this.toks[this.toks.length - 1];
    this.eofAtFailure ??= this.tk.reachedEof;
    // a tokenizer error later in the file takes precedence (_PyPegen_tokenize_full_source_to_check_for_errors)
    if (last.type !== T.ENDMARKER) {
      try {
        for (let i = this.toks.length; ; i++) if (this.fill(i).type === T.ENDMARKER) break;
      } catch (e) {
        // an unclosed bracket replaces the generic error only when that error is on a later line
        // (pegen.c _PyPegen_tokenize_full_source_to_check_for_errors)
        if (e instanceof PySyntaxError && e.msg.endsWith("was never closed") && !(last.lineno > (e.lineno ?? 0))) {
          /* keep the generic error */
        } else throw e;
      }
    }
    if (last.type === T.ERRORTOKEN) this.errorAt("invalid syntax", last);
    if (last.type === T.INDENT) this.errorAt("unexpected indent", last, "IndentationError");
    if (last.type === T.DEDENT) this.errorAt("unexpected unindent", last, "IndentationError");
    this.errorAt("invalid syntax", last);
  }

  // ---- entry -------------------------------------------------------------------------------

  run(mode: ParseMode): A.ModNode {
    try {
      return this.runInner(mode);
    } catch (e) {
      // CPython's SyntaxError._metadata (pegen_errors.c _PyPegen_set_syntax_error_metadata), which
      // traceback's keyword-typo suggestion reads
      if (e instanceof PySyntaxError && e.metadata === undefined) {
        e.metadata = { line: this.lastStmtLine, offset: this.lastStmtCol, source: this.tk.src };
      }
      throw e;
    }
  }

  private runInner(mode: ParseMode): A.ModNode {
    try {
      if (mode === "eval") {
        while (this.peek().type === T.NEWLINE) this.p++;
        const body = this.expressions();
        while (this.peek().type === T.NEWLINE) this.p++;
        this.expectType(T.ENDMARKER);
        return { _type: "Expression", body };
      }
      const body: S[] = [];
      if (mode === "single") {
        if (this.peek().type === T.NEWLINE) { this.p++; }
        else body.push(...this.statement());
        while (this.peek().type === T.NEWLINE) this.p++;
        this.expectType(T.ENDMARKER);
        return { _type: "Interactive", body };
      }
      while (this.peek().type !== T.ENDMARKER) body.push(...this.statement());
      return { _type: "Module", body, type_ignores: [] };
    } catch (e) {
      if (e === FAIL) this.genericError();
      if (e instanceof RangeError) throw new PySourceTooComplex(); // host stack exhausted (CPython: MAXSTACK)
      throw e;
    }
  }

  /** Try a rule; on failure restore the position and return null. Tokenizer errors propagate. */
  private attempt<R>(f: () => R): R | null {
    const save = this.p;
    this.inSpeculation++;
    try {
      return f();
    } catch (e) {
      if (e === FAIL || (e instanceof PySyntaxError && e !== this.tokError)) { this.p = save; return null; }
      throw e;
    } finally {
      this.inSpeculation--;
    }
  }

  // =========================================================================================
  // Statements
  // =========================================================================================

  private statement(): S[] {
    const c = this.compoundStmt();
    const out = c ? [c] : this.simpleStmts();
    // pegen.c _PyPegen_register_stmts: where the last completed statement starts (for _metadata)
    const last = out[out.length - 1];
    this.lastStmtLine = last.lineno;
    this.lastStmtCol = last.col_offset;
    return out;
  }

  private compoundStmt(): S | null {
    const t = this.peek();
    if (t.type === T.OP && t.string === "@") return this.decorated();
    if (t.type !== T.NAME) return null;
    switch (t.string) {
      case "def": return this.funcDef([], null);
      case "if": return this.ifStmt();
      case "class": return this.classDef([], null);
      case "with": return this.withStmt(null);
      case "for": return this.forStmt(null);
      case "try": return this.tryStmt();
      case "while": return this.whileStmt();
      case "async": {
        const n = this.peekAt(1);
        if (n.type === T.NAME) {
          if (n.string === "def") { const s = this.st(); this.p++; return this.funcDef([], s); }
          if (n.string === "with") { const s = this.st(); this.p++; return this.withStmt(s); }
          if (n.string === "for") { const s = this.st(); this.p++; return this.forStmt(s); }
        }
        return null;
      }
      case "match": return this.matchStmt();
    }
    return null;
  }

  private simpleStmts(): S[] {
    const out: S[] = [this.simpleStmt()];
    while (this.eatOp(";")) {
      if (this.peek().type === T.NEWLINE) break;
      out.push(this.simpleStmt());
    }
    if (this.peek().type !== T.NEWLINE) throw FAIL;
    this.p++;
    return out;
  }

  private simpleStmt(): S {
    const t = this.peek();
    const s = this.st();
    if (t.type === T.NAME) {
      switch (t.string) {
        case "return": {
          this.p++;
          const value = this.atSimpleEnd() ? null : this.starExpressions();
          return this.fin<A.Return>({ _type: "Return", value }, s);
        }
        case "import": return this.importName();
        case "from": return this.importFrom();
        case "raise": {
          this.p++;
          if (this.atSimpleEnd()) return this.fin<A.Raise>({ _type: "Raise", exc: null, cause: null }, s);
          const exc = this.expression();
          const cause = this.eatKw("from") ? this.expression() : null;
          return this.fin<A.Raise>({ _type: "Raise", exc, cause }, s);
        }
        case "pass": this.p++; return this.fin<A.Pass>({ _type: "Pass" }, s);
        case "break": this.p++; return this.fin<A.Break>({ _type: "Break" }, s);
        case "continue": this.p++; return this.fin<A.Continue>({ _type: "Continue" }, s);
        case "del": return this.delStmt();
        case "assert": {
          this.p++;
          const test = this.expression();
          const msg = this.eatOp(",") ? this.expression() : null;
          return this.fin<A.Assert>({ _type: "Assert", test, msg }, s);
        }
        case "global": case "nonlocal": {
          this.p++;
          const names = [this.expectName().string];
          while (this.eatOp(",")) names.push(this.expectName().string);
          return this.fin<A.Global | A.Nonlocal>({ _type: t.string === "global" ? "Global" : "Nonlocal", names } as A.Global, s);
        }
        case "type": {
          const n = this.peekAt(1);
          if (n.type === T.NAME && !KEYWORDS.has(n.string)) {
            const r = this.attempt(() => this.typeAlias());
            if (r) return r;
          }
          break;
        }
      }
    }
    return this.exprOrAssignStmt();
  }

  private atSimpleEnd(): boolean {
    const t = this.peek();
    return t.type === T.NEWLINE || (t.type === T.OP && t.string === ";") || t.type === T.ENDMARKER;
  }

  private typeAlias(): A.TypeAlias {
    const s = this.st();
    this.p++; // 'type'
    const nt = this.expectName();
    const name = this.fin<A.Name>({ _type: "Name", id: nt.string, ctx: STORE }, this.stTok(nt));
    const typeParams = this.isOp("[") ? this.typeParams() : [];
    this.expectOp("=");
    const value = this.expression();
    return this.fin<A.TypeAlias>({ _type: "TypeAlias", name, type_params: typeParams, value }, s);
  }

  /** assignment | star_expressions (python.gram `assignment`, `simple_stmt`) */
  private exprOrAssignStmt(): S {
    const s = this.st();
    const startIdx = this.p;
    const first = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
    const t = this.peek();
    if (t.type === T.OP) {
      if (t.string === ":" ) {
        this.p++;
        // annotated assignment
        let simple = 0;
        if (first._type === "Name") simple = this.parenthesized.has(first) ? 0 : 1;
        else if (first._type === "Attribute" || first._type === "Subscript") simple = 0;
        else if (first._type === "Tuple") this.errorRange("only single target (not tuple) can be annotated", first);
        else if (first._type === "List") this.errorRange("only single target (not list) can be annotated", first);
        else this.errorRange("illegal target for annotation", first);
        const target = this.setCtx(first, STORE, "star");
        const annotation = this.expression();
        let value: E | null = null;
        if (this.eatOp("=")) value = this.annotatedRhs();
        return this.fin<A.AnnAssign>({ _type: "AnnAssign", target, annotation, value, simple }, s);
      }
      if (t.string === "=") {
        if (invalidTarget(first, "star") || !isTargetShaped(first)) {
          // the second pass's invalid_named_expression sees `a = b` first (python.gram invalid_assignment)
          if (!(first._type === "Tuple" && !this.parenthesized.has(first))) this.invalidNamedExpression(first, startIdx);
        }
        const targets: E[] = [first];
        let value: E = first;
        while (this.eatOp("=")) {
          value = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
          if (this.isOp("=")) targets.push(value);
        }
        const stored = targets.map((x) => this.checkAssignTarget(x));
        return this.fin<A.Assign>({ _type: "Assign", targets: stored, value, type_comment: null }, s);
      }
      // (python.gram invalid_named_expression: `a := b` with `a` not a name)
      // (a tuple that starts where its first element does has no parentheses)
      const bareTuple = first._type === "Tuple" && first.elts.length > 0 &&
        first.lineno === first.elts[0].lineno && first.col_offset === first.elts[0].col_offset;
      if (t.string === ":=" && first._type !== "Name" && first._type !== "Starred" && !bareTuple &&
          !(first._type === "Yield" && !this.parenthesized.has(first))) {
        this.errorRange(`cannot use assignment expressions with ${targetName(first)}`, first);
      }
      const aug = AUGASSIGN[t.string];
      if (aug) {
        if (first._type !== "Name" && first._type !== "Attribute" && first._type !== "Subscript") {
          this.errorRange(`'${targetName(first)}' is an illegal expression for augmented assignment`, first);
        }
        this.p++;
        const target = this.setCtx(first, STORE, "star");
        const value = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
        return this.fin<A.AugAssign>({ _type: "AugAssign", target, op: { _type: aug }, value }, s);
      }
    }
    return this.fin<A.Expr>({ _type: "Expr", value: first }, s);
  }

  private checkAssignTarget(x: E): E {
    if (x._type === "Yield" || x._type === "YieldFrom") this.errorRange("assignment to yield expression not possible", x);
    return this.setCtx(x, STORE, "star");
  }

  private annotatedRhs(): E {
    return this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
  }

  private delStmt(): A.Delete {
    const s = this.st();
    this.p++;
    const targets: E[] = [];
    do {
      if (this.atSimpleEnd() && targets.length) break; // `del` needs at least one target
      const e = this.delTarget();
      targets.push(e);
    } while (this.eatOp(","));
    if (!this.atSimpleEnd()) throw FAIL;
    return this.fin<A.Delete>({ _type: "Delete", targets }, s);
  }

  private delTarget(): E {
    // (invalid_del_stmt: a starred target is reported as "cannot delete starred")
    if (this.isOp("*")) {
      const s = this.st();
      this.p++;
      const value = this.bitwiseOr();
      return this.setCtx(this.fin<A.Starred>({ _type: "Starred", value, ctx: LOAD }, s), DEL, "del");
    }
    const e = this.bitwiseOr();
    return this.setCtx(e, DEL, "del");
  }

  private importName(): A.Import {
    const s = this.st();
    const importTok = this.next();
    // python.gram invalid_import
    if (this.peek().type === T.NEWLINE) this.errorStartingFrom("Expected one or more names after 'import'", this.peek());
    const wrongOrder = this.attempt(() => {
      do this.dottedName(); while (this.eatOp(","));
      if (!this.isKw("from")) throw FAIL;
      this.p++;
      this.dottedName();
      return true;
    });
    if (wrongOrder) this.errorStartingFrom("Did you mean to use 'from ... import ...' instead?", importTok);
    const names: A.alias[] = [];
    do {
      const as = this.st();
      const name = this.dottedName();
      let asname: string | null = null;
      if (this.eatKw("as")) asname = this.expectName().string;
      names.push(this.fin<A.alias>({ _type: "alias", name, asname }, as));
    } while (this.eatOp(","));
    return this.fin<A.Import>({ _type: "Import", names }, s);
  }

  private dottedName(): string {
    let name = this.expectName().string;
    while (this.isOp(".")) {
      this.p++;
      name += "." + this.expectName().string;
    }
    return name;
  }

  private importFrom(): A.ImportFrom {
    const s = this.st();
    this.p++;
    let level = 0;
    for (;;) {
      if (this.eatOp(".")) level++;
      else if (this.eatOp("...")) level += 3;
      else break;
    }
    let module: string | null = null;
    if (!this.isKw("import")) module = this.dottedName();
    else if (level === 0) throw FAIL;
    this.expectKw("import");
    const names: A.alias[] = [];
    if (this.peek().type === T.NEWLINE) this.errorStartingFrom("Expected one or more names after 'import'", this.peek());
    if (this.isOp("*")) {
      const t = this.next();
      names.push(this.fin<A.alias>({ _type: "alias", name: "*", asname: null }, this.stTok(t)));
    } else {
      const paren = this.eatOp("(");
      do {
        if (paren && this.isOp(")")) break;
        if (!paren && names.length && this.peek().type === T.NEWLINE) {
          this.errorAt("trailing comma not allowed without surrounding parentheses", this.peek());
        }
        const as = this.st();
        const name = this.expectName().string;
        let asname: string | null = null;
        if (this.eatKw("as")) asname = this.expectName().string;
        names.push(this.fin<A.alias>({ _type: "alias", name, asname }, as));
      } while (this.eatOp(","));
      if (paren) this.expectOp(")");
      else if (this.last().string === "," && this.peek().type === T.NEWLINE) {
        this.errorAt("trailing comma not allowed without surrounding parentheses", this.peek());
      }
    }
    if (module === "__future__" && level === 0) {
      // action_helpers.c _PyPegen_checked_future_import (future.c's checks, done in the parser in 3.14)
      for (const a of names) {
        const msg = a.name === "braces" ? "not a chance" : !FUTURE_FEATURES.has(a.name) ? `future feature ${a.name} is not defined` : null;
        if (msg) {
          // raised without the source line (CPython's report shows no text for these)
          const e = this.makeError(msg, a.lineno, a.col_offset, a.end_lineno, a.end_col_offset, "SyntaxError");
          throw new PySyntaxError(e.kind, e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, null);
        }
      }
    }
    return this.fin<A.ImportFrom>({ _type: "ImportFrom", module, names, level }, s);
  }

  // ---- blocks ------------------------------------------------------------------------------

  /** block: NEWLINE INDENT statements DEDENT | simple_stmts. `what` names the statement for errors. */
  private block(what: string, ownerTok: Token): S[] {
    if (this.peek().type === T.NEWLINE) {
      this.p++;
      if (this.peek().type !== T.INDENT) {
        const t = this.peek();
        this.errorAt(`expected an indented block after ${what} on line ${ownerTok.lineno}`, t, "IndentationError");
      }
      this.p++;
      const body: S[] = [];
      while (this.peek().type !== T.DEDENT && this.peek().type !== T.ENDMARKER) body.push(...this.statement());
      this.expectType(T.DEDENT);
      return body;
    }
    return this.simpleStmts();
  }

  private decorated(): S {
    const decorators: E[] = [];
    while (this.eatOp("@")) {
      decorators.push(this.namedExpression());
      this.expectType(T.NEWLINE);
    }
    const t = this.peek();
    if (t.type === T.NAME) {
      if (t.string === "def") return this.funcDef(decorators, null);
      if (t.string === "class") return this.classDef(decorators, null);
      if (t.string === "async" && this.peekAt(1).string === "def" && this.peekAt(1).type === T.NAME) {
        const s = this.st();
        this.p++;
        return this.funcDef(decorators, s);
      }
    }
    throw FAIL;
  }

  private funcDef(decorators: E[], asyncStart: Start | null): S {
    const s = asyncStart ?? this.st();
    const defTok = this.expectKw("def");
    const name = this.expectName().string;
    const typeParams = this.isOp("[") ? this.typeParams() : [];
    this.forced("(");
    const args = this.isOp(")") ? emptyArguments() : this.parameters(false);
    this.expectOp(")");
    const returns = this.eatOp("->") ? this.expression() : null;
    this.forced(":");
    const body = this.block(`function definition`, defTok);
    const node = {
      _type: asyncStart ? "AsyncFunctionDef" : "FunctionDef", name, args, body, decorator_list: decorators,
      returns, type_comment: null, type_params: typeParams,
    } as A.FunctionDef;
    return this.fin(node, s);
  }

  /** `':'` after a statement header; python.gram invalid_*_stmt: "expected ':'" only before NEWLINE. */
  private expectColonFor(_owner: Token): Token {
    if (this.isOp(":")) return this.next();
    if (this.peek().type === T.NEWLINE) this.errorAt("expected ':'", this.peek());
    throw FAIL;
  }

  /** A forced token (`&&':'` in python.gram): "expected 'X'" at the current token. */
  private forced(op: string): Token {
    if (this.isOp(op)) return this.next();
    this.errorAt(`expected '${op}'`, this.peek());
  }

  private classDef(decorators: E[], _unused: Start | null): A.ClassDef {
    const s = this.st();
    const classTok = this.expectKw("class");
    const name = this.expectName().string;
    const typeParams = this.isOp("[") ? this.typeParams() : [];
    let bases: E[] = [], keywords: A.keyword[] = [];
    if (this.eatOp("(")) {
      if (!this.isOp(")")) [bases, keywords] = this.callArguments(null);
      this.expectOp(")");
    }
    this.expectColonFor(classTok);
    const body = this.block(`class definition`, classTok);
    return this.fin<A.ClassDef>({ _type: "ClassDef", name, bases, keywords, body, decorator_list: decorators, type_params: typeParams }, s);
  }

  private ifStmt(): A.If {
    const s = this.st();
    const ifTok = this.next(); // 'if' or 'elif'
    const test = this.namedExpression();
    this.expectColonFor(ifTok);
    const body = this.block(`'${ifTok.string}' statement`, ifTok);
    let orelse: S[] = [];
    if (this.isKw("elif")) orelse = [this.ifStmt()];
    else if (this.isKw("else")) {
      orelse = this.elseBlock();
      if (this.isKw("elif")) this.errorAt("'elif' block follows an 'else' block", this.peek());
    }
    return this.fin<A.If>({ _type: "If", test, body, orelse }, s);
  }

  private elseBlock(): S[] {
    const t = this.next();
    this.forced(":");
    return this.block("'else' statement", t);
  }

  private whileStmt(): A.While {
    const s = this.st();
    const t = this.next();
    const test = this.namedExpression();
    this.expectColonFor(t);
    const body = this.block("'while' statement", t);
    const orelse = this.isKw("else") ? this.elseBlock() : [];
    return this.fin<A.While>({ _type: "While", test, body, orelse }, s);
  }

  private forStmt(asyncStart: Start | null): S {
    const s = asyncStart ?? this.st();
    const t = this.next();
    const target = this.starTargets();
    this.expectKw("in");
    const iter = this.starExpressions();
    this.expectColonFor(t);
    const body = this.block("'for' statement", t);
    const orelse = this.isKw("else") ? this.elseBlock() : [];
    return this.fin({ _type: asyncStart ? "AsyncFor" : "For", target, iter, body, orelse, type_comment: null } as A.For, s);
  }

  private withStmt(asyncStart: Start | null): S {
    const s = asyncStart ?? this.st();
    const t = this.next();
    let items: A.withitem[] | null = null;
    if (this.isOp("(")) {
      items = this.attempt(() => {
        this.p++;
        const its: A.withitem[] = [];
        do {
          if (its.length && this.isOp(")")) break;
          its.push(this.withItem());
        } while (this.eatOp(","));
        this.expectOp(")");
        if (!this.isOp(":")) throw FAIL;
        return its;
      });
    }
    if (!items) {
      items = [];
      do items.push(this.withItem()); while (this.eatOp(","));
    }
    this.expectColonFor(t);
    const body = this.block("'with' statement", t);
    return this.fin({ _type: asyncStart ? "AsyncWith" : "With", items, body, type_comment: null } as A.With, s);
  }

  private withItem(): A.withitem {
    const context_expr = this.expression();
    let optional_vars: E | null = null;
    if (this.eatKw("as")) {
      optional_vars = this.starTarget();
      const n = this.peek();
      // (before NEWLINE, invalid_with_stmt reports "expected ':'")
      if (!(n.type === T.OP && (n.string === "," || n.string === ")" || n.string === ":")) && n.type !== T.NEWLINE) throw FAIL;
    }
    return { _type: "withitem", context_expr, optional_vars };
  }

  private tryStmt(): S {
    const s = this.st();
    const t = this.next();
    this.forced(":");
    const body = this.block("'try' statement", t);
    const handlers: A.ExceptHandler[] = [];
    let star: boolean | null = null;
    while (this.isKw("except")) {
      const hs = this.st();
      const et = this.next();
      const isStar = this.eatOp("*");
      if (star === null) star = isStar;
      else if (star !== isStar) {
        this.errorAt("cannot have both 'except' and 'except*' on the same 'try'", et);
      }
      let type: E | null = null;
      let name: string | null = null;
      if (!this.isOp(":")) {
        const ts = this.st();
        type = this.expression();
        if (this.isOp(",")) {
          // PEP 758: `except A, B:` (no 'as') is an unparenthesized tuple
          const elts = [type];
          while (this.eatOp(",")) {
            if (this.isOp(":")) break; // `expressions` allows a trailing comma
            elts.push(this.expression());
          }
          type = this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, ts);
          if (this.isKw("as")) {
            // python.gram invalid_except_stmt: from the first type to the current position
            this.attempt(() => { this.p++; this.expectName(); this.expectOp(":"); return true; });
            this.errorStartingFrom("multiple exception types must be parenthesized when using 'as'", type.elts[0]);
          }
        }
        if (this.eatKw("as")) name = this.expectName().string;
      } else if (isStar) {
        this.errorAt("expected one or more exception types", this.peek());
      }
      this.expectColonFor(et);
      const hbody = this.block(isStar ? "'except*' statement" : "'except' statement", et);
      handlers.push(this.fin<A.ExceptHandler>({ _type: "ExceptHandler", type, name, body: hbody }, hs));
    }
    let orelse: S[] = [];
    let finalbody: S[] = [];
    if (handlers.length && this.isKw("else")) orelse = this.elseBlock();
    if (this.isKw("finally")) {
      const ft = this.next();
      this.forced(":");
      finalbody = this.block("'finally' statement", ft);
    }
    if (!handlers.length && !finalbody.length) {
      this.errorAt("expected 'except' or 'finally' block", this.peek());
    }
    return this.fin({ _type: star ? "TryStar" : "Try", body, handlers, orelse, finalbody } as A.Try, s);
  }

  // ---- match -------------------------------------------------------------------------------

  private matchStmt(): S | null {
    // `match` is a soft keyword: a match statement only if `match subject:` NEWLINE follows
    const s = this.st();
    const head = this.attempt(() => {
      const mt = this.next();
      const subject = this.subjectExpr();
      this.expectOp(":");
      this.expectType(T.NEWLINE);
      return { mt, subject };
    });
    if (!head) return null;
    if (this.peek().type !== T.INDENT) {
      this.errorAt(`expected an indented block after 'match' statement on line ${head.mt.lineno}`, this.peek(), "IndentationError");
    }
    this.p++;
    const cases: A.match_case[] = [];
    while (this.isKw("case")) cases.push(this.caseBlock());
    if (!cases.length) throw FAIL;
    this.expectType(T.DEDENT);
    return this.fin<A.Match>({ _type: "Match", subject: head.subject, cases }, s);
  }

  private subjectExpr(): E {
    const s = this.st();
    const first = this.starNamedExpression();
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (this.isOp(":")) break;
        elts.push(this.starNamedExpression());
      }
      return this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, s);
    }
    if (first._type === "Starred") throw FAIL;
    return first;
  }

  private caseBlock(): A.match_case {
    const ct = this.next();
    const pattern = this.patterns();
    const guard = this.eatKw("if") ? this.namedExpression() : null;
    this.expectColonFor(ct);
    const body = this.block("'case' statement", ct);
    return { _type: "match_case", pattern, guard, body };
  }

  private patterns(): A.Pattern {
    const s = this.st();
    const first = this.maybeStarPattern();
    if (this.isOp(",")) {
      const pats = [first];
      while (this.eatOp(",")) {
        if (this.isOp(":") || this.isKw("if")) break;
        pats.push(this.maybeStarPattern());
      }
      return this.fin<A.MatchSequence>({ _type: "MatchSequence", patterns: pats }, s);
    }
    if (first._type === "MatchStar") return this.fin<A.MatchSequence>({ _type: "MatchSequence", patterns: [first] }, s);
    return first;
  }

  private maybeStarPattern(): A.Pattern {
    if (this.isOp("*")) {
      const s = this.st();
      this.p++;
      const n = this.expectName().string;
      return this.fin<A.MatchStar>({ _type: "MatchStar", name: n === "_" ? null : n }, s);
    }
    return this.pattern();
  }

  private pattern(): A.Pattern {
    const s = this.st();
    const orp = this.orPattern();
    if (this.eatKw("as")) {
      const nt = this.peek();
      if (nt.type === T.NAME && nt.string === "_") this.errorAt("cannot use '_' as a target", nt);
      const name = this.expectName().string;
      const n = this.peek();
      if (n.type === T.OP && (n.string === "." || n.string === "(" || n.string === "=")) throw FAIL;
      return this.fin<A.MatchAs>({ _type: "MatchAs", pattern: orp, name }, s);
    }
    return orp;
  }

  private orPattern(): A.Pattern {
    const s = this.st();
    const first = this.closedPattern();
    if (!this.isOp("|")) return first;
    const pats = [first];
    while (this.eatOp("|")) pats.push(this.closedPattern());
    return this.fin<A.MatchOr>({ _type: "MatchOr", patterns: pats }, s);
  }

  private closedPattern(): A.Pattern {
    const t = this.peek();
    const s = this.st();
    if (t.type === T.NUMBER || (t.type === T.OP && t.string === "-")) {
      const value = this.signedNumberOrComplex();
      return this.fin<A.MatchValue>({ _type: "MatchValue", value }, s);
    }
    if (t.type === T.STRING || t.type === T.FSTRING_START || t.type === T.TSTRING_START) {
      const value = this.strings();
      if (value._type === "JoinedStr") this.errorRange("patterns may only match literals and attribute lookups", value);
      return this.fin<A.MatchValue>({ _type: "MatchValue", value }, s);
    }
    if (t.type === T.NAME) {
      if (t.string === "None" || t.string === "True" || t.string === "False") {
        this.p++;
        const value = t.string === "None" ? null : t.string === "True";
        return this.fin<A.MatchSingleton>({ _type: "MatchSingleton", value }, s);
      }
      if (KEYWORDS.has(t.string)) throw FAIL;
      // capture, wildcard, value (dotted) or class pattern
      this.p++;
      let nameOrAttr: E = this.fin<A.Name>({ _type: "Name", id: t.string, ctx: LOAD }, s);
      let dotted = false;
      while (this.isOp(".")) {
        this.p++;
        const attr = this.expectName().string;
        nameOrAttr = this.fin<A.Attribute>({ _type: "Attribute", value: nameOrAttr, attr, ctx: LOAD }, s);
        dotted = true;
      }
      if (this.isOp("(")) return this.classPattern(nameOrAttr, s);
      if (dotted) return this.fin<A.MatchValue>({ _type: "MatchValue", value: nameOrAttr }, s);
      if (this.isOp("=")) throw FAIL;
      return this.fin<A.MatchAs>({ _type: "MatchAs", pattern: null, name: t.string === "_" ? null : t.string }, s);
    }
    if (t.type === T.OP) {
      if (t.string === "(") {
        this.p++;
        if (this.eatOp(")")) return this.fin<A.MatchSequence>({ _type: "MatchSequence", patterns: [] }, s);
        const first = this.maybeStarPattern();
        if (this.isOp(",")) {
          const pats = [first];
          while (this.eatOp(",")) {
            if (this.isOp(")")) break;
            pats.push(this.maybeStarPattern());
          }
          this.expectOp(")");
          return this.fin<A.MatchSequence>({ _type: "MatchSequence", patterns: pats }, s);
        }
        this.expectOp(")");
        if (first._type === "MatchStar") return this.fin<A.MatchSequence>({ _type: "MatchSequence", patterns: [first] }, s);
        return first; // group pattern: positions of the inner pattern
      }
      if (t.string === "[") {
        this.p++;
        const pats: A.Pattern[] = [];
        while (!this.isOp("]")) {
          pats.push(this.maybeStarPattern());
          if (!this.eatOp(",")) break;
        }
        this.expectOp("]");
        return this.fin<A.MatchSequence>({ _type: "MatchSequence", patterns: pats }, s);
      }
      if (t.string === "{") return this.mappingPattern();
    }
    throw FAIL;
  }

  private signedNumberOrComplex(): E {
    const s = this.st();
    let e: E;
    if (this.isOp("-")) {
      this.p++;
      const num = this.numberAtom();
      e = this.fin<A.UnaryOp>({ _type: "UnaryOp", op: { _type: "USub" }, operand: num }, s);
    } else {
      e = this.numberAtom();
    }
    if (this.isOp("+") || this.isOp("-")) {
      const op = this.next().string === "+" ? "Add" : "Sub";
      const imag = this.numberAtom();
      if (!(imag._type === "Constant" && typeof imag.value === "object" && imag.value !== null)) {
        this.errorRange("imaginary number required in complex literal", imag);
      }
      e = this.fin<A.BinOp>({ _type: "BinOp", left: e, op: { _type: op }, right: imag }, s);
    }
    return e;
  }

  private numberAtom(): A.Constant {
    const t = this.expectType(T.NUMBER);
    return this.fin<A.Constant>({ _type: "Constant", value: parseNumberLiteral(t.string), kind: null }, this.stTok(t));
  }

  private mappingPattern(): A.MatchMapping {
    const s = this.st();
    this.p++;
    const keys: E[] = [];
    const patterns: A.Pattern[] = [];
    let rest: string | null = null;
    while (!this.isOp("}")) {
      if (this.eatOp("**")) {
        rest = this.expectName().string;
        this.eatOp(",");
        break;
      }
      const kt = this.peek();
      let key: E;
      if (kt.type === T.NAME && kt.string !== "None" && kt.string !== "True" && kt.string !== "False") {
        const ks = this.st();
        this.p++;
        key = this.fin<A.Name>({ _type: "Name", id: kt.string, ctx: LOAD }, ks);
        if (!this.isOp(".")) throw FAIL;
        while (this.eatOp(".")) key = this.fin<A.Attribute>({ _type: "Attribute", value: key, attr: this.expectName().string, ctx: LOAD }, ks);
      } else if (kt.type === T.NAME) {
        const ks = this.st();
        this.p++;
        key = this.fin<A.Constant>({ _type: "Constant", value: kt.string === "None" ? null : kt.string === "True", kind: null }, ks);
      } else if (kt.type === T.STRING || kt.type === T.FSTRING_START) {
        key = this.strings();
      } else {
        key = this.signedNumberOrComplex();
      }
      this.expectOp(":");
      keys.push(key);
      patterns.push(this.pattern());
      if (!this.eatOp(",")) break;
    }
    this.expectOp("}");
    return this.fin<A.MatchMapping>({ _type: "MatchMapping", keys, patterns, rest }, s);
  }

  private classPattern(cls: E, s: Start): A.MatchClass {
    this.expectOp("(");
    const patterns: A.Pattern[] = [];
    const kwdAttrs: string[] = [];
    const kwdPatterns: A.Pattern[] = [];
    while (!this.isOp(")")) {
      const t = this.peek();
      if (t.type === T.NAME && this.peekAt(1).type === T.OP && this.peekAt(1).string === "=") {
        this.p += 2;
        kwdAttrs.push(t.string);
        kwdPatterns.push(this.pattern());
      } else {
        const pt = this.pattern();
        if (kwdAttrs.length) this.errorRange("positional patterns follow keyword patterns", pt);
        patterns.push(pt);
      }
      if (!this.eatOp(",")) break;
    }
    this.expectOp(")");
    return this.fin<A.MatchClass>({ _type: "MatchClass", cls, patterns, kwd_attrs: kwdAttrs, kwd_patterns: kwdPatterns }, s);
  }

  // ---- type parameters (PEP 695/696) --------------------------------------------------------

  private typeParams(): A.TypeParam[] {
    this.expectOp("[");
    const out: A.TypeParam[] = [];
    do {
      if (out.length && this.isOp("]")) break;
      out.push(this.typeParam());
    } while (this.eatOp(","));
    this.expectOp("]");
    if (!out.length) throw FAIL;
    return out;
  }

  private typeParam(): A.TypeParam {
    const s = this.st();
    if (this.eatOp("*")) {
      const name = this.expectName().string;
      if (this.isOp(":")) this.errorAt("cannot use constraints with TypeVarTuple", this.peek());
      const def = this.eatOp("=") ? this.starExpression() : null;
      return this.fin<A.TypeVarTuple>({ _type: "TypeVarTuple", name, default_value: def }, s);
    }
    if (this.eatOp("**")) {
      const name = this.expectName().string;
      if (this.isOp(":")) this.errorAt("cannot use bound with ParamSpec", this.peek());
      const def = this.eatOp("=") ? this.expression() : null;
      return this.fin<A.ParamSpec>({ _type: "ParamSpec", name, default_value: def }, s);
    }
    const name = this.expectName().string;
    const bound = this.eatOp(":") ? this.expression() : null;
    const def = this.eatOp("=") ? this.expression() : null;
    return this.fin<A.TypeVar>({ _type: "TypeVar", name, bound, default_value: def }, s);
  }

  // ---- parameters --------------------------------------------------------------------------

  /** parameters / lambda_parameters (python.gram). `lambda` disallows annotations. */
  private parameters(lambda: boolean): A.arguments {
    const posonly: A.arg[] = [];
    const args: A.arg[] = [];
    const defaults: E[] = [];
    let vararg: A.arg | null = null;
    const kwonly: A.arg[] = [];
    const kwDefaults: (E | null)[] = [];
    let kwarg: A.arg | null = null;
    const end = lambda ? ":" : ")";
    let seenStar = false;
    let seenSlash = false;
    for (;;) {
      if (this.isOp(end)) break;
      const t = this.peek();
      if (t.type === T.OP && t.string === "/") {
        if (seenSlash) this.errorAt("/ may appear only once", t);
        if (seenStar) this.errorAt("/ must be ahead of *", t);
        if (!args.length) this.errorAt("at least one argument must precede /", t);
        this.p++;
        seenSlash = true;
        posonly.push(...args);
        args.length = 0;
      } else if (t.type === T.OP && t.string === "*") {
        if (seenStar) this.errorAt("* argument may appear only once", t);
        this.p++;
        seenStar = true;
        if (this.isOp(",")) {
          // bare star: keyword-only marker
          const n = this.peekAt(1);
          if (n.type === T.OP && (n.string === end || n.string === "**")) this.errorAt("named arguments must follow bare *", t);
        } else if (this.isOp(end)) {
          this.errorAt("named arguments must follow bare *", t);
        } else {
          vararg = this.param(lambda, true);
          if (this.isOp("=")) this.errorAt("var-positional argument cannot have default value", this.peek());
        }
      } else if (t.type === T.OP && t.string === "**") {
        this.p++;
        kwarg = this.param(lambda, false);
        if (this.isOp("=")) this.errorAt("var-keyword argument cannot have default value", this.peek());
        this.eatOp(",");
        if (!this.isOp(end)) this.errorAt("arguments cannot follow var-keyword argument", this.peek());
        break;
      } else {
        const a = this.param(lambda, false);
        let d: E | null = null;
        if (this.eatOp("=")) d = this.expression();
        if (seenStar) {
          kwonly.push(a);
          kwDefaults.push(d);
        } else {
          if (d) defaults.push(d);
          else if (defaults.length) this.errorRange("parameter without a default follows parameter with a default", a);
          args.push(a);
        }
      }
      if (!this.eatOp(",")) break;
    }
    return { _type: "arguments", posonlyargs: posonly, args, vararg, kwonlyargs: kwonly, kw_defaults: kwDefaults, kwarg, defaults };
  }

  private param(lambda: boolean, star: boolean): A.arg {
    const s = this.st();
    const name = this.expectName().string;
    let annotation: E | null = null;
    if (!lambda && this.eatOp(":")) annotation = star ? this.starExpression() : this.expression();
    return this.fin<A.arg>({ _type: "arg", arg: name, annotation, type_comment: null }, s);
  }

  // =========================================================================================
  // Expressions
  // =========================================================================================

  /** expressions: expression (',' expression)* [','] (eval mode) */
  private expressions(): E {
    const s = this.st();
    const first = this.expression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.expression());
    }
    return this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, s);
  }

  /** star_expressions */
  private starExpressions(): E {
    const s = this.st();
    const first = this.starExpression();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (!this.startsExpression()) break;
      elts.push(this.starExpression());
    }
    return this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, s);
  }

  /** Could the next token begin an expression? (to end a trailing-comma list) */
  private startsExpression(): boolean {
    const t = this.peek();
    switch (t.type) {
      case T.NAME:
        return !KEYWORDS.has(t.string) || t.string === "None" || t.string === "True" || t.string === "False" ||
          t.string === "not" || t.string === "lambda" || t.string === "await";
      case T.NUMBER: case T.STRING: case T.FSTRING_START: case T.TSTRING_START: return true;
      case T.OP: return "([{-+~*...".includes(t.string) && t.string !== "." && t.string !== "**" || t.string === "...";
      default: return false;
    }
  }

  private starExpression(): E {
    if (this.isOp("*")) {
      const s = this.st();
      this.p++;
      const value = this.bitwiseOr();
      return this.fin<A.Starred>({ _type: "Starred", value, ctx: LOAD }, s);
    }
    return this.expression();
  }

  private starNamedExpression(): E {
    if (this.isOp("*")) {
      const s = this.st();
      this.p++;
      const value = this.bitwiseOr();
      return this.fin<A.Starred>({ _type: "Starred", value, ctx: LOAD }, s);
    }
    return this.namedExpression();
  }

  /** named_expression: NAME ':=' expression | expression !':=' */
  private namedExpression(checkAssign = true): E {
    const t = this.peek();
    if (t.type === T.NAME && !KEYWORDS.has(t.string)) {
      const n = this.peekAt(1);
      if (n.type === T.OP && n.string === ":=") {
        const s = this.st();
        this.p += 2;
        const target = this.fin<A.Name>({ _type: "Name", id: t.string, ctx: STORE }, s);
        target.end_lineno = t.endLineno; target.end_col_offset = t.endCol;
        const value = this.expression();
        return this.fin<A.NamedExpr>({ _type: "NamedExpr", target, value }, s);
      }
    }
    const startIdx = this.p;
    const e = this.expression();
    if (this.isOp(":=")) {
      this.errorRange(`cannot use assignment expressions with ${targetName(e)}`, e);
    }
    if (checkAssign && this.isOp("=")) this.invalidNamedExpression(e, startIdx);
    return e;
  }

  /**
   * python.gram invalid_named_expression, at `a` followed by '=': `NAME = b` is a typo for '==' or
   * ':='; another bitwise_or target gets "cannot assign to X here". Only when `= bitwise_or` is not
   * followed by another '=' or ':=' (else the invalid_assignment rules speak).
   */
  private invalidNamedExpression(a: E, startIdx: number): void {
    const save = this.p;
    const b = this.attempt(() => { this.p++; const r = this.bitwiseOr(); if (this.isOp("=") || this.isOp(":=")) throw FAIL; return r; });
    this.p = save;
    if (!b) return;
    if (a._type === "Name" && !this.parenthesized.has(a)) {
      this.errorRange("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", a, b);
    }
    const first = this.toks[startIdx];
    const startsDisplay = first.type === T.OP && (first.string === "[" || first.string === "(") && (a._type === "List" || a._type === "Tuple" || a._type === "GeneratorExp")
      || (first.type === T.NAME && (first.string === "True" || first.string === "None" || first.string === "False"));
    if (!startsDisplay && isBitwiseOrShaped(a)) {
      this.errorRange(`cannot assign to ${targetName(a)} here. Maybe you meant '==' instead of '='?`, a);
    }
  }

  /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
  expression(): E {
    if (this.isKw("lambda")) return this.lambdef();
    const s = this.st();
    const startIdx = this.p;
    const body = this.disjunction();
    if (this.isKw("if")) {
      const save = this.p;
      this.p++;
      const test = this.disjunction();
      if (!this.eatKw("else")) {
        // python.gram invalid_expression: "expected 'else' after 'if' expression"
        if (!this.isOp(":")) this.errorRange("expected 'else' after 'if' expression", body, test);
        this.p = save;
        return body;
      }
      const orelse = this.expression();
      return this.fin<A.IfExp>({ _type: "IfExp", test, body, orelse }, s);
    }
    this.invalidExpression(body, startIdx);
    return body;
  }

  /**
   * python.gram invalid_expression / invalid_legacy_expression: an expression directly followed by
   * another one. `print x` -> "Missing parentheses in call to 'print'"; inside brackets ->
   * "invalid syntax. Perhaps you forgot a comma?".
   */
  private invalidExpression(a: E, startIdx: number): void {
    const t = this.peek();
    const startsExpr = (t.type === T.NAME && (!KEYWORDS.has(t.string) || t.string === "True" || t.string === "False" || t.string === "None" || t.string === "lambda"))
      || t.type === T.NUMBER || t.type === T.STRING || t.type === T.FSTRING_START || t.type === T.TSTRING_START
      || (t.type === T.OP && t.string === "...");
    if (!startsExpr) return;
    const first = this.toks[startIdx];
    const isLegacy = a._type === "Name" && (a.id === "print" || a.id === "exec");
    if (isLegacy) {
      if (this.toks[startIdx + 1] === t) {
        const b = this.attempt(() => this.starExpressions());
        if (b) this.errorRange(`Missing parentheses in call to '${a.id}'. Did you mean ${a.id}(...)?`, a, b);
      }
      return;
    }
    const second = this.toks[startIdx + 1];
    if (first.type === T.NAME && second && (second.type === T.STRING || second.type === T.FSTRING_START || second.type === T.TSTRING_START)) return;
    if (first.type === T.NAME && SOFT_KEYWORDS.has(first.string)) return;
    if (this.toks[this.p - 1].level === 0) return;
    const save = this.p;
    const b = this.attempt(() => this.expression());
    this.p = save;
    // (pegen.c _PyPegen_raise_error_for_missing_comma: not across lines, where an unclosed
    // bracket is the likelier story)
    if (b && b.lineno === a.end_lineno) this.errorRange("invalid syntax. Perhaps you forgot a comma?", a, b);
  }

  private lambdef(): A.Lambda {
    const s = this.st();
    this.p++;
    const args = this.isOp(":") ? emptyArguments() : this.parameters(true);
    this.expectOp(":");
    const body = this.expression();
    return this.fin<A.Lambda>({ _type: "Lambda", args, body }, s);
  }

  private yieldExpr(): E {
    const s = this.st();
    this.p++;
    if (this.eatKw("from")) {
      const value = this.expression();
      return this.fin<A.YieldFrom>({ _type: "YieldFrom", value }, s);
    }
    const t = this.peek();
    const value = this.startsExpression() || (t.type === T.OP && t.string === "*") ? this.starExpressions() : null;
    return this.fin<A.Yield>({ _type: "Yield", value }, s);
  }

  private disjunction(): E {
    const s = this.st();
    const first = this.conjunction();
    if (!this.isKw("or")) return first;
    const values = [first];
    while (this.eatKw("or")) values.push(this.conjunction());
    return this.fin<A.BoolOp>({ _type: "BoolOp", op: { _type: "Or" }, values }, s);
  }

  private conjunction(): E {
    const s = this.st();
    const first = this.inversion();
    if (!this.isKw("and")) return first;
    const values = [first];
    while (this.eatKw("and")) values.push(this.inversion());
    return this.fin<A.BoolOp>({ _type: "BoolOp", op: { _type: "And" }, values }, s);
  }

  private inversion(): E {
    if (this.isKw("not")) {
      const s = this.st();
      this.p++;
      const operand = this.inversion();
      return this.fin<A.UnaryOp>({ _type: "UnaryOp", op: { _type: "Not" }, operand }, s);
    }
    return this.comparison();
  }

  private comparison(): E {
    const s = this.st();
    const left = this.bitwiseOr();
    const ops: A.CmpOpKind[] = [];
    const comparators: E[] = [];
    for (;;) {
      const t = this.peek();
      let op: A.CmpOpKind["_type"] | null = null;
      if (t.type === T.OP) {
        switch (t.string) {
          case "==": op = "Eq"; break;
          case "!=": op = "NotEq"; break;
          case "<": op = "Lt"; break;
          case "<=": op = "LtE"; break;
          case ">": op = "Gt"; break;
          case ">=": op = "GtE"; break;
        }
        if (op) this.p++;
      } else if (t.type === T.NAME) {
        if (t.string === "in") { op = "In"; this.p++; }
        else if (t.string === "not") {
          const n = this.peekAt(1);
          if (n.type === T.NAME && n.string === "in") { op = "NotIn"; this.p += 2; }
        } else if (t.string === "is") {
          const n = this.peekAt(1);
          if (n.type === T.NAME && n.string === "not") { op = "IsNot"; this.p += 2; }
          else { op = "Is"; this.p++; }
        }
      }
      if (!op) break;
      ops.push({ _type: op });
      comparators.push(this.bitwiseOr());
    }
    if (!ops.length) return left;
    return this.fin<A.Compare>({ _type: "Compare", left, ops, comparators }, s);
  }

  private binary(next: () => E, table: Record<string, A.OperatorKind["_type"]>): E {
    const s = this.st();
    let left = next();
    for (;;) {
      const t = this.peek();
      if (t.type !== T.OP) return left;
      const op = table[t.string];
      if (!op) return left;
      this.p++;
      const right = next();
      left = this.fin<A.BinOp>({ _type: "BinOp", left, op: { _type: op }, right }, s);
    }
  }

  private bitwiseOr = (): E => this.binary(this.bitwiseXor, { "|": "BitOr" });
  private bitwiseXor = (): E => this.binary(this.bitwiseAnd, { "^": "BitXor" });
  private bitwiseAnd = (): E => this.binary(this.shiftExpr, { "&": "BitAnd" });
  private shiftExpr = (): E => this.binary(this.sum, { "<<": "LShift", ">>": "RShift" });
  private sum = (): E => this.binary(this.term, { "+": "Add", "-": "Sub" });
  private term = (): E => this.binary(this.factor, { "*": "Mult", "/": "Div", "//": "FloorDiv", "%": "Mod", "@": "MatMult" });

  private factor = (): E => {
    const t = this.peek();
    if (t.type === T.OP && (t.string === "+" || t.string === "-" || t.string === "~")) {
      const s = this.st();
      this.p++;
      const operand = this.factor();
      const op = t.string === "+" ? "UAdd" : t.string === "-" ? "USub" : "Invert";
      return this.fin<A.UnaryOp>({ _type: "UnaryOp", op: { _type: op }, operand }, s);
    }
    return this.power();
  };

  private power(): E {
    const s = this.st();
    const left = this.awaitPrimary();
    if (this.eatOp("**")) {
      const right = this.factor();
      return this.fin<A.BinOp>({ _type: "BinOp", left, op: { _type: "Pow" }, right }, s);
    }
    return left;
  }

  private awaitPrimary(): E {
    if (this.isKw("await")) {
      const s = this.st();
      this.p++;
      const value = this.primary();
      return this.fin<A.Await>({ _type: "Await", value }, s);
    }
    return this.primary();
  }

  private primary(): E {
    const s = this.st();
    let e = this.atom();
    for (;;) {
      const t = this.peek();
      if (t.type !== T.OP) return e;
      if (t.string === ".") {
        this.p++;
        const attr = this.expectName().string;
        e = this.fin<A.Attribute>({ _type: "Attribute", value: e, attr, ctx: LOAD }, s);
      } else if (t.string === "(") {
        this.p++;
        let args: E[] = [], keywords: A.keyword[] = [];
        if (!this.isOp(")")) [args, keywords] = this.callArguments(t);
        this.expectOp(")");
        e = this.fin<A.Call>({ _type: "Call", func: e, args, keywords }, s);
      } else if (t.string === "[") {
        this.p++;
        const slice = this.slices();
        this.expectOp("]");
        e = this.fin<A.Subscript>({ _type: "Subscript", value: e, slice, ctx: LOAD }, s);
      } else {
        return e;
      }
    }
  }

  private slices(): E {
    const s = this.st();
    const first = this.sliceItem(true);
    if (!this.isOp(",")) {
      // `slice !','` excludes a starred item: `a[*b]` is a one-element tuple
      if (first._type === "Starred") return this.fin<A.Tuple>({ _type: "Tuple", elts: [first], ctx: LOAD }, s);
      return first;
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.sliceItem(true));
    }
    return this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, s);
  }

  /** slice: [expression] ':' [expression] [':' [expression]] | named_expression (| starred_expression) */
  private sliceItem(allowStar: boolean): E {
    const s = this.st();
    if (allowStar && this.isOp("*")) {
      this.p++;
      if (!this.startsExpression()) this.errorAt("Invalid star expression", this.peek());
      const value = this.bitwiseOr();
      return this.fin<A.Starred>({ _type: "Starred", value, ctx: LOAD }, s);
    }
    let lower: E | null = null;
    if (!this.isOp(":")) {
      lower = this.namedExpression();
      if (!this.isOp(":")) return lower;
      if (lower._type === "NamedExpr" && !this.parenthesized.has(lower)) throw FAIL;
    }
    this.p++; // ':'
    let upper: E | null = null, step: E | null = null;
    if (!this.isOp(":") && !this.isOp("]") && !this.isOp(",")) upper = this.expression();
    if (this.eatOp(":")) {
      if (!this.isOp("]") && !this.isOp(",")) step = this.expression();
    }
    return this.fin<A.Slice>({ _type: "Slice", lower, upper, step }, s);
  }

  private atom(): E {
    const t = this.peek();
    const s = this.st();
    switch (t.type) {
      case T.NAME: {
        switch (t.string) {
          case "True": this.p++; return this.fin<A.Constant>({ _type: "Constant", value: true, kind: null }, s);
          case "False": this.p++; return this.fin<A.Constant>({ _type: "Constant", value: false, kind: null }, s);
          case "None": this.p++; return this.fin<A.Constant>({ _type: "Constant", value: null, kind: null }, s);
        }
        if (KEYWORDS.has(t.string)) throw FAIL;
        this.p++;
        return this.fin<A.Name>({ _type: "Name", id: t.string, ctx: LOAD }, s);
      }
      case T.NUMBER:
        this.p++;
        return this.fin<A.Constant>({ _type: "Constant", value: parseNumberLiteral(t.string), kind: null }, s);
      case T.STRING: case T.FSTRING_START: case T.TSTRING_START:
        return this.strings();
      case T.OP:
        switch (t.string) {
          case "(": return this.parenAtom();
          case "[": return this.listAtom();
          case "{": return this.braceAtom();
          case "...": this.p++; return this.fin<A.Constant>({ _type: "Constant", value: PY_ELLIPSIS, kind: null }, s);
        }
    }
    throw FAIL;
  }

  /** tuple | group | genexp */
  private parenAtom(): E {
    const s = this.st();
    this.p++;
    if (this.eatOp(")")) return this.fin<A.Tuple>({ _type: "Tuple", elts: [], ctx: LOAD }, s);
    if (this.isKw("yield")) {
      const y = this.yieldExpr();
      this.expectOp(")");
      this.parenthesized.add(y);
      return y;
    }
    const first = this.starNamedExpression();
    if (this.isKw("for") || this.isKw("async")) {
      if (first._type === "Starred") this.errorRange("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expectOp(")");
      return this.fin<A.GeneratorExp>({ _type: "GeneratorExp", elt: first, generators }, s);
    }
    if (this.isOp(",")) {
      const elts = [first];
      while (this.eatOp(",")) {
        if (this.isOp(")")) break;
        elts.push(this.starNamedExpression());
      }
      this.expectOp(")");
      return this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: LOAD }, s);
    }
    if (!this.isOp(")")) throw FAIL;
    this.p++;
    if (first._type === "Starred") this.errorRange("cannot use starred expression here", first);
    this.parenthesized.add(first);
    return first;
  }

  private listAtom(): E {
    const s = this.st();
    this.p++;
    if (this.eatOp("]")) return this.fin<A.List>({ _type: "List", elts: [], ctx: LOAD }, s);
    const first = this.starNamedExpression();
    if (this.isKw("for") || this.isKw("async")) {
      if (first._type === "Starred") this.errorRange("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expectOp("]");
      return this.fin<A.ListComp>({ _type: "ListComp", elt: first, generators }, s);
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("]")) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp("]");
    return this.fin<A.List>({ _type: "List", elts, ctx: LOAD }, s);
  }

  /** dict | set | dictcomp | setcomp */
  private braceAtom(): E {
    const s = this.st();
    this.p++;
    if (this.eatOp("}")) return this.fin<A.Dict>({ _type: "Dict", keys: [], values: [] }, s);
    if (this.isOp("**")) return this.dictRest(s, [], []);
    const first = this.starNamedExpression();
    if (this.isOp(":") && first._type !== "Starred") {
      const colon = this.next();
      this.kvValueExpected(colon);
      const value = this.expression();
      if (this.isKw("for") || this.isKw("async")) {
        const generators = this.forIfClauses();
        this.expectOp("}");
        return this.fin<A.DictComp>({ _type: "DictComp", key: first, value, generators }, s);
      }
      return this.dictRest(s, [first], [value]);
    }
    if (this.isKw("for") || this.isKw("async")) {
      if (first._type === "Starred") this.errorRange("iterable unpacking cannot be used in comprehension", first);
      const generators = this.forIfClauses();
      this.expectOp("}");
      return this.fin<A.SetComp>({ _type: "SetComp", elt: first, generators }, s);
    }
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isOp("}")) break;
      elts.push(this.starNamedExpression());
    }
    this.expectOp("}");
    return this.fin<A.Set>({ _type: "Set", elts }, s);
  }

  private dictRest(s: Start, keys: (E | null)[], values: E[]): A.Dict {
    for (;;) {
      if (keys.length) {
        if (!this.eatOp(",")) break;
        if (this.isOp("}")) break;
      }
      if (this.eatOp("**")) {
        keys.push(null);
        values.push(this.bitwiseOr());
      } else {
        const key = this.expression();
        keys.push(key);
        if (!this.isOp(":")) {
          // python.gram invalid_kvpair: at the key's end, end_offset 0
          const text = this.tk.lineText(key.end_lineno);
          throw new PySyntaxError("SyntaxError", "':' expected after dictionary key", this.filename, key.lineno,
            byteToCharOffset(text, key.end_col_offset), key.end_lineno, 0, this.tk.lineText(key.lineno));
        }
        this.kvValueExpected(this.next());
        values.push(this.expression());
      }
    }
    this.expectOp("}");
    return this.fin<A.Dict>({ _type: "Dict", keys, values }, s);
  }

  /** python.gram invalid_double_starred_kvpairs: `key:` directly followed by '}' or ','. */
  private kvValueExpected(colon: Token): void {
    if (this.isOp("}") || this.isOp(",")) this.errorAt("expression expected after dictionary key and ':'", colon);
  }

  /** for_if_clauses */
  private forIfClauses(): A.comprehension[] {
    const out: A.comprehension[] = [];
    for (;;) {
      let isAsync = 0;
      if (this.isKw("async") && this.peekAt(1).type === T.NAME && this.peekAt(1).string === "for") { this.p++; isAsync = 1; }
      else if (!this.isKw("for")) break;
      this.p++;
      const target = this.starTargets();
      this.expectKw("in");
      const iter = this.disjunction();
      const ifs: E[] = [];
      while (this.eatKw("if")) ifs.push(this.disjunction());
      out.push({ _type: "comprehension", target, iter, ifs, is_async: isAsync });
    }
    return out;
  }

  /** Call arguments (python.gram `arguments`/`args`/`kwargs`). `open` is the '(' token or null (class bases). */
  private callArguments(open: Token | null): [E[], A.keyword[]] {
    const args: E[] = [];
    const keywords: A.keyword[] = [];
    let sawKeyword = false, sawDoubleStar = false;
    let posAfterKw: string | undefined;
    for (;;) {
      if (this.isOp(")")) break;
      const t = this.peek();
      const s = this.st();
      if (t.type === T.OP && t.string === "*") {
        this.p++;
        if (!this.startsExpression()) this.errorAt("Invalid star expression", this.peek());
        const value = this.expression();
        const st = this.fin<A.Starred>({ _type: "Starred", value, ctx: LOAD }, s);
        if (sawDoubleStar) this.errorRange("iterable argument unpacking follows keyword argument unpacking", st);
        args.push(st);
      } else if (t.type === T.OP && t.string === "**") {
        this.p++;
        const value = this.expression();
        keywords.push(this.fin<A.keyword>({ _type: "keyword", arg: null, value }, s));
        sawDoubleStar = true;
      } else if (t.type === T.NAME && this.peekAt(1).type === T.OP && this.peekAt(1).string === "=") {
        if (KEYWORDS.has(t.string)) {
          if (t.string === "True" || t.string === "False" || t.string === "None") this.errorRange(`cannot assign to ${t.string}`, t);
          throw FAIL;
        }
        this.p += 2;
        const value = this.expression();
        keywords.push(this.fin<A.keyword>({ _type: "keyword", arg: t.string, value }, s));
        sawKeyword = true;
      } else {
        const e = this.namedExpression(false);
        if (this.isKw("for") || this.isKw("async")) {
          // a bare generator expression argument: its positions include the call's parentheses
          if (!open) throw FAIL; // class bases take no bare generator expression
          const generators = this.forIfClauses();
          const close = this.peek();
          if (!(close.type === T.OP && close.string === ")") || args.length || keywords.length) {
            const g = this.fin<A.GeneratorExp>({ _type: "GeneratorExp", elt: e, generators }, this.stOf(e));
            this.errorRange("Generator expression must be parenthesized", g);
          }
          const g = { _type: "GeneratorExp", elt: e, generators } as A.GeneratorExp;
          if (open) {
            g.lineno = open.lineno; g.col_offset = open.col; g.end_lineno = close.endLineno; g.end_col_offset = close.endCol;
          } else {
            this.fin(g, this.stOf(e));
          }
          args.push(g);
        } else {
          if (this.isOp("=")) {
            this.errorRange('expression cannot contain assignment, perhaps you meant "=="?', e, this.peek());
          }
          // python.gram invalid_arguments `args ',' args`: reported at the token after the arguments
          if (sawDoubleStar || sawKeyword) posAfterKw ??= sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
          args.push(e);
        }
      }
      if (!this.eatOp(",")) break;
    }
    if (posAfterKw) this.errorAt(posAfterKw, this.peek());
    return [args, keywords];
  }

  // ---- targets -----------------------------------------------------------------------------

  /** star_targets (for loops, comprehensions) */
  private starTargets(): E {
    const s = this.st();
    const first = this.starTarget();
    if (!this.isOp(",")) return first;
    const elts = [first];
    while (this.eatOp(",")) {
      if (this.isKw("in") || this.isOp("=")) break;
      elts.push(this.starTarget());
    }
    return this.fin<A.Tuple>({ _type: "Tuple", elts, ctx: STORE }, s);
  }

  private starTarget(): E {
    if (this.isOp("*")) {
      const s = this.st();
      this.p++;
      if (this.isOp("*")) throw FAIL;
      const value = this.starTarget();
      return this.fin<A.Starred>({ _type: "Starred", value, ctx: STORE }, s);
    }
    const e = this.primaryOrGroupTarget();
    return this.setCtx(e, STORE, "for");
  }

  private primaryOrGroupTarget(): E {
    // star_atom includes parenthesized target lists; a primary otherwise
    return this.bitwiseOr();
  }

  /** Set ctx on a target expression, raising CPython's invalid-target errors. */
  private setCtx<X extends E>(e: X, ctx: A.ExprContext, kind: TargetKind): X {
    switch (e._type) {
      case "Name": case "Attribute": case "Subscript":
        (e as A.Name).ctx = ctx;
        return e;
      case "Starred":
        if (kind === "del") break;
        e.ctx = ctx;
        this.setCtx(e.value, ctx, kind);
        return e;
      case "Tuple": case "List":
        e.ctx = ctx;
        for (const x of e.elts) this.setCtx(x, ctx, kind);
        return e;
    }
    const bad = invalidTarget(e, kind) ?? e;
    const verb = kind === "del" ? "delete" : "assign to";
    this.errorRange(`cannot ${verb} ${targetName(bad)}`, bad);
  }

  // ---- strings -----------------------------------------------------------------------------

  /** strings: (fstring | tstring | string)+ with implicit concatenation (action_helpers.c _PyPegen_concatenate_strings). */
  private strings(): E {
    const s = this.st();
    type Piece = { kind: "str" | "bytes" | "f" | "t"; tok: Token; value?: string | Uint8Array; parts?: E[]; u?: boolean; endTok: Token };
    const pieces: Piece[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === T.STRING) {
        this.p++;
        pieces.push(this.stringPiece(t) as Piece);
      } else if (t.type === T.FSTRING_START || t.type === T.TSTRING_START) {
        const [parts, endTok] = this.fstring();
        pieces.push({ kind: t.type === T.TSTRING_START ? "t" : "f", tok: t, parts, endTok });
      } else break;
    }
    const endTok = this.last();
    const hasBytes = pieces.some((x) => x.kind === "bytes");
    const hasT = pieces.some((x) => x.kind === "t");
    if (hasT && pieces.some((x) => x.kind !== "t")) {
      const bad = pieces.find((x) => x.kind !== "t")!;
      this.errorRange("cannot mix t-string literals with string or bytes literals", pieces[0].tok, bad.endTok);
    }
    if (hasBytes && pieces.some((x) => x.kind !== "bytes")) {
      this.errorRange("cannot mix bytes and nonbytes literals", pieces[0].tok, endTok);
    }
    if (hasBytes) {
      const chunks = pieces.map((x) => x.value as Uint8Array);
      const total = chunks.reduce((n, c) => n + c.length, 0);
      const buf = new Uint8Array(total);
      let o = 0;
      for (const c of chunks) { buf.set(c, o); o += c.length; }
      return this.fin<A.Constant>({ _type: "Constant", value: new PyBytes(buf), kind: null }, s);
    }
    if (!pieces.some((x) => x.kind === "f" || x.kind === "t")) {
      const value = pieces.map((x) => x.value as string).join("");
      return this.fin<A.Constant>({ _type: "Constant", value, kind: pieces[0].u ? "u" : null }, s);
    }
    // f-string concatenation: adjacent constants merge; plain strings contribute their whole token
    const values: E[] = [];
    // a merged constant keeps kind='u' when its first piece was a u-string
    let pend: { value: string; start: A.Pos | Token; end: A.Pos | Token; u: boolean } | null = null;
    const flush = () => {
      if (pend && pend.value !== "") {
        const c = { _type: "Constant", value: pend.value, kind: pend.u ? "u" : null } as A.Constant;
        setRange(c, pend.start, pend.end);
        values.push(c);
      }
      pend = null;
    };
    for (const pc of pieces) {
      if (pc.kind === "str") {
        if (pend) { pend.value += pc.value as string; pend.end = pc.tok; }
        else pend = { value: pc.value as string, start: pc.tok, end: pc.tok, u: !!pc.u };
        continue;
      }
      for (const part of pc.parts!) {
        if (part._type === "Constant") {
          if (pend) { pend.value += part.value as string; pend.end = part; }
          else pend = { value: part.value as string, start: part, end: part, u: false };
        } else {
          flush();
          values.push(part);
        }
      }
    }
    flush();
    return this.fin({ _type: hasT ? "TemplateStr" : "JoinedStr", values } as A.JoinedStr, s);
  }

  private stringPiece(t: Token): { kind: "str" | "bytes"; tok: Token; value: string | Uint8Array; u: boolean; endTok: Token } {
    const text = t.string;
    let i = 0;
    while (text[i] !== "'" && text[i] !== '"') i++;
    const prefix = text.slice(0, i).toLowerCase();
    const q = text[i];
    const triple = text[i + 1] === q && text[i + 2] === q && text.length >= i + 6;
    const ql = triple ? 3 : 1;
    const body = text.slice(i + ql, text.length - ql);
    const raw = prefix.includes("r");
    if (prefix.includes("b")) {
      for (let k = 0; k < body.length; k++) {
        if (body.charCodeAt(k) >= 0x80) this.errorRange("bytes can only contain ASCII literal characters", t);
      }
      try {
        return { kind: "bytes", tok: t, value: decodeBytesBody(body, raw, this.escapeWarner(t, text.length - body.length - ql)), u: false, endTok: t };
      } catch (e) {
        const ee = e as EscapeError;
        this.errorRange(`(value error) ${ee.msg}`, t);
      }
    }
    try {
      return { kind: "str", tok: t, value: decodeStrBody(body, raw, this.escapeWarner(t, text.length - body.length - ql)), u: prefix === "u", endTok: t };
    } catch (e) {
      const ee = e as EscapeError;
      if (typeof ee.msg !== "string") throw e;
      const startByte = utf8Bytes(body.slice(0, ee.index));
      this.unicodeError(ee, startByte, body, t);
    }
  }

  /** pegen.c _PyPegen_warn_invalid_escape_sequence: a SyntaxWarning on the escape's line. */
  private escapeWarner(t: Token, bodyOffset: number): ((esc: string, index: number, octal: boolean) => void) | undefined {
    if (!this.warnings) return undefined;
    return (esc, index, octal) => {
      const before = t.string.slice(0, bodyOffset + index);
      let line = t.lineno;
      for (let k = 0; k < before.length; k++) if (before.charCodeAt(k) === 10) line++;
      const what = octal ? "invalid octal escape sequence" : "invalid escape sequence";
      this.warnings!.push({
        category: "SyntaxWarning",
        message: `"\\${esc}" is an ${what}. Such sequences will not work in the future. Did you mean "\\\\${esc}"? A raw string is also an option.`,
        lineno: line,
      });
    };
  }

  private unicodeError(ee: EscapeError, startByte: number, body: string, t: Token): never {
    // CPython: "(unicode error) 'unicodeescape' codec can't decode bytes in position a-b: msg"
    let endByte = startByte + 1;
    const rest = body.slice(ee.index);
    const m = /^\\(x[0-9a-fA-F]{0,1}|u[0-9a-fA-F]{0,3}|U[0-9a-fA-F]{0,7}|N\{[^}]*\}?|N)/.exec(rest);
    if (m) endByte = startByte + utf8Bytes(m[0]) - 1;
    this.errorRange(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${startByte}-${endByte}: ${ee.msg}`, t);
  }

  /** One f-string or t-string: FSTRING_START (middle | replacement_field)* FSTRING_END. */
  private fstring(): [E[], Token] {
    const startTok = this.next();
    const isT = startTok.type === T.TSTRING_START;
    const raw = startTok.string.toLowerCase().includes("r");
    const END = isT ? T.TSTRING_END : T.FSTRING_END;
    const MIDDLE = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
    const parts: E[] = [];
    for (;;) {
      const t = this.peek();
      if (t.type === END) { this.p++; return [parts, t]; }
      if (t.type === MIDDLE) {
        this.p++;
        parts.push(this.fstringMiddle(t, raw));
        continue;
      }
      if (t.type === T.OP && t.string === "{") {
        pushField(parts, this.replacementField(isT, raw));
        continue;
      }
      throw FAIL;
    }
  }

  private fstringMiddle(t: Token, raw: boolean): A.Constant {
    let value: string;
    try {
      value = decodeStrBody(t.string, raw, this.escapeWarner(t, 0));
    } catch (e) {
      const ee = e as EscapeError;
      if (typeof ee.msg !== "string") throw e;
      this.unicodeError(ee, utf8Bytes(t.string.slice(0, ee.index)), t.string, t);
    }
    const c = { _type: "Constant", value, kind: null } as A.Constant;
    setRange(c, t, t);
    return c;
  }

  /** fstring_replacement_field: '{' annotated_rhs '='? ['!' NAME] [':' format_spec*] '}' */
  /** `inSpec`: a field nested in a format spec, which is a FormattedValue even in a t-string. */
  private replacementField(isTString: boolean, raw: boolean, inSpec = false): E {
    const isT = isTString && !inSpec;
    const open = this.next();
    const kind = isTString ? "t-string" : "f-string";
    const s = this.stTok(open);
    const nt = this.peek();
    if (nt.type === T.OP && (nt.string === "}" || nt.string === "!" || nt.string === ":" || nt.string === "=")) {
      this.errorAt(`${kind}: valid expression required before '${nt.string}'`, nt);
    }
    if (nt.type === T.NAME && nt.string === "lambda") {
      // python.gram invalid_expression: 'lambda' [lambda_params] ':' &FSTRING_MIDDLE
      const colon = this.attempt(() => {
        this.p++;
        if (!this.isOp(":")) this.parameters(true);
        return this.expectOp(":");
      });
      const mid = this.peek().type;
      if (colon && (mid === T.FSTRING_MIDDLE || mid === T.TSTRING_MIDDLE)) {
        this.errorRange(`${kind}: lambda expressions are not allowed without parentheses`, nt, colon);
      }
      this.p = this.toks.indexOf(nt);
    }
    const value = this.isKw("yield") ? this.yieldExpr() : this.starExpressions();
    // Interpolation.str: the expression's source text, comments removed (action_helpers.c _PyPegen_interpolation)
    const exprText = stripComments(this.tk.src.slice(open.end, this.toks[this.p - 1].end));
    let debugText: string | null = null;
    let debugEnd: Token | null = null;
    if (this.isOp("=")) {
      this.p++;
      // the text of the expression and '=', with surrounding whitespace and without comments
      const after = this.peek();
      debugText = stripComments(this.tk.src.slice(open.end, after.start));
      debugEnd = after;
    }
    let conversion = -1;
    if (this.isOp("!")) {
      const bang = this.next();
      const ct = this.peek();
      if (ct.type !== T.NAME) this.errorAt(`${kind}: missing conversion character`, ct);
      if (ct.start !== bang.end) this.errorAt(`${kind}: conversion type must come right after the exclamanation mark`, ct);
      this.p++;
      if (ct.string !== "s" && ct.string !== "r" && ct.string !== "a") {
        this.errorAt(`${kind}: invalid conversion character '${ct.string}': expected 's', 'r', or 'a'`, ct);
      }
      conversion = ct.string.charCodeAt(0);
    }
    let formatSpec: A.JoinedStr | null = null;
    if (this.isOp(":")) {
      const colon = this.next();
      const specParts: E[] = [];
      for (;;) {
        const t = this.peek();
        const MIDDLE = isT ? T.TSTRING_MIDDLE : T.FSTRING_MIDDLE;
        if (t.type === MIDDLE) { this.p++; specParts.push(this.fstringMiddle(t, raw)); continue; }
        if (t.type === T.OP && t.string === "{") { pushField(specParts, this.replacementField(isTString, raw, true)); continue; }
        break;
      }
      // action_helpers.c _PyPegen_setup_full_format_spec: empty constants are dropped; two or more
      // pieces that are all constants concatenate to a bare Constant spanning the spec
      const nonEmpty = specParts.filter((x) => !(x._type === "Constant" && x.value === ""));
      if (nonEmpty.length >= 2 && nonEmpty.every((x) => x._type === "Constant")) {
        const value = nonEmpty.map((x) => (x as A.Constant).value as string).join("");
        formatSpec = this.fin<A.Constant>({ _type: "Constant", value, kind: null }, this.stTok(colon)) as unknown as A.JoinedStr;
      }
      // merge adjacent constants in the spec
      const merged: E[] = [];
      for (const part of specParts) {
        const prev = merged[merged.length - 1];
        if (part._type === "Constant" && prev && prev._type === "Constant") {
          prev.value = (prev.value as string) + (part.value as string);
          prev.end_lineno = part.end_lineno; prev.end_col_offset = part.end_col_offset;
        } else merged.push(part);
      }
      formatSpec ??= this.fin<A.JoinedStr>({ _type: "JoinedStr", values: merged.filter((x) => !(x._type === "Constant" && x.value === "")) }, this.stTok(colon));
    }
    const close = this.peek();
    if (!(close.type === T.OP && close.string === "}")) {
      if (close.type === T.FSTRING_END || close.type === T.TSTRING_END || close.type === T.NEWLINE || close.type === T.ENDMARKER) {
        this.errorAt(`${kind}: expecting '}'`, close);
      }
      throw FAIL;
    }
    this.p++;
    let node: E;
    if (isT) {
      const str = exprText;
      node = this.fin<A.Interpolation>({
        _type: "Interpolation", value, str,
        conversion: debugText !== null && conversion === -1 && !formatSpec ? 114 : conversion, format_spec: formatSpec,
      }, s);
    } else {
      if (debugText !== null && conversion === -1 && !formatSpec) conversion = 114; // 'r'
      node = this.fin<A.FormattedValue>({ _type: "FormattedValue", value, conversion, format_spec: formatSpec }, s);
    }
    if (debugText !== null) {
      const c = { _type: "Constant", value: debugText, kind: null } as A.Constant;
      const endT = debugEnd!;
      c.lineno = open.endLineno; c.col_offset = open.endCol;
      c.end_lineno = endT.lineno; c.end_col_offset = endT.col;
      return this.pair(c, node);
    }
    return node;
  }

  /** A debug f-string field yields two values: the text constant and the formatted value. */
  private pair(c: A.Constant, v: E): E {
    (v as E & { _debugText?: A.Constant })._debugText = c;
    return v;
  }

}


/** Append a replacement field's value(s): a debug field (`{x=}`) brings its text constant first. */
function pushField(parts: E[], v: E): void {
  const d = (v as E & { _debugText?: A.Constant })._debugText;
  if (d) {
    delete (v as E & { _debugText?: A.Constant })._debugText;
    parts.push(d);
  }
  parts.push(v);
}

/** Remove `#` comments from expression source text, keeping newlines (strings are skipped over). */
function stripComments(text: string): string {
  if (text.indexOf("#") < 0) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === "#") {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl;
      continue;
    }
    if (c === "'" || c === '"') {
      const triple = text.startsWith(c + c + c, i);
      const q = triple ? c + c + c : c;
      let j = i + q.length;
      while (j < text.length && !text.startsWith(q, j)) j += text[j] === "\\" ? 2 : 1;
      j = Math.min(text.length, j + q.length);
      out += text.slice(i, j);
      i = j;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

function setRange(n: A.Pos, a: A.Pos | Token, b: A.Pos | Token): void {
  if ("type" in a && typeof (a as Token).type === "number") { n.lineno = (a as Token).lineno; n.col_offset = (a as Token).col; }
  else { n.lineno = (a as A.Pos).lineno; n.col_offset = (a as A.Pos).col_offset; }
  if ("type" in b && typeof (b as Token).type === "number") { n.end_lineno = (b as Token).endLineno; n.end_col_offset = (b as Token).endCol; }
  else { n.end_lineno = (b as A.Pos).end_lineno; n.end_col_offset = (b as A.Pos).end_col_offset; }
}

function emptyArguments(): A.arguments {
  return { _type: "arguments", posonlyargs: [], args: [], vararg: null, kwonlyargs: [], kw_defaults: [], kwarg: null, defaults: [] };
}

function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

/** Convert a UTF-8 byte column in `line` to a character (code point) column. */
export function byteToCharOffset(line: string, byteCol: number): number {
  let bytes = 0, chars = 0;
  for (const ch of line) {
    if (bytes >= byteCol) break;
    const cp = ch.codePointAt(0)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    chars++;
  }
  return chars;
}

export type { ConstantValue };
