// The compiler's symbol table: which names each scope binds, uses and declares, and where each name
// lives at run time (local, cell, free, global). A port of CPython 3.14's Python/symtable.c (plus the
// __future__ scan of Python/future.c that runs before it), kept close to the C so the two read side
// by side: the same two passes (collect raw flags while walking the AST, then resolve scopes top-down
// in analyzeBlock), the same block types, the same flag bits, the same error messages and locations.
//
// What the compiler reads from here:
// - buildSymtable(mod) -> Symtable; Symtable.lookup(astNode) gives the SymtableEntry of the scope
//   a node opens (module, def, lambda, class, comprehension, TypeAlias value, type-param block;
//   the function-annotation block is keyed by the `arguments` node, a TypeVar's default by
//   secondaryKey(typeParam), a module/class's shared annotation block by secondaryKey(entry) --
//   CPython's `(uintptr_t)key + 1`).
// - SymtableEntry: symbols (name -> flags | scope << SCOPE_OFFSET), varnames (parameters first),
//   children (inlined comprehensions spliced out, as CPython), generator / coroutine / nested /
//   method / varargs / varkeywords / hasDocstring (the code flags), needsClassClosure (__class__
//   cell), needsClassdict (__classdict__ cell), hasConditionalAnnotations, compInlined (PEP 709).
// - getScope(entry, name), mangle(privateName, name), maybeMangle(...).
//
// SyntaxErrors CPython 3.14 raises from the *compiler* (Python/codegen.c, Python/compile.c), not
// from here -- for the codegen author (checked against pyodide: compile() raises them,
// _symtable.symtable does not):
//   "'return' outside function", "'yield' outside function", "'return' with value in async generator",
//   "'yield from' inside async function", "'break' outside loop", "'continue' not properly in loop",
//   "'break', 'continue' and 'return' cannot appear in an except* block",
//   "default 'except:' must be last", "too many statically nested blocks",
//   "multiple starred expressions in assignment", "too many expressions in star-unpacking assignment",
//   "starred assignment target must be in a list or tuple", "can't use starred expression here",
//   and for match statements "multiple assignments to name %R in pattern", "alternative patterns
//   bind different names", "wildcard makes remaining patterns unreachable", "name capture %R makes
//   remaining patterns unreachable", "mapping pattern checks duplicate key (%R)", "attribute name
//   repeated in class pattern: %U"; plus the compiler's SyntaxWarnings.
// Everything else scope-related is raised here, including what 3.14 moved out of the compiler:
// "'await' outside function", "'await' outside async function", "'async with'/'async for' outside
// async function", "asynchronous comprehension outside of an asynchronous function", "cannot
// assign to / delete __debug__" (for keywords, attributes, imports, parameters, del, match
// keywords), and "from __future__ imports must occur at the beginning of the file".
import type * as A from "../parse/ast.js";
import { PySyntaxError } from "../parse/errors.js";

// ---- flags (Include/internal/pycore_symtable.h) ----
export const DEF_GLOBAL = 1; /* global stmt */
export const DEF_LOCAL = 2; /* assignment in code block */
export const DEF_PARAM = 2 << 1; /* formal parameter */
export const DEF_NONLOCAL = 2 << 2; /* nonlocal stmt */
export const USE = 2 << 3; /* name is used */
export const DEF_FREE = 2 << 4; /* name used but not defined in nested block (unused, as in CPython) */
export const DEF_FREE_CLASS = 2 << 5; /* free variable from class's method */
export const DEF_IMPORT = 2 << 6; /* assignment occurred via import */
export const DEF_ANNOT = 2 << 7; /* this name is annotated */
export const DEF_COMP_ITER = 2 << 8; /* this name is a comprehension iteration variable */
export const DEF_TYPE_PARAM = 2 << 9; /* this name is a type parameter */
export const DEF_COMP_CELL = 2 << 10; /* this name is a cell in an inlined comprehension */
export const DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/** Scope of a name: (flags >> SCOPE_OFFSET) & SCOPE_MASK. */
export const SCOPE_OFFSET = 12;
export const SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;
export const LOCAL = 1;
export const GLOBAL_EXPLICIT = 2;
export const GLOBAL_IMPLICIT = 3;
export const FREE = 4;
export const CELL = 5;

/** _Py_block_ty (same numbers as `_symtable.TYPE_*`). */
export const BlockType = {
  Function: 0,
  Class: 1,
  Module: 2,
  /** PEP 649 `__annotate__` scopes. */
  Annotation: 3,
  /** The value of `type X = ...` (PEP 695). */
  TypeAlias: 4,
  /** The type-parameter scope around a generic def/class/type alias (PEP 695). */
  TypeParameters: 5,
  /** A TypeVar bound/constraints or a type parameter's default (PEP 695/696). */
  TypeVariable: 6,
} as const;
export type BlockType = (typeof BlockType)[keyof typeof BlockType];

/** _Py_comprehension_ty. */
export const ComprehensionType = { None: 0, List: 1, Dict: 2, Set: 3, Generator: 4 } as const;
export type ComprehensionType = (typeof ComprehensionType)[keyof typeof ComprehensionType];

/** Python/future.c: CO_FUTURE_* bits. */
export const CO_FUTURE_BARRY_AS_BDFL = 0x400000;
export const CO_FUTURE_ANNOTATIONS = 0x1000000;
/** PyCF_ALLOW_TOP_LEVEL_AWAIT (asyncio REPL, `compile(..., flags=...)`). */
export const PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000;

export interface SourceLocation { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }

/** _PyFutureFeatures: the CO_FUTURE_* flags and where the last `from __future__` import is. */
export interface FutureFeatures { features: number; location: SourceLocation }

export const symbolToScope = (flags: number): number => (flags >> SCOPE_OFFSET) & SCOPE_MASK;

// A TypeVar's default and a module/class's AnnAssign annotation block are keyed in CPython by
// "address + 1" of another key. secondaryKey(x) stands for that: one stable object per x.
const secondaryKeys = new WeakMap<object, object>();
export function secondaryKey(key: object): object {
  let k = secondaryKeys.get(key);
  if (!k) secondaryKeys.set(key, (k = { secondaryOf: key }));
  return k;
}

/** PySTEntryObject: one scope. */
export class SymtableEntry {
  /** name -> DEF_* flags | scope << SCOPE_OFFSET (insertion-ordered, as CPython's dict). */
  readonly symbols = new Map<string, number>();
  /** Parameters in definition order (posonly, args, kwonly, *args, **kwargs), as ste_varnames. */
  readonly varnames: string[] = [];
  readonly children: SymtableEntry[] = [];
  /** global/nonlocal directives (and walrus-implied ones): name, location (for error messages). */
  directives: Array<[string, SourceLocation]> | null = null;
  /** Inside the type-param scope of a generic class: the only names to mangle (shared set). */
  mangledNames: Set<string> | null = null;
  /** For TypeVariable blocks: "a TypeVar bound", "a TypeVar default", ... (error messages). */
  scopeInfo: string | null = null;
  /** For function-annotation blocks: the function's name (__annotate__'s qualname). */
  functionName: string | null = null;

