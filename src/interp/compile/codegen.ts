// AST -> code objects: a port of CPython 3.14's Python/codegen.c (the instruction patterns of each
// construct) and the unit management of Python/compile.c (scopes, qualnames, name resolution,
// constants, PEP 709 comprehension inlining), followed by flowgraph.ts (CPython's optimizer) and
// assemble.ts. The goal is CPython's bytecode exactly (the same `dis.dis` text), because PEP 669
// event streams follow from the bytecode's shape.
// Constructs whose opcodes the VM does not implement yet (async for/with and async
// comprehensions, except*, t-strings, generics) raise a clear CompileError naming them, never
// wrong code (CompileOptions.allConstructs compiles them anyway, to measure against CPython).
import type * as A from "../parse/ast.js";
import { PySyntaxError } from "../parse/errors.js";
import { CodeObject, CO, FAST } from "./code.js";
import { InstrSequence, assemble } from "./assemble.js";
import { cfgFromSequence, ConstList, optimizeCodeUnit, optimizedCfgToInstructions } from "./flowgraph.js";
import { NO_LOCATION, type Location } from "./linetable.js";
import { NEXT_LOCATION } from "./assemble.js";
import { Op, NbOp, Intrinsic1, Intrinsic2, ResumeOparg, COMPARE_MASKS } from "./opcodes.js";
import { ConstSlice, ConstTuple, constKey, foldBinary, foldUnary, type ConstKey } from "./consts.js";
import { PY_ELLIPSIS, PyBytes, PyComplex } from "../parse/constants.js";
import { reprConstant, reprStr } from "../parse/repr.js";
import { exprAsUnicode } from "./unparse.js";
import { finallyControlFlowWarnings } from "./finallywarn.js";
import {
  buildSymtable, BlockType, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, DEF_COMP_CELL, DEF_FREE_CLASS,
  DEF_IMPORT, DEF_LOCAL, DEF_NONLOCAL, CO_FUTURE_ANNOTATIONS, mangle, maybeMangle, symbolToScope, secondaryKey,
  type Symtable, type SymtableEntry, hasDocString,
  splitLines, futureFromAst,
} from "./symtable.js";

export { ConstTuple, type ConstKey } from "./consts.js";

export class CompileError extends Error {}

/** Include/cpython/compile.h PyCF_MASK: the CO_FUTURE_* flags compile() and exec() pass on */
export const PYCF_FUTURE_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000 | 0x2000000;

export interface CompileOptions {
  filename?: string;
  source?: string;
  /**
   * Emit CPython's slice and frozenset constants (`x[1:2]`, `x in {1, 2}`): on unless false.
   */
  sliceAndFrozensetConsts?: boolean;
  /** Emit LOAD_SUPER_ATTR for super().attr: on unless false. */
  loadSuperAttr?: boolean;
  /** Inline all()/any()/tuple() over a generator expression: on unless false. */
  builtinGenexpCalls?: boolean;
  /**
   * Compile the constructs whose opcodes the VM lacks instead of raising CompileError (to measure
   * the compiler against CPython ahead of the VM): SETUP_ANNOTATIONS for module and class
   * annotations under `from __future__ import annotations`; async for / async with / async
   * comprehensions; except*; generics (PEP 695) and `type` statements; t-strings (PEP 750).
   */
  allConstructs?: boolean;
  /** compile()'s flags: the __future__ bits (PyCF_MASK) add to the source's own future imports */
  flags?: number;
  /** compile()'s optimize: 1 drops asserts and makes __debug__ False, 2 also drops docstrings */
  optimize?: number;
  /** collects the compiler's SyntaxWarnings (compile.c _PyCompile_Warn) */
  warnings?: { category: "SyntaxWarning"; message: string; lineno: number }[];

}

/** mod is a Module, or (compile()'s modes 'eval' and 'single') an Expression or Interactive. */
export function compileModule(mod: A.Module | A.Expression | A.Interactive, opts: CompileOptions = {}): CodeObject {
  const filename = opts.filename ?? "<string>";
  if ((opts.optimize ?? 0) >= 2 && mod._type !== "Expression") stripDocstrings(mod.body);
  const warnings = opts.warnings;
  if (warnings && mod._type === "Module") finallyControlFlowWarnings(mod, (message, lineno) => warnings.push({ category: "SyntaxWarning", message, lineno }));
  const future = futureFromAst(mod, filename, opts.source ?? null);
  future.features |= (opts.flags ?? 0) & PYCF_FUTURE_MASK;
  const st = buildSymtable(mod, filename, { source: opts.source, future });
  return new Compiler(st, filename, opts).module(mod);
}

/** ast_preprocess.c under optimize 2: docstrings go (a body left empty keeps a pass) */
function stripDocstrings(body: A.Stmt[]): void {
  if (hasDocString(body)) {
    const st = body[0];
    if (body.length === 1) body[0] = { _type: "Pass", lineno: st.lineno, col_offset: st.col_offset, end_lineno: st.end_lineno, end_col_offset: st.end_col_offset } as A.Stmt;
    else body.shift();
  }
  nestedDefs(body);
}
/** The function and class bodies anywhere inside statements (each has its own docstring). */
function nestedDefs(body: A.Stmt[]): void {
  for (const st of body) {
    const s = st as unknown as Record<string, unknown>;
    if (st._type === "FunctionDef" || st._type === "AsyncFunctionDef" || st._type === "ClassDef") {
      stripDocstrings(st.body);
      continue;
    }
    for (const key of ["body", "orelse", "finalbody"]) if (Array.isArray(s[key])) nestedDefs(s[key] as A.Stmt[]);
    if (Array.isArray(s.handlers)) for (const h of s.handlers as { body: A.Stmt[] }[]) nestedDefs(h.body);
    if (Array.isArray(s.cases)) for (const c of s.cases as { body: A.Stmt[] }[]) nestedDefs(c.body);
  }
}

// ---- compile.c types ----------------------------------------------------------------------------

const enum Scope { Module, Class, Function, AsyncFunction, Lambda, Comprehension, Annotations }

const enum FB {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
  ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator, StopIteration, AsyncForLoop,
}

interface FBlock {
  type: FB;
  block: number;
  exit: number;
  loc: Location;
  /** FINALLY_TRY: the finally body; HANDLER_CLEANUP: the bound name (or null) */
  datum: A.Stmt[] | string | null;
}

interface Unit {
  ste: SymtableEntry;
  scopeType: Scope;
  private: string | null;
  staticAttributes: Set<string> | null;
  deferredAnnotations: A.AnnAssign[] | null;
  conditionalAnnotationIndices: number[] | null;
  nextConditionalAnnotationIndex: number;
  seq: InstrSequence;
  stashedSeq: InstrSequence | null;
  fblocks: FBlock[];
  inInlinedComp: number;
  inConditionalBlock: number;
  // u_metadata
  name: string;
  qualname: string;
  consts: ConstKey[];
  constIndex: Map<string, number>;
  names: Map<string, number>;
  varnames: Map<string, number>;
  cellvars: Map<string, number>;
  freevars: Map<string, number>;
  fasthidden: Map<string, boolean>;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  firstlineno: number;
}

interface InlinedState {
  pushedLocals: string[] | null;
  tempSymbols: Map<string, number> | null;
  fastHidden: Set<string> | null;
  cleanup: number;
}

const enum CompType { Genexp, Listcomp, Setcomp, Dictcomp }

const loc = (n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): Location =>
  ({ lineno: n.lineno, end_lineno: n.end_lineno, col_offset: n.col_offset, end_col_offset: n.end_col_offset });
const LOCATION = (lineno: number, endLineno: number, col: number, endCol: number): Location =>
  ({ lineno, end_lineno: endLineno, col_offset: col, end_col_offset: endCol });

const dictAdd = (d: Map<string, number>, k: string): number => {
  let v = d.get(k);
  if (v === undefined) {
    v = d.size;
    d.set(k, v);
  }
  return v;
};

/** Python's str ordering (code points), for PyList_Sort of names. */
const byCodePoint = (a: string, b: string): number => {
  const x = Array.from(a), y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
};

/** dictbytype: names with the given scope or flag, sorted, numbered from offset. */
function dictByType(symbols: Map<string, number>, scope: number, flag: number, offset: number): Map<string, number> {
  const out = new Map<string, number>();
  let i = offset;
  for (const k of [...symbols.keys()].sort(byCodePoint)) {
    const v = symbols.get(k)!;
    if (symbolToScope(v) === scope || v & flag) out.set(k, i++);
  }
  return out;
}

const STACK_USE_GUIDELINE = 30;
const MAX_BLOCKS = 20;

const BINOP: Record<A.OperatorKind["_type"], number> = {
  Add: NbOp.ADD, Sub: NbOp.SUBTRACT, Mult: NbOp.MULTIPLY, MatMult: NbOp.MATRIX_MULTIPLY, Div: NbOp.TRUE_DIVIDE,
  Mod: NbOp.REMAINDER, Pow: NbOp.POWER, LShift: NbOp.LSHIFT, RShift: NbOp.RSHIFT, BitOr: NbOp.OR, BitXor: NbOp.XOR,
  BitAnd: NbOp.AND, FloorDiv: NbOp.FLOOR_DIVIDE,
};
const INPLACE: Record<A.OperatorKind["_type"], number> = {
  Add: NbOp.INPLACE_ADD, Sub: NbOp.INPLACE_SUBTRACT, Mult: NbOp.INPLACE_MULTIPLY,
  MatMult: NbOp.INPLACE_MATRIX_MULTIPLY, Div: NbOp.INPLACE_TRUE_DIVIDE, Mod: NbOp.INPLACE_REMAINDER,
  Pow: NbOp.INPLACE_POWER, LShift: NbOp.INPLACE_LSHIFT, RShift: NbOp.INPLACE_RSHIFT, BitOr: NbOp.INPLACE_OR,
  BitXor: NbOp.INPLACE_XOR, BitAnd: NbOp.INPLACE_AND, FloorDiv: NbOp.INPLACE_FLOOR_DIVIDE,
};
const CMP: Record<string, number> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

const ctxOf = (e: { ctx: A.ExprContext }): "Load" | "Store" | "Del" => e.ctx._type;

/** _PyCompile_CleanDoc: inspect.cleandoc without removing leading/trailing blank lines. */
function cleanDoc(doc: string): string {
  // str.expandtabs()
  let exp = "", col = 0;
  for (const ch of doc) {
    if (ch === "\t") {
      const n = 8 - (col % 8);
      exp += " ".repeat(n);
      col += n;
    } else {
      exp += ch;
      col = ch === "\n" || ch === "\r" ? 0 : col + 1;
    }
  }
  const lines = exp.split("\n");
  let margin = Infinity;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i];
    const stripped = l.replace(/^ +/, "");
    if (stripped.length) margin = Math.min(margin, l.length - stripped.length);
  }
  if (margin === Infinity) margin = 0;
  const first = lines[0].replace(/^ +/, "");
  if (first === lines[0] && margin === 0) return exp;
  const out = [first];
  for (let i = 1; i < lines.length; i++) {
    let l = lines[i], k = 0;
    while (k < margin && l[k] === " ") k++;
    out.push(l.slice(k));
  }
  return out.join("\n");
}

// ---- the compiler ---------------------------------------------------------------------------

class Compiler {
  private u!: Unit;
  private readonly stack: Unit[] = [];
  private readonly future: number;
  /** compiling an Interactive module ('single' mode): c_interactive */
  private interactive = false;

  constructor(private readonly st: Symtable, private readonly filename: string, private readonly opts: CompileOptions) {
    this.future = st.future.features;
  }

  // ---- errors ----

  private error(msg: string, l: Location): never {
    // _PyCompile_Error: the text is the source line when the source is known
    let text: string | null = null;
    if (this.opts.source !== undefined) text = splitLines(this.opts.source)[l.lineno - 1] ?? null;
    throw new PySyntaxError("SyntaxError", msg, this.filename, l.lineno, l.col_offset + 1, l.end_lineno, l.end_col_offset + 1, text);
  }

  private unsupported(what: string, l: Location): never {
    throw new CompileError(`tspy cannot compile ${what} yet (line ${l.lineno})`);
  }

  /** A construct whose opcodes the VM lacks: compiled only under CompileOptions.allConstructs. */
  private needsVm(what: string, l: Location): void {
    if (!this.opts.allConstructs) this.unsupported(what, l);
  }

  // ---- emission (codegen.c ADDOP*) ----

  private get seq(): InstrSequence {
    return this.u.seq;
  }
  private addop(op: number, l: Location, arg = 0): void {
    this.u.seq.addop(op, arg, l);
  }
  private addopJump(op: number, l: Location, label: number): void {
    this.addop(op, l, label);
  }
  private newLabel(): number {
    return this.u.seq.newLabel();
  }
  private useLabel(label: number): void {
    this.u.seq.useLabel(label);
  }
  private addConst(v: ConstKey): number {
    const u = this.u;
    const key = constKey(v);
    let i = u.constIndex.get(key);
    if (i === undefined) {
      i = u.consts.length;
      u.consts.push(v);
      u.constIndex.set(key, i);
    }
    return i;
  }
  private loadConst(v: ConstKey, l: Location): void {
    this.addop(Op.LOAD_CONST, l, this.addConst(v));
  }
  private maybeMangle(name: string): string {
    return maybeMangle(this.u.private, this.u.ste, name);
  }
  /** codegen_addop_name */
  private addopName(op: number | "LOAD_METHOD" | "LOAD_SUPER_METHOD" | "LOAD_ZERO_SUPER_ATTR" | "LOAD_ZERO_SUPER_METHOD",
    l: Location, name: string, dict: Map<string, number>): void {
    let arg = dictAdd(dict, this.maybeMangle(name));
    let opcode: number;
    if (op === "LOAD_METHOD") { opcode = Op.LOAD_ATTR; arg = (arg << 1) | 1; }
    else if (op === "LOAD_SUPER_METHOD") { opcode = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 3; }
    else if (op === "LOAD_ZERO_SUPER_ATTR") { opcode = Op.LOAD_SUPER_ATTR; arg <<= 2; }
    else if (op === "LOAD_ZERO_SUPER_METHOD") { opcode = Op.LOAD_SUPER_ATTR; arg = (arg << 2) | 1; }
    else {
      opcode = op;
      if (op === Op.LOAD_ATTR) arg <<= 1;
      else if (op === Op.LOAD_SUPER_ATTR) arg = (arg << 2) | 2;
    }
    this.addop(opcode, l, arg);
  }

  // ---- units (compile.c _PyCompile_EnterScope / ExitScope) ----

  private enterScope(name: string, scopeType: Scope, key: object, lineno: number, privateName: string | null,
    md: { argcount?: number; posonlyargcount?: number; kwonlyargcount?: number } = {}): void {
    const ste = this.st.lookup(key);
    const varnames = new Map<string, number>();
    ste.varnames.forEach((v) => dictAdd(varnames, v));
    const cellvars = dictByType(ste.symbols, CELL, DEF_COMP_CELL, 0);
    if (ste.needsClassClosure) dictAdd(cellvars, "__class__");
    if (ste.needsClassdict) dictAdd(cellvars, "__classdict__");
    if (ste.hasConditionalAnnotations) dictAdd(cellvars, "__conditional_annotations__");
    const freevars = dictByType(ste.symbols, FREE, DEF_FREE_CLASS, cellvars.size);
    if (this.u) {
      this.stack.push(this.u);
      if (privateName === null) privateName = this.u.private;
    }
    this.u = {
      ste, scopeType, private: privateName, staticAttributes: scopeType === Scope.Class ? new Set() : null,
      deferredAnnotations: null, conditionalAnnotationIndices: null, nextConditionalAnnotationIndex: 0,
      seq: new InstrSequence(), stashedSeq: null, fblocks: [], inInlinedComp: 0, inConditionalBlock: 0,
      name, qualname: name, consts: [], constIndex: new Map(), names: new Map(), varnames, cellvars, freevars,
      fasthidden: new Map(), argcount: md.argcount ?? 0, posonlyargcount: md.posonlyargcount ?? 0,
      kwonlyargcount: md.kwonlyargcount ?? 0, firstlineno: lineno,
    };
    if (scopeType !== Scope.Module) this.setQualname();
    // codegen_enter_scope
    const l = LOCATION(lineno, lineno, 0, 0);
    if (scopeType === Scope.Module) l.lineno = 0;
    this.addop(Op.RESUME, l, ResumeOparg.AT_FUNC_START);
    if (scopeType === Scope.Module) this.addop(Op.ANNOTATIONS_PLACEHOLDER, l);
  }

  private exitScope(): void {
    this.u = this.stack.pop()!;
  }

  /** compiler_set_qualname */
  private setQualname(): void {
    const u = this.u;
    let base: string | null = null;
    if (this.stack.length > 1) {
      let parent = this.stack[this.stack.length - 1];
      if (parent.scopeType === Scope.Annotations) {
        if (this.stack.length === 2) {
          u.qualname = u.name;
          return;
        }
        parent = this.stack[this.stack.length - 2];
      }
      let forceGlobal = false;
      if (u.scopeType === Scope.Function || u.scopeType === Scope.AsyncFunction || u.scopeType === Scope.Class) {
        const mangled = mangle(parent.private, u.name);
        if (parent.ste.getScope(mangled) === GLOBAL_EXPLICIT) forceGlobal = true;
      }
      if (!forceGlobal) {
        if (parent.scopeType === Scope.Function || parent.scopeType === Scope.AsyncFunction || parent.scopeType === Scope.Lambda) {
          base = parent.qualname + ".<locals>";
        } else {
          base = parent.qualname;
        }
      }
    }
    u.qualname = base !== null ? `${base}.${u.name}` : u.name;
  }