  nested = false;
  generator = false;
  coroutine = false;
  comprehension: ComprehensionType = ComprehensionType.None;
  varargs = false;
  varkeywords = false;
  returnsValue = false;
  /** Class block: a method uses __class__ (super() or the name), so the class makes a __class__ cell. */
  needsClassClosure = false;
  /** Class block: an annotation/type-param scope reads the class namespace through __classdict__. */
  needsClassdict = false;
  /** Module or class with annotations that may not run (PEP 649 __conditional_annotations__). */
  hasConditionalAnnotations = false;
  inConditionalBlock = false;
  inUnevaluatedAnnotation = false;
  /** Comprehension inlined into its parent (PEP 709). */
  compInlined = false;
  compIterTarget = false;
  /** Annotation / type-param scopes directly inside a class: they see the class's names. */
  canSeeClassScope = false;
  compIterExpr = 0;
  annotationsUsed = false;
  /** The module's or class's shared AnnAssign annotation block. */
  annotationBlock: SymtableEntry | null = null;
  hasDocstring = false;
  /** A function defined directly in a class body (CO_METHOD). */
  method = false;

  constructor(
    readonly table: Symtable,
    readonly name: string,
    readonly type: BlockType,
    /** The AST key this entry is registered under (CPython's ste_id). */
    readonly key: object,
    readonly loc: SourceLocation,
  ) {}

  get lineno(): number {
    return this.loc.lineno;
  }

  /** _PyST_IsFunctionLike */
  get isFunctionLike(): boolean {
    return isFunctionLikeType(this.type);
  }

  /** _PyST_GetSymbol: the flags of a name (0 when absent). */
  getSymbol(name: string): number {
    return this.symbols.get(name) ?? 0;
  }

  /** _PyST_GetScope */
  getScope(name: string): number {
    return symbolToScope(this.getSymbol(name));
  }
}

const isFunctionLikeType = (t: BlockType): boolean =>
  t === BlockType.Function || t === BlockType.Annotation || t === BlockType.TypeVariable ||
  t === BlockType.TypeAlias || t === BlockType.TypeParameters;

/** struct symtable: the result of buildSymtable. */
export class Symtable {
  top!: SymtableEntry;
  /** st_blocks: AST key -> entry (inlined comprehensions included). */
  readonly blocks = new Map<object, SymtableEntry>();
  constructor(readonly filename: string, readonly future: FutureFeatures) {}

  /** _PySymtable_Lookup */
  lookup(key: object): SymtableEntry {
    const ste = this.blocks.get(key);
    if (!ste) throw new Error("unknown symbol table entry");
    return ste;
  }

  /** _PySymtable_LookupOptional */
  lookupOptional(key: object): SymtableEntry | undefined {
    return this.blocks.get(key);
  }
}

/** _PyST_GetScope */
export const getScope = (ste: SymtableEntry, name: string): number => ste.getScope(name);

/** _Py_Mangle: `__spam` inside class `Ham` becomes `_Ham__spam`. */
export function mangle(privateName: string | null, ident: string): string {
  if (privateName === null || ident.charCodeAt(0) !== 0x5f || ident.charCodeAt(1) !== 0x5f) return ident;
  const n = ident.length;
  // Don't mangle __id__ or names with dots (dotted imports).
  if ((ident.charCodeAt(n - 1) === 0x5f && ident.charCodeAt(n - 2) === 0x5f) || ident.includes(".")) return ident;
  let i = 0;
  while (i < privateName.length && privateName.charCodeAt(i) === 0x5f) i++;
  if (i === privateName.length) return ident; // class name is all underscores
  return "_" + privateName.slice(i) + ident;
}

/** _Py_MaybeMangle: in a generic class's type-param scope only the type params are mangled. */
export function maybeMangle(privateName: string | null, ste: SymtableEntry, name: string): string {
  if (ste.mangledNames !== null && !ste.mangledNames.has(name)) return name;
  return mangle(privateName, name);
}

/** _PyAST_GetDocString: the body starts with a string constant expression. */
export function hasDocString(body: A.Stmt[]): boolean {
  const s = body[0];
  return s !== undefined && s._type === "Expr" && s.value._type === "Constant" && typeof s.value.value === "string";
}

const locOf = (n: SourceLocation): SourceLocation => ({
  lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset,
});

/** Where an error is raised: filename, and optionally the source to fill SyntaxError.text. */
interface ErrorContext { filename: string; lines: string[] | null }

function syntaxError(ctx: ErrorContext, msg: string, loc: SourceLocation): PySyntaxError {
  // PyErr_RangedSyntaxLocationObject: 1-based offsets from the AST's UTF-8 byte columns (CPython
  // does not convert these to characters); text is the line when the source is known.
  let text: string | null = null;
  if (ctx.lines && loc.lineno >= 1 && loc.lineno <= ctx.lines.length) text = ctx.lines[loc.lineno - 1];
  return new PySyntaxError("SyntaxError", msg, ctx.filename, loc.lineno, loc.col_offset + 1, loc.end_lineno, loc.end_col_offset + 1, text);
}

// ---- Python/future.c ----

/** _PyFuture_FromAST: the `from __future__ import ...` statements at the top of a module. */
export function futureFromAst(mod: A.ModNode, filename: string, source: string | null = null): FutureFeatures {
  const ff: FutureFeatures = { features: 0, location: { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 } };
  if (mod._type !== "Module" && mod._type !== "Interactive") return ff;
  const body = mod.body;
  const ctx: ErrorContext = { filename, lines: source === null ? null : splitLines(source) };
  for (let i = hasDocString(body) ? 1 : 0; i < body.length; i++) {
    const s = body[i];
    if (s._type !== "ImportFrom" || s.level !== 0 || s.module !== "__future__") break;
    for (const name of s.names) {
      switch (name.name) {
        case "nested_scopes": case "generators": case "division": case "absolute_import":
        case "with_statement": case "print_function": case "unicode_literals": case "generator_stop":
          break;
        case "barry_as_FLUFL":
          ff.features |= CO_FUTURE_BARRY_AS_BDFL;
          break;
        case "annotations":
          ff.features |= CO_FUTURE_ANNOTATIONS;
          break;
        case "braces":
          throw syntaxError(ctx, "not a chance", name);
        default:
          throw syntaxError(ctx, `future feature ${name.name.slice(0, 100)} is not defined`, name);
      }
    }
    ff.location = locOf(s);
  }
  return ff;
}

export function splitLines(source: string): string[] {
  const out: string[] = [];
  const re = /[^\r\n]*(\r\n|\r|\n|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(source)) && m[0] !== "") out.push(m[0]);
  return out;
}

// ---- building (pass 1) ----

export interface SymtableOptions {
  /** The __future__ features (default: futureFromAst(mod)). */
  future?: FutureFeatures;
  /** Compiler flags; only PyCF_ALLOW_TOP_LEVEL_AWAIT matters here. */
  flags?: number;
  /** The decoded source, to fill SyntaxError.text as CPython does when it can read the file. */
  source?: string;
}

const GLOBAL_PARAM = (n: string) => `name '${n}' is parameter and global`;
const NONLOCAL_PARAM = (n: string) => `name '${n}' is parameter and nonlocal`;
const GLOBAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before global declaration`;
const NONLOCAL_AFTER_ASSIGN = (n: string) => `name '${n}' is assigned to before nonlocal declaration`;
const GLOBAL_AFTER_USE = (n: string) => `name '${n}' is used prior to global declaration`;
const NONLOCAL_AFTER_USE = (n: string) => `name '${n}' is used prior to nonlocal declaration`;
const GLOBAL_ANNOT = (n: string) => `annotated name '${n}' can't be global`;
const NONLOCAL_ANNOT = (n: string) => `annotated name '${n}' can't be nonlocal`;
const IMPORT_STAR_WARNING = "import * only allowed at module level";
const NAMED_EXPR_COMP_IN_CLASS = "assignment expression within a comprehension cannot be used in a class body";
const NAMED_EXPR_COMP_IN_TYPEVAR_BOUND = "assignment expression within a comprehension cannot be used in a TypeVar bound";
const NAMED_EXPR_COMP_IN_TYPEALIAS = "assignment expression within a comprehension cannot be used in a type alias";
const NAMED_EXPR_COMP_IN_TYPEPARAM = "assignment expression within a comprehension cannot be used within the definition of a generic";
const NAMED_EXPR_COMP_CONFLICT = (n: string) => `assignment expression cannot rebind comprehension iteration variable '${n}'`;
const NAMED_EXPR_COMP_INNER_LOOP_CONFLICT = (n: string) => `comprehension inner loop cannot rebind assignment expression target '${n}'`;
const NAMED_EXPR_COMP_ITER_EXPR = "assignment expression cannot be used in a comprehension iterable expression";
const DUPLICATE_ARGUMENT = (n: string) => `duplicate argument '${n}' in function definition`;
const DUPLICATE_TYPE_PARAM = (n: string) => `duplicate type parameter '${n}'`;
const ASYNC_WITH_OUTSIDE_ASYNC_FUNC = "'async with' outside async function";
const ASYNC_FOR_OUTSIDE_ASYNC_FUNC = "'async for' outside async function";

type ExprContextName = "Load" | "Store" | "Del";

/** _PySymtable_Build: the symbol table of a module (exec), expression (eval) or interactive input. */
export function buildSymtable(mod: A.ModNode, filename = "<unknown>", options: SymtableOptions = {}): Symtable {
  const future = options.future ?? futureFromAst(mod, filename, options.source ?? null);
  const st = new Symtable(filename, future);
  new Builder(st, options).run(mod);
  return st;
}

class Builder {
  private cur!: SymtableEntry;
  private readonly stack: SymtableEntry[] = [];
  private global!: Map<string, number>;
  private private_: string | null = null;
  private readonly ctx: ErrorContext;
  private readonly flags: number;

  constructor(private readonly st: Symtable, options: SymtableOptions) {
    this.ctx = { filename: st.filename, lines: options.source === undefined ? null : splitLines(options.source) };
    this.flags = options.flags ?? 0;
  }

  private error(msg: string, loc: SourceLocation): PySyntaxError {
    return syntaxError(this.ctx, msg, loc);
  }

  run(mod: A.ModNode): void {
    const loc0 = { lineno: 0, col_offset: 0, end_lineno: 0, end_col_offset: 0 };
    this.enterBlock("top", BlockType.Module, mod, loc0);
    this.st.top = this.cur;
    switch (mod._type) {
      case "Module":
        if (hasDocString(mod.body)) this.cur.hasDocstring = true;
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "Expression":
        this.visitExpr(mod.body);
        break;
      case "Interactive":
        for (const s of mod.body) this.visitStmt(s);
        break;
      case "FunctionType":
        throw new Error("this compiler does not handle FunctionTypes");
    }
    this.exitBlock();
    new Analyzer(this.ctx).analyze(this.st.top);
  }

  // -- blocks --

  /** ste_new */
  private newEntry(name: string, type: BlockType, key: object, loc: SourceLocation): SymtableEntry {
    const ste = new SymtableEntry(this.st, name, type, key, locOf(loc));
    const cur = this.stack.length ? this.cur : null;
    if (cur && (cur.nested || cur.isFunctionLike)) ste.nested = true;
    if (cur && cur.type === BlockType.Class && type === BlockType.Function) ste.method = true;
    this.st.blocks.set(key, ste);
    return ste;
  }

  /** symtable_enter_existing_block */
  private enterExistingBlock(ste: SymtableEntry, addToChildren: boolean): void {
    const prev = this.stack.length ? this.cur : null;
    this.stack.push(ste);
    // bpo-37757: no assignment expressions anywhere inside a comprehension's outermost iterable.
    if (prev) ste.compIterExpr = prev.compIterExpr;
    // No need to inherit mangledNames in classes, where all names are mangled.
    if (prev && prev.mangledNames !== null && ste.type !== BlockType.Class) ste.mangledNames = prev.mangledNames;
    this.cur = ste;
    // With `from __future__ import annotations` annotation blocks are never compiled (the
    // annotations become strings): they are not children of anything.
    if (this.st.future.features & CO_FUTURE_ANNOTATIONS && ste.type === BlockType.Annotation) return;
    if (ste.type === BlockType.Module) this.global = ste.symbols;
    if (addToChildren && prev) prev.children.push(ste);
  }

  /** symtable_enter_block */
  private enterBlock(name: string, type: BlockType, key: object, loc: SourceLocation): void {
    const ste = this.newEntry(name, type, key, loc);
    this.enterExistingBlock(ste, true);
    if (type === BlockType.Annotation || type === BlockType.TypeVariable || type === BlockType.TypeAlias) {
      // The compiler inserts code that reads this "parameter".
      this.addDef(".format", DEF_PARAM, loc);
      this.addDef(".format", USE, loc);
    }
  }

  /** symtable_exit_block */
  private exitBlock(): void {
    this.stack.pop();
    if (this.stack.length) this.cur = this.stack[this.stack.length - 1];
  }

  // -- definitions --

  private lookupEntry(ste: SymtableEntry, name: string): number {
    return ste.getSymbol(maybeMangle(this.private_, ste, name));
  }

  private lookup(name: string): number {
    return this.lookupEntry(this.cur, name);
  }

  /** symtable_add_def_helper */
  private addDefHelper(name: string, flag: number, ste: SymtableEntry, loc: SourceLocation): void {
    const mangled = maybeMangle(this.private_, this.cur, name);
    const dict = ste.symbols;
    let val = dict.get(mangled);
    if (val !== undefined) {
      if (flag & DEF_PARAM && val & DEF_PARAM) throw this.error(DUPLICATE_ARGUMENT(name), loc);
      if (flag & DEF_TYPE_PARAM && val & DEF_TYPE_PARAM) throw this.error(DUPLICATE_TYPE_PARAM(name), loc);
      val |= flag;
    } else {
      val = flag;
    }
    if (ste.compIterTarget) {
      // An iteration variable of a comprehension: it may not also be a walrus target.
      if (val & (DEF_GLOBAL | DEF_NONLOCAL)) throw this.error(NAMED_EXPR_COMP_INNER_LOOP_CONFLICT(name), loc);
      val |= DEF_COMP_ITER;
    }
    dict.set(mangled, val);
    if (flag & DEF_PARAM) {
      ste.varnames.push(mangled);
    } else if (flag & DEF_GLOBAL) {
      this.global.set(mangled, (this.global.get(mangled) ?? 0) | flag);
    }
  }