  private pushFBlock(l: Location, type: FB, block: number, exit: number, datum: FBlock["datum"]): void {
    if (this.u.fblocks.length >= MAX_BLOCKS) this.error("too many statically nested blocks", l);
    this.u.fblocks.push({ type, block, exit, loc: l, datum });
  }
  private popFBlock(): void {
    this.u.fblocks.pop();
  }

  // ---- code objects (compile.c optimize_and_assemble_code_unit, assemble.c makecode) ----

  private codeFlags(): number {
    const ste = this.u.ste;
    let flags = 0;
    if (ste.isFunctionLike) {
      flags |= CO.NEWLOCALS | CO.OPTIMIZED;
      if (ste.nested) flags |= CO.NESTED;
      if (ste.generator && !ste.coroutine) flags |= CO.GENERATOR;
      if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
      if (ste.varargs) flags |= CO.VARARGS;
      if (ste.varkeywords) flags |= CO.VARKEYWORDS;
      if (ste.hasDocstring) flags |= CO.HAS_DOCSTRING;
      if (ste.method) flags |= CO.METHOD;
    }
    if (ste.coroutine && !ste.generator) flags |= CO.COROUTINE;
    // the compiler flags in PyCF_MASK: the __future__ features (annotations, barry_as_FLUFL)
    return flags | this.future;
  }