  /** check_name */
  private checkName(name: string, loc: SourceLocation, ctx: ExprContextName): void {
    if (name !== "__debug__") return;
    if (ctx === "Store") throw this.error("cannot assign to __debug__", loc);
    if (ctx === "Del") throw this.error("cannot delete __debug__", loc);
  }

  private checkKeywords(keywords: A.keyword[]): void {
    for (const k of keywords) if (k.arg !== null) this.checkName(k.arg, k, "Store");
  }

  /** symtable_add_def_ctx */
  private addDefCtx(name: string, flag: number, loc: SourceLocation, ctx: ExprContextName): void {
    if (flag & (DEF_PARAM | DEF_LOCAL | DEF_IMPORT)) this.checkName(name, loc, ctx);
    if (flag & DEF_TYPE_PARAM && this.cur.mangledNames !== null) this.cur.mangledNames.add(name);
    this.addDefHelper(name, flag, this.cur, loc);
  }

  /** symtable_add_def */
  private addDef(name: string, flag: number, loc: SourceLocation): void {
    this.addDefCtx(name, flag, loc, flag === USE ? "Load" : "Store");
  }

  /** symtable_record_directive */
  private recordDirective(name: string, loc: SourceLocation): void {
    (this.cur.directives ??= []).push([maybeMangle(this.private_, this.cur, name), locOf(loc)]);
  }

  /** symtable_enter_type_param_block */
  private enterTypeParamBlock(name: string, key: object, hasDefaults: boolean, hasKwdefaults: boolean, isClass: boolean, loc: SourceLocation): void {
    const currentType = this.cur.type;
    this.enterBlock(name, BlockType.TypeParameters, key, loc);
    if (currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, loc);
    }
    if (isClass) {
      // Set when the type params tuple is made, used when the bases are built.
      this.addDef(".type_params", DEF_LOCAL, loc);
      this.addDef(".type_params", USE, loc);
      // The generic base (typing.Generic[...]).
      this.addDef(".generic_base", DEF_LOCAL, loc);
      this.addDef(".generic_base", USE, loc);
    }
    if (hasDefaults) this.addDef(".defaults", DEF_PARAM, loc);
    if (hasKwdefaults) this.addDef(".kwdefaults", DEF_PARAM, loc);
  }

  private allowsTopLevelAwait(): boolean {
    return (this.flags & PyCF_ALLOW_TOP_LEVEL_AWAIT) !== 0 && this.cur.type === BlockType.Module;
  }

  private isAsyncDef(): boolean {
    return this.cur.type === BlockType.Function && this.cur.coroutine;
  }

  /** Run body with ste_in_conditional_block set (ENTER/LEAVE_CONDITIONAL_BLOCK). */
  private conditional(body: () => void): void {
    const ste = this.cur;
    const saved = ste.inConditionalBlock;
    ste.inConditionalBlock = true;
    body();
    ste.inConditionalBlock = saved;
  }

  private visitStmts(body: A.Stmt[]): void {
    for (const s of body) this.visitStmt(s);
  }

  private visitExprs(exprs: Array<A.ExprNode | null>): void {
    for (const e of exprs) if (e) this.visitExpr(e);
  }

  // -- statements --

  private visitStmt(s: A.Stmt): void {
    switch (s._type) {
      case "FunctionDef":
      case "AsyncFunctionDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.args.defaults);
        this.visitExprs(s.args.kw_defaults);
        this.visitExprs(s.decorator_list);
        const generic = s.type_params.length > 0;
        if (generic) {
          // CPython tests `args->defaults != NULL`, and the parser always makes that list.
          const hasKwdefaults = s.args.kw_defaults.some((d) => d !== null);
          this.enterTypeParamBlock(s.name, s.type_params, true, hasKwdefaults, false, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        const newSte = this.newEntry(s.name, BlockType.Function, s, s);
        if (hasDocString(s.body)) newSte.hasDocstring = true;
        this.visitAnnotations(s, s.args, s.returns, newSte);
        this.enterExistingBlock(newSte, true);
        if (s._type === "AsyncFunctionDef") this.cur.coroutine = true;
        this.visitArguments(s.args);
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case "ClassDef": {
        this.addDef(s.name, DEF_LOCAL, s);
        this.visitExprs(s.decorator_list);
        const tmp = this.private_;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(s.name, s.type_params, false, false, true, s);
          this.private_ = s.name;
          this.cur.mangledNames = new Set();
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.visitExprs(s.bases);
        this.checkKeywords(s.keywords);
        for (const k of s.keywords) this.visitExpr(k.value);
        this.enterBlock(s.name, BlockType.Class, s, s);
        this.private_ = s.name;
        if (generic) {
          this.addDef("__type_params__", DEF_LOCAL, s);
          this.addDef(".type_params", USE, s);
        }
        if (hasDocString(s.body)) this.cur.hasDocstring = true;
        this.visitStmts(s.body);
        this.exitBlock();
        if (generic) this.exitBlock();
        this.private_ = tmp;
        break;
      }
      case "TypeAlias": {
        this.visitExpr(s.name);
        const name = (s.name as A.Name).id;
        const isInClass = this.cur.type === BlockType.Class;
        const generic = s.type_params.length > 0;
        if (generic) {
          this.enterTypeParamBlock(name, s.type_params, false, false, false, s);
          for (const tp of s.type_params) this.visitTypeParam(tp);
        }
        this.enterBlock(name, BlockType.TypeAlias, s, s);
        this.cur.canSeeClassScope = isInClass;
        if (isInClass) this.addDef("__classdict__", USE, s.value);
        this.visitExpr(s.value);
        this.exitBlock();
        if (generic) this.exitBlock();
        break;
      }
      case "Return":
        if (s.value) {
          this.visitExpr(s.value);
          this.cur.returnsValue = true;
        }
        break;
      case "Delete":
        this.visitExprs(s.targets);
        break;
      case "Assign":
        this.visitExprs(s.targets);
        this.visitExpr(s.value);
        break;
      case "AnnAssign": {
        this.cur.annotationsUsed = true;
        if (s.target._type === "Name") {
          const eName = s.target;
          const cur = this.lookup(eName.id);
          if (cur & (DEF_GLOBAL | DEF_NONLOCAL) && this.cur.symbols !== this.global && s.simple) {
            throw this.error(cur & DEF_GLOBAL ? GLOBAL_ANNOT(eName.id) : NONLOCAL_ANNOT(eName.id), s);
          }
          if (s.simple) this.addDef(eName.id, DEF_ANNOT | DEF_LOCAL, eName);
          if (s.value) this.addDef(eName.id, DEF_LOCAL, eName);
        } else {
          this.visitExpr(s.target);
        }
        this.visitAnnotation(s.annotation, secondaryKey(this.cur));
        if (s.value) this.visitExpr(s.value);
        break;
      }
      case "AugAssign":
        this.visitExpr(s.target);
        this.visitExpr(s.value);
        break;
      case "For":
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "While":
        this.visitExpr(s.test);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "If":
        this.visitExpr(s.test);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
      case "Match":
        this.visitExpr(s.subject);
        this.conditional(() => {
          for (const m of s.cases) {
            this.visitPattern(m.pattern);
            if (m.guard) this.visitExpr(m.guard);
            this.visitStmts(m.body);
          }
        });
        break;
      case "Raise":
        if (s.exc) {
          this.visitExpr(s.exc);
          if (s.cause) this.visitExpr(s.cause);
        }
        break;
      case "Try":
      case "TryStar":
        this.conditional(() => {
          this.visitStmts(s.body);
          for (const h of s.handlers) {
            if (h.type) this.visitExpr(h.type);
            if (h.name !== null) this.addDef(h.name, DEF_LOCAL, h);
            this.visitStmts(h.body);
          }
          this.visitStmts(s.orelse);
          this.visitStmts(s.finalbody);
        });
        break;
      case "Assert":
        this.visitExpr(s.test);
        if (s.msg) this.visitExpr(s.msg);
        break;
      case "Import":
        for (const a of s.names) this.visitAlias(a);
        break;
      case "ImportFrom":
        for (const a of s.names) this.visitAlias(a);
        this.checkImportFrom(s);
        break;
      case "Global":
      case "Nonlocal": {
        const isGlobal = s._type === "Global";
        for (const name of s.names) {
          const cur = this.lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            const msg =
              cur & DEF_PARAM ? (isGlobal ? GLOBAL_PARAM : NONLOCAL_PARAM)
              : cur & USE ? (isGlobal ? GLOBAL_AFTER_USE : NONLOCAL_AFTER_USE)
              : cur & DEF_ANNOT ? (isGlobal ? GLOBAL_ANNOT : NONLOCAL_ANNOT)
              : isGlobal ? GLOBAL_AFTER_ASSIGN : NONLOCAL_AFTER_ASSIGN;
            throw this.error(msg(name), s);
          }
          this.addDef(name, isGlobal ? DEF_GLOBAL : DEF_NONLOCAL, s);
          this.recordDirective(name, s);
        }
        break;
      }
      case "Expr":
        this.visitExpr(s.value);
        break;
      case "Pass":
      case "Break":
      case "Continue":
        break;
      case "With":
        this.conditional(() => {
          for (const item of s.items) this.visitWithItem(item);
          this.visitStmts(s.body);
        });
        break;
      case "AsyncWith":
        if (this.allowsTopLevelAwait()) this.cur.coroutine = true;
        if (!this.cur.coroutine) throw this.error(ASYNC_WITH_OUTSIDE_ASYNC_FUNC, s);
        this.conditional(() => {
          for (const item of s.items) this.visitWithItem(item);
          this.visitStmts(s.body);
        });
        break;
      case "AsyncFor":
        if (this.allowsTopLevelAwait()) this.cur.coroutine = true;
        if (!this.cur.coroutine) throw this.error(ASYNC_FOR_OUTSIDE_ASYNC_FUNC, s);
        this.visitExpr(s.target);
        this.visitExpr(s.iter);
        this.conditional(() => {
          this.visitStmts(s.body);
          this.visitStmts(s.orelse);
        });
        break;
    }
  }

  private visitWithItem(item: A.withitem): void {
    this.visitExpr(item.context_expr);
    if (item.optional_vars) this.visitExpr(item.optional_vars);
  }

  /** check_import_from: a late `from __future__ import` (anywhere after the first statements). */
  private checkImportFrom(s: A.ImportFrom): void {
    const fut = this.st.future.location;
    if (s.module === "__future__" && s.level === 0 &&
        (s.lineno > fut.lineno || (s.lineno === fut.end_lineno && s.col_offset > fut.end_col_offset))) {
      throw this.error("from __future__ imports must occur at the beginning of the file", s);
    }
  }

  /** symtable_visit_alias: the name an import binds (the first component of a dotted name). */
  private visitAlias(a: A.alias): void {
    const name = a.asname ?? a.name;
    const dot = name.indexOf(".");
    const storeName = dot >= 0 ? name.slice(0, dot) : name;
    if (name !== "*") {
      this.addDef(storeName, DEF_IMPORT, a);
    } else if (this.cur.type !== BlockType.Module) {
      throw this.error(IMPORT_STAR_WARNING, a);
    }
  }

  // -- expressions --

  /** symtable_extend_namedexpr_scope: a walrus in a comprehension binds in the enclosing scope. */
  private extendNamedExprScope(e: A.Name): void {
    const target = e.id;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const ste = this.stack[i];
      // In a comprehension: check for a clash with an iteration variable, then look further out.
      if (ste.comprehension !== ComprehensionType.None) {
        const inScope = this.lookupEntry(ste, target);
        if (inScope & DEF_COMP_ITER && inScope & DEF_LOCAL) throw this.error(NAMED_EXPR_COMP_CONFLICT(target), e);
        continue;
      }
      if (ste.type === BlockType.Function) {
        const inScope = this.lookupEntry(ste, target);
        this.addDef(target, inScope & DEF_GLOBAL ? DEF_GLOBAL : DEF_NONLOCAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_LOCAL, ste, e);
        return;
      }
      if (ste.type === BlockType.Module) {
        this.addDef(target, DEF_GLOBAL, e);
        this.recordDirective(target, e);
        this.addDefHelper(target, DEF_GLOBAL, ste, e);
        return;
      }
      switch (ste.type) {
        case BlockType.Class: throw this.error(NAMED_EXPR_COMP_IN_CLASS, e);
        case BlockType.TypeParameters: throw this.error(NAMED_EXPR_COMP_IN_TYPEPARAM, e);
        case BlockType.TypeAlias: throw this.error(NAMED_EXPR_COMP_IN_TYPEALIAS, e);
        case BlockType.TypeVariable: throw this.error(NAMED_EXPR_COMP_IN_TYPEVAR_BOUND, e);
      }
      // Annotation blocks are looked through.
    }
    throw new Error("symtable: no scope for an assignment expression target");
  }

  private handleNamedExpr(e: A.NamedExpr): void {
    if (this.cur.compIterExpr > 0) throw this.error(NAMED_EXPR_COMP_ITER_EXPR, e);
    if (this.cur.comprehension !== ComprehensionType.None) this.extendNamedExprScope(e.target as A.Name);
    this.visitExpr(e.value);
    this.visitExpr(e.target);
  }

  private visitExpr(e: A.ExprNode): void {
    switch (e._type) {
      case "NamedExpr":
        this.raiseIfAnnotationBlock("named expression", e);
        this.handleNamedExpr(e);
        break;
      case "BoolOp":
        this.visitExprs(e.values);
        break;
      case "BinOp":
        this.visitExpr(e.left);
        this.visitExpr(e.right);
        break;
      case "UnaryOp":
        this.visitExpr(e.operand);
        break;
      case "Lambda":
        this.visitExprs(e.args.defaults);
        this.visitExprs(e.args.kw_defaults);
        this.enterBlock("lambda", BlockType.Function, e, e);
        this.visitArguments(e.args);
        this.visitExpr(e.body);
        this.exitBlock();
        break;
      case "IfExp":
        this.visitExpr(e.test);
        this.visitExpr(e.body);
        this.visitExpr(e.orelse);
        break;
      case "Dict":
        this.visitExprs(e.keys);
        this.visitExprs(e.values);
        break;
      case "Set":
        this.visitExprs(e.elts);
        break;
      case "GeneratorExp":
        this.handleComprehension(e, "genexpr", e.generators, e.elt, null);
        break;
      case "ListComp":
        this.handleComprehension(e, "listcomp", e.generators, e.elt, null);
        break;
      case "SetComp":
        this.handleComprehension(e, "setcomp", e.generators, e.elt, null);
        break;
      case "DictComp":
        this.handleComprehension(e, "dictcomp", e.generators, e.key, e.value);
        break;
      case "Yield":
      case "YieldFrom":
        this.raiseIfAnnotationBlock("yield expression", e);
        if (e.value) this.visitExpr(e.value);
        this.cur.generator = true;
        if (this.cur.comprehension !== ComprehensionType.None) this.raiseComprehensionBlock(e);
        break;
      case "Await":
        this.raiseIfAnnotationBlock("await expression", e);
        if (!this.allowsTopLevelAwait()) {
          if (!this.cur.isFunctionLike) throw this.error("'await' outside function", e);
          if (!this.isAsyncDef() && this.cur.comprehension === ComprehensionType.None) {
            throw this.error("'await' outside async function", e);
          }
        }
        this.visitExpr(e.value);
        this.cur.coroutine = true;
        break;
      case "Compare":
        this.visitExpr(e.left);
        this.visitExprs(e.comparators);
        break;
      case "Call":
        this.visitExpr(e.func);
        this.visitExprs(e.args);
        this.checkKeywords(e.keywords);
        for (const k of e.keywords) this.visitExpr(k.value);
        break;
      case "FormattedValue":
      case "Interpolation":
        this.visitExpr(e.value);
        if (e.format_spec) this.visitExpr(e.format_spec);
        break;
      case "JoinedStr":
      case "TemplateStr":
        this.visitExprs(e.values);
        break;
      case "Constant":
        break;
      case "Attribute":
        this.checkName(e.attr, e, e.ctx._type);
        this.visitExpr(e.value);
        break;
      case "Subscript":
        this.visitExpr(e.value);
        this.visitExpr(e.slice);
        break;
      case "Starred":
        this.visitExpr(e.value);
        break;
      case "Slice":
        if (e.lower) this.visitExpr(e.lower);
        if (e.upper) this.visitExpr(e.upper);
        if (e.step) this.visitExpr(e.step);
        break;
      case "Name":
        if (!this.cur.inUnevaluatedAnnotation) {
          const load = e.ctx._type === "Load";
          this.addDefCtx(e.id, load ? USE : DEF_LOCAL, e, e.ctx._type);
          // super() is an implicit use of __class__.
          if (load && this.cur.isFunctionLike && e.id === "super") this.addDef("__class__", USE, e);
        }
        break;
      case "List":
      case "Tuple":
        this.visitExprs(e.elts);
        break;
    }
  }

  private visitTypeParamBoundOrDefault(e: A.ExprNode | null, name: string, tp: A.TypeParam, key: object, scopeInfo: string | null): void {
    if (name === "__classdict__") throw this.error(`reserved name '${name}' cannot be used for type parameter`, tp);
    if (e) {
      const isInClass = this.cur.canSeeClassScope;
      this.enterBlock(name, BlockType.TypeVariable, key, e);
      this.cur.canSeeClassScope = isInClass;
      if (isInClass) this.addDef("__classdict__", USE, e);
      this.cur.scopeInfo = scopeInfo;
      this.visitExpr(e);
      this.exitBlock();
    }
  }

  private visitTypeParam(tp: A.TypeParam): void {
    this.addDef(tp.name, DEF_TYPE_PARAM | DEF_LOCAL, tp);
    switch (tp._type) {
      case "TypeVar": {
        const info = tp.bound === null ? null : tp.bound._type === "Tuple" ? "a TypeVar constraint" : "a TypeVar bound";
        this.visitTypeParamBoundOrDefault(tp.bound, tp.name, tp, tp, info);
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, secondaryKey(tp), "a TypeVar default");
        break;
      }
      case "TypeVarTuple":
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, tp, "a TypeVarTuple default");
        break;
      case "ParamSpec":
        this.visitTypeParamBoundOrDefault(tp.default_value, tp.name, tp, tp, "a ParamSpec default");
        break;
    }
  }

  private visitPattern(p: A.Pattern): void {
    switch (p._type) {
      case "MatchValue":
        this.visitExpr(p.value);
        break;
      case "MatchSingleton":
        break;
      case "MatchSequence":
        for (const q of p.patterns) this.visitPattern(q);
        break;
      case "MatchStar":
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchMapping":
        this.visitExprs(p.keys);
        for (const q of p.patterns) this.visitPattern(q);
        if (p.rest !== null) this.addDef(p.rest, DEF_LOCAL, p);
        break;
      case "MatchClass":
        this.visitExpr(p.cls);
        for (const q of p.patterns) this.visitPattern(q);
        p.kwd_attrs.forEach((attr, i) => this.checkName(attr, p.kwd_patterns[i], "Store"));
        for (const q of p.kwd_patterns) this.visitPattern(q);
        break;
      case "MatchAs":
        if (p.pattern) this.visitPattern(p.pattern);
        if (p.name !== null) this.addDef(p.name, DEF_LOCAL, p);
        break;
      case "MatchOr":
        for (const q of p.patterns) this.visitPattern(q);
        break;
    }
  }

  /** symtable_visit_params */
  private visitParams(args: A.arg[]): void {
    for (const a of args) this.addDef(a.arg, DEF_PARAM, a);
  }

  /** symtable_visit_arguments: parameters in CPython's varnames order. */
  private visitArguments(a: A.arguments): void {
    this.visitParams(a.posonlyargs);
    this.visitParams(a.args);
    this.visitParams(a.kwonlyargs);
    if (a.vararg) {
      this.addDef(a.vararg.arg, DEF_PARAM, a.vararg);
      this.cur.varargs = true;
    }
    if (a.kwarg) {
      this.addDef(a.kwarg.arg, DEF_PARAM, a.kwarg);
      this.cur.varkeywords = true;
    }
  }

  /** symtable_visit_annotation: an AnnAssign annotation, in the scope's shared __annotate__ block. */
  private visitAnnotation(annotation: A.ExprNode, key: object): void {
    // Annotations in function bodies are never evaluated: their names are not recorded.
    const isUnevaluated = this.cur.type === BlockType.Function;
    // Module-level annotations always count as conditional (the module may be partially executed).
    if (((this.cur.type === BlockType.Class && this.cur.inConditionalBlock) || this.cur.type === BlockType.Module) &&
        !this.cur.hasConditionalAnnotations) {
      this.cur.hasConditionalAnnotations = true;
      this.addDef("__conditional_annotations__", USE, annotation);
    }
    const parent = this.cur;
    if (parent.annotationBlock === null) {
      const currentType = parent.type;
      this.enterBlock("__annotate__", BlockType.Annotation, key, annotation);
      parent.annotationBlock = this.cur;
      if (currentType === BlockType.Class && !(this.st.future.features & CO_FUTURE_ANNOTATIONS)) {
        this.cur.canSeeClassScope = true;
        this.addDef("__classdict__", USE, annotation);
      }
    } else {
      this.enterExistingBlock(parent.annotationBlock, false);
    }
    if (isUnevaluated) this.cur.inUnevaluatedAnnotation = true;
    try {
      this.visitExpr(annotation);
    } finally {
      if (isUnevaluated) this.cur.inUnevaluatedAnnotation = false;
    }
    this.exitBlock();
  }

  private visitArgAnnotations(args: A.arg[]): void {
    for (const a of args) {
      if (a.annotation) {
        this.cur.annotationsUsed = true;
        this.visitExpr(a.annotation);
      }
    }
  }

  /** symtable_visit_annotations: a def's parameter/return annotations, in their own __annotate__ block. */
  private visitAnnotations(o: A.FunctionDef | A.AsyncFunctionDef, a: A.arguments, returns: A.ExprNode | null, functionSte: SymtableEntry): void {
    const isInClass = this.cur.canSeeClassScope;
    const currentType = this.cur.type;
    this.enterBlock("__annotate__", BlockType.Annotation, a, o);
    this.cur.functionName = functionSte.name;
    if (isInClass || currentType === BlockType.Class) {
      this.cur.canSeeClassScope = true;
      this.addDef("__classdict__", USE, o);
    }
    this.visitArgAnnotations(a.posonlyargs);
    this.visitArgAnnotations(a.args);
    if (a.vararg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.vararg.annotation);
    }
    if (a.kwarg?.annotation) {
      this.cur.annotationsUsed = true;
      this.visitExpr(a.kwarg.annotation);
    }
    this.visitArgAnnotations(a.kwonlyargs);
    if (returns) {
      this.cur.annotationsUsed = true;
      this.visitExpr(returns);
    }
    this.exitBlock();
  }

  /** symtable_handle_comprehension */
  private handleComprehension(
    e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp, scopeName: string,
    generators: A.comprehension[], elt: A.ExprNode, value: A.ExprNode | null,
  ): void {
    const isGenerator = e._type === "GeneratorExp";
    const outermost = generators[0];
    // The outermost iterable is evaluated in the enclosing scope.
    this.cur.compIterExpr++;
    this.visitExpr(outermost.iter);
    this.cur.compIterExpr--;
    this.enterBlock(scopeName, BlockType.Function, e, e);
    this.cur.comprehension =
      e._type === "ListComp" ? ComprehensionType.List
      : e._type === "SetComp" ? ComprehensionType.Set
      : e._type === "DictComp" ? ComprehensionType.Dict
      : ComprehensionType.Generator;
    if (outermost.is_async) this.cur.coroutine = true;
    // The outermost iterator is received as an argument.
    this.addDef(".0", DEF_PARAM, this.cur.loc);
    this.cur.compIterTarget = true;
    this.visitExpr(outermost.target);
    this.cur.compIterTarget = false;
    this.visitExprs(outermost.ifs);
    for (let i = 1; i < generators.length; i++) this.visitComprehension(generators[i]);
    if (value) this.visitExpr(value);
    this.visitExpr(elt);
    this.cur.generator = isGenerator;
    const isAsync = this.cur.coroutine && !isGenerator;
    this.exitBlock();
    const outer: SymtableEntry = this.cur;
    if (isAsync && !this.isAsyncDef() && outer.comprehension === ComprehensionType.None && !this.allowsTopLevelAwait()) {
      throw this.error("asynchronous comprehension outside of an asynchronous function", e);
    }
    if (isAsync) this.cur.coroutine = true;
  }

  /** symtable_visit_comprehension: the second and later `for` clauses. */
  private visitComprehension(lc: A.comprehension): void {
    this.cur.compIterTarget = true;
    this.visitExpr(lc.target);
    this.cur.compIterTarget = false;
    this.cur.compIterExpr++;
    this.visitExpr(lc.iter);
    this.cur.compIterExpr--;
    this.visitExprs(lc.ifs);
    if (lc.is_async) this.cur.coroutine = true;
  }

  /** symtable_raise_if_annotation_block */
  private raiseIfAnnotationBlock(name: string, e: A.ExprNode): void {
    switch (this.cur.type) {
      case BlockType.Annotation:
        throw this.error(`${name} cannot be used within an annotation`, e);
      case BlockType.TypeVariable:
        throw this.error(`${name} cannot be used within ${this.cur.scopeInfo}`, e);
      case BlockType.TypeAlias:
        throw this.error(`${name} cannot be used within a type alias`, e);
      case BlockType.TypeParameters:
        throw this.error(`${name} cannot be used within the definition of a generic`, e);
    }
  }

  /** symtable_raise_if_comprehension_block */
  private raiseComprehensionBlock(e: A.ExprNode): never {
    const t = this.cur.comprehension;
    throw this.error(
      t === ComprehensionType.List ? "'yield' inside list comprehension"
      : t === ComprehensionType.Set ? "'yield' inside set comprehension"
      : t === ComprehensionType.Dict ? "'yield' inside dict comprehension"
      : "'yield' inside generator expression",
      e,
    );
  }
}