  /** _PyCompile_OptimizeAndAssemble */
  private optimizeAndAssemble(addNone: boolean): CodeObject {
    const u = this.u;
    const flags = this.codeFlags();
    if (addNone) this.loadConst(null, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const consts = new ConstList(u.consts.slice());
    const g = cfgFromSequence(u.seq.resolve());
    optimizeCodeUnit(g, consts, u.varnames.size, u.ste.varnames.length, { frozensetConsts: this.opts.sliceAndFrozensetConsts !== false });
    const varnames = [...u.varnames.keys()];
    const { instrs, stackdepth, nlocalsplus } = optimizedCfgToInstructions(g, {
      varnames, cellvars: [...u.cellvars.keys()], nfreevars: u.freevars.size,
      isGenerator: (flags & (CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR)) !== 0, firstLineno: u.firstlineno,
    });
    const asm = assemble(instrs, u.firstlineno);
    const code = new CodeObject();
    code.co_name = u.name;
    code.co_qualname = u.qualname;
    code.co_filename = this.filename;
    code.co_firstlineno = u.firstlineno;
    code.co_argcount = u.posonlyargcount + u.argcount; // makecode: positional-only included
    code.co_posonlyargcount = u.posonlyargcount;
    code.co_kwonlyargcount = u.kwonlyargcount;
    code.co_stacksize = stackdepth;
    code.co_flags = flags; // (CPython 3.14 no longer sets CO_NOFREE)
    code.code = asm.code;
    code.co_linetable = asm.linetable;
    code.exceptionTable = asm.exceptionTable;
    code.co_exceptiontable = asm.exceptionTableBytes;
    code.co_consts = consts.items as never;
    code.co_names = [...u.names.keys()];
    // compute_localsplus_info
    const names = new Array<string>(nlocalsplus), kinds = new Array<number>(nlocalsplus).fill(0);
    for (const [k, offset] of u.varnames) {
      let kind: number = FAST.LOCAL;
      if (u.fasthidden.has(k)) kind |= FAST.HIDDEN;
      if (u.cellvars.has(k)) kind |= FAST.CELL;
      names[offset] = k;
      kinds[offset] = kind;
    }
    const nlocals = u.varnames.size;
    let dropped = 0;
    for (const [k, v] of u.cellvars) {
      if (u.varnames.has(k)) { dropped++; continue; }
      const offset = v + nlocals - dropped;
      names[offset] = k;
      kinds[offset] = FAST.CELL;
    }
    for (const [k, v] of u.freevars) {
      const offset = v + nlocals - dropped;
      names[offset] = k;
      kinds[offset] = FAST.FREE;
    }
    code.localsplusnames = names;
    code.localspluskinds = kinds;
    return code;
  }

  // ---- module ----

  /** CPython: Python/compile.c compiler_codegen (the three kinds of mod) and compiler_mod */
  module(mod: A.Module | A.Expression | A.Interactive): CodeObject {
    this.enterScope("<module>", Scope.Module, mod, 1, null);
    if (mod._type === "Expression") {
      this.expr(mod.body);
      const co = this.optimizeAndAssemble(false);
      this.exitScope();
      return co;
    }
    this.interactive = mod._type === "Interactive";
    const body = mod.body;
    const start = body.length ? loc(body[0]) : LOCATION(1, 1, 0, 0);
    if (this.u.ste.hasConditionalAnnotations) {
      this.addop(Op.BUILD_SET, start, 0);
      this.addop(Op.STORE_NAME, start, dictAdd(this.u.names, "__conditional_annotations__"));
    }
    this.body(start, body);
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    return co;
  }

  /** codegen_body */
  private body(l: Location, stmts: A.Stmt[]): void {
    const ste = this.u.ste;
    if ((this.future & CO_FUTURE_ANNOTATIONS) && ste.annotationsUsed) {
      this.addop(Op.SETUP_ANNOTATIONS, l);
    }
    if (!stmts.length) return;
    let first = 0;
    if (ste.hasDocstring && !this.interactive) {
      first = 1;
      const st = stmts[0] as A.Expr;
      this.loadConst(cleanDoc((st.value as A.Constant).value as string), loc(st.value));
      this.nameop(NO_LOCATION, "__doc__", "Store");
    }
    for (let i = first; i < stmts.length; i++) this.stmt(stmts[i]);
    if (!(this.future & CO_FUTURE_ANNOTATIONS)) this.processDeferredAnnotations(l);
  }

  // ---- annotations (PEP 649) ----

  private setupAnnotationsScope(l: Location, key: object, name: string): void {
    this.enterScope(name, Scope.Annotations, key, l.lineno, null, { posonlyargcount: 1 });
    this.addop(Op.LOAD_FAST, l, 0); // .format
    this.loadConst(2n /* VALUE_WITH_FAKE_GLOBALS */, l);
    this.addop(Op.COMPARE_OP, l, (CMP.Gt << 5) | COMPARE_MASKS[CMP.Gt]);
    const body = this.newLabel();
    this.addopJump(Op.POP_JUMP_IF_FALSE, l, body);
    this.addop(Op.LOAD_COMMON_CONSTANT, l, 1 /* NotImplementedError */);
    this.addop(Op.RAISE_VARARGS, l, 1);
    this.useLabel(body);
  }

  private leaveAnnotationsScope(l: Location): void {
    this.addop(Op.RETURN_VALUE, l);
    const co = this.optimizeAndAssemble(true);
    co.localsplusnames = ["format", ...co.localsplusnames.slice(1)];
    this.exitScope();
    this.makeClosure(l, co, 0);
  }

  private deferredAnnotationsBody(l: Location, anns: A.AnnAssign[], indices: number[], scopeType: Scope): void {
    this.addop(Op.BUILD_MAP, l, 0);
    anns.forEach((st, i) => {
      const mangled = mangle(this.u.private, (st.target as A.Name).id);
      const idx = indices[i];
      const notSet = this.newLabel();
      if (idx !== -1) {
        this.loadConst(BigInt(idx), loc(st));
        if (scopeType === Scope.Class) this.addop(Op.LOAD_DEREF, loc(st), dictAdd(this.u.freevars, "__conditional_annotations__"));
        // (ADDOP_NAME does not shift LOAD_GLOBAL's oparg: CPython's own quirk, kept)
        else this.addop(Op.LOAD_GLOBAL, loc(st), dictAdd(this.u.names, "__conditional_annotations__"));
        this.addop(Op.CONTAINS_OP, loc(st), 0);
        this.addopJump(Op.POP_JUMP_IF_FALSE, loc(st), notSet);
      }
      this.expr(st.annotation);
      this.addop(Op.COPY, loc(st), 2);
      this.loadConst(mangled, loc(st));
      this.addop(Op.STORE_SUBSCR, l);
      this.useLabel(notSet);
    });
  }

  private processDeferredAnnotations(l: Location): void {
    const u = this.u;
    const anns = u.deferredAnnotations, indices = u.conditionalAnnotationIndices;
    if (anns === null || indices === null) return;
    const scopeType = u.scopeType;
    const separate = scopeType === Scope.Module;
    if (separate) {
      u.stashedSeq = u.seq;
      u.seq = new InstrSequence();
    }
    const ste = u.ste;
    this.setupAnnotationsScope(l, secondaryKey(ste), ste.annotationBlock!.name);
    this.deferredAnnotationsBody(l, anns, indices, scopeType);
    this.leaveAnnotationsScope(l);
    this.nameop(l, ste.type === BlockType.Class ? "__annotate_func__" : "__annotate__", "Store");
    if (separate) {
      const anno = u.seq;
      u.seq = u.stashedSeq!;
      u.stashedSeq = null;
      u.seq.annotationsCode = anno;
    }
  }

  private addDeferredAnnotation(s: A.AnnAssign): number | null {
    const u = this.u;
    if (u.deferredAnnotations === null) u.deferredAnnotations = [];
    if (u.conditionalAnnotationIndices === null) u.conditionalAnnotationIndices = [];
    u.deferredAnnotations.push(s);
    if (u.scopeType === Scope.Module || u.inConditionalBlock) {
      const index = u.nextConditionalAnnotationIndex++;
      u.conditionalAnnotationIndices.push(index);
      return index;
    }
    u.conditionalAnnotationIndices.push(-1);
    return null;
  }

  // ---- unwinding (codegen_unwind_fblock / _stack) ----

  private callExitWithNones(l: Location): void {
    this.loadConst(null, l);
    this.loadConst(null, l);
    this.loadConst(null, l);
    this.addop(Op.CALL, l, 3);
  }

  private popExceptAndReraise(l: Location): void {
    this.addop(Op.COPY, l, 3);
    this.addop(Op.POP_EXCEPT, l);
    this.addop(Op.RERAISE, l, 1);
  }

  /** Returns the location to use from now on (*ploc). */
  private unwindFBlock(l: Location, info: FBlock, preserveTos: boolean): Location {
    switch (info.type) {
      case FB.WhileLoop: case FB.ExceptionHandler: case FB.ExceptionGroupHandler:
      case FB.AsyncComprehensionGenerator: case FB.StopIteration:
        return l;
      case FB.ForLoop:
        // pop the iterator
        if (preserveTos) this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_TOP, l);
        return l;
      case FB.AsyncForLoop:
        if (preserveTos) this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_TOP, l);
        return l;
      case FB.TryExcept:
        this.addop(Op.POP_BLOCK, l);
        return l;
      case FB.FinallyTry:
        this.addop(Op.POP_BLOCK, l);
        if (preserveTos) this.pushFBlock(l, FB.PopValue, -1, -1, null);
        for (const s of info.datum as A.Stmt[]) this.stmt(s);
        if (preserveTos) this.popFBlock();
        return NO_LOCATION;
      case FB.FinallyEnd:
        if (preserveTos) this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_TOP, l);
        if (preserveTos) this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_BLOCK, l);
        this.addop(Op.POP_EXCEPT, l);
        return l;
      case FB.With: case FB.AsyncWith:
        l = info.loc;
        this.addop(Op.POP_BLOCK, l);
        if (preserveTos) {
          this.addop(Op.SWAP, l, 3);
          this.addop(Op.SWAP, l, 2);
        }
        this.callExitWithNones(l);
        if (info.type === FB.AsyncWith) {
          this.addop(Op.GET_AWAITABLE, l, 2);
          this.loadConst(null, l);
          this.addYieldFrom(l, true);
        }
        this.addop(Op.POP_TOP, l);
        return NO_LOCATION;
      case FB.HandlerCleanup:
        if (info.datum) this.addop(Op.POP_BLOCK, l);
        if (preserveTos) this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_BLOCK, l);
        this.addop(Op.POP_EXCEPT, l);
        if (info.datum) {
          this.loadConst(null, l);
          this.nameop(l, info.datum as string, "Store");
          this.nameop(l, info.datum as string, "Del");
        }
        return l;
      case FB.PopValue:
        if (preserveTos) this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_TOP, l);
        return l;
    }
  }

  /** codegen_unwind_fblock_stack; with wantLoop, stops at (and returns) the innermost loop. */
  private unwindFBlockStack(l: Location, preserveTos: boolean, wantLoop: boolean): { loc: Location; loop: FBlock | null } {
    const fbs = this.u.fblocks;
    const top = fbs[fbs.length - 1];
    if (!top) return { loc: l, loop: null };
    if (top.type === FB.ExceptionGroupHandler) {
      this.error("'break', 'continue' and 'return' cannot appear in an except* block", l);
    }
    if (wantLoop && (top.type === FB.WhileLoop || top.type === FB.ForLoop || top.type === FB.AsyncForLoop)) {
      return { loc: l, loop: top };
    }
    fbs.pop();
    l = this.unwindFBlock(l, top, preserveTos);
    const r = this.unwindFBlockStack(l, preserveTos, wantLoop);
    fbs.push(top);
    return r;
  }

  // ---- statements ----

  private stmt(s: A.Stmt): void {
    switch (s._type) {
      case "FunctionDef": return this.functionDef(s, false);
      case "AsyncFunctionDef": return this.functionDef(s, true);
      case "ClassDef": return this.classDef(s);
      case "Return": return this.returnStmt(s);
      case "Delete": for (const t of s.targets) this.expr(t); return;
      case "Assign": {
        const n = s.targets.length;
        this.expr(s.value);
        for (let i = 0; i < n; i++) {
          if (i < n - 1) this.addop(Op.COPY, loc(s), 1);
          this.expr(s.targets[i]);
        }
        return;
      }
      case "AugAssign": return this.augAssign(s);
      case "AnnAssign": return this.annAssign(s);
      case "For": return this.condBlock(() => this.forStmt(s));
      case "While": return this.condBlock(() => this.whileStmt(s));
      case "If": return this.condBlock(() => this.ifStmt(s));
      case "Raise": {
        let n = 0;
        if (s.exc) {
          this.expr(s.exc);
          n++;
          if (s.cause) {
            this.expr(s.cause);
            n++;
          }
        }
        this.addop(Op.RAISE_VARARGS, loc(s), n);
        return;
      }
      case "Try": return this.condBlock(() => (s.finalbody.length ? this.tryFinally(s) : this.tryExcept(s)));
      case "Assert": return this.assertStmt(s);
      case "Import": return this.importStmt(s);
      case "ImportFrom": return this.importFrom(s);
      case "Global": case "Nonlocal": return;
      case "Expr": {
        // codegen_stmt_expr: at the top level of 'single' mode, the value goes to sys.displayhook
        if (this.interactive && this.stack.length === 0) {
          this.expr(s.value);
          this.addop(Op.CALL_INTRINSIC_1, loc(s), Intrinsic1.PRINT);
          this.addop(Op.POP_TOP, NO_LOCATION);
          return;
        }
        if (s.value._type === "Constant") {
          this.addop(Op.NOP, loc(s));
          return;
        }
        this.expr(s.value);
        this.addop(Op.POP_TOP, NO_LOCATION);
        return;
      }
      case "Pass": this.addop(Op.NOP, loc(s)); return;
      case "Break": return this.breakStmt(loc(s));
      case "Continue": return this.continueStmt(loc(s));
      case "With": return this.condBlock(() => this.withStmt(s, 0));
      case "Match": return this.condBlock(() => this.match(s));
      case "TryStar":
        return this.condBlock(() => (s.finalbody.length ? this.tryStarFinally(s) : this.tryStarExcept(s)));
      case "AsyncWith":
        return this.condBlock(() => this.asyncWith(s, 0));
      case "AsyncFor":
        return this.condBlock(() => this.asyncFor(s));
      case "TypeAlias":
        return this.typeAlias(s);
    }
  }

  private condBlock(f: () => void): void {
    this.u.inConditionalBlock++;
    try {
      f();
    } finally {
      this.u.inConditionalBlock--;
    }
  }

  private returnStmt(s: A.Return): void {
    let l = loc(s);
    const value = s.value;
    const preserveTos = value !== null && value._type !== "Constant";
    const ste = this.u.ste;
    if (!ste.isFunctionLike) this.error("'return' outside function", l);
    if (value !== null && ste.coroutine && ste.generator) this.error("'return' with value in async generator", l);
    if (preserveTos) {
      this.expr(value!);
    } else if (value !== null) {
      l = loc(value);
      this.addop(Op.NOP, l);
    }
    if (value === null || value.lineno !== s.lineno) {
      l = loc(s);
      this.addop(Op.NOP, l);
    }
    l = this.unwindFBlockStack(l, preserveTos, false).loc;
    if (value === null) this.loadConst(null, l);
    else if (!preserveTos) this.loadConst((value as A.Constant).value, l);
    this.addop(Op.RETURN_VALUE, l);
  }

  private breakStmt(l: Location): void {
    const origin = l;
    this.addop(Op.NOP, l);
    const r = this.unwindFBlockStack(l, false, true);
    if (!r.loop) this.error("'break' outside loop", origin);
    l = this.unwindFBlock(r.loc, r.loop, false);
    this.addopJump(Op.JUMP, l, r.loop.exit);
  }

  private continueStmt(l: Location): void {
    const origin = l;
    this.addop(Op.NOP, l);
    const r = this.unwindFBlockStack(l, false, true);
    if (!r.loop) this.error("'continue' not properly in loop", origin);
    this.addopJump(Op.JUMP, r.loc, r.loop.block);
  }

  private ifStmt(s: A.If): void {
    const end = this.newLabel();
    const next = s.orelse.length ? this.newLabel() : end;
    this.jumpIf(loc(s), s.test, next, false);
    for (const b of s.body) this.stmt(b);
    if (s.orelse.length) {
      this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
      this.useLabel(next);
      for (const b of s.orelse) this.stmt(b);
    }
    this.useLabel(end);
  }

  private forStmt(s: A.For): void {
    let l = loc(s);
    const start = this.newLabel(), body = this.newLabel(), cleanup = this.newLabel(), end = this.newLabel();
    this.pushFBlock(l, FB.ForLoop, start, end, null);
    this.expr(s.iter);
    l = loc(s.iter);
    this.addop(Op.GET_ITER, l);
    this.useLabel(start);
    this.addopJump(Op.FOR_ITER, l, cleanup);
    this.addop(Op.NOP, loc(s.target));
    this.useLabel(body);
    this.expr(s.target);
    for (const b of s.body) this.stmt(b);
    this.addopJump(Op.JUMP, NO_LOCATION, start);
    this.useLabel(cleanup);
    this.addop(Op.END_FOR, NO_LOCATION);
    this.addop(Op.POP_ITER, NO_LOCATION);
    this.popFBlock();
    for (const b of s.orelse) this.stmt(b);
    this.useLabel(end);
  }

  private whileStmt(s: A.While): void {
    const loop = this.newLabel(), end = this.newLabel(), anchor = this.newLabel();
    this.useLabel(loop);
    this.pushFBlock(loc(s), FB.WhileLoop, loop, end, null);
    this.jumpIf(loc(s), s.test, anchor, false);
    for (const b of s.body) this.stmt(b);
    this.addopJump(Op.JUMP, NO_LOCATION, loop);
    this.popFBlock();
    this.useLabel(anchor);
    for (const b of s.orelse) this.stmt(b);
    this.useLabel(end);
  }

  /** codegen_try_finally */
  private tryFinally(s: A.Try): void {
    let l = loc(s);
    const body = this.newLabel(), end = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.addopJump(Op.SETUP_FINALLY, l, end);
    this.useLabel(body);
    this.pushFBlock(l, FB.FinallyTry, body, end, s.finalbody);
    if (s.handlers.length) this.tryExcept(s);
    else for (const b of s.body) this.stmt(b);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    for (const b of s.finalbody) this.stmt(b);
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, exit);
    this.useLabel(end);
    l = NO_LOCATION;
    this.addopJump(Op.SETUP_CLEANUP, l, cleanup);
    this.addop(Op.PUSH_EXC_INFO, l);
    this.pushFBlock(l, FB.FinallyEnd, end, -1, null);
    for (const b of s.finalbody) this.stmt(b);
    this.popFBlock();
    this.addop(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  /** codegen_try_except */
  private tryExcept(s: A.Try): void {
    const l = loc(s);
    const body = this.newLabel(), end = this.newLabel(), cleanup = this.newLabel();
    let except = this.newLabel();
    this.addopJump(Op.SETUP_FINALLY, l, except);
    this.useLabel(body);
    this.pushFBlock(l, FB.TryExcept, body, -1, null);
    for (const b of s.body) this.stmt(b);
    this.popFBlock();
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    for (const b of s.orelse) this.stmt(b);
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
    const n = s.handlers.length;
    this.useLabel(except);
    this.addopJump(Op.SETUP_CLEANUP, NO_LOCATION, cleanup);
    this.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFBlock(l, FB.ExceptionHandler, -1, -1, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      const hl = loc(h);
      if (!h.type && i < n - 1) this.error("default 'except:' must be last", hl);
      except = this.newLabel();
      if (h.type) {
        this.expr(h.type);
        this.addop(Op.CHECK_EXC_MATCH, hl);
        this.addopJump(Op.POP_JUMP_IF_FALSE, hl, except);
      }
      if (h.name) {
        const cleanupEnd = this.newLabel(), cleanupBody = this.newLabel();
        this.nameop(hl, h.name, "Store");
        this.addopJump(Op.SETUP_CLEANUP, hl, cleanupEnd);
        this.useLabel(cleanupBody);
        this.pushFBlock(hl, FB.HandlerCleanup, cleanupBody, -1, h.name);
        for (const b of h.body) this.stmt(b);
        this.popFBlock();
        this.addop(Op.POP_BLOCK, NO_LOCATION);
        this.addop(Op.POP_BLOCK, NO_LOCATION);
        this.addop(Op.POP_EXCEPT, NO_LOCATION);
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, "Store");
        this.nameop(NO_LOCATION, h.name, "Del");
        this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
        this.useLabel(cleanupEnd);
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, "Store");
        this.nameop(NO_LOCATION, h.name, "Del");
        this.addop(Op.RERAISE, NO_LOCATION, 1);
      } else {
        const cleanupBody = this.newLabel();
        this.addop(Op.POP_TOP, hl);
        this.useLabel(cleanupBody);
        this.pushFBlock(hl, FB.HandlerCleanup, cleanupBody, -1, null);
        for (const b of h.body) this.stmt(b);
        this.popFBlock();
        this.addop(Op.POP_BLOCK, NO_LOCATION);
        this.addop(Op.POP_EXCEPT, NO_LOCATION);
        this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
      }
      this.useLabel(except);
    }
    this.popFBlock();
    this.addop(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(end);
  }

  private withExceptFinish(cleanup: number): void {
    const suppress = this.newLabel();
    this.addop(Op.TO_BOOL, NO_LOCATION);
    this.addopJump(Op.POP_JUMP_IF_TRUE, NO_LOCATION, suppress);
    this.addop(Op.RERAISE, NO_LOCATION, 2);
    this.useLabel(suppress);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addop(Op.POP_EXCEPT, NO_LOCATION);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_TOP, NO_LOCATION);
    const exit = this.newLabel();
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, exit);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  /** codegen_with_inner */
  private withStmt(s: A.With, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel(), final = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.expr(item.context_expr);
    const l = loc(item.context_expr);
    this.addop(Op.COPY, l, 1);
    this.addop(Op.LOAD_SPECIAL, l, 1 /* __exit__ */);
    this.addop(Op.SWAP, l, 2);
    this.addop(Op.SWAP, l, 3);
    this.addop(Op.LOAD_SPECIAL, l, 0 /* __enter__ */);
    this.addop(Op.CALL, l, 0);
    this.addopJump(Op.SETUP_WITH, l, final);
    this.useLabel(block);
    this.pushFBlock(l, FB.With, block, final, null);
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.addop(Op.POP_TOP, l);
    pos++;
    if (pos === s.items.length) for (const b of s.body) this.stmt(b);
    else this.withStmt(s, pos);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    this.callExitWithNones(l);
    this.addop(Op.POP_TOP, l);
    this.addopJump(Op.JUMP, l, exit);
    this.useLabel(final);
    this.addopJump(Op.SETUP_CLEANUP, l, cleanup);
    this.addop(Op.PUSH_EXC_INFO, l);
    this.addop(Op.WITH_EXCEPT_START, l);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  private assertStmt(s: A.Assert): void {
    // codegen_assert: nothing at all under optimize
    if ((this.opts.optimize ?? 0) > 0) {
      this.addop(Op.NOP, loc(s));
      return;
    }
    const end = this.newLabel();
    this.jumpIf(loc(s), s.test, end, true);
    this.addop(Op.LOAD_COMMON_CONSTANT, loc(s), 0 /* AssertionError */);
    if (s.msg) {
      this.expr(s.msg);
      this.addop(Op.CALL, loc(s), 0);
    }
    this.addop(Op.RAISE_VARARGS, loc(s.test), 1);
    this.useLabel(end);
  }

  private importAs(l: Location, name: string, asname: string): void {
    const dot = name.indexOf(".");
    if (dot !== -1) {
      const parts = name.split(".");
      for (let i = 1; i < parts.length; i++) {
        this.addop(Op.IMPORT_FROM, l, dictAdd(this.u.names, parts[i]));
        if (i === parts.length - 1) break;
        this.addop(Op.SWAP, l, 2);
        this.addop(Op.POP_TOP, l);
      }
      this.nameop(l, asname, "Store");
      this.addop(Op.POP_TOP, l);
      return;
    }
    this.nameop(l, asname, "Store");
  }

  private importStmt(s: A.Import): void {
    const l = loc(s);
    for (const alias of s.names) {
      this.loadConst(0n, l);
      this.loadConst(null, l);
      this.addopName(Op.IMPORT_NAME, l, alias.name, this.u.names);
      if (alias.asname) this.importAs(l, alias.name, alias.asname);
      else {
        const dot = alias.name.indexOf(".");
        this.nameop(l, dot === -1 ? alias.name : alias.name.slice(0, dot), "Store");
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    const l = loc(s);
    this.loadConst(BigInt(s.level ?? 0), l);
    this.loadConst(new ConstTuple(s.names.map((a) => a.name)), l);
    this.addopName(Op.IMPORT_NAME, l, s.module ?? "", this.u.names);
    for (let i = 0; i < s.names.length; i++) {
      const alias = s.names[i];
      if (i === 0 && alias.name.startsWith("*")) {
        this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.IMPORT_STAR);
        this.addop(Op.POP_TOP, NO_LOCATION);
        return;
      }
      this.addopName(Op.IMPORT_FROM, l, alias.name, this.u.names);
      this.nameop(l, alias.asname ?? alias.name, "Store");
    }
    this.addop(Op.POP_TOP, l);
  }

  private augAssign(s: A.AugAssign): void {
    const e = s.target;
    let l = loc(e);
    switch (e._type) {
      case "Attribute":
        this.expr(e.value);
        this.addop(Op.COPY, l, 1);
        l = this.updateStartLocationToMatchAttr(l, e);
        this.addopName(Op.LOAD_ATTR, l, e.attr, this.u.names);
        break;
      case "Subscript":
        this.expr(e.value);
        if (this.shouldApplyTwoElementSliceOptimization(e.slice)) {
          this.sliceTwoParts(e.slice as A.Slice);
          this.addop(Op.COPY, l, 3);
          this.addop(Op.COPY, l, 3);
          this.addop(Op.COPY, l, 3);
          this.addop(Op.BINARY_SLICE, l);
        } else {
          this.expr(e.slice);
          this.addop(Op.COPY, l, 2);
          this.addop(Op.COPY, l, 2);
          this.addop(Op.BINARY_OP, l, NbOp.SUBSCR);
        }
        break;
      case "Name":
        this.nameop(l, e.id, "Load");
        break;
      default:
        throw new CompileError(`invalid node type (${e._type}) for augmented assignment`);
    }
    this.expr(s.value);
    this.addop(Op.BINARY_OP, loc(s), INPLACE[s.op._type]);
    l = loc(e);
    switch (e._type) {
      case "Attribute":
        l = this.updateStartLocationToMatchAttr(l, e);
        this.addop(Op.SWAP, l, 2);
        this.addopName(Op.STORE_ATTR, l, e.attr, this.u.names);
        break;
      case "Subscript":
        if (this.shouldApplyTwoElementSliceOptimization(e.slice)) {
          this.addop(Op.SWAP, l, 4);
          this.addop(Op.SWAP, l, 3);
          this.addop(Op.SWAP, l, 2);
          this.addop(Op.STORE_SLICE, l);
        } else {
          this.addop(Op.SWAP, l, 3);
          this.addop(Op.SWAP, l, 2);
          this.addop(Op.STORE_SUBSCR, l);
        }
        break;
      case "Name":
        this.nameop(l, e.id, "Store");
        break;
    }
  }

  private checkAnnExpr(e: A.ExprNode): void {
    this.expr(e);
    this.addop(Op.POP_TOP, loc(e));
  }

  private checkAnnSubscr(e: A.ExprNode): void {
    if (e._type === "Slice") {
      if (e.lower) this.checkAnnExpr(e.lower);
      if (e.upper) this.checkAnnExpr(e.upper);
      if (e.step) this.checkAnnExpr(e.step);
    } else if (e._type === "Tuple") {
      for (const x of e.elts) this.checkAnnSubscr(x);
    } else {
      this.checkAnnExpr(e);
    }
  }

  private annAssign(s: A.AnnAssign): void {
    const l = loc(s);
    const targ = s.target;
    if (s.value) {
      this.expr(s.value);
      this.expr(targ);
    }
    switch (targ._type) {
      case "Name":
        if (s.simple && (this.u.scopeType === Scope.Module || this.u.scopeType === Scope.Class)) {
          if (this.future & CO_FUTURE_ANNOTATIONS) {
            this.loadConst(exprAsUnicode(s.annotation), loc(s.annotation));
            this.addopName(Op.LOAD_NAME, l, "__annotations__", this.u.names);
            this.loadConst(this.maybeMangle(targ.id), l);
            this.addop(Op.STORE_SUBSCR, l);
            break;
          }
          const index = this.addDeferredAnnotation(s);
          if (index !== null) {
            if (this.u.scopeType === Scope.Class) this.addop(Op.LOAD_DEREF, l, dictAdd(this.u.cellvars, "__conditional_annotations__"));
            else this.addop(Op.LOAD_NAME, l, dictAdd(this.u.names, "__conditional_annotations__"));
            this.loadConst(BigInt(index), l);
            this.addop(Op.SET_ADD, l, 1);
            this.addop(Op.POP_TOP, l);
          }
        }
        break;
      case "Attribute":
        if (!s.value) this.checkAnnExpr(targ.value);
        break;
      case "Subscript":
        if (!s.value) {
          this.checkAnnExpr(targ.value);
          this.checkAnnSubscr(targ.slice);
        }
        break;
    }
  }

  // ---- functions and classes ----

  private makeClosure(l: Location, co: CodeObject, flags: number): void {
    const nfree = co.co_freevars.length;
    if (nfree) {
      const first = co.localsplusnames.length - nfree;
      for (let i = first; i < co.localsplusnames.length; i++) {
        this.addop(Op.LOAD_CLOSURE, l, this.lookupArg(co.localsplusnames[i]));
      }
      flags |= 8;
      this.addop(Op.BUILD_TUPLE, l, nfree);
    }
    this.loadConst(co, l);
    this.addop(Op.MAKE_FUNCTION, l);
    for (const bit of [8, 4, 16, 2, 1]) if (flags & bit) this.addop(Op.SET_FUNCTION_ATTRIBUTE, l, bit);
  }

  /** _PyCompile_GetRefType */
  private refType(name: string): number {
    if (this.u.scopeType === Scope.Class && (name === "__class__" || name === "__classdict__" || name === "__conditional_annotations__")) {
      return CELL;
    }
    const scope = this.u.ste.getScope(name);
    if (scope === 0) throw new CompileError(`_PyST_GetScope(name='${name}') failed: unknown scope in unit ${this.u.name}`);
    return scope;
  }

  /** _PyCompile_LookupArg */
  private lookupArg(name: string): number {
    const d = this.refType(name) === CELL ? this.u.cellvars : this.u.freevars;
    const v = d.get(name);
    if (v === undefined) throw new CompileError(`compiler_lookup_arg(name='${name}') failed in ${this.u.name}`);
    return v;
  }

  private decorators(decos: A.ExprNode[]): void {
    for (const d of decos) this.expr(d);
  }

  private applyDecorators(decos: A.ExprNode[]): void {
    for (let i = decos.length - 1; i >= 0; i--) this.addop(Op.CALL, loc(decos[i]), 0);
  }

  private kwonlyDefaults(l: Location, args: A.arguments): boolean {
    let count = 0;
    args.kwonlyargs.forEach((a, i) => {
      const d = args.kw_defaults[i];
      if (d) {
        count++;
        this.loadConst(this.maybeMangle(a.arg), l);
        this.expr(d);
      }
    });
    if (count) {
      this.addop(Op.BUILD_MAP, l, count);
      return true;
    }
    return false;
  }

  private defaultArguments(l: Location, args: A.arguments): number {
    let flags = 0;
    if (args.defaults.length) {
      for (const d of args.defaults) this.expr(d);
      this.addop(Op.BUILD_TUPLE, l, args.defaults.length);
      flags |= 1;
    }
    if (args.kwonlyargs.length && this.kwonlyDefaults(l, args)) flags |= 2;
    return flags;
  }

  private argAnnotation(id: string, annotation: A.ExprNode | null, l: Location): number {
    if (!annotation) return 0;
    this.loadConst(this.maybeMangle(id), l);
    if (this.future & CO_FUTURE_ANNOTATIONS) {
      this.loadConst(exprAsUnicode(annotation), loc(annotation));
    } else if (annotation._type === "Starred") {
      this.expr(annotation.value);
      this.addop(Op.UNPACK_SEQUENCE, l, 1);
    } else {
      this.expr(annotation);
    }
    return 1;
  }

  private functionAnnotations(l: Location, args: A.arguments, returns: A.ExprNode | null): number {
    const ste = this.st.lookupOptional(args);
    if (ste && ste.annotationsUsed) {
      this.setupAnnotationsScope(l, args, ste.name);
      let n = 0;
      for (const a of args.args) n += this.argAnnotation(a.arg, a.annotation, l);
      for (const a of args.posonlyargs) n += this.argAnnotation(a.arg, a.annotation, l);
      if (args.vararg && args.vararg.annotation) n += this.argAnnotation(args.vararg.arg, args.vararg.annotation, l);
      for (const a of args.kwonlyargs) n += this.argAnnotation(a.arg, a.annotation, l);
      if (args.kwarg && args.kwarg.annotation) n += this.argAnnotation(args.kwarg.arg, args.kwarg.annotation, l);
      n += this.argAnnotation("return", returns, l);
      this.addop(Op.BUILD_MAP, l, n);
      this.leaveAnnotationsScope(l);
      return 16;
    }
    return 0;
  }

  /** codegen_wrap_in_stopiteration_handler */
  private wrapInStopIterationHandler(): void {
    const handler = this.newLabel();
    this.seq.insert(0, Op.SETUP_CLEANUP, handler, NO_LOCATION);
    this.loadConst(null, NO_LOCATION);
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    this.useLabel(handler);
    this.addop(Op.CALL_INTRINSIC_1, NO_LOCATION, Intrinsic1.STOPITERATION_ERROR);
    this.addop(Op.RERAISE, NO_LOCATION, 1);
  }

  private functionBody(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean, funcflags: number, firstlineno: number): void {
    const args = s.args;
    this.enterScope(s.name, isAsync ? Scope.AsyncFunction : Scope.Function, s, firstlineno, null, {
      argcount: args.args.length, posonlyargcount: args.posonlyargs.length, kwonlyargcount: args.kwonlyargs.length,
    });
    const ste = this.u.ste;
    let first = 0;
    if (ste.hasDocstring) {
      first = 1;
      this.addConst(cleanDoc((((s.body[0] as A.Expr).value) as A.Constant).value as string));
    }
    const start = this.newLabel();
    this.useLabel(start);
    const addStopIterationHandler = ste.coroutine || ste.generator;
    if (addStopIterationHandler) this.pushFBlock(NO_LOCATION, FB.StopIteration, start, -1, null);
    for (let i = first; i < s.body.length; i++) this.stmt(s.body[i]);
    if (addStopIterationHandler) {
      this.wrapInStopIterationHandler();
      this.popFBlock();
    }
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(loc(s), co, funcflags);
  }

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef, isAsync: boolean): void {
    const typeParams = s.type_params;
    const isGeneric = typeParams.length > 0;
    this.decorators(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const l = loc(s);
    let funcflags = this.defaultArguments(l, s.args);
    let numTypeparamArgs = 0;
    if (isGeneric) {
      if (funcflags & 1) numTypeparamArgs++;
      if (funcflags & 2) numTypeparamArgs++;
      if (numTypeparamArgs === 2) this.addop(Op.SWAP, l, 2);
      this.enterScope(`<generic parameters of ${s.name}>`, Scope.Annotations, typeParams, firstlineno, null,
        { argcount: numTypeparamArgs });
      this.typeParams(typeParams);
      for (let i = 0; i < numTypeparamArgs; i++) this.addop(Op.LOAD_FAST, l, i);
    }
    funcflags |= this.functionAnnotations(l, s.args, s.returns);
    this.functionBody(s, isAsync, funcflags, firstlineno);
    if (isGeneric) {
      this.addop(Op.SWAP, l, 2);
      this.addop(Op.CALL_INTRINSIC_2, l, Intrinsic2.SET_FUNCTION_TYPE_PARAMS);
      const co = this.optimizeAndAssemble(false);
      this.exitScope();
      this.makeClosure(l, co, 0);
      if (numTypeparamArgs > 0) {
        this.addop(Op.SWAP, l, numTypeparamArgs + 1);
        this.addop(Op.CALL, l, numTypeparamArgs - 1);
      } else {
        this.addop(Op.PUSH_NULL, l);
        this.addop(Op.CALL, l, 0);
      }
    }
    this.applyDecorators(s.decorator_list);
    this.nameop(l, s.name, "Store");
  }

  /** codegen_type_param_bound_or_default */
  private typeParamBoundOrDefault(e: A.ExprNode, name: string, key: object, allowStarred: boolean): void {
    this.loadConst(new ConstTuple([1n]), loc(e));
    this.setupAnnotationsScope(loc(e), key, name);
    if (allowStarred && e._type === "Starred") {
      this.expr(e.value);
      this.addop(Op.UNPACK_SEQUENCE, loc(e), 1);
    } else {
      this.expr(e);
    }
    this.addop(Op.RETURN_VALUE, loc(e));
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(loc(e), co, 1);
  }

  /** codegen_type_params */
  private typeParams(params: A.TypeParam[]): void {
    let seenDefault = false;
    for (const tp of params) {
      const l = loc(tp);
      this.loadConst(tp.name, l);
      switch (tp._type) {
        case "TypeVar":
          if (tp.bound) {
            this.typeParamBoundOrDefault(tp.bound, tp.name, tp, false);
            this.addop(Op.CALL_INTRINSIC_2, l, tp.bound._type === "Tuple" ? Intrinsic2.TYPEVAR_WITH_CONSTRAINTS : Intrinsic2.TYPEVAR_WITH_BOUND);
          } else {
            this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.TYPEVAR);
          }
          if (tp.default_value) {
            seenDefault = true;
            this.typeParamBoundOrDefault(tp.default_value, tp.name, secondaryKey(tp), false);
            this.addop(Op.CALL_INTRINSIC_2, l, Intrinsic2.SET_TYPEPARAM_DEFAULT);
          } else if (seenDefault) {
            this.error(`non-default type parameter '${tp.name}' follows default type parameter`, l);
          }
          break;
        case "TypeVarTuple": case "ParamSpec":
          this.addop(Op.CALL_INTRINSIC_1, l, tp._type === "TypeVarTuple" ? Intrinsic1.TYPEVARTUPLE : Intrinsic1.PARAMSPEC);
          if (tp.default_value) {
            this.typeParamBoundOrDefault(tp.default_value, tp.name, tp, tp._type === "TypeVarTuple");
            this.addop(Op.CALL_INTRINSIC_2, l, Intrinsic2.SET_TYPEPARAM_DEFAULT);
            seenDefault = true;
          } else if (seenDefault) {
            this.error(`non-default type parameter '${tp.name}' follows default type parameter`, l);
          }
          break;
      }
      this.addop(Op.COPY, l, 1);
      this.nameop(l, tp.name, "Store");
    }
    this.addop(Op.BUILD_TUPLE, loc(params[0]), params.length);
  }

  private typeAliasBody(s: A.TypeAlias): void {
    const l = loc(s);
    const name = (s.name as A.Name).id;
    this.loadConst(new ConstTuple([1n]), l);
    this.setupAnnotationsScope(l, s, name);
    this.expr(s.value);
    this.addop(Op.RETURN_VALUE, l);
    const co = this.optimizeAndAssemble(false);
    this.exitScope();
    this.makeClosure(l, co, 1);
    this.addop(Op.BUILD_TUPLE, l, 3);
    this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.TYPEALIAS);
  }

  private typeAlias(s: A.TypeAlias): void {
    const l = loc(s);
    const name = (s.name as A.Name).id;
    const isGeneric = s.type_params.length > 0;
    if (isGeneric) {
      this.enterScope(`<generic parameters of ${name}>`, Scope.Annotations, s.type_params, l.lineno, null);
      this.loadConst(name, l);
      this.typeParams(s.type_params);
    } else {
      this.loadConst(name, l);
      this.loadConst(null, l);
    }
    this.typeAliasBody(s);
    if (isGeneric) {
      const co = this.optimizeAndAssemble(false);
      this.exitScope();
      this.makeClosure(l, co, 0);
      this.addop(Op.PUSH_NULL, l);
      this.addop(Op.CALL, l, 0);
    }
    this.nameop(l, name, "Store");
  }

  private classBody(s: A.ClassDef, firstlineno: number): void {
    this.enterScope(s.name, Scope.Class, s, firstlineno, s.name);
    let l = LOCATION(firstlineno, firstlineno, 0, 0);
    this.nameop(l, "__name__", "Load");
    this.nameop(l, "__module__", "Store");
    this.loadConst(this.u.qualname, l);
    this.nameop(l, "__qualname__", "Store");
    this.loadConst(BigInt(this.u.firstlineno), l);
    this.nameop(l, "__firstlineno__", "Store");
    if (s.type_params.length) {
      this.nameop(l, ".type_params", "Load");
      this.nameop(l, "__type_params__", "Store");
    }
    const ste = this.u.ste;
    if (ste.needsClassdict) {
      this.addop(Op.LOAD_LOCALS, l);
      this.addop(Op.STORE_DEREF, l, dictAdd(this.u.cellvars, "__classdict__"));
    }
    if (ste.hasConditionalAnnotations) {
      this.addop(Op.BUILD_SET, l, 0);
      this.addop(Op.STORE_DEREF, l, dictAdd(this.u.cellvars, "__conditional_annotations__"));
    }
    this.body(l, s.body);
    this.loadConst(new ConstTuple([...this.u.staticAttributes!].sort(byCodePoint)), NO_LOCATION);
    this.nameop(NO_LOCATION, "__static_attributes__", "Store");
    if (ste.needsClassdict) {
      this.addop(Op.LOAD_CLOSURE, NO_LOCATION, this.u.cellvars.get("__classdict__")!);
      this.nameop(NO_LOCATION, "__classdictcell__", "Store");
    }
    if (ste.needsClassClosure) {
      this.addop(Op.LOAD_CLOSURE, NO_LOCATION, this.u.cellvars.get("__class__")!);
      this.addop(Op.COPY, NO_LOCATION, 1);
      this.nameop(NO_LOCATION, "__classcell__", "Store");
    } else {
      this.loadConst(null, NO_LOCATION);
    }
    this.addop(Op.RETURN_VALUE, NO_LOCATION);
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    l = loc(s);
    this.addop(Op.LOAD_BUILD_CLASS, l);
    this.addop(Op.PUSH_NULL, l);
    this.makeClosure(l, co, 0);
    this.loadConst(s.name, l);
  }

  private classDef(s: A.ClassDef): void {
    const isGeneric = s.type_params.length > 0;
    this.decorators(s.decorator_list);
    const firstlineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const l = loc(s);
    if (isGeneric) {
      this.enterScope(`<generic parameters of ${s.name}>`, Scope.Annotations, s.type_params, firstlineno, s.name);
      this.typeParams(s.type_params);
      this.nameop(l, ".type_params", "Store");
    }
    this.classBody(s, firstlineno);
    if (isGeneric) {
      this.nameop(l, ".type_params", "Load");
      this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.SUBSCRIPT_GENERIC);
      this.nameop(l, ".generic_base", "Store");
      this.callHelper(l, 2, s.bases, ".generic_base", s.keywords);
      const co = this.optimizeAndAssemble(false);
      this.exitScope();
      this.makeClosure(l, co, 0);
      this.addop(Op.PUSH_NULL, l);
      this.addop(Op.CALL, l, 0);
    } else {
      this.callHelper(l, 2, s.bases, null, s.keywords);
    }
    this.applyDecorators(s.decorator_list);
    this.nameop(l, s.name, "Store");
  }

  private lambda(e: A.Lambda): void {
    const l = loc(e);
    const args = e.args;
    const funcflags = this.defaultArguments(l, args);
    this.enterScope("<lambda>", Scope.Lambda, e, e.lineno, null, {
      argcount: args.args.length, posonlyargcount: args.posonlyargs.length, kwonlyargcount: args.kwonlyargs.length,
    });
    this.expr(e.body);
    let co: CodeObject;
    if (this.u.ste.generator) {
      co = this.optimizeAndAssemble(false);
    } else {
      this.addop(Op.RETURN_VALUE, loc(e.body));
      co = this.optimizeAndAssemble(true);
    }
    this.exitScope();
    this.makeClosure(l, co, funcflags);
  }

  // ---- names (codegen_nameop, _PyCompile_ResolveNameop) ----

  private nameop(l: Location, name: string, ctx: "Load" | "Store" | "Del"): void {
    const u = this.u;
    const mangled = this.maybeMangle(name);
    const scope = u.ste.getScope(mangled);
    let optype: "NAME" | "DEREF" | "FAST" | "GLOBAL" = "NAME";
    let dict = u.names;
    switch (scope) {
      case FREE: dict = u.freevars; optype = "DEREF"; break;
      case CELL: dict = u.cellvars; optype = "DEREF"; break;
      case LOCAL:
        if (u.ste.isFunctionLike) optype = "FAST";
        else if (u.fasthidden.get(mangled) === true) optype = "FAST";
        break;
      case GLOBAL_IMPLICIT: if (u.ste.isFunctionLike) optype = "GLOBAL"; break;
      case GLOBAL_EXPLICIT: optype = "GLOBAL"; break;
    }
    if (optype === "FAST") {
      const op = ctx === "Load" ? Op.LOAD_FAST : ctx === "Store" ? Op.STORE_FAST : Op.DELETE_FAST;
      this.addop(op, l, dictAdd(u.varnames, mangled));
      return;
    }
    const arg = dictAdd(dict, mangled);
    let op: number;
    switch (optype) {
      case "DEREF":
        if (ctx === "Load") {
          if (u.ste.type === BlockType.Class && !u.inInlinedComp) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(Op.LOAD_LOCALS, l);
          } else if (u.ste.canSeeClassScope) {
            op = Op.LOAD_FROM_DICT_OR_DEREF;
            this.addop(Op.LOAD_DEREF, l, dictAdd(u.freevars, "__classdict__"));
          } else {
            op = Op.LOAD_DEREF;
          }
        } else op = ctx === "Store" ? Op.STORE_DEREF : Op.DELETE_DEREF;
        break;
      case "GLOBAL":
        if (ctx === "Load") {
          if (u.ste.canSeeClassScope && scope === GLOBAL_IMPLICIT) {
            op = Op.LOAD_FROM_DICT_OR_GLOBALS;
            this.addop(Op.LOAD_DEREF, l, dictAdd(u.freevars, "__classdict__"));
          } else op = Op.LOAD_GLOBAL;
        } else op = ctx === "Store" ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL;
        break;
      default:
        if (ctx === "Load") op = u.ste.type === BlockType.Class && u.inInlinedComp ? Op.LOAD_GLOBAL : Op.LOAD_NAME;
        else op = ctx === "Store" ? Op.STORE_NAME : Op.DELETE_NAME;
    }
    this.addop(op, l, op === Op.LOAD_GLOBAL ? arg << 1 : arg);
  }

  // ---- conditional jumps (codegen_jump_if) ----

  private addCompare(l: Location, op: A.CmpOpKind): void {
    switch (op._type) {
      case "Is": this.addop(Op.IS_OP, l, 0); return;
      case "IsNot": this.addop(Op.IS_OP, l, 1); return;
      case "In": this.addop(Op.CONTAINS_OP, l, 0); return;
      case "NotIn": this.addop(Op.CONTAINS_OP, l, 1); return;
    }
    const cmp = CMP[op._type];
    this.addop(Op.COMPARE_OP, l, (cmp << 5) | COMPARE_MASKS[cmp]);
  }

  private jumpIf(l: Location, e: A.ExprNode, next: number, cond: boolean): void {
    switch (e._type) {
      case "UnaryOp":
        if (e.op._type === "Not") return this.jumpIf(l, e.operand, next, !cond);
        break;
      case "BoolOp": {
        const s = e.values, n = s.length - 1;
        const cond2 = e.op._type === "Or";
        let next2 = next;
        if (cond2 !== cond) next2 = this.newLabel();
        for (let i = 0; i < n; i++) this.jumpIf(l, s[i], next2, cond2);
        this.jumpIf(l, s[n], next, cond);
        if (next2 !== next) this.useLabel(next2);
        return;
      }
      case "IfExp": {
        const end = this.newLabel(), next2 = this.newLabel();
        this.jumpIf(l, e.test, next2, false);
        this.jumpIf(l, e.body, next, cond);
        this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
        this.useLabel(next2);
        this.jumpIf(l, e.orelse, next, cond);
        this.useLabel(end);
        return;
      }
      case "Compare": {
        this.checkCompare(e);
        const n = e.ops.length - 1;
        if (n > 0) {
          const cleanup = this.newLabel();
          this.expr(e.left);
          for (let i = 0; i < n; i++) {
            this.expr(e.comparators[i]);
            this.addop(Op.SWAP, loc(e), 2);
            this.addop(Op.COPY, loc(e), 2);
            this.addCompare(loc(e), e.ops[i]);
            this.addop(Op.TO_BOOL, loc(e));
            this.addopJump(Op.POP_JUMP_IF_FALSE, loc(e), cleanup);
          }
          this.expr(e.comparators[n]);
          this.addCompare(loc(e), e.ops[n]);
          this.addop(Op.TO_BOOL, loc(e));
          this.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, loc(e), next);
          const end = this.newLabel();
          this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
          this.useLabel(cleanup);
          this.addop(Op.POP_TOP, loc(e));
          if (!cond) this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, next);
          this.useLabel(end);
          return;
        }
        break;
      }
    }
    this.expr(e);
    this.addop(Op.TO_BOOL, loc(e));
    this.addopJump(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, loc(e), next);
  }

  // ---- expressions ----

  private expr(e: A.ExprNode): void {
    const l = loc(e);
    switch (e._type) {
      case "NamedExpr":
        this.expr(e.value);
        this.addop(Op.COPY, l, 1);
        this.expr(e.target);
        return;
      case "BoolOp": return this.boolop(e);
      case "BinOp": {
        // ast_preprocess.c fold_binop: "..." % (a, b) becomes an f-string
        if (e.op._type === "Mod" && e.left._type === "Constant" && typeof e.left.value === "string" &&
            e.right._type === "Tuple" && !e.right.elts.some((x) => x._type === "Starred")) {
          const js = optimizeFormat(e, e.left.value, e.right.elts);
          if (js) return this.expr(js);
        }
        this.expr(e.left);
        this.expr(e.right);
        this.addop(Op.BINARY_OP, l, BINOP[e.op._type]);
        return;
      }
      case "UnaryOp":
        this.expr(e.operand);
        if (e.op._type === "UAdd") this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.UNARY_POSITIVE);
        else if (e.op._type === "Not") {
          this.addop(Op.TO_BOOL, l);
          this.addop(Op.UNARY_NOT, l);
        } else this.addop(e.op._type === "Invert" ? Op.UNARY_INVERT : Op.UNARY_NEGATIVE, l);
        return;
      case "Lambda": return this.lambda(e);
      case "IfExp": {
        const end = this.newLabel(), next = this.newLabel();
        this.jumpIf(l, e.test, next, false);
        this.expr(e.body);
        this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
        this.useLabel(next);
        this.expr(e.orelse);
        this.useLabel(end);
        return;
      }
      case "Dict": return this.dict(e);
      case "Set": return this.starunpackHelper(l, e.elts, null, 0, Op.BUILD_SET, Op.SET_ADD, Op.SET_UPDATE, false);
      case "GeneratorExp": return this.comprehension(e, CompType.Genexp, "<genexpr>", e.generators, e.elt, null);
      case "ListComp": return this.comprehension(e, CompType.Listcomp, "<listcomp>", e.generators, e.elt, null);
      case "SetComp": return this.comprehension(e, CompType.Setcomp, "<setcomp>", e.generators, e.elt, null);
      case "DictComp": return this.comprehension(e, CompType.Dictcomp, "<dictcomp>", e.generators, e.key, e.value);
      case "Yield":
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", l);
        if (e.value) this.expr(e.value);
        else this.loadConst(null, l);
        this.addopYield(l);
        return;
      case "YieldFrom":
        if (!this.u.ste.isFunctionLike) this.error("'yield from' outside function", l);
        if (this.u.scopeType === Scope.AsyncFunction) this.error("'yield from' inside async function", l);
        this.expr(e.value);
        this.addop(Op.GET_YIELD_FROM_ITER, l);
        this.loadConst(null, l);
        this.addYieldFrom(l, false);
        return;
      case "Await":
        this.expr(e.value);
        this.addop(Op.GET_AWAITABLE, l, 0);
        this.loadConst(null, l);
        this.addYieldFrom(l, true);
        return;
      case "Compare": return this.compare(e);
      case "Call": return this.call(e);
      case "Constant": this.loadConst(e.value, l); return;
      case "JoinedStr": return this.joinedStr(e);
      case "TemplateStr":
        return this.templateStr(e);
      case "Interpolation": {
        this.expr(e.value);
        this.loadConst(e.str, l);
        let oparg = 2;
        if (e.format_spec) {
          oparg++;
          this.expr(e.format_spec);
        }
        if (e.conversion !== -1) {
          const c = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : -1;
          if (c < 0) throw new CompileError(`Unrecognized conversion character ${e.conversion}`);
          oparg |= c << 2;
        }
        this.addop(Op.BUILD_INTERPOLATION, l, oparg);
        return;
      }
      case "FormattedValue": {
        this.expr(e.value);
        if (e.conversion !== -1) {
          const c = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : -1;
          if (c < 0) throw new CompileError(`Unrecognized conversion character ${e.conversion}`);
          this.addop(Op.CONVERT_VALUE, l, c);
        }
        if (e.format_spec) {
          this.expr(e.format_spec);
          this.addop(Op.FORMAT_WITH_SPEC, l);
        } else {
          this.addop(Op.FORMAT_SIMPLE, l);
        }
        return;
      }
      case "Attribute": return this.attribute(e);
      case "Subscript": return this.subscript(e);
      case "Starred":
        if (ctxOf(e) === "Store") this.error("starred assignment target must be in a list or tuple", l);
        return this.error("can't use starred expression here", l);
      case "Slice": return this.slice(e);
      case "Name":
        // ast_preprocess.c: __debug__ is a constant (False under optimize)
        if (e.id === "__debug__" && ctxOf(e) === "Load") {
          this.loadConst(!((this.opts.optimize ?? 0) > 0), l);
          return;
        }
        return this.nameop(l, e.id, ctxOf(e));
      case "List": {
        const ctx = ctxOf(e);
        if (ctx === "Store") return this.assignmentHelper(l, e.elts);
        if (ctx === "Load") return this.starunpackHelper(l, e.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, false);
        for (const x of e.elts) this.expr(x);
        return;
      }
      case "Tuple": {
        const ctx = ctxOf(e);
        if (ctx === "Store") return this.assignmentHelper(l, e.elts);
        if (ctx === "Load") return this.starunpackHelper(l, e.elts, null, 0, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
        for (const x of e.elts) this.expr(x);
        return;
      }
    }
  }

  private addopYield(l: Location): void {
    const ste = this.u.ste;
    if (ste.generator && ste.coroutine) this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.ASYNC_GEN_WRAP);
    this.addop(Op.YIELD_VALUE, l, 0);
    this.addop(Op.RESUME, l, ResumeOparg.AFTER_YIELD);
  }

  /** codegen_add_yield_from */
  private addYieldFrom(l: Location, isAwait: boolean): void {
    const send = this.newLabel(), fail = this.newLabel(), exit = this.newLabel();
    this.useLabel(send);
    this.addopJump(Op.SEND, l, exit);
    this.addopJump(Op.SETUP_FINALLY, l, fail);
    this.addop(Op.YIELD_VALUE, l, 1);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addop(Op.RESUME, l, isAwait ? ResumeOparg.AFTER_AWAIT : ResumeOparg.AFTER_YIELD_FROM);
    this.addopJump(Op.JUMP_NO_INTERRUPT, l, send);
    this.useLabel(fail);
    this.addop(Op.CLEANUP_THROW, l);
    this.useLabel(exit);
    this.addop(Op.END_SEND, l);
  }

  private boolop(e: A.BoolOp): void {
    const l = loc(e);
    const jump = e.op._type === "And" ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE;
    const end = this.newLabel();
    const s = e.values, n = s.length - 1;
    for (let i = 0; i < n; i++) {
      this.expr(s[i]);
      this.addopJump(jump, l, end);
      this.addop(Op.POP_TOP, l);
    }
    this.expr(s[n]);
    this.useLabel(end);
  }

  /** starunpack_helper_impl */
  private starunpackHelper(l: Location, elts: A.ExprNode[], injectedArg: string | null, pushed: number,
    build: number, add: number, extend: number, tuple: boolean): void {
    let n = elts.length;
    const big = n + pushed + (injectedArg ? 1 : 0) > STACK_USE_GUIDELINE;
    const seenStar = elts.some((x) => x._type === "Starred");
    if (!seenStar && !big) {
      for (const x of elts) this.expr(x);
      if (injectedArg) {
        this.nameop(l, injectedArg, "Load");
        n++;
      }
      this.addop(tuple ? Op.BUILD_TUPLE : build, l, n + pushed);
      return;
    }
    let built = false;
    if (big) {
      this.addop(build, l, pushed);
      built = true;
    }
    elts.forEach((x, i) => {
      if (x._type === "Starred") {
        if (!built) {
          this.addop(build, l, i + pushed);
          built = true;
        }
        this.expr(x.value);
        this.addop(extend, l, 1);
      } else {
        this.expr(x);
        if (built) this.addop(add, l, 1);
      }
    });
    if (injectedArg) {
      this.nameop(l, injectedArg, "Load");
      this.addop(add, l, 1);
    }
    if (tuple) this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.LIST_TO_TUPLE);
  }

  private assignmentHelper(l: Location, elts: A.ExprNode[]): void {
    const n = elts.length;
    let seenStar = false;
    elts.forEach((x, i) => {
      if (x._type === "Starred" && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= (2 ** 31 - 1) >> 8) this.error("too many expressions in star-unpacking assignment", l);
        this.addop(Op.UNPACK_EX, l, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (x._type === "Starred") {
        this.error("multiple starred expressions in assignment", l);
      }
    });
    if (!seenStar) this.addop(Op.UNPACK_SEQUENCE, l, n);
    for (const x of elts) this.expr(x._type === "Starred" ? x.value : x);
  }

  private subdict(e: A.Dict, begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    const l = loc(e);
    if (big) this.addop(Op.BUILD_MAP, l, 0);
    for (let i = begin; i < end; i++) {
      this.expr(e.keys[i]!);
      this.expr(e.values[i]);
      if (big) this.addop(Op.MAP_ADD, l, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, l, n);
  }

  private dict(e: A.Dict): void {
    const l = loc(e);
    const n = e.values.length;
    let haveDict = false, elements = 0;
    for (let i = 0; i < n; i++) {
      if (e.keys[i] === null) {
        if (elements) {
          this.subdict(e, i - elements, i);
          if (haveDict) this.addop(Op.DICT_UPDATE, l, 1);
          haveDict = true;
          elements = 0;
        }
        if (!haveDict) {
          this.addop(Op.BUILD_MAP, l, 0);
          haveDict = true;
        }
        this.expr(e.values[i]);
        this.addop(Op.DICT_UPDATE, l, 1);
      } else if (elements * 2 > STACK_USE_GUIDELINE) {
        this.subdict(e, i - elements, i + 1);
        if (haveDict) this.addop(Op.DICT_UPDATE, l, 1);
        haveDict = true;
        elements = 0;
      } else {
        elements++;
      }
    }
    if (elements) {
      this.subdict(e, n - elements, n);
      if (haveDict) this.addop(Op.DICT_UPDATE, l, 1);
      haveDict = true;
    }
    if (!haveDict) this.addop(Op.BUILD_MAP, l, 0);
  }

  private warn(message: string, lineno: number): void {
    this.opts.warnings?.push({ category: "SyntaxWarning", message, lineno });
  }

  /** compile.c check_caller: calling a literal (`(1, 2)(3)`, a missing comma). */
  private checkCaller(e: A.ExprNode): void {
    const k = e._type;
    if (k === "Constant" || k === "Tuple" || k === "List" || k === "ListComp" || k === "Dict" || k === "DictComp" ||
        k === "Set" || k === "SetComp" || k === "GeneratorExp" || k === "JoinedStr" || k === "FormattedValue") {
      this.warn(`'${inferTypeName(e)}' object is not callable; perhaps you missed a comma?`, e.lineno);
    }
  }

  /** compile.c check_subscripter: subscripting a literal that is never subscriptable. */
  private checkSubscripter(e: A.ExprNode): void {
    if (e._type === "Constant") {
      const v = e.value;
      if (!(v === null || v === PY_ELLIPSIS || typeof v === "bigint" || typeof v === "number" || v instanceof PyComplex || typeof v === "boolean")) return;
    } else if (!(e._type === "Set" || e._type === "SetComp" || e._type === "GeneratorExp" || e._type === "Lambda")) return;
    this.warn(`'${inferTypeName(e)}' object is not subscriptable; perhaps you missed a comma?`, e.lineno);
  }

  /** compile.c check_index: a sequence literal indexed by a literal that is not an int or a slice. */
  private checkIndex(e: A.ExprNode, s: A.ExprNode): void {
    const indexType = inferTypeNameOrNull(s);
    if (indexType === null || indexType === "int" || indexType === "bool" || indexType === "slice") return;
    if (e._type === "Constant") {
      const v = e.value;
      if (!(typeof v === "string" || v instanceof PyBytes || v instanceof ConstTuple)) return;
    } else if (!(e._type === "Tuple" || e._type === "List" || e._type === "ListComp" || e._type === "JoinedStr" || e._type === "FormattedValue")) return;
    this.warn(`${inferTypeName(e)} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`, e.lineno);
  }

  /** compile.c check_compare: `x is 1` earns a SyntaxWarning (identity with a literal). */
  private checkCompare(e: A.Compare): void {
    const isArgOk = (x: A.ExprNode) =>
      x._type !== "Constant" || x.value === null || x.value === true || x.value === false || x.value === PY_ELLIPSIS;
    let left = isArgOk(e.left);
    let leftExpr = e.left;
    for (let i = 0; i < e.ops.length; i++) {
      const op = e.ops[i]._type;
      const rightExpr = e.comparators[i];
      const right = isArgOk(rightExpr);
      if ((op === "Is" || op === "IsNot") && (!left || !right)) {
        const literal = (!left ? leftExpr : rightExpr) as A.Constant;
        const tn = constTypeName(literal.value);
        const msg = op === "Is" ? `"is" with '${tn}' literal. Did you mean "=="?` : `"is not" with '${tn}' literal. Did you mean "!="?`;
        this.opts.warnings?.push({ category: "SyntaxWarning", message: msg, lineno: e.lineno });
        return;
      }
      left = right;
      leftExpr = rightExpr;
    }
  }

  private compare(e: A.Compare): void {
    this.checkCompare(e);
    const l = loc(e);
    this.expr(e.left);
    const n = e.ops.length - 1;
    if (n === 0) {
      this.expr(e.comparators[0]);
      this.addCompare(l, e.ops[0]);
      return;
    }
    const cleanup = this.newLabel();
    for (let i = 0; i < n; i++) {
      this.expr(e.comparators[i]);
      this.addop(Op.SWAP, l, 2);
      this.addop(Op.COPY, l, 2);
      this.addCompare(l, e.ops[i]);
      this.addop(Op.COPY, l, 1);
      this.addop(Op.TO_BOOL, l);
      this.addopJump(Op.POP_JUMP_IF_FALSE, l, cleanup);
      this.addop(Op.POP_TOP, l);
    }
    this.expr(e.comparators[n]);
    this.addCompare(l, e.ops[n]);
    const end = this.newLabel();
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
    this.useLabel(cleanup);
    this.addop(Op.SWAP, l, 2);
    this.addop(Op.POP_TOP, l);
    this.useLabel(end);
  }

  private isImportOriginated(e: A.ExprNode): boolean {
    if (e._type !== "Name") return false;
    return (this.st.top.getSymbol(e.id) & DEF_IMPORT) !== 0;
  }

  private canOptimizeSuperCall(attr: A.Attribute): boolean {
    if (this.opts.loadSuperAttr === false) return false;
    const e = attr.value;
    if (e._type !== "Call" || e.func._type !== "Name" || e.func.id !== "super" || attr.attr === "__class__" || e.keywords.length) {
      return false;
    }
    const nargs = e.args.length;
    if (this.u.ste.getScope("super") !== GLOBAL_IMPLICIT) return false;
    if (this.st.top.getScope("super") !== 0) return false;
    if (nargs === 2) return !e.args.some((a) => a._type === "Starred");
    if (nargs !== 0) return false;
    if (this.u.argcount === 0 && this.u.posonlyargcount === 0) return false;
    return this.refType("__class__") === FREE;
  }

  private loadArgsForSuper(e: A.Call): void {
    const l = loc(e);
    this.nameop(loc(e.func), (e.func as A.Name).id, "Load");
    if (e.args.length === 2) {
      this.expr(e.args[0]);
      this.expr(e.args[1]);
      return;
    }
    this.nameop(l, "__class__", "Load");
    this.nameop(l, [...this.u.varnames.keys()][0], "Load");
  }

  /** update_start_location_to_match_attr */
  private updateStartLocationToMatchAttr(l: Location, attr: A.Attribute): Location {
    if (l.lineno !== attr.end_lineno) {
      l = { ...l, lineno: attr.end_lineno };
      const len = attr.attr.length;
      if (len <= attr.end_col_offset) l.col_offset = attr.end_col_offset - len;
      else {
        l.col_offset = -1;
        l.end_col_offset = -1;
      }
      l.end_lineno = Math.max(l.lineno, l.end_lineno);
      if (l.lineno === l.end_lineno) l.end_col_offset = Math.max(l.col_offset, l.end_col_offset);
    }
    return l;
  }

  private attribute(e: A.Attribute): void {
    let l = loc(e);
    if (ctxOf(e) === "Load" && this.canOptimizeSuperCall(e)) {
      const call = e.value as A.Call;
      this.loadArgsForSuper(call);
      this.addopName(call.args.length ? Op.LOAD_SUPER_ATTR : "LOAD_ZERO_SUPER_ATTR", l, e.attr, this.u.names);
      l = this.updateStartLocationToMatchAttr(l, e);
      this.addop(Op.NOP, l);
      return;
    }
    this.maybeAddStaticAttributeToClass(e);
    this.expr(e.value);
    l = this.updateStartLocationToMatchAttr(loc(e), e);
    switch (ctxOf(e)) {
      case "Load": this.addopName(Op.LOAD_ATTR, l, e.attr, this.u.names); break;
      case "Store": this.addopName(Op.STORE_ATTR, l, e.attr, this.u.names); break;
      case "Del": this.addopName(Op.DELETE_ATTR, l, e.attr, this.u.names); break;
    }
  }

  /** _PyCompile_MaybeAddStaticAttributeToClass: `self.X = ...` in a method records X. */
  private maybeAddStaticAttributeToClass(e: A.Attribute): void {
    if (e.value._type !== "Name" || ctxOf(e) !== "Store" || e.value.id !== "self") return;
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const u = this.stack[i];
      if (u.scopeType === Scope.Class) {
        u.staticAttributes!.add(e.attr);
        break;
      }
    }
  }

  private isConstantSlice(s: A.ExprNode): boolean {
    return s._type === "Slice" && (s.lower === null || s.lower._type === "Constant") &&
      (s.upper === null || s.upper._type === "Constant") && (s.step === null || s.step._type === "Constant");
  }

  private shouldApplyTwoElementSliceOptimization(s: A.ExprNode): boolean {
    const constantSlice = this.isConstantSlice(s) && this.opts.sliceAndFrozensetConsts !== false;
    return !constantSlice && s._type === "Slice" && s.step === null;
  }

  private subscript(e: A.Subscript): void {
    const l = loc(e);
    const ctx = ctxOf(e);
    if (ctx === "Load") {
      this.checkSubscripter(e.value);
      this.checkIndex(e.value, e.slice);
    }
    this.expr(e.value);
    if (this.shouldApplyTwoElementSliceOptimization(e.slice) && ctx !== "Del") {
      this.sliceTwoParts(e.slice as A.Slice);
      this.addop(ctx === "Load" ? Op.BINARY_SLICE : Op.STORE_SLICE, l);
    } else {
      this.expr(e.slice);
      if (ctx === "Load") this.addop(Op.BINARY_OP, l, NbOp.SUBSCR);
      else this.addop(ctx === "Store" ? Op.STORE_SUBSCR : Op.DELETE_SUBSCR, l);
    }
  }

  private sliceTwoParts(s: A.Slice): void {
    if (s.lower) this.expr(s.lower);
    else this.loadConst(null, loc(s));
    if (s.upper) this.expr(s.upper);
    else this.loadConst(null, loc(s));
  }

  private slice(s: A.Slice): void {
    if (this.isConstantSlice(s) && this.opts.sliceAndFrozensetConsts !== false) {
      const v = (x: A.ExprNode | null): ConstKey => (x ? (x as A.Constant).value : null);
      this.loadConst(new ConstSlice(v(s.lower), v(s.upper), v(s.step)), loc(s));
      return;
    }
    this.sliceTwoParts(s);
    let n = 2;
    if (s.step) {
      n++;
      this.expr(s.step);
    }
    this.addop(Op.BUILD_SLICE, loc(s), n);
  }

  private joinedStr(e: A.JoinedStr): void {
    const l = loc(e);
    const n = e.values.length;
    if (n > STACK_USE_GUIDELINE) {
      this.loadConst("", l);
      this.addopName("LOAD_METHOD", l, "join", this.u.names);
      this.addop(Op.BUILD_LIST, l, 0);
      for (const v of e.values) {
        this.expr(v);
        this.addop(Op.LIST_APPEND, l, 1);
      }
      this.addop(Op.CALL, l, 1);
      return;
    }
    for (const v of e.values) this.expr(v);
    if (n > 1) this.addop(Op.BUILD_STRING, l, n);
    else if (n === 0) this.loadConst("", l);
  }

  // ---- calls ----

  private validateKeywords(keywords: A.keyword[]): void {
    for (let i = 0; i < keywords.length; i++) {
      const k = keywords[i];
      if (k.arg === null) continue;
      for (let j = i + 1; j < keywords.length; j++) {
        const o = keywords[j];
        if (o.arg === k.arg) this.error(`keyword argument repeated: ${k.arg}`, loc(o));
      }
    }
  }

  private callSimpleKwHelper(l: Location, keywords: A.keyword[]): void {
    this.loadConst(new ConstTuple(keywords.map((k) => k.arg!)), l);
  }

  /** maybe_optimize_method_call */
  private maybeOptimizeMethodCall(e: A.Call): boolean {
    const meth = e.func;
    if (meth._type !== "Attribute" || ctxOf(meth) !== "Load") return false;
    if (this.isImportOriginated(meth.value)) return false;
    const argsl = e.args.length, kwdsl = e.keywords.length;
    if (argsl + kwdsl + (kwdsl !== 0 ? 1 : 0) >= STACK_USE_GUIDELINE) return false;
    if (e.args.some((a) => a._type === "Starred")) return false;
    if (e.keywords.some((k) => k.arg === null)) return false;
    let l = loc(meth);
    if (this.canOptimizeSuperCall(meth)) {
      const call = meth.value as A.Call;
      this.loadArgsForSuper(call);
      this.addopName(call.args.length ? "LOAD_SUPER_METHOD" : "LOAD_ZERO_SUPER_METHOD", l, meth.attr, this.u.names);
      l = this.updateStartLocationToMatchAttr(l, meth);
      this.addop(Op.NOP, l);
    } else {
      this.expr(meth.value);
      l = this.updateStartLocationToMatchAttr(l, meth);
      this.addopName("LOAD_METHOD", l, meth.attr, this.u.names);
    }
    for (const a of e.args) this.expr(a);
    if (kwdsl) {
      for (const k of e.keywords) this.expr(k.value);
      this.callSimpleKwHelper(l, e.keywords);
      l = this.updateStartLocationToMatchAttr(loc(e), meth);
      this.addop(Op.CALL_KW, l, argsl + kwdsl);
    } else {
      l = this.updateStartLocationToMatchAttr(loc(e), meth);
      this.addop(Op.CALL, l, argsl);
    }
    return true;
  }

  /** maybe_optimize_function_call: all()/any()/tuple() over a generator expression. */
  private maybeOptimizeFunctionCall(e: A.Call, end: number): boolean {
    const func = e.func;
    if (this.opts.builtinGenexpCalls === false) return false;
    if (!(func._type === "Name" && e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === "GeneratorExp")) {
      return false;
    }
    const l = loc(func);
    let optimized = false;
    const skip = this.newLabel();
    let constOparg = -1, initial: boolean | null = null, continueJump = -1;
    if (func.id === "all") { constOparg = 3; initial = true; continueJump = Op.POP_JUMP_IF_TRUE; }
    else if (func.id === "any") { constOparg = 4; initial = false; continueJump = Op.POP_JUMP_IF_FALSE; }
    else if (func.id === "tuple") { constOparg = 2; }
    if (constOparg !== -1) {
      const isTuple = constOparg === 2;
      this.addop(Op.COPY, l, 1);
      this.addop(Op.LOAD_COMMON_CONSTANT, l, constOparg);
      this.addCompare(l, { _type: "Is" } as A.CmpOpKind);
      this.addopJump(Op.POP_JUMP_IF_FALSE, l, skip);
      this.addop(Op.POP_TOP, l);
      if (isTuple) this.addop(Op.BUILD_LIST, l, 0);
      this.expr(e.args[0]);
      const loop = this.newLabel(), cleanup = this.newLabel();
      this.useLabel(loop);
      this.addopJump(Op.FOR_ITER, l, cleanup);
      if (isTuple) {
        this.addop(Op.LIST_APPEND, l, 2);
        this.addopJump(Op.JUMP, l, loop);
      } else {
        this.addop(Op.TO_BOOL, l);
        this.addopJump(continueJump, l, loop);
      }
      this.addop(Op.POP_ITER, NO_LOCATION);
      if (!isTuple) this.loadConst(!initial, l);
      this.addopJump(Op.JUMP, l, end);
      this.useLabel(cleanup);
      this.addop(Op.END_FOR, NO_LOCATION);
      this.addop(Op.POP_ITER, NO_LOCATION);
      if (isTuple) this.addop(Op.CALL_INTRINSIC_1, l, Intrinsic1.LIST_TO_TUPLE);
      else this.loadConst(initial, l);
      optimized = true;
      this.addopJump(Op.JUMP, l, end);
    }
    this.useLabel(skip);
    return optimized;
  }

  private call(e: A.Call): void {
    this.checkCaller(e.func);
    this.validateKeywords(e.keywords);
    if (this.maybeOptimizeMethodCall(e)) return;
    const skipNormalCall = this.newLabel();
    this.expr(e.func);
    this.maybeOptimizeFunctionCall(e, skipNormalCall);
    this.addop(Op.PUSH_NULL, loc(e.func));
    this.callHelper(loc(e), 0, e.args, null, e.keywords);
    this.useLabel(skipNormalCall);
  }

  private subkwargs(l: Location, keywords: A.keyword[], begin: number, end: number): void {
    const n = end - begin;
    const big = n * 2 > STACK_USE_GUIDELINE;
    if (big) this.addop(Op.BUILD_MAP, NO_LOCATION, 0);
    for (let i = begin; i < end; i++) {
      const kw = keywords[i];
      this.loadConst(kw.arg!, l);
      this.expr(kw.value);
      if (big) this.addop(Op.MAP_ADD, NO_LOCATION, 1);
    }
    if (!big) this.addop(Op.BUILD_MAP, l, n);
  }

  /** codegen_call_helper_impl: `n` arguments are already on the stack. */
  private callHelper(l: Location, n: number, args: A.ExprNode[], injectedArg: string | null, keywords: A.keyword[]): void {
    this.validateKeywords(keywords);
    let nelts = args.length;
    const nkwelts = keywords.length;
    const exCall = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || args.some((a) => a._type === "Starred") ||
      keywords.some((k) => k.arg === null);
    if (!exCall) {
      for (const a of args) this.expr(a);
      if (injectedArg) {
        this.nameop(l, injectedArg, "Load");
        nelts++;
      }
      if (nkwelts) {
        for (const k of keywords) this.expr(k.value);
        this.callSimpleKwHelper(l, keywords);
        this.addop(Op.CALL_KW, l, n + nelts + nkwelts);
      } else {
        this.addop(Op.CALL, l, n + nelts);
      }
      return;
    }
    if (n === 0 && nelts === 1 && args[0]._type === "Starred") {
      this.expr(args[0].value);
    } else {
      this.starunpackHelper(l, args, injectedArg, n, Op.BUILD_LIST, Op.LIST_APPEND, Op.LIST_EXTEND, true);
    }
    if (nkwelts) {
      let haveDict = false, nseen = 0;
      for (let i = 0; i < nkwelts; i++) {
        const kw = keywords[i];
        if (kw.arg === null) {
          if (nseen) {
            this.subkwargs(l, keywords, i - nseen, i);
            if (haveDict) this.addop(Op.DICT_MERGE, l, 1);
            haveDict = true;
            nseen = 0;
          }
          if (!haveDict) {
            this.addop(Op.BUILD_MAP, l, 0);
            haveDict = true;
          }
          this.expr(kw.value);
          this.addop(Op.DICT_MERGE, l, 1);
        } else {
          nseen++;
        }
      }
      if (nseen) {
        this.subkwargs(l, keywords, nkwelts - nseen, nkwelts);
        if (haveDict) this.addop(Op.DICT_MERGE, l, 1);
        haveDict = true;
      }
    }
    if (nkwelts === 0) this.addop(Op.PUSH_NULL, l);
    this.addop(Op.CALL_FUNCTION_EX, l);
  }

  // ---- async for / async with / except* / t-strings ----

  /** codegen_async_for */
  private asyncFor(s: A.AsyncFor): void {
    let l = loc(s);
    const start = this.newLabel(), send = this.newLabel(), except = this.newLabel(), end = this.newLabel();
    this.expr(s.iter);
    this.addop(Op.GET_AITER, loc(s.iter));
    this.useLabel(start);
    this.pushFBlock(l, FB.AsyncForLoop, start, end, null);
    this.addopJump(Op.SETUP_FINALLY, l, except);
    this.addop(Op.GET_ANEXT, l);
    this.loadConst(null, l);
    this.useLabel(send);
    this.addYieldFrom(l, true);
    this.addop(Op.POP_BLOCK, l);
    this.addop(Op.NOT_TAKEN, l);
    this.expr(s.target);
    for (const b of s.body) this.stmt(b);
    this.addopJump(Op.JUMP, NO_LOCATION, start);
    this.popFBlock();
    this.useLabel(except);
    l = loc(s.iter);
    this.addopJump(Op.END_ASYNC_FOR, l, send);
    for (const b of s.orelse) this.stmt(b);
    this.useLabel(end);
  }

  /** codegen_async_with_inner */
  private asyncWith(s: A.AsyncWith, pos: number): void {
    const item = s.items[pos];
    const block = this.newLabel(), final = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.expr(item.context_expr);
    const l = loc(item.context_expr);
    this.addop(Op.COPY, l, 1);
    this.addop(Op.LOAD_SPECIAL, l, 3 /* __aexit__ */);
    this.addop(Op.SWAP, l, 2);
    this.addop(Op.SWAP, l, 3);
    this.addop(Op.LOAD_SPECIAL, l, 2 /* __aenter__ */);
    this.addop(Op.CALL, l, 0);
    this.addop(Op.GET_AWAITABLE, l, 1);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.addopJump(Op.SETUP_WITH, l, final);
    this.useLabel(block);
    this.pushFBlock(l, FB.AsyncWith, block, final, null);
    if (item.optional_vars) this.expr(item.optional_vars);
    else this.addop(Op.POP_TOP, l);
    pos++;
    if (pos === s.items.length) for (const b of s.body) this.stmt(b);
    else this.asyncWith(s, pos);
    this.popFBlock();
    this.addop(Op.POP_BLOCK, l);
    this.callExitWithNones(l);
    this.addop(Op.GET_AWAITABLE, l, 2);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.addop(Op.POP_TOP, l);
    this.addopJump(Op.JUMP, l, exit);
    this.useLabel(final);
    this.addopJump(Op.SETUP_CLEANUP, l, cleanup);
    this.addop(Op.PUSH_EXC_INFO, l);
    this.addop(Op.WITH_EXCEPT_START, l);
    this.addop(Op.GET_AWAITABLE, l, 2);
    this.loadConst(null, l);
    this.addYieldFrom(l, true);
    this.withExceptFinish(cleanup);
    this.useLabel(exit);
  }

  /** codegen_try_star_finally */
  private tryStarFinally(s: A.TryStar): void {
    let l = loc(s);
    const body = this.newLabel(), end = this.newLabel(), exit = this.newLabel(), cleanup = this.newLabel();
    this.addopJump(Op.SETUP_FINALLY, l, end);
    this.useLabel(body);
    this.pushFBlock(l, FB.FinallyTry, body, end, s.finalbody);
    if (s.handlers.length) this.tryStarExcept(s);
    else for (const b of s.body) this.stmt(b);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.popFBlock();
    for (const b of s.finalbody) this.stmt(b);
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, exit);
    this.useLabel(end);
    l = NO_LOCATION;
    this.addopJump(Op.SETUP_CLEANUP, l, cleanup);
    this.addop(Op.PUSH_EXC_INFO, l);
    this.pushFBlock(l, FB.FinallyEnd, end, -1, null);
    for (const b of s.finalbody) this.stmt(b);
    this.popFBlock();
    this.addop(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(exit);
  }

  /** codegen_try_star_except */
  private tryStarExcept(s: A.TryStar): void {
    const l = loc(s);
    const body = this.newLabel(), orelse = this.newLabel(), end = this.newLabel(), cleanup = this.newLabel();
    const reraiseStar = this.newLabel();
    let except = this.newLabel();
    this.addopJump(Op.SETUP_FINALLY, l, except);
    this.useLabel(body);
    this.pushFBlock(l, FB.TryExcept, body, -1, null);
    for (const b of s.body) this.stmt(b);
    this.popFBlock();
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, orelse);
    const n = s.handlers.length;
    this.useLabel(except);
    this.addopJump(Op.SETUP_CLEANUP, NO_LOCATION, cleanup);
    this.addop(Op.PUSH_EXC_INFO, NO_LOCATION);
    this.pushFBlock(l, FB.ExceptionGroupHandler, -1, -1, null);
    for (let i = 0; i < n; i++) {
      const h = s.handlers[i];
      const hl = loc(h);
      except = this.newLabel();
      const exceptWithError = this.newLabel(), noMatch = this.newLabel();
      if (i === 0) {
        this.addop(Op.BUILD_LIST, hl, 0);
        this.addop(Op.COPY, hl, 2);
      }
      if (h.type) {
        this.expr(h.type);
        this.addop(Op.CHECK_EG_MATCH, hl);
        this.addop(Op.COPY, hl, 1);
        this.addopJump(Op.POP_JUMP_IF_NONE, hl, noMatch);
      }
      const cleanupEnd = this.newLabel(), cleanupBody = this.newLabel();
      if (h.name) this.nameop(hl, h.name, "Store");
      else this.addop(Op.POP_TOP, hl);
      this.addopJump(Op.SETUP_CLEANUP, hl, cleanupEnd);
      this.useLabel(cleanupBody);
      this.pushFBlock(hl, FB.HandlerCleanup, cleanupBody, -1, h.name);
      for (const b of h.body) this.stmt(b);
      this.popFBlock();
      this.addop(Op.POP_BLOCK, NO_LOCATION);
      if (h.name) {
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, "Store");
        this.nameop(NO_LOCATION, h.name, "Del");
      }
      this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, except);
      this.useLabel(cleanupEnd);
      if (h.name) {
        this.loadConst(null, NO_LOCATION);
        this.nameop(NO_LOCATION, h.name, "Store");
        this.nameop(NO_LOCATION, h.name, "Del");
      }
      this.addop(Op.LIST_APPEND, NO_LOCATION, 3);
      this.addop(Op.POP_TOP, NO_LOCATION);
      this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, exceptWithError);
      this.useLabel(except);
      this.addop(Op.NOP, NO_LOCATION);
      this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, exceptWithError);
      this.useLabel(noMatch);
      this.addop(Op.POP_TOP, hl);
      this.useLabel(exceptWithError);
      if (i === n - 1) {
        this.addop(Op.LIST_APPEND, NO_LOCATION, 1);
        this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, reraiseStar);
      }
    }
    this.popFBlock();
    const reraise = this.newLabel();
    this.useLabel(reraiseStar);
    this.addop(Op.CALL_INTRINSIC_2, NO_LOCATION, Intrinsic2.PREP_RERAISE_STAR);
    this.addop(Op.COPY, NO_LOCATION, 1);
    this.addopJump(Op.POP_JUMP_IF_NOT_NONE, NO_LOCATION, reraise);
    this.addop(Op.POP_TOP, NO_LOCATION);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addop(Op.POP_EXCEPT, NO_LOCATION);
    this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
    this.useLabel(reraise);
    this.addop(Op.POP_BLOCK, NO_LOCATION);
    this.addop(Op.SWAP, NO_LOCATION, 2);
    this.addop(Op.POP_EXCEPT, NO_LOCATION);
    this.addop(Op.RERAISE, NO_LOCATION, 0);
    this.useLabel(cleanup);
    this.popExceptAndReraise(NO_LOCATION);
    this.useLabel(orelse);
    for (const b of s.orelse) this.stmt(b);
    this.useLabel(end);
  }

  /** codegen_template_str */
  private templateStr(e: A.TemplateStr): void {
    const l = loc(e);
    let lastWasInterpolation = true, strings = 0;
    for (const v of e.values) {
      if (v._type === "Interpolation") {
        if (lastWasInterpolation) {
          this.loadConst("", l);
          strings++;
        }
        lastWasInterpolation = true;
      } else {
        this.expr(v);
        strings++;
        lastWasInterpolation = false;
      }
    }
    if (lastWasInterpolation) {
      this.loadConst("", l);
      strings++;
    }
    this.addop(Op.BUILD_TUPLE, l, strings);
    let interpolations = 0;
    for (const v of e.values) {
      if (v._type === "Interpolation") {
        this.expr(v);
        interpolations++;
      }
    }
    this.addop(Op.BUILD_TUPLE, l, interpolations);
    this.addop(Op.BUILD_TEMPLATE, l);
  }

  // ---- pattern matching (PEP 634; codegen.c codegen_match and codegen_pattern_*) ----

  private ensureFailPop(pc: PatternContext, n: number): void {
    const size = n + 1;
    while (pc.failPop.length < size) pc.failPop.push(this.newLabel());
  }

  private jumpToFailPop(l: Location, pc: PatternContext, op: number): void {
    const pops = pc.onTop + pc.stores.length;
    this.ensureFailPop(pc, pops);
    this.addopJump(op, l, pc.failPop[pops]);
  }

  private emitAndResetFailPop(l: Location, pc: PatternContext): void {
    if (!pc.failPop.length) return;
    for (let i = pc.failPop.length - 1; i > 0; i--) {
      this.useLabel(pc.failPop[i]);
      this.addop(Op.POP_TOP, l);
    }
    this.useLabel(pc.failPop[0]);
    pc.failPop = [];
  }

  private patternHelperRotate(l: Location, count: number): void {
    while (1 < count) this.addop(Op.SWAP, l, count--);
  }

  private patternHelperStoreName(l: Location, n: string | null, pc: PatternContext): void {
    if (n === null) {
      this.addop(Op.POP_TOP, l);
      return;
    }
    if (pc.stores.includes(n)) this.error(`multiple assignments to name ${reprStr(n)} in pattern`, l);
    this.patternHelperRotate(l, pc.onTop + pc.stores.length + 1);
    pc.stores.push(n);
  }

  private patternUnpackHelper(l: Location, elts: A.Pattern[]): void {
    const n = elts.length;
    let seenStar = false;
    elts.forEach((e, i) => {
      if (e._type === "MatchStar" && !seenStar) {
        if (i >= 1 << 8 || n - i - 1 >= (2 ** 31 - 1) >> 8) this.error("too many expressions in star-unpacking sequence pattern", l);
        this.addop(Op.UNPACK_EX, l, i + ((n - i - 1) << 8));
        seenStar = true;
      } else if (e._type === "MatchStar") {
        this.error("multiple starred expressions in sequence pattern", l);
      }
    });
    if (!seenStar) this.addop(Op.UNPACK_SEQUENCE, l, n);
  }

  private patternHelperSequenceUnpack(l: Location, patterns: A.Pattern[], pc: PatternContext): void {
    this.patternUnpackHelper(l, patterns);
    pc.onTop += patterns.length;
    for (const p of patterns) {
      pc.onTop--;
      this.patternSubpattern(p, pc);
    }
  }

  private patternHelperSequenceSubscr(l: Location, patterns: A.Pattern[], star: number, pc: PatternContext): void {
    pc.onTop++;
    const size = patterns.length;
    patterns.forEach((p, i) => {
      if (isWildcard(p)) return;
      if (i === star) return;
      this.addop(Op.COPY, l, 1);
      if (i < star) {
        this.loadConst(BigInt(i), l);
      } else {
        this.addop(Op.GET_LEN, l);
        this.loadConst(BigInt(size - i), l);
        this.addop(Op.BINARY_OP, l, NbOp.SUBTRACT);
      }
      this.addop(Op.BINARY_OP, l, NbOp.SUBSCR);
      this.patternSubpattern(p, pc);
    });
    pc.onTop--;
    this.addop(Op.POP_TOP, l);
  }

  private patternSubpattern(p: A.Pattern, pc: PatternContext): void {
    const allow = pc.allowIrrefutable;
    pc.allowIrrefutable = true;
    this.pattern(p, pc);
    pc.allowIrrefutable = allow;
  }

  private patternAs(p: A.MatchAs, pc: PatternContext): void {
    if (p.pattern === null) {
      if (!pc.allowIrrefutable) {
        if (p.name) this.error(`name capture ${reprStr(p.name)} makes remaining patterns unreachable`, loc(p));
        this.error("wildcard makes remaining patterns unreachable", loc(p));
      }
      return this.patternHelperStoreName(loc(p), p.name, pc);
    }
    pc.onTop++;
    this.addop(Op.COPY, loc(p), 1);
    this.pattern(p.pattern, pc);
    pc.onTop--;
    this.patternHelperStoreName(loc(p), p.name, pc);
  }

  private patternClass(p: A.MatchClass, pc: PatternContext): void {
    const patterns = p.patterns, kwdAttrs = p.kwd_attrs, kwdPatterns = p.kwd_patterns;
    const nargs = patterns.length, nattrs = kwdAttrs.length;
    if (nattrs !== kwdPatterns.length) {
      this.error(`kwd_attrs (${nattrs}) / kwd_patterns (${kwdPatterns.length}) length mismatch in class pattern`, loc(p));
    }
    for (let i = 0; i < nattrs; i++) {
      for (let j = i + 1; j < nattrs; j++) {
        if (kwdAttrs[i] === kwdAttrs[j]) this.error(`attribute name repeated in class pattern: ${kwdAttrs[i]}`, loc(kwdPatterns[j]));
      }
    }
    this.expr(p.cls);
    this.loadConst(new ConstTuple(kwdAttrs), loc(p));
    this.addop(Op.MATCH_CLASS, loc(p), nargs);
    this.addop(Op.COPY, loc(p), 1);
    this.loadConst(null, loc(p));
    this.addop(Op.IS_OP, loc(p), 1);
    pc.onTop++;
    this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    this.addop(Op.UNPACK_SEQUENCE, loc(p), nargs + nattrs);
    pc.onTop += nargs + nattrs - 1;
    for (let i = 0; i < nargs + nattrs; i++) {
      pc.onTop--;
      const pattern = i < nargs ? patterns[i] : kwdPatterns[i - nargs];
      if (isWildcard(pattern)) {
        this.addop(Op.POP_TOP, loc(p));
        continue;
      }
      this.patternSubpattern(pattern, pc);
    }
  }

  private patternMapping(p: A.MatchMapping, pc: PatternContext): void {
    const keys = p.keys, patterns = p.patterns;
    let size = keys.length;
    if (size !== patterns.length) {
      this.error(`keys (${size}) / patterns (${patterns.length}) length mismatch in mapping pattern`, loc(p));
    }
    const starTarget = p.rest;
    pc.onTop++;
    this.addop(Op.MATCH_MAPPING, loc(p));
    this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    if (!size && !starTarget) {
      pc.onTop--;
      this.addop(Op.POP_TOP, loc(p));
      return;
    }
    if (size) {
      this.addop(Op.GET_LEN, loc(p));
      this.loadConst(BigInt(size), loc(p));
      this.addCompare(loc(p), { _type: "GtE" } as A.CmpOpKind);
      this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    }
    const seen: ConstKey[] = [];
    keys.forEach((k, i) => {
      const key = k === null ? null : foldMatchValue(k);
      if (key === null) this.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)", loc(patterns[i]));
      if (key._type === "Constant") {
        if (seen.some((x) => pyEquals(x, key.value))) {
          this.error(`mapping pattern checks duplicate key (${reprConstant(key.value as never)})`, loc(p));
        }
        seen.push(key.value);
      } else if (key._type !== "Attribute") {
        this.error("mapping pattern keys may only match literals and attribute lookups", loc(p));
      }
      this.expr(key);
    });
    this.addop(Op.BUILD_TUPLE, loc(p), size);
    this.addop(Op.MATCH_KEYS, loc(p));
    pc.onTop += 2;
    this.addop(Op.COPY, loc(p), 1);
    this.loadConst(null, loc(p));
    this.addop(Op.IS_OP, loc(p), 1);
    this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    this.addop(Op.UNPACK_SEQUENCE, loc(p), size);
    pc.onTop += size - 1;
    for (const pattern of patterns) {
      pc.onTop--;
      this.patternSubpattern(pattern, pc);
    }
    pc.onTop -= 2;
    if (starTarget) {
      this.addop(Op.BUILD_MAP, loc(p), 0);
      this.addop(Op.SWAP, loc(p), 3);
      this.addop(Op.DICT_UPDATE, loc(p), 2);
      this.addop(Op.UNPACK_SEQUENCE, loc(p), size);
      while (size) {
        this.addop(Op.COPY, loc(p), 1 + size--);
        this.addop(Op.SWAP, loc(p), 2);
        this.addop(Op.DELETE_SUBSCR, loc(p));
      }
      this.patternHelperStoreName(loc(p), starTarget, pc);
    } else {
      this.addop(Op.POP_TOP, loc(p));
      this.addop(Op.POP_TOP, loc(p));
    }
  }

  private patternOr(p: A.MatchOr, pc: PatternContext): void {
    const end = this.newLabel();
    const size = p.patterns.length;
    const old: PatternContext = { ...pc };
    let control: string[] | null = null;
    p.patterns.forEach((alt, i) => {
      pc.stores = [];
      pc.allowIrrefutable = i === size - 1 && old.allowIrrefutable;
      pc.failPop = [];
      pc.onTop = 0;
      this.addop(Op.COPY, loc(alt), 1);
      this.pattern(alt, pc);
      const nstores = pc.stores.length;
      if (!i) {
        control = pc.stores;
      } else if (nstores !== control!.length) {
        this.error("alternative patterns bind different names", loc(p));
      } else if (nstores) {
        let icontrol = nstores;
        while (icontrol--) {
          const name = control![icontrol];
          const istores = pc.stores.indexOf(name);
          if (istores < 0) this.error("alternative patterns bind different names", loc(p));
          if (icontrol !== istores) {
            let rotations = istores + 1;
            const rotated = pc.stores.slice(0, rotations);
            pc.stores.splice(0, rotations);
            pc.stores.splice(icontrol - istores, 0, ...rotated);
            while (rotations--) this.patternHelperRotate(loc(alt), icontrol + 1);
          }
        }
      }
      this.addopJump(Op.JUMP, loc(alt), end);
      this.emitAndResetFailPop(loc(alt), pc);
    });
    Object.assign(pc, old);
    this.addop(Op.POP_TOP, loc(p));
    this.jumpToFailPop(loc(p), pc, Op.JUMP);
    this.useLabel(end);
    const ctl = control! as string[];
    const nrots = ctl.length + 1 + pc.onTop + pc.stores.length;
    for (const name of ctl) {
      this.patternHelperRotate(loc(p), nrots);
      if (pc.stores.includes(name)) this.error(`multiple assignments to name ${reprStr(name)} in pattern`, loc(p));
      pc.stores.push(name);
    }
    this.addop(Op.POP_TOP, loc(p));
  }

  private patternSequence(p: A.MatchSequence, pc: PatternContext): void {
    const patterns = p.patterns, size = patterns.length;
    let star = -1, onlyWildcard = true, starWildcard = false;
    patterns.forEach((pattern, i) => {
      if (pattern._type === "MatchStar") {
        if (star >= 0) this.error("multiple starred names in sequence pattern", loc(p));
        starWildcard = pattern.name === null;
        onlyWildcard &&= starWildcard;
        star = i;
        return;
      }
      onlyWildcard &&= isWildcard(pattern);
    });
    pc.onTop++;
    this.addop(Op.MATCH_SEQUENCE, loc(p));
    this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    if (star < 0) {
      this.addop(Op.GET_LEN, loc(p));
      this.loadConst(BigInt(size), loc(p));
      this.addCompare(loc(p), { _type: "Eq" } as A.CmpOpKind);
      this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      this.addop(Op.GET_LEN, loc(p));
      this.loadConst(BigInt(size - 1), loc(p));
      this.addCompare(loc(p), { _type: "GtE" } as A.CmpOpKind);
      this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
    }
    pc.onTop--;
    if (onlyWildcard) this.addop(Op.POP_TOP, loc(p));
    else if (starWildcard) this.patternHelperSequenceSubscr(loc(p), patterns, star, pc);
    else this.patternHelperSequenceUnpack(loc(p), patterns, pc);
  }

  private pattern(p: A.Pattern, pc: PatternContext): void {
    switch (p._type) {
      case "MatchValue": {
        const value = foldMatchValue(p.value);
        if (value._type !== "Constant" && value._type !== "Attribute") {
          this.error("patterns may only match literals and attribute lookups", loc(p));
        }
        this.expr(value);
        this.addCompare(loc(p), { _type: "Eq" } as A.CmpOpKind);
        this.addop(Op.TO_BOOL, loc(p));
        this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
        return;
      }
      case "MatchSingleton":
        this.loadConst(p.value, loc(p));
        this.addCompare(loc(p), { _type: "Is" } as A.CmpOpKind);
        this.jumpToFailPop(loc(p), pc, Op.POP_JUMP_IF_FALSE);
        return;
      case "MatchSequence": return this.patternSequence(p, pc);
      case "MatchMapping": return this.patternMapping(p, pc);
      case "MatchClass": return this.patternClass(p, pc);
      case "MatchStar": return this.patternHelperStoreName(loc(p), p.name, pc);
      case "MatchAs": return this.patternAs(p, pc);
      case "MatchOr": return this.patternOr(p, pc);
    }
  }

  private match(s: A.Match): void {
    this.expr(s.subject);
    const end = this.newLabel();
    const cases = s.cases.length;
    let m = s.cases[cases - 1];
    const hasDefault = isWildcard(m.pattern) && 1 < cases ? 1 : 0;
    const pc: PatternContext = { stores: [], allowIrrefutable: false, failPop: [], onTop: 0 };
    for (let i = 0; i < cases - hasDefault; i++) {
      m = s.cases[i];
      if (i !== cases - hasDefault - 1) this.addop(Op.COPY, loc(m.pattern), 1);
      pc.stores = [];
      pc.allowIrrefutable = m.guard !== null || i === cases - 1;
      pc.failPop = [];
      pc.onTop = 0;
      this.pattern(m.pattern, pc);
      for (const name of pc.stores) this.nameop(loc(m.pattern), name, "Store");
      if (m.guard) {
        this.ensureFailPop(pc, 0);
        this.jumpIf(loc(m.pattern), m.guard, pc.failPop[0], false);
      }
      if (i !== cases - hasDefault - 1) this.addop(Op.POP_TOP, NEXT_LOCATION);
      for (const b of m.body) this.stmt(b);
      this.addopJump(Op.JUMP, NO_LOCATION, end);
      this.emitAndResetFailPop(loc(m.pattern), pc);
    }
    if (hasDefault) {
      m = s.cases[cases - 1];
      if (cases === 1) this.addop(Op.POP_TOP, loc(m.pattern));
      else this.addop(Op.NOP, loc(m.pattern));
      if (m.guard) this.jumpIf(loc(m.pattern), m.guard, end, false);
      for (const b of m.body) this.stmt(b);
    }
    this.useLabel(end);
  }

  // ---- comprehensions (PEP 709 inlining) ----

  private comprehensionGenerator(l: Location, generators: A.comprehension[], genIndex: number, depth: number,
    elt: A.ExprNode, val: A.ExprNode | null, type: CompType, iterOnStack: boolean): void {
    const gen = generators[genIndex];
    if (gen.is_async) {
      return this.asyncComprehensionGenerator(l, generators, genIndex, depth, elt, val, type, iterOnStack);
    }
    let start: number | null = this.newLabel();
    const ifCleanup = this.newLabel(), anchor = this.newLabel();
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.addop(Op.LOAD_FAST, l, 0);
      } else {
        // fast path for the temporary variable idiom: for y in [f(x)]
        const it = gen.iter;
        const elts = it._type === "List" || it._type === "Tuple" ? it.elts : null;
        if (elts && elts.length === 1 && elts[0]._type !== "Starred") {
          this.expr(elts[0]);
          start = null;
        }
        if (start !== null) {
          this.expr(gen.iter);
          this.addop(Op.GET_ITER, loc(gen.iter));
        }
      }
    }
    if (start !== null) {
      depth++; // the iterator (one stack item in 3.14)
      this.useLabel(start);
      this.addopJump(Op.FOR_ITER, loc(gen.iter), anchor);
    }
    this.expr(gen.target);
    for (const c of gen.ifs) this.jumpIf(l, c, ifCleanup, false);
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(l, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = loc(elt);
    if (genIndex >= generators.length) {
      switch (type) {
        case CompType.Genexp:
          this.expr(elt);
          this.addopYield(eltLoc);
          this.addop(Op.POP_TOP, eltLoc);
          break;
        case CompType.Listcomp:
          this.expr(elt);
          this.addop(Op.LIST_APPEND, eltLoc, depth + 1);
          break;
        case CompType.Setcomp:
          this.expr(elt);
          this.addop(Op.SET_ADD, eltLoc, depth + 1);
          break;
        case CompType.Dictcomp:
          this.expr(elt);
          this.expr(val!);
          eltLoc = LOCATION(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
          this.addop(Op.MAP_ADD, eltLoc, depth + 1);
          break;
      }
    }
    this.useLabel(ifCleanup);
    if (start !== null) {
      this.addopJump(Op.JUMP, eltLoc, start);
      this.useLabel(anchor);
      this.addop(Op.END_FOR, NO_LOCATION);
      this.addop(Op.POP_ITER, NO_LOCATION);
    }
  }

  /** codegen_async_comprehension_generator */
  private asyncComprehensionGenerator(l: Location, generators: A.comprehension[], genIndex: number, depth: number,
    elt: A.ExprNode, val: A.ExprNode | null, type: CompType, iterOnStack: boolean): void {
    const start = this.newLabel(), send = this.newLabel(), except = this.newLabel(), ifCleanup = this.newLabel();
    const gen = generators[genIndex];
    if (!iterOnStack) {
      if (genIndex === 0) {
        this.addop(Op.LOAD_FAST, l, 0);
      } else {
        this.expr(gen.iter);
        this.addop(Op.GET_AITER, loc(gen.iter));
      }
    }
    this.useLabel(start);
    this.pushFBlock(l, FB.AsyncComprehensionGenerator, start, -1, null);
    this.addopJump(Op.SETUP_FINALLY, l, except);
    this.addop(Op.GET_ANEXT, l);
    this.loadConst(null, l);
    this.useLabel(send);
    this.addYieldFrom(l, true);
    this.addop(Op.POP_BLOCK, l);
    this.expr(gen.target);
    for (const c of gen.ifs) this.jumpIf(l, c, ifCleanup, false);
    depth++;
    if (++genIndex < generators.length) {
      this.comprehensionGenerator(l, generators, genIndex, depth, elt, val, type, false);
    }
    let eltLoc = loc(elt);
    if (genIndex >= generators.length) {
      switch (type) {
        case CompType.Genexp:
          this.expr(elt);
          this.addopYield(eltLoc);
          this.addop(Op.POP_TOP, eltLoc);
          break;
        case CompType.Listcomp:
          this.expr(elt);
          this.addop(Op.LIST_APPEND, eltLoc, depth + 1);
          break;
        case CompType.Setcomp:
          this.expr(elt);
          this.addop(Op.SET_ADD, eltLoc, depth + 1);
          break;
        case CompType.Dictcomp:
          this.expr(elt);
          this.expr(val!);
          eltLoc = LOCATION(elt.lineno, val!.end_lineno, elt.col_offset, val!.end_col_offset);
          this.addop(Op.MAP_ADD, eltLoc, depth + 1);
          break;
      }
    }
    this.useLabel(ifCleanup);
    this.addopJump(Op.JUMP, eltLoc, start);
    this.popFBlock();
    this.useLabel(except);
    this.addopJump(Op.END_ASYNC_FOR, l, send);
  }

  /** _PyCompile_TweakInlinedComprehensionScopes */
  private tweakInlinedComprehensionScopes(entry: SymtableEntry, state: InlinedState): void {
    const u = this.u;
    const inClassBlock = u.ste.type === BlockType.Class && !u.inInlinedComp;
    u.inInlinedComp++;
    for (const [k, symbol] of entry.symbols) {
      const scope = symbolToScope(symbol);
      const outsymbol = u.ste.getSymbol(k);
      const outsc = symbolToScope(outsymbol);
      if ((scope !== outsc && scope !== FREE && !(scope === CELL && outsc === FREE)) || inClassBlock) {
        if (state.tempSymbols === null) state.tempSymbols = new Map();
        u.ste.symbols.set(k, symbol);
        state.tempSymbols.set(k, outsymbol);
      }
      if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        if (!u.ste.isFunctionLike) {
          const orig = u.fasthidden.get(k);
          if (orig !== true) {
            u.fasthidden.set(k, true);
            if (state.fastHidden === null) state.fastHidden = new Set();
            state.fastHidden.add(k);
          }
        }
      }
    }
  }

  private revertInlinedComprehensionScopes(state: InlinedState): void {
    const u = this.u;
    u.inInlinedComp--;
    if (state.tempSymbols) {
      for (const [k, v] of state.tempSymbols) {
        if (v === 0 && !u.ste.symbols.has(k)) continue;
        u.ste.symbols.set(k, v);
      }
      state.tempSymbols = null;
    }
    if (state.fastHidden) {
      for (const k of state.fastHidden) u.fasthidden.set(k, false);
      state.fastHidden = null;
    }
  }

  /** codegen_push_inlined_comprehension_locals */
  private pushInlinedComprehensionLocals(l: Location, comp: SymtableEntry, state: InlinedState): void {
    const u = this.u;
    const inClassBlock = u.ste.type === BlockType.Class && !u.inInlinedComp;
    const outer = u.ste;
    for (const [k, symbol] of comp.symbols) {
      const scope = symbolToScope(symbol);
      const outsc = symbolToScope(outer.getSymbol(k));
      if ((symbol & DEF_LOCAL && !(symbol & DEF_NONLOCAL)) || inClassBlock) {
        if (state.pushedLocals === null) state.pushedLocals = [];
        this.addopName(Op.LOAD_FAST_AND_CLEAR, l, k, u.varnames);
        if (scope === CELL) {
          if (outsc === FREE) this.addopName(Op.MAKE_CELL, l, k, u.freevars);
          else this.addopName(Op.MAKE_CELL, l, k, u.cellvars);
        }
        state.pushedLocals.push(k);
      }
    }
    if (state.pushedLocals) {
      this.addop(Op.SWAP, l, state.pushedLocals.length + 1);
      const cleanup = this.newLabel();
      state.cleanup = cleanup;
      this.addopJump(Op.SETUP_FINALLY, l, cleanup);
    }
  }

  private restoreInlinedComprehensionLocals(l: Location, state: InlinedState): void {
    const pushed = state.pushedLocals!;
    this.addop(Op.SWAP, l, pushed.length + 1);
    for (let i = pushed.length - 1; i >= 0; i--) this.addopName(Op.STORE_FAST_MAYBE_NULL, l, pushed[i], this.u.varnames);
  }

  private popInlinedComprehensionLocals(l: Location, state: InlinedState): void {
    if (state.pushedLocals) {
      this.addop(Op.POP_BLOCK, NO_LOCATION);
      const end = this.newLabel();
      this.addopJump(Op.JUMP_NO_INTERRUPT, NO_LOCATION, end);
      this.useLabel(state.cleanup);
      this.addop(Op.SWAP, NO_LOCATION, 2);
      this.addop(Op.POP_TOP, NO_LOCATION);
      this.restoreInlinedComprehensionLocals(l, state);
      this.addop(Op.RERAISE, NO_LOCATION, 0);
      this.useLabel(end);
      this.restoreInlinedComprehensionLocals(l, state);
      state.pushedLocals = null;
    }
  }

  private comprehension(e: A.ExprNode, type: CompType, name: string, generators: A.comprehension[],
    elt: A.ExprNode, val: A.ExprNode | null): void {
    const entry = this.st.lookup(e);
    const isInlined = entry.compInlined;
    const isAsync = entry.coroutine;
    const l = loc(e);
    const outermost = generators[0];
    const state: InlinedState = { pushedLocals: null, tempSymbols: null, fastHidden: null, cleanup: -1 };
    if (isInlined) {
      this.expr(outermost.iter);
      this.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, loc(outermost.iter));
      this.tweakInlinedComprehensionScopes(entry, state);
      this.pushInlinedComprehensionLocals(l, entry, state);
    } else {
      this.enterScope(name, Scope.Comprehension, e, e.lineno, null, { argcount: 1 });
    }
    if (type !== CompType.Genexp) {
      const op = type === CompType.Listcomp ? Op.BUILD_LIST : type === CompType.Setcomp ? Op.BUILD_SET : Op.BUILD_MAP;
      this.addop(op, l, 0);
      if (isInlined) this.addop(Op.SWAP, l, 2);
    }
    this.comprehensionGenerator(l, generators, 0, 0, elt, val, type, isInlined);
    if (isInlined) {
      this.popInlinedComprehensionLocals(l, state);
      this.revertInlinedComprehensionScopes(state);
      return;
    }
    if (type !== CompType.Genexp) this.addop(Op.RETURN_VALUE, l);
    if (type === CompType.Genexp) this.wrapInStopIterationHandler();
    const co = this.optimizeAndAssemble(true);
    this.exitScope();
    this.makeClosure(l, co, 0);
    this.expr(outermost.iter);
    this.addop(outermost.is_async ? Op.GET_AITER : Op.GET_ITER, loc(outermost.iter));
    this.addop(Op.CALL, l, 0);
    if (isAsync && type !== CompType.Genexp) {
      this.addop(Op.GET_AWAITABLE, l, 0);
      this.loadConst(null, l);
      this.addYieldFrom(l, true);
    }
  }
}

// ---- ast_preprocess.c optimize_format: "%s %r" % (a, b) -> f"{a!s} {b!r}" ----

function optimizeFormat(node: A.BinOp, fmt: string, elts: A.ExprNode[]): A.JoinedStr | null {
  const chars = Array.from(fmt);
  let pos = 0, cnt = 0;
  const seq: A.ExprNode[] = [];
  const constant = (v: string): A.Constant =>
    ({ _type: "Constant", value: v, kind: null, lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 });
  for (;;) {
    // parse_literal
    let lit = "", start = pos;
    while (pos < chars.length) {
      if (chars[pos] !== "%") {
        lit += chars[pos++];
      } else if (pos + 1 < chars.length && chars[pos + 1] === "%") {
        lit += "%";
        pos += 2;
      } else break;
    }
    if (pos !== start) seq.push(constant(lit));
    if (pos >= chars.length) break;
    if (cnt >= elts.length) return null; // more format units than items
    pos++;
    // simple_format_arg_parse
    const MAXDIGITS = 3;
    let flagsLjust = false;
    let width = -1, prec = -1;
    const next = (): string | null => (pos < chars.length ? chars[pos++] : null);
    let ch = next();
    if (ch === null) return null;
    while ("-+ #0".includes(ch)) {
      if (ch === "-") flagsLjust = true;
      ch = next();
      if (ch === null) return null;
    }
    if (ch >= "0" && ch <= "9") {
      width = 0;
      let digits = 0;
      while (ch !== null && ch >= "0" && ch <= "9") {
        width = width * 10 + (ch.charCodeAt(0) - 48);
        ch = next();
        if (ch === null) return null;
        if (++digits >= MAXDIGITS) return null;
      }
    }
    if (ch === ".") {
      ch = next();
      if (ch === null) return null;
      prec = 0;
      if (ch >= "0" && ch <= "9") {
        let digits = 0;
        while (ch !== null && ch >= "0" && ch <= "9") {
          prec = prec * 10 + (ch.charCodeAt(0) - 48);
          ch = next();
          if (ch === null) return null;
          if (++digits >= MAXDIGITS) return null;
        }
      }
    }
    const spec = ch;
    if (spec !== "s" && spec !== "r" && spec !== "a") return null;
    const arg = elts[cnt++];
    let buf = "";
    if (!flagsLjust && width > 0) buf += ">";
    if (width >= 0) buf += String(width);
    if (prec >= 0) buf += "." + prec;
    const fv: A.FormattedValue = {
      _type: "FormattedValue", value: arg, conversion: spec.charCodeAt(0), format_spec: buf ? constant(buf) : null,
      lineno: arg.lineno, col_offset: arg.col_offset, end_lineno: arg.end_lineno, end_col_offset: arg.end_col_offset,
    };
    seq.push(fv);
  }
  if (cnt < elts.length) return null;
  return {
    _type: "JoinedStr", values: seq, lineno: node.lineno, col_offset: node.col_offset,
    end_lineno: node.end_lineno, end_col_offset: node.end_col_offset,
  };
}