// ---- analysis (pass 2) ----

/**
 * symtable_analyze and helpers: decide each name's scope top-down. A block sees `bound` (names bound
 * in enclosing function-like scopes), `global` (names declared global outside) and `typeParams`;
 * it reports `free` (names its children need from outside); a local that a child needs becomes a cell.
 */
class Analyzer {
  constructor(private readonly ctx: ErrorContext) {}

  analyze(top: SymtableEntry): void {
    this.analyzeBlock(top, null, new Set(), new Set(), new Set(), null);
  }

  /** error_at_directive: the location of the global/nonlocal statement that declared name. */
  private errorAtDirective(ste: SymtableEntry, name: string, msg: string): PySyntaxError {
    for (const [n, loc] of ste.directives ?? []) if (n === name) return syntaxError(this.ctx, msg, loc);
    throw new Error("BUG: internal directive bookkeeping broken");
  }

  /** analyze_name */
  private analyzeName(
    ste: SymtableEntry, scopes: Map<string, number>, name: string, flags: number, bound: Set<string> | null,
    local: Set<string>, free: Set<string>, global: Set<string>, typeParams: Set<string>, classEntry: SymtableEntry | null,
  ): void {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) throw this.errorAtDirective(ste, name, `name '${name}' is nonlocal and global`);
      scopes.set(name, GLOBAL_EXPLICIT);
      global.add(name);
      bound?.delete(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) throw this.errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      if (!bound.has(name)) throw this.errorAtDirective(ste, name, `no binding for nonlocal '${name}' found`);
      if (typeParams.has(name)) throw this.errorAtDirective(ste, name, `nonlocal binding not allowed for type parameter '${name}'`);
      scopes.set(name, FREE);
      free.add(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes.set(name, LOCAL);
      local.add(name);
      global.delete(name);
      if (flags & DEF_TYPE_PARAM) typeParams.add(name);
      else typeParams.delete(name);
      return;
    }
    // In a scope that can see the class namespace (annotation / type-param scopes in a class), a
    // name the class binds resolves through the class dict and globals, not an outer function.
    if (classEntry !== null) {
      const classFlags = classEntry.getSymbol(name);
      if (classFlags & DEF_GLOBAL) {
        scopes.set(name, GLOBAL_EXPLICIT);
        return;
      } else if (classFlags & DEF_BOUND && !(classFlags & DEF_NONLOCAL)) {
        scopes.set(name, GLOBAL_IMPLICIT);
        return;
      }
    }
    // Bound in an enclosing function: free here.
    if (bound && bound.has(name)) {
      scopes.set(name, FREE);
      free.add(name);
      return;
    }
    // Declared global in an enclosing scope (still implicit here), or just a global/builtin.
    scopes.set(name, GLOBAL_IMPLICIT);
  }

  /** inline_comprehension (PEP 709): fold an inlined comprehension's names into its parent. */
  private inlineComprehension(ste: SymtableEntry, comp: SymtableEntry, scopes: Map<string, number>, compFree: Set<string>, inlinedCells: Set<string>): void {
    let removeDunderClass = false;
    for (const [k, compFlags] of comp.symbols) {
      if (compFlags & DEF_PARAM) continue; // the comprehension's ".0" parameter
      let scope = symbolToScope(compFlags);
      const onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
      if (scope === CELL || onlyFlags & DEF_COMP_CELL) inlinedCells.add(k);
      const existing = ste.symbols.get(k);
      // __class__ is never free through a class scope (see dropClassFree).
      if (scope === FREE && ste.type === BlockType.Class && k === "__class__") {
        scope = GLOBAL_IMPLICIT;
        compFree.delete(k);
        removeDunderClass = true;
      }
      if (existing === undefined) {
        ste.symbols.set(k, onlyFlags);
        scopes.set(k, scope);
      } else if (existing & DEF_BOUND && ste.type !== BlockType.Class) {
        // A comprehension's free name that is local outside is simply local now, unless a child
        // of the comprehension needs it as a cell.
        if (!comp.children.some((c) => c.getScope(k) === FREE)) compFree.delete(k);
      }
    }
    if (removeDunderClass) comp.symbols.delete("__class__");
  }

  /** analyze_cells: locals that children need become cells. */
  private analyzeCells(scopes: Map<string, number>, free: Set<string>, inlinedCells: Set<string>): void {
    for (const [name, scope] of scopes) {
      if (scope !== LOCAL) continue;
      if (!free.has(name) && !inlinedCells.has(name)) continue;
      scopes.set(name, CELL);
      free.delete(name);
    }
  }

  /** drop_class_free: a class makes the implicit cells its methods and annotation scopes need. */
  private dropClassFree(ste: SymtableEntry, free: Set<string>): void {
    if (free.delete("__class__")) ste.needsClassClosure = true;
    if (free.delete("__classdict__")) ste.needsClassdict = true;
    if (free.delete("__conditional_annotations__")) ste.hasConditionalAnnotations = true;
  }

  /** update_symbols: record the scopes, and names free only because a child needs them. */
  private updateSymbols(symbols: Map<string, number>, scopes: Map<string, number>, bound: Set<string> | null, free: Set<string>, inlinedCells: Set<string>, classFlag: boolean): void {
    for (const [name, v] of symbols) {
      let flags = v;
      if (inlinedCells.has(name)) flags |= DEF_COMP_CELL;
      const scope = scopes.get(name);
      if (scope === undefined) throw new Error(`KeyError: ${name}`);
      symbols.set(name, flags | (scope << SCOPE_OFFSET));
    }
    for (const name of free) {
      const v = symbols.get(name);
      if (v !== undefined) {
        // A method's free variable with the same name as a class-level name.
        if (classFlag) symbols.set(name, v | DEF_FREE_CLASS);
        continue; // a cell, or already free here
      }
      if (bound && !bound.has(name)) continue; // a global
      symbols.set(name, FREE << SCOPE_OFFSET); // pass the free name up the lexical stack
    }
  }

  /** analyze_block */
  private analyzeBlock(ste: SymtableEntry, bound: Set<string> | null, free: Set<string>, global: Set<string>, typeParams: Set<string>, classEntry: SymtableEntry | null): void {
    const local = new Set<string>();
    const scopes = new Map<string, number>();
    const newGlobal = new Set<string>();
    const newFree = new Set<string>();
    const newBound = new Set<string>();
    const inlinedCells = new Set<string>();

    // Class bindings are not visible in nested functions: pass down what the class itself sees.
    if (ste.type === BlockType.Class) {
      for (const n of global) newGlobal.add(n);
      if (bound) for (const n of bound) newBound.add(n);
    }

    for (const [name, flags] of ste.symbols) {
      this.analyzeName(ste, scopes, name, flags, bound, local, free, global, typeParams, classEntry);
    }

    if (ste.type !== BlockType.Class) {
      if (ste.isFunctionLike) for (const n of local) newBound.add(n);
      if (bound) for (const n of bound) newBound.add(n);
      for (const n of global) newGlobal.add(n);
    } else {
      newBound.add("__class__");
      newBound.add("__classdict__");
      newBound.add("__conditional_annotations__");
    }

    for (const entry of ste.children) {
      let newClassEntry: SymtableEntry | null = null;
      if (entry.canSeeClassScope) {
        if (ste.type === BlockType.Class) newClassEntry = ste;
        else if (classEntry) newClassEntry = classEntry;
      }
      // All comprehensions but generator expressions are inlined, except in annotation scopes
      // nested in classes.
      const inlineComp = entry.comprehension !== ComprehensionType.None && !entry.generator && !ste.canSeeClassScope;
      const childFree = new Set(newFree);
      this.analyzeBlock(entry, new Set(newBound), childFree, new Set(newGlobal), new Set(typeParams), newClassEntry);
      if (inlineComp) {
        this.inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
        entry.compInlined = true;
      }
      for (const n of childFree) newFree.add(n);
    }

    // Splice the children of inlined comprehensions into our children list.
    for (let i = ste.children.length - 1; i >= 0; i--) {
      const entry = ste.children[i];
      if (entry.compInlined) ste.children.splice(i, 1, ...entry.children);
    }

    if (ste.isFunctionLike) this.analyzeCells(scopes, newFree, inlinedCells);
    else if (ste.type === BlockType.Class) this.dropClassFree(ste, newFree);
    this.updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells, ste.type === BlockType.Class || ste.canSeeClassScope);
    for (const n of newFree) free.add(n);
  }
}