// ---- pattern matching helpers ----

interface PatternContext {
  /** names captured so far, in stack order */
  stores: string[];
  /** if false, a name capture or wildcard here is an error (it would make later cases unreachable) */
  allowIrrefutable: boolean;
  /** labels to jump to on failure: failPop[i] pops i items first */
  failPop: number[];
  /** items on top of the stack that stay there (captures go beneath them) */
  onTop: number;
}

/** WILDCARD_CHECK: `_` */
const isWildcard = (p: A.Pattern): boolean => p._type === "MatchAs" && p.pattern === null && p.name === null;

/** ast_preprocess.c fold_const_match_patterns: -1, 1 + 2j, -1.5 - 2j as constants. */
function foldMatchValue(e: A.ExprNode): A.ExprNode {
  const constant = (v: ConstKey): A.Constant => ({ ...loc(e), _type: "Constant", value: v as A.Constant["value"], kind: null });
  if (e._type === "UnaryOp" && e.op._type === "USub" && e.operand._type === "Constant") {
    const v = foldUnary(e.operand.value, "neg");
    return v === undefined ? e : constant(v);
  }
  if (e._type === "BinOp" && (e.op._type === "Add" || e.op._type === "Sub") && e.right._type === "Constant") {
    const left = foldMatchValue(e.left);
    if (left._type === "Constant") {
      const v = foldComplexAddSub(left.value, e.op._type === "Add", e.right.value);
      return v === undefined ? e : constant(v);
    }
  }
  return e;
}

/** PyNumber_Add / PyNumber_Subtract for the literal forms a pattern allows (real +- imaginary). */
function foldComplexAddSub(a: ConstKey, add: boolean, b: ConstKey): ConstKey | undefined {
  const parts = (v: ConstKey): [number, number] | undefined =>
    v instanceof PyComplex ? [v.real, v.imag] : typeof v === "number" ? [v, 0]
      : typeof v === "bigint" ? [Number(v), 0] : undefined;
  if (b instanceof PyComplex || a instanceof PyComplex) {
    const x = parts(a), y = parts(b);
    if (!x || !y) return undefined;
    return add ? new PyComplex(x[0] + y[0], x[1] + y[1]) : new PyComplex(x[0] - y[0], x[1] - y[1]);
  }
  return foldBinary(a, add ? NbOp.ADD : NbOp.SUBTRACT, b);
}

/** Python == between constants (for duplicate mapping keys). */
function pyEquals(a: ConstKey, b: ConstKey): boolean {
  const num = (v: ConstKey): number | bigint | undefined =>
    typeof v === "bigint" || typeof v === "number" ? v : typeof v === "boolean" ? (v ? 1n : 0n) : undefined;
  const x = num(a), y = num(b);
  if (x !== undefined && y !== undefined) return typeof x === typeof y ? x === y : Number(x) === Number(y);
  return constKey(a) === constKey(b);
}

/** type(value).__name__ for a constant (compile.c infer_type on a Constant) */
function constTypeName(v: unknown): string {
  switch (typeof v) {
    case "string": return "str";
    case "bigint": return "int";
    case "number": return "float";
    case "boolean": return "bool";
  }
  if (v instanceof PyBytes) return "bytes";
  if (v instanceof PyComplex) return "complex";
  if (v instanceof ConstTuple) return "tuple";
  return "object";
}

/** compile.c infer_type: the type of a literal expression, or null when unknown */
function inferTypeNameOrNull(e: A.ExprNode): string | null {
  switch (e._type) {
    case "Tuple": return "tuple";
    case "List": case "ListComp": return "list";
    case "Dict": case "DictComp": return "dict";
    case "Set": case "SetComp": return "set";
    case "GeneratorExp": return "generator";
    case "Lambda": return "function";
    case "JoinedStr": case "FormattedValue": return "str";
    case "TemplateStr": case "Interpolation": return "string.templatelib.Template";
    case "Slice": return "slice";
    case "Constant": {
      const v = e.value;
      if (v === null) return "NoneType";
      if (v === PY_ELLIPSIS) return "ellipsis";
      return constTypeName(v);
    }
  }
  return null;
}

function inferTypeName(e: A.ExprNode): string {
  return inferTypeNameOrNull(e) ?? "object";
}
