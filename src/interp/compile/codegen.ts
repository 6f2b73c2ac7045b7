// AST -> code objects, following CPython 3.14's Python/codegen.c and Python/compile.c (compiler
// units, name resolution through the symbol table, the instruction patterns of each construct).
// This first cut covers the core of the language; constructs not yet compiled raise a clear
// SystemError naming the node (see compileUnsupported), never wrong code.
import type * as A from "../parse/ast.js";
import { PySyntaxError } from "../parse/errors.js";
import { PY_ELLIPSIS, PyBytes, PyComplex, type ConstantValue } from "../parse/constants.js";
import { CodeObject, CO, FAST } from "./code.js";
import { assemble, InstrSequence, type Label } from "./assemble.js";
import { NO_LOCATION, type Location } from "./linetable.js";
import { Op, NbOp, compareOparg, Intrinsic1, ResumeOparg } from "./opcodes.js";
import {
  buildSymtable, BlockType, CELL, FREE, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, LOCAL, DEF_PARAM, mangle,
  type Symtable, type SymtableEntry, hasDocString,
} from "./symtable.js";

/** Constants as they live in co_consts before the VM turns them into objects. */
export type ConstKey = ConstantValue | CodeObject | ConstTuple;
export class ConstTuple {
  constructor(readonly items: ConstKey[]) {}
}

export class CompileError extends Error {}

const enum Ctx { Load, Store, Del }

interface Unit {
  ste: SymtableEntry;
  seq: InstrSequence;
  name: string;
  qualname: string;
  firstLineno: number;
  consts: ConstKey[];
  constIndex: Map<unknown, number>;
  names: string[];
  nameIndex: Map<string, number>;
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  privateName: string | null;
  /** loop/try/with blocks, innermost last (compile.c fblockinfo) */
  fblocks: FBlock[];
  isModule: boolean;
  isClass: boolean;
}

type FBlock =
  | { kind: "loop"; continueLabel: Label; breakLabel: Label; isFor: boolean }
  | { kind: "try_except"; }
  | { kind: "finally_try"; body: A.Stmt[] }
  | { kind: "finally_end" }
  | { kind: "handler_cleanup"; name: string | null }
  | { kind: "pop_value" }
  | { kind: "with"; loc: Location };

export interface CompileOptions {
  filename?: string;
  source?: string;
}

export function compileModule(mod: A.Module, opts: CompileOptions = {}): CodeObject {
  const filename = opts.filename ?? "<string>";
  const st = buildSymtable(mod, filename, { source: opts.source });
  const c = new Compiler(st, filename);
  return c.module(mod);
}

class Compiler {
  private u!: Unit;
  private readonly stack: Unit[] = [];

  constructor(private readonly st: Symtable, private readonly filename: string) {}

  // ---- units ---------------------------------------------------------------------------------

  private enter(key: object, name: string, firstLineno: number, privateName: string | null): void {
    const ste = this.st.lookup(key);
    if (this.u) this.stack.push(this.u);
    const parentQual = this.u && !this.u.isModule ? this.u.qualname : null;
    let qualname = name;
    if (parentQual !== null && this.u) {
      const parentIsFunction = this.u.ste.type === BlockType.Function;
      qualname = parentIsFunction ? `${parentQual}.<locals>.${name}` : `${parentQual}.${name}`;
      if (ste.type === BlockType.Function && this.u.ste.type === BlockType.Class) {
        // methods of a class: Class.method; a global declaration resets to the bare name
        const scope = this.u.ste.getScope(mangle(privateName, name));
        if (scope === GLOBAL_EXPLICIT) qualname = name;
      }
    }
    const varnames = [...ste.varnames];
    for (const [n, flags] of ste.symbols) {
      const scope = ste.getScope(n);
      if (scope === LOCAL && !(flags & DEF_PARAM) && ste.isFunctionLike && !varnames.includes(n)) varnames.push(n);
    }
    const cellvars: string[] = [];
    const freevars: string[] = [];
    for (const [n] of [...ste.symbols].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
      const scope = ste.getScope(n);
      if (scope === CELL) cellvars.push(n);
      else if (scope === FREE) freevars.push(n);
    }
    if (ste.type === BlockType.Class && ste.needsClassClosure && !cellvars.includes("__class__")) cellvars.push("__class__");
    cellvars.sort();
    this.u = {
      ste, seq: new InstrSequence(), name, qualname, firstLineno, consts: [], constIndex: new Map(), names: [],
      nameIndex: new Map(), varnames, cellvars, freevars, argcount: 0, posonlyargcount: 0, kwonlyargcount: 0,
      privateName, fblocks: [], isModule: ste.type === BlockType.Module, isClass: ste.type === BlockType.Class,
    };
  }

  private leave(): CodeObject {
    const u = this.u;
    const code = new CodeObject();
    code.co_name = u.name;
    code.co_qualname = u.qualname;
    code.co_filename = this.filename;
    code.co_firstlineno = u.firstLineno;
    code.co_argcount = u.argcount;
    code.co_posonlyargcount = u.posonlyargcount;
    code.co_kwonlyargcount = u.kwonlyargcount;
    const names: string[] = [], kinds: number[] = [];
    for (const v of u.varnames) {
      names.push(v);
      kinds.push(FAST.LOCAL | (u.cellvars.includes(v) ? FAST.CELL : 0));
    }
    for (const c of u.cellvars) if (!u.varnames.includes(c)) { names.push(c); kinds.push(FAST.CELL); }
    for (const f of u.freevars) { names.push(f); kinds.push(FAST.FREE); }
    code.localsplusnames = names;
    code.localspluskinds = kinds;
    let flags = 0;
    const ste = u.ste;
    if (ste.isFunctionLike) {
      flags |= CO.OPTIMIZED | CO.NEWLOCALS;
      if (ste.nested) flags |= CO.NESTED;
      if (ste.generator && ste.coroutine) flags |= CO.ASYNC_GENERATOR;
      else if (ste.generator) flags |= CO.GENERATOR;
      else if (ste.coroutine) flags |= CO.COROUTINE;
      if (ste.varargs) flags |= CO.VARARGS;
      if (ste.varkeywords) flags |= CO.VARKEYWORDS;
      if (ste.method) flags |= CO.METHOD;
      if (ste.hasDocstring) flags |= CO.HAS_DOCSTRING;
    }
    if (u.freevars.length === 0 && u.cellvars.length === 0) flags |= CO.NOFREE;
    code.co_flags = flags;
    const smallInt = (arg: number): number | null => {
      const v = u.consts[arg];
      return typeof v === "bigint" && v >= 0n && v <= 255n ? Number(v) : null;
    };
    const asm = assemble(u.seq, u.firstLineno, smallInt);
    code.code = asm.code;
    code.co_linetable = asm.linetable;
    code.exceptionTable = asm.exceptionTable;
    code.co_exceptiontable = asm.exceptionTableBytes;
    code.co_stacksize = asm.stacksize;
    code.co_consts = u.consts as never;
    code.co_names = u.names;
    this.u = this.stack.pop()!;
    return code;
  }

  // ---- emission helpers ---------------------------------------------------------------------

  private emit(op: number, arg = 0, loc: Location = NO_LOCATION, target: Label | null = null): void {
    this.u.seq.emit(op, arg, loc, target);
  }
  private label(): Label {
    return this.u.seq.newLabel();
  }
  private use(l: Label): void {
    this.u.seq.useLabel(l);
  }

  private constIndex(v: ConstKey): number {
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
  private loadConst(v: ConstKey, loc: Location): void {
    this.emit(Op.LOAD_CONST, this.constIndex(v), loc);
  }
  private nameIndex(n: string): number {
    const u = this.u;
    let i = u.nameIndex.get(n);
    if (i === undefined) {
      i = u.names.length;
      u.names.push(n);
      u.nameIndex.set(n, i);
    }
    return i;
  }
  private fastIndex(n: string): number {
    const u = this.u;
    let i = u.varnames.indexOf(n);
    if (i >= 0) return i;
    i = u.cellvars.indexOf(n);
    if (i >= 0) return u.varnames.length + u.cellvars.filter((c, k) => k < i && !u.varnames.includes(c)).length;
    i = u.freevars.indexOf(n);
    if (i >= 0) return u.varnames.length + u.cellvars.filter((c) => !u.varnames.includes(c)).length + i;
    throw new CompileError(`no fast slot for ${n}`);
  }
  private derefIndex(n: string): number {
    const u = this.u;
    const vi = u.varnames.indexOf(n);
    if (vi >= 0 && u.cellvars.includes(n)) return vi;
    return this.fastIndex(n);
  }

  private error(msg: string, n: Location): never {
    throw new PySyntaxError("SyntaxError", msg, this.filename, n.lineno, n.col_offset + 1, n.end_lineno, n.end_col_offset + 1, null);
  }

  private unsupported(what: string, n: Location): never {
    throw new CompileError(`tspy cannot compile ${what} yet (line ${n.lineno})`);
  }

  // ---- module ------------------------------------------------------------------------------

  module(mod: A.Module): CodeObject {
    this.enter(mod, "<module>", 1, null);
    const u = this.u;
    this.emit(Op.RESUME, ResumeOparg.AT_FUNC_START ?? 0, { lineno: 0, end_lineno: 1, col_offset: -1, end_col_offset: -1 });
    void u;
    let body = mod.body;
    if (hasDocString(body)) {
      const d = body[0] as A.Expr;
      this.loadConst((d.value as A.Constant).value, loc(d));
      this.storeName("__doc__", loc(d));
      body = body.slice(1);
    }
    for (const s of body) this.stmt(s);
    const last = mod.body[mod.body.length - 1];
    this.loadConst(null, NO_LOCATION);
    this.emit(Op.RETURN_VALUE, 0, NO_LOCATION);
    void last;
    return this.leave();
  }

  // ---- statements --------------------------------------------------------------------------

  private body(stmts: A.Stmt[]): void {
    for (const s of stmts) this.stmt(s);
  }

  private stmt(s: A.Stmt): void {
    const l = loc(s);
    switch (s._type) {
      case "Expr": {
        if (s.value._type === "Constant") { this.emit(Op.NOP, 0, l); return; }
        this.expr(s.value);
        this.emit(Op.POP_TOP, 0, l);
        return;
      }
      case "Pass": this.emit(Op.NOP, 0, l); return;
      case "Assign": {
        this.expr(s.value);
        for (let i = 0; i < s.targets.length; i++) {
          if (i < s.targets.length - 1) this.emit(Op.COPY, 1, l);
          this.store(s.targets[i]);
        }
        return;
      }
      case "AugAssign": return this.augAssign(s);
      case "AnnAssign": {
        if (s.value) {
          this.expr(s.value);
          this.store(s.target);
        }
        return;
      }
      case "If": return this.ifStmt(s);
      case "While": return this.whileStmt(s);
      case "For": return this.forStmt(s);
      case "Break": return this.breakStmt(s);
      case "Continue": return this.continueStmt(s);
      case "Return": {
        if (!this.u.ste.isFunctionLike) this.error("'return' outside function", l);
        if (s.value) this.expr(s.value); else this.loadConst(null, l);
        this.unwindForReturn(l, !!s.value);
        this.emit(Op.RETURN_VALUE, 0, l);
        return;
      }
      case "FunctionDef": return this.functionDef(s);
      case "ClassDef": return this.classDef(s);
      case "Delete": for (const t of s.targets) this.del(t); return;
      case "Global": case "Nonlocal": this.emit(Op.NOP, 0, l); return;
      case "Raise": {
        let n = 0;
        if (s.exc) { this.expr(s.exc); n = 1; if (s.cause) { this.expr(s.cause); n = 2; } }
        this.emit(Op.RAISE_VARARGS, n, l);
        return;
      }
      case "Assert": {
        const end = this.label();
        this.jumpIf(s.test, end, true);
        this.emit(Op.LOAD_COMMON_CONSTANT, 0, l);
        if (s.msg) { this.expr(s.msg); this.emit(Op.CALL, 0, l); }
        this.emit(Op.RAISE_VARARGS, 1, l);
        this.use(end);
        return;
      }
      case "Try": return this.tryStmt(s);
      case "With": return this.withStmt(s, 0);
      case "Import": return this.importStmt(s);
      case "ImportFrom": return this.importFrom(s);
      default:
        this.unsupported(`the '${s._type}' statement`, l);
    }
  }

  private augAssign(s: A.AugAssign): void {
    const l = loc(s);
    const op = NbOp[`INPLACE_${BINOP_NAME[s.op._type]}` as keyof typeof NbOp] as number;
    const t = s.target;
    if (t._type === "Name") {
      this.nameOp(t.id, Ctx.Load, loc(t));
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op, l);
      this.nameOp(t.id, Ctx.Store, loc(t));
    } else if (t._type === "Attribute") {
      this.expr(t.value);
      this.emit(Op.COPY, 1, loc(t));
      this.emit(Op.LOAD_ATTR, this.nameIndex(this.mangled(t.attr)) << 1, loc(t));
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op, l);
      this.emit(Op.SWAP, 2, loc(t));
      this.emit(Op.STORE_ATTR, this.nameIndex(this.mangled(t.attr)), loc(t));
    } else if (t._type === "Subscript") {
      this.expr(t.value);
      this.expr(t.slice);
      this.emit(Op.COPY, 2, loc(t));
      this.emit(Op.COPY, 2, loc(t));
      this.emit(Op.BINARY_OP, NbOp.SUBSCR, loc(t));
      this.expr(s.value);
      this.emit(Op.BINARY_OP, op, l);
      this.emit(Op.SWAP, 3, loc(t));
      this.emit(Op.SWAP, 2, loc(t));
      this.emit(Op.STORE_SUBSCR, 0, loc(t));
    } else {
      this.unsupported("this augmented assignment target", l);
    }
  }

  private ifStmt(s: A.If): void {
    const end = this.label();
    const next = s.orelse.length ? this.label() : end;
    this.jumpIf(s.test, next, false);
    this.body(s.body);
    if (s.orelse.length) {
      this.emit(Op.JUMP, 0, NO_LOCATION, end);
      this.use(next);
      this.body(s.orelse);
    }
    this.use(end);
  }

  private whileStmt(s: A.While): void {
    const loop = this.label(), body = this.label(), anchor = this.label(), end = this.label();
    this.use(loop);
    this.u.fblocks.push({ kind: "loop", continueLabel: loop, breakLabel: end, isFor: false });
    this.jumpIf(s.test, anchor, false);
    this.use(body);
    this.body(s.body);
    this.emit(Op.JUMP, 0, loc(s), loop);
    this.u.fblocks.pop();
    this.use(anchor);
    if (s.orelse.length) this.body(s.orelse);
    this.use(end);
  }

  private forStmt(s: A.For): void {
    const start = this.label(), cleanup = this.label(), end = this.label();
    this.expr(s.iter);
    this.emit(Op.GET_ITER, 0, loc(s.iter));
    this.use(start);
    this.u.fblocks.push({ kind: "loop", continueLabel: start, breakLabel: end, isFor: true });
    this.emit(Op.FOR_ITER, 0, loc(s.iter), cleanup);
    this.store(s.target);
    this.body(s.body);
    this.emit(Op.JUMP, 0, loc(s.iter), start);
    this.u.fblocks.pop();
    this.use(cleanup);
    this.emit(Op.END_FOR, 0, loc(s.iter));
    this.emit(Op.POP_ITER, 0, loc(s.iter));
    if (s.orelse.length) this.body(s.orelse);
    this.use(end);
  }

  private breakStmt(s: A.Break): void {
    const l = loc(s);
    const loop = this.unwindToLoop(l, false);
    if (!loop) this.error("'break' outside loop", l);
    if (loop.kind === "loop" && loop.isFor) {
      this.emit(Op.POP_TOP, 0, l); // the iterator
    }
    this.emit(Op.JUMP, 0, l, (loop as { breakLabel: Label }).breakLabel);
  }

  private continueStmt(s: A.Continue): void {
    const l = loc(s);
    const loop = this.unwindToLoop(l, true);
    if (!loop) this.error("'continue' not properly in loop", l);
    this.emit(Op.JUMP, 0, l, (loop as { continueLabel: Label }).continueLabel);
  }

  /** Unwind fblocks up to the innermost loop (compile.c compiler_unwind_fblock_stack). */
  private unwindToLoop(l: Location, _isContinue: boolean): FBlock | null {
    const saved = this.u.fblocks.slice();
    for (let i = saved.length - 1; i >= 0; i--) {
      const fb = saved[i];
      if (fb.kind === "loop") return fb;
      this.unwindFBlock(fb, l, false);
    }
    return null;
  }

  private unwindForReturn(l: Location, hasValue: boolean): void {
    const saved = this.u.fblocks.slice();
    for (let i = saved.length - 1; i >= 0; i--) {
      const fb = saved[i];
      if (hasValue && fb.kind !== "try_except" && fb.kind !== "finally_end") {
        // keep the return value on top while unwinding
      }
      if (fb.kind === "loop" && fb.isFor) {
        this.emit(Op.SWAP, 2, l);
        this.emit(Op.POP_TOP, 0, l);
        continue;
      }
      this.unwindFBlock(fb, l, true);
    }
  }

  private unwindFBlock(fb: FBlock, l: Location, preserveTos: boolean): void {
    switch (fb.kind) {
      case "loop": case "try_except": return;
      case "finally_try": {
        this.emit(Op.POP_BLOCK, 0, l);
        // run the finally body inline, out of the fblock stack
        const saved = this.u.fblocks;
        this.u.fblocks = saved.slice(0, saved.indexOf(fb));
        this.body(fb.body);
        this.u.fblocks = saved;
        return;
      }
      case "finally_end":
        if (preserveTos) this.emit(Op.SWAP, 2, l);
        this.emit(Op.POP_TOP, 0, l);
        if (preserveTos) this.emit(Op.SWAP, 2, l);
        this.emit(Op.POP_BLOCK, 0, l);
        this.emit(Op.POP_EXCEPT, 0, l);
        return;
      case "handler_cleanup":
        this.emit(Op.POP_BLOCK, 0, l);
        if (preserveTos) this.emit(Op.SWAP, 2, l);
        this.emit(Op.POP_BLOCK, 0, l);
        this.emit(Op.POP_EXCEPT, 0, l);
        if (fb.name) {
          this.loadConst(null, l);
          this.nameOp(fb.name, Ctx.Store, l);
          this.nameOp(fb.name, Ctx.Del, l);
        }
        return;
      case "pop_value":
        if (preserveTos) this.emit(Op.SWAP, 2, l);
        this.emit(Op.POP_TOP, 0, l);
        return;
      case "with":
        // leaving a with block early: POP_BLOCK, then __exit__(None, None, None)
        this.emit(Op.POP_BLOCK, 0, l);
        if (preserveTos) this.emit(Op.SWAP, 3, l), this.emit(Op.SWAP, 2, l);
        this.loadConst(null, fb.loc);
        this.loadConst(null, fb.loc);
        this.loadConst(null, fb.loc);
        this.emit(Op.CALL, 3, fb.loc);
        this.emit(Op.POP_TOP, 0, fb.loc);
        return;
    }
  }

  private tryStmt(s: A.Try): void {
    if (s.finalbody.length) this.tryFinally(s);
    else this.tryExcept(s);
  }

  /** codegen.c codegen_try_finally */
  private tryFinally(s: A.Try): void {
    const l = loc(s);
    const body = this.label(), end = this.label(), exit = this.label(), cleanup = this.label();
    this.emit(Op.SETUP_FINALLY, 0, l, end);
    this.use(body);
    this.u.fblocks.push({ kind: "finally_try", body: s.finalbody });
    if (s.handlers.length) this.tryExcept(s);
    else this.body(s.body);
    this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
    this.u.fblocks.pop();
    this.body(s.finalbody);
    this.emit(Op.JUMP_NO_INTERRUPT, 0, NO_LOCATION, exit);
    // exceptional path
    this.use(end);
    this.emit(Op.SETUP_CLEANUP, 0, NO_LOCATION, cleanup);
    this.emit(Op.PUSH_EXC_INFO, 0, NO_LOCATION);
    this.u.fblocks.push({ kind: "finally_end" });
    this.body(s.finalbody);
    this.u.fblocks.pop();
    this.emit(Op.RERAISE, 0, NO_LOCATION);
    this.use(cleanup);
    this.popExceptAndReraise();
    this.use(exit);
  }

  private popExceptAndReraise(): void {
    this.emit(Op.COPY, 3, NO_LOCATION);
    this.emit(Op.POP_EXCEPT, 0, NO_LOCATION);
    this.emit(Op.RERAISE, 1, NO_LOCATION);
  }

  /** codegen.c codegen_try_except */
  private tryExcept(s: A.Try): void {
    const l = loc(s);
    const body = this.label(), except = this.label(), end = this.label(), cleanup = this.label();
    this.emit(Op.SETUP_FINALLY, 0, l, except);
    this.use(body);
    this.u.fblocks.push({ kind: "try_except" });
    this.body(s.body);
    this.u.fblocks.pop();
    this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
    if (s.orelse.length) this.body(s.orelse);
    this.emit(Op.JUMP_NO_INTERRUPT, 0, NO_LOCATION, end);
    this.use(except);
    this.emit(Op.SETUP_CLEANUP, 0, NO_LOCATION, cleanup);
    this.emit(Op.PUSH_EXC_INFO, 0, NO_LOCATION);
    for (let i = 0; i < s.handlers.length; i++) {
      const h = s.handlers[i];
      const hl = loc(h);
      if (!h.type && i < s.handlers.length - 1) this.error("default 'except:' must be last", hl);
      const nextExcept = this.label();
      if (h.type) {
        this.expr(h.type);
        this.emit(Op.CHECK_EXC_MATCH, 0, hl);
        this.emit(Op.POP_JUMP_IF_FALSE, 0, hl, nextExcept);
        this.emit(Op.NOT_TAKEN, 0, hl);
      }
      if (h.name) {
        const cleanupEnd = this.label(), cleanupBody = this.label();
        this.nameOp(h.name, Ctx.Store, hl);
        this.emit(Op.SETUP_CLEANUP, 0, NO_LOCATION, cleanupEnd);
        this.use(cleanupBody);
        this.u.fblocks.push({ kind: "handler_cleanup", name: h.name });
        this.body(h.body);
        this.u.fblocks.pop();
        this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
        this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
        this.emit(Op.POP_EXCEPT, 0, NO_LOCATION);
        this.loadConst(null, NO_LOCATION);
        this.nameOp(h.name, Ctx.Store, NO_LOCATION);
        this.nameOp(h.name, Ctx.Del, NO_LOCATION);
        this.emit(Op.JUMP_NO_INTERRUPT, 0, NO_LOCATION, end);
        this.use(cleanupEnd);
        this.loadConst(null, NO_LOCATION);
        this.nameOp(h.name, Ctx.Store, NO_LOCATION);
        this.nameOp(h.name, Ctx.Del, NO_LOCATION);
        this.emit(Op.RERAISE, 1, NO_LOCATION);
      } else {
        const cleanupBody = this.label();
        this.emit(Op.POP_TOP, 0, hl);
        this.use(cleanupBody);
        this.u.fblocks.push({ kind: "handler_cleanup", name: null });
        this.body(h.body);
        this.u.fblocks.pop();
        this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
        this.emit(Op.POP_EXCEPT, 0, NO_LOCATION);
        this.emit(Op.JUMP_NO_INTERRUPT, 0, NO_LOCATION, end);
      }
      this.use(nextExcept);
    }
    // no handler matched: re-raise, still inside the cleanup block (codegen.c codegen_try_except)
    this.emit(Op.RERAISE, 0, NO_LOCATION);
    this.use(cleanup);
    this.popExceptAndReraise();
    this.use(end);
  }

  /** codegen.c codegen_with: LOAD_SPECIAL __exit__/__enter__, SETUP_WITH, WITH_EXCEPT_START. */
  private withStmt(s: A.With, i: number): void {
    const item = s.items[i];
    const l = loc(item.context_expr);
    const block = this.label(), final = this.label(), exit = this.label(), cleanup = this.label();
    this.expr(item.context_expr);
    this.emit(Op.COPY, 1, l);
    this.emit(Op.LOAD_SPECIAL, 1, l); // __exit__
    this.emit(Op.SWAP, 2, l);
    this.emit(Op.SWAP, 3, l);
    this.emit(Op.LOAD_SPECIAL, 0, l); // __enter__
    this.emit(Op.CALL, 0, l);
    this.emit(Op.SETUP_WITH, 0, l, final);
    this.use(block);
    this.u.fblocks.push({ kind: "with", loc: l });
    if (item.optional_vars) this.store(item.optional_vars);
    else this.emit(Op.POP_TOP, 0, l);
    if (i + 1 < s.items.length) this.withStmt(s, i + 1);
    else this.body(s.body);
    this.u.fblocks.pop();
    this.emit(Op.POP_BLOCK, 0, l);
    // normal exit: __exit__(None, None, None)
    this.loadConst(null, l);
    this.loadConst(null, l);
    this.loadConst(null, l);
    this.emit(Op.CALL, 3, l);
    this.emit(Op.POP_TOP, 0, l);
    this.emit(Op.JUMP, 0, l, exit);
    // exceptional exit
    this.use(final);
    this.emit(Op.SETUP_CLEANUP, 0, NO_LOCATION, cleanup);
    this.emit(Op.PUSH_EXC_INFO, 0, l);
    this.emit(Op.WITH_EXCEPT_START, 0, l);
    const suppress = this.label();
    this.emit(Op.TO_BOOL, 0, l);
    this.emit(Op.POP_JUMP_IF_TRUE, 0, l, suppress);
    this.emit(Op.NOT_TAKEN, 0, l);
    this.emit(Op.RERAISE, 2, l);
    this.use(suppress);
    this.emit(Op.POP_TOP, 0, l);
    this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
    this.emit(Op.POP_EXCEPT, 0, l);
    this.emit(Op.POP_TOP, 0, l);
    this.emit(Op.POP_TOP, 0, l);
    this.emit(Op.POP_TOP, 0, l);
    this.emit(Op.JUMP_NO_INTERRUPT, 0, l, exit);
    this.use(cleanup);
    this.popExceptAndReraise();
    this.use(exit);
  }

  private importStmt(s: A.Import): void {
    const l = loc(s);
    for (const a of s.names) {
      this.loadConst(0n, l);
      this.loadConst(null, l);
      this.emit(Op.IMPORT_NAME, this.nameIndex(a.name), l);
      if (a.asname) {
        const parts = a.name.split(".");
        for (let i = 1; i < parts.length; i++) {
          this.emit(Op.IMPORT_FROM, this.nameIndex(parts[i]), l);
          this.emit(Op.SWAP, 2, l);
          this.emit(Op.POP_TOP, 0, l);
        }
        this.nameOp(a.asname, Ctx.Store, l);
      } else {
        this.nameOp(a.name.split(".")[0], Ctx.Store, l);
      }
    }
  }

  private importFrom(s: A.ImportFrom): void {
    const l = loc(s);
    this.loadConst(BigInt(s.level ?? 0), l);
    this.loadConst(new ConstTuple(s.names.map((a) => a.name)), l);
    this.emit(Op.IMPORT_NAME, this.nameIndex(s.module ?? ""), l);
    if (s.names.length === 1 && s.names[0].name === "*") {
      this.emit(Op.CALL_INTRINSIC_1, Intrinsic1.IMPORT_STAR, l);
      this.emit(Op.POP_TOP, 0, l);
      return;
    }
    for (const a of s.names) {
      this.emit(Op.IMPORT_FROM, this.nameIndex(a.name), l);
      this.nameOp(a.asname ?? a.name, Ctx.Store, l);
    }
    this.emit(Op.POP_TOP, 0, l);
  }

  // ---- functions and classes ----------------------------------------------------------------

  private functionDef(s: A.FunctionDef | A.AsyncFunctionDef): void {
    const l = loc(s);
    if (s.type_params.length) this.unsupported("generic functions (PEP 695)", l);
    for (const d of s.decorator_list) this.expr(d);
    const firstLineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    const flags = this.defaults(s.args, l);
    const code = this.functionBody(s, s.name, s.body, s.args, firstLineno);
    this.makeFunction(code, flags, l);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.emit(Op.CALL, 0, loc(s.decorator_list[i]));
    this.nameOp(s.name, Ctx.Store, l);
  }

  /** Push defaults/kwdefaults; return the MAKE_FUNCTION attribute flags. */
  private defaults(args: A.arguments, l: Location): number {
    let flags = 0;
    if (args.defaults.length) {
      if (args.defaults.every((d) => d._type === "Constant")) {
        this.loadConst(new ConstTuple(args.defaults.map((d) => (d as A.Constant).value)), l);
      } else {
        for (const d of args.defaults) this.expr(d);
        this.emit(Op.BUILD_TUPLE, args.defaults.length, l);
      }
      flags |= 1;
    }
    const kw = args.kwonlyargs.map((a, i) => [a, args.kw_defaults[i]] as const).filter(([, d]) => d);
    if (kw.length) {
      for (const [a, d] of kw) {
        this.loadConst(this.mangled(a.arg), l);
        this.expr(d!);
      }
      this.emit(Op.BUILD_MAP, kw.length, l);
      flags |= 2;
    }
    return flags;
  }

  private functionBody(node: object, name: string, body: A.Stmt[] | A.ExprNode, args: A.arguments, firstLineno: number): CodeObject {
    this.enter(node, name, firstLineno, this.u.privateName);
    const u = this.u;
    u.argcount = args.posonlyargs.length + args.args.length;
    u.posonlyargcount = args.posonlyargs.length;
    u.kwonlyargcount = args.kwonlyargs.length;
    this.prologue();
    const wrapper = this.beginGeneratorWrapper();
    if (Array.isArray(body)) {
      let stmts = body;
      if (hasDocString(stmts)) {
        this.constIndex((((stmts[0] as A.Expr).value) as A.Constant).value);
        stmts = stmts.slice(1);
      } else if (u.ste.type === BlockType.Function) {
        // no docstring: co_consts[0] is whatever comes first (3.14)
      }
      for (const s of stmts) this.stmt(s);
      const last = stmts[stmts.length - 1];
      if (!last || last._type !== "Return") {
        this.loadConst(null, NO_LOCATION);
        this.emit(Op.RETURN_VALUE, 0, NO_LOCATION);
      }
    } else {
      this.expr(body);
      this.emit(Op.RETURN_VALUE, 0, loc(body));
    }
    this.endGeneratorWrapper(wrapper);
    return this.leave();
  }

  /** MAKE_CELL / COPY_FREE_VARS / RESUME at the start of a code unit (compile.c insert_prefix_instructions). */
  private prologue(): void {
    const u = this.u;
    // (the real prefix is inserted at assembly in CPython; emitted first here)
    for (const c of u.cellvars) this.emit(Op.MAKE_CELL, this.derefIndex(c), NO_LOCATION);
    if (u.freevars.length) this.emit(Op.COPY_FREE_VARS, u.freevars.length, NO_LOCATION);
    const firstLoc = { lineno: u.firstLineno, end_lineno: u.firstLineno, col_offset: -1, end_col_offset: -1 };
    if (this.isGenerator()) {
      this.emit(Op.RETURN_GENERATOR, 0, firstLoc);
      this.emit(Op.POP_TOP, 0, firstLoc);
    }
    this.emit(Op.RESUME, 0, firstLoc);
  }

  private isGenerator(): boolean {
    const ste = this.u.ste;
    return ste.isFunctionLike && (ste.generator || ste.coroutine) || ste.comprehension === 4 /* generator expression */;
  }

  /** compile.c wrap_in_stopiteration_handler: StopIteration escaping a generator becomes RuntimeError. */
  private beginGeneratorWrapper(): Label | null {
    if (!this.isGenerator()) return null;
    const handler = this.label();
    this.emit(Op.SETUP_CLEANUP, 0, NO_LOCATION, handler);
    return handler;
  }

  private endGeneratorWrapper(handler: Label | null): void {
    if (!handler) return;
    this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
    this.use(handler);
    this.emit(Op.CALL_INTRINSIC_1, Intrinsic1.STOPITERATION_ERROR, NO_LOCATION);
    this.emit(Op.RERAISE, 1, NO_LOCATION);
  }

  private makeFunction(code: CodeObject, flags: number, l: Location): void {
    if (code.co_freevars.length) {
      for (const f of code.co_freevars) this.emit(Op.LOAD_CLOSURE, this.derefIndex(f), l);
      this.emit(Op.BUILD_TUPLE, code.co_freevars.length, l);
      flags |= 8;
    }
    this.loadConst(code, l);
    this.emit(Op.MAKE_FUNCTION, 0, l);
    for (const bit of [8, 4, 2, 1]) if (flags & bit) this.emit(Op.SET_FUNCTION_ATTRIBUTE, bit, l);
  }

  private classDef(s: A.ClassDef): void {
    const l = loc(s);
    if (s.type_params.length) this.unsupported("generic classes (PEP 695)", l);
    for (const d of s.decorator_list) this.expr(d);
    const firstLineno = s.decorator_list.length ? s.decorator_list[0].lineno : s.lineno;
    this.enter(s, s.name, firstLineno, s.name);
    this.prologue();
    const u = this.u;
    this.nameOp("__name__", Ctx.Load, l);
    this.nameOp("__module__", Ctx.Store, l);
    this.loadConst(u.qualname, l);
    this.nameOp("__qualname__", Ctx.Store, l);
    this.loadConst(BigInt(firstLineno), l);
    this.nameOp("__firstlineno__", Ctx.Store, l);
    let body = s.body;
    if (hasDocString(body)) {
      const d = body[0] as A.Expr;
      this.loadConst((d.value as A.Constant).value, loc(d));
      this.nameOp("__doc__", Ctx.Store, loc(d));
      body = body.slice(1);
    }
    for (const st of body) this.stmt(st);
    this.loadConst(new ConstTuple([]), NO_LOCATION);
    this.nameOp("__static_attributes__", Ctx.Store, NO_LOCATION);
    if (u.cellvars.includes("__class__")) {
      this.emit(Op.LOAD_CLOSURE, this.derefIndex("__class__"), NO_LOCATION);
      this.emit(Op.COPY, 1, NO_LOCATION);
      this.nameOp("__classcell__", Ctx.Store, NO_LOCATION);
    } else {
      this.loadConst(null, NO_LOCATION);
    }
    this.emit(Op.RETURN_VALUE, 0, NO_LOCATION);
    const code = this.leave();
    this.emit(Op.LOAD_BUILD_CLASS, 0, l);
    this.emit(Op.PUSH_NULL, 0, l);
    this.makeFunction(code, 0, l);
    this.loadConst(s.name, l);
    this.callHelper(2, s.bases, s.keywords, l);
    for (let i = s.decorator_list.length - 1; i >= 0; i--) this.emit(Op.CALL, 0, loc(s.decorator_list[i]));
    this.nameOp(s.name, Ctx.Store, l);
  }

  // ---- names --------------------------------------------------------------------------------

  private mangled(n: string): string {
    return mangle(this.u.privateName, n);
  }

  private storeName(n: string, l: Location): void {
    this.nameOp(n, Ctx.Store, l);
  }

  /** compile.c compiler_nameop */
  private nameOp(rawName: string, ctx: Ctx, l: Location): void {
    const u = this.u;
    const name = this.mangled(rawName);
    let scope = u.ste.getScope(name);
    const functionLike = u.ste.isFunctionLike;
    if (scope === 0 && name === "__class__" && u.isClass) scope = CELL;
    if (scope === FREE || scope === CELL) {
      if (!functionLike && ctx === Ctx.Load && u.isClass) {
        // class bodies read free variables through the class namespace first
        this.emit(Op.LOAD_LOCALS, 0, l);
        this.emit(Op.LOAD_FROM_DICT_OR_DEREF, this.derefIndex(name), l);
        return;
      }
      this.emit(ctx === Ctx.Load ? Op.LOAD_DEREF : ctx === Ctx.Store ? Op.STORE_DEREF : Op.DELETE_DEREF, this.derefIndex(name), l);
      return;
    }
    if (functionLike && scope === LOCAL) {
      this.emit(ctx === Ctx.Load ? Op.LOAD_FAST : ctx === Ctx.Store ? Op.STORE_FAST : Op.DELETE_FAST, this.fastIndex(name), l);
      return;
    }
    if (scope === GLOBAL_EXPLICIT || (functionLike && scope === GLOBAL_IMPLICIT)) {
      if (ctx === Ctx.Load) this.emit(Op.LOAD_GLOBAL, this.nameIndex(name) << 1, l);
      else this.emit(ctx === Ctx.Store ? Op.STORE_GLOBAL : Op.DELETE_GLOBAL, this.nameIndex(name), l);
      return;
    }
    this.emit(ctx === Ctx.Load ? Op.LOAD_NAME : ctx === Ctx.Store ? Op.STORE_NAME : Op.DELETE_NAME, this.nameIndex(name), l);
  }

  // ---- targets ------------------------------------------------------------------------------

  private store(t: A.ExprNode): void {
    const l = loc(t);
    switch (t._type) {
      case "Name": this.nameOp(t.id, Ctx.Store, l); return;
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.STORE_ATTR, this.nameIndex(this.mangled(t.attr)), l);
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.STORE_SUBSCR, 0, l);
        return;
      case "Tuple": case "List": {
        const star = t.elts.findIndex((e) => e._type === "Starred");
        if (star >= 0) {
          const after = t.elts.length - star - 1;
          this.emit(Op.UNPACK_EX, star | (after << 8), l);
        } else {
          this.emit(Op.UNPACK_SEQUENCE, t.elts.length, l);
        }
        for (const e of t.elts) this.store(e._type === "Starred" ? e.value : e);
        return;
      }
      default:
        this.unsupported(`assignment to ${t._type}`, l);
    }
  }

  private del(t: A.ExprNode): void {
    const l = loc(t);
    switch (t._type) {
      case "Name": this.nameOp(t.id, Ctx.Del, l); return;
      case "Attribute":
        this.expr(t.value);
        this.emit(Op.DELETE_ATTR, this.nameIndex(this.mangled(t.attr)), l);
        return;
      case "Subscript":
        this.expr(t.value);
        this.expr(t.slice);
        this.emit(Op.DELETE_SUBSCR, 0, l);
        return;
      case "Tuple": case "List":
        for (const e of t.elts) this.del(e);
        return;
      default:
        this.unsupported(`deletion of ${t._type}`, l);
    }
  }

  // ---- conditional jumps (codegen.c codegen_jump_if) ------------------------------------------

  /** Jump to `target` when truthiness of e equals `cond`; fall through otherwise. */
  private jumpIf(e: A.ExprNode, target: Label, cond: boolean): void {
    const l = loc(e);
    if (e._type === "UnaryOp" && e.op._type === "Not") return this.jumpIf(e.operand, target, !cond);
    if (e._type === "BoolOp") {
      const isOr = e.op._type === "Or";
      const next2 = cond === isOr ? target : this.label();
      for (let i = 0; i < e.values.length - 1; i++) this.jumpIf(e.values[i], next2, isOr);
      this.jumpIf(e.values[e.values.length - 1], target, cond);
      if (next2 !== target) this.use(next2);
      return;
    }
    if (e._type === "Compare" && e.ops.length === 1) {
      this.expr(e.left);
      this.expr(e.comparators[0]);
      this.compareOp(e.ops[0], l, true);
      this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, l, target);
      this.emit(Op.NOT_TAKEN, 0, l);
      return;
    }
    this.expr(e);
    this.emit(Op.TO_BOOL, 0, l);
    this.emit(cond ? Op.POP_JUMP_IF_TRUE : Op.POP_JUMP_IF_FALSE, 0, l, target);
    this.emit(Op.NOT_TAKEN, 0, l);
  }

  private compareOp(op: A.CmpOpKind, l: Location, toBool: boolean): void {
    switch (op._type) {
      case "Is": this.emit(Op.IS_OP, 0, l); return;
      case "IsNot": this.emit(Op.IS_OP, 1, l); return;
      case "In": this.emit(Op.CONTAINS_OP, 0, l); return;
      case "NotIn": this.emit(Op.CONTAINS_OP, 1, l); return;
    }
    const idx = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 }[op._type];
    this.emit(Op.COMPARE_OP, compareOparg(idx, toBool), l);
  }

  // ---- expressions ----------------------------------------------------------------------------

  private expr(e: A.ExprNode): void {
    const l = loc(e);
    switch (e._type) {
      case "Constant": this.loadConst(e.value, l); return;
      case "Name": this.nameOp(e.id, Ctx.Load, l); return;
      case "BinOp": {
        this.expr(e.left);
        this.expr(e.right);
        this.emit(Op.BINARY_OP, NbOp[BINOP_NAME[e.op._type] as keyof typeof NbOp] as number, l);
        return;
      }
      case "UnaryOp": {
        this.expr(e.operand);
        switch (e.op._type) {
          case "Not": this.emit(Op.TO_BOOL, 0, l); this.emit(Op.UNARY_NOT, 0, l); return;
          case "USub": this.emit(Op.UNARY_NEGATIVE, 0, l); return;
          case "Invert": this.emit(Op.UNARY_INVERT, 0, l); return;
          case "UAdd": this.emit(Op.CALL_INTRINSIC_1, Intrinsic1.UNARY_POSITIVE, l); return;
        }
        return;
      }
      case "BoolOp": {
        const end = this.label();
        const jump = e.op._type === "And" ? Op.JUMP_IF_FALSE : Op.JUMP_IF_TRUE;
        for (let i = 0; i < e.values.length - 1; i++) {
          this.expr(e.values[i]);
          this.emit(jump, 0, l, end);
          this.emit(Op.POP_TOP, 0, l);
        }
        this.expr(e.values[e.values.length - 1]);
        this.use(end);
        return;
      }
      case "Compare": return this.compare(e);
      case "IfExp": {
        const other = this.label(), end = this.label();
        this.jumpIf(e.test, other, false);
        this.expr(e.body);
        this.emit(Op.JUMP_NO_INTERRUPT, 0, NO_LOCATION, end);
        this.use(other);
        this.expr(e.orelse);
        this.use(end);
        return;
      }
      case "Call": return this.call(e);
      case "Attribute": {
        this.expr(e.value);
        this.emit(Op.LOAD_ATTR, this.nameIndex(this.mangled(e.attr)) << 1, l);
        return;
      }
      case "Subscript": {
        if (e.slice._type === "Slice" && !e.slice.step) {
          this.expr(e.value);
          this.sliceBound(e.slice.lower, l);
          this.sliceBound(e.slice.upper, l);
          this.emit(Op.BINARY_SLICE, 0, l);
          return;
        }
        this.expr(e.value);
        this.expr(e.slice);
        this.emit(Op.BINARY_OP, NbOp.SUBSCR, l);
        return;
      }
      case "Slice": {
        this.sliceBound(e.lower, l);
        this.sliceBound(e.upper, l);
        if (e.step) { this.expr(e.step); this.emit(Op.BUILD_SLICE, 3, l); }
        else this.emit(Op.BUILD_SLICE, 2, l);
        return;
      }
      case "Tuple": return this.sequence(e.elts, Op.BUILD_TUPLE, l);
      case "List": return this.sequence(e.elts, Op.BUILD_LIST, l);
      case "Set": return this.sequence(e.elts, Op.BUILD_SET, l);
      case "Dict": {
        let n = 0, built = false;
        for (let i = 0; i < e.keys.length; i++) {
          const k = e.keys[i];
          if (k === null) {
            if (!built) { this.emit(Op.BUILD_MAP, n, l); built = true; } else if (n) { this.emit(Op.BUILD_MAP, n, l); this.emit(Op.DICT_UPDATE, 1, l); }
            n = 0;
            this.expr(e.values[i]);
            this.emit(Op.DICT_UPDATE, 1, l);
            continue;
          }
          this.expr(k);
          this.expr(e.values[i]);
          n++;
        }
        if (!built) this.emit(Op.BUILD_MAP, n, l);
        else if (n) { this.emit(Op.BUILD_MAP, n, l); this.emit(Op.DICT_UPDATE, 1, l); }
        return;
      }
      case "JoinedStr": {
        for (const v of e.values) this.expr(v);
        if (e.values.length !== 1 || e.values[0]._type !== "FormattedValue") this.emit(Op.BUILD_STRING, e.values.length, l);
        if (e.values.length === 0) { /* f"" */ }
        return;
      }
      case "FormattedValue": {
        this.expr(e.value);
        if (e.conversion !== -1) this.emit(Op.CONVERT_VALUE, e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : 3, l);
        if (e.format_spec) {
          this.expr(e.format_spec);
          this.emit(Op.FORMAT_WITH_SPEC, 0, l);
        } else {
          this.emit(Op.FORMAT_SIMPLE, 0, l);
        }
        return;
      }
      case "Lambda": {
        const flags = this.defaults(e.args, l);
        const code = this.functionBody(e, "<lambda>", e.body, e.args, e.lineno);
        this.makeFunction(code, flags, l);
        return;
      }
      case "NamedExpr": {
        this.expr(e.value);
        this.emit(Op.COPY, 1, l);
        this.store(e.target);
        return;
      }
      case "ListComp": case "SetComp": case "DictComp": case "GeneratorExp":
        return this.comprehensionAsFunction(e);
      case "Yield": {
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", l);
        if (e.value) this.expr(e.value); else this.loadConst(null, l);
        this.emit(Op.YIELD_VALUE, 0, l);
        this.emit(Op.RESUME, 1, l);
        return;
      }
      case "YieldFrom": {
        if (!this.u.ste.isFunctionLike) this.error("'yield' outside function", l);
        this.expr(e.value);
        this.emit(Op.GET_YIELD_FROM_ITER, 0, l);
        this.loadConst(null, l);
        this.yieldFrom(l, 2);
        return;
      }
      case "Await": {
        this.expr(e.value);
        this.emit(Op.GET_AWAITABLE, 0, l);
        this.loadConst(null, l);
        this.yieldFrom(l, 3);
        return;
      }
      case "Starred":
        this.error("can't use starred expression here", l);
      default:
        this.unsupported(`the '${e._type}' expression`, l);
    }
  }

  /** codegen.c codegen_add_yield_from: SEND / YIELD_VALUE / RESUME loop with CLEANUP_THROW. */
  private yieldFrom(l: Location, resumeKind: number): void {
    const send = this.label(), fail = this.label(), exit = this.label();
    this.use(send);
    this.emit(Op.SEND, 0, l, exit);
    this.emit(Op.SETUP_FINALLY, 0, NO_LOCATION, fail);
    this.emit(Op.YIELD_VALUE, 1, l);
    this.emit(Op.POP_BLOCK, 0, NO_LOCATION);
    this.emit(Op.RESUME, resumeKind, l);
    this.emit(Op.JUMP_NO_INTERRUPT, 0, l, send);
    this.use(fail);
    this.emit(Op.CLEANUP_THROW, 0, l);
    this.use(exit);
    this.emit(Op.END_SEND, 0, l);
  }

  private sliceBound(e: A.ExprNode | null, l: Location): void {
    if (e) this.expr(e); else this.loadConst(null, l);
  }

  private sequence(elts: A.ExprNode[], build: number, l: Location): void {
    const starred = elts.some((x) => x._type === "Starred");
    if (!starred) {
      if (build === Op.BUILD_TUPLE && elts.length && elts.every((x) => x._type === "Constant")) {
        this.loadConst(new ConstTuple(elts.map((x) => (x as A.Constant).value)), l);
        return;
      }
      for (const x of elts) this.expr(x);
      this.emit(build, elts.length, l);
      return;
    }
    // starred: build a list and extend (codegen.c starunpack_helper)
    let n = 0, started = false;
    const inner = build === Op.BUILD_SET ? Op.BUILD_SET : Op.BUILD_LIST;
    const extend = build === Op.BUILD_SET ? Op.SET_UPDATE : Op.LIST_EXTEND;
    const append = build === Op.BUILD_SET ? Op.SET_ADD : Op.LIST_APPEND;
    for (const x of elts) {
      if (x._type === "Starred") {
        if (!started) { this.emit(inner, n, l); started = true; n = 0; }
        else if (n) { /* already appended */ }
        this.expr(x.value);
        this.emit(extend, 1, l);
      } else {
        this.expr(x);
        if (started) this.emit(append, 1, l); else n++;
      }
    }
    if (build === Op.BUILD_TUPLE) this.emit(Op.CALL_INTRINSIC_1, Intrinsic1.LIST_TO_TUPLE, l);
  }

  private compare(e: A.Compare): void {
    const l = loc(e);
    this.expr(e.left);
    if (e.ops.length === 1) {
      this.expr(e.comparators[0]);
      this.compareOp(e.ops[0], l, false);
      return;
    }
    const cleanup = this.label(), end = this.label();
    for (let i = 0; i < e.ops.length - 1; i++) {
      this.expr(e.comparators[i]);
      this.emit(Op.SWAP, 2, l);
      this.emit(Op.COPY, 2, l);
      this.compareOp(e.ops[i], l, false);
      this.emit(Op.COPY, 1, l);
      this.emit(Op.TO_BOOL, 0, l);
      this.emit(Op.POP_JUMP_IF_FALSE, 0, l, cleanup);
      this.emit(Op.NOT_TAKEN, 0, l);
      this.emit(Op.POP_TOP, 0, l);
    }
    this.expr(e.comparators[e.ops.length - 1]);
    this.compareOp(e.ops[e.ops.length - 1], l, false);
    this.emit(Op.JUMP_NO_INTERRUPT, 0, NO_LOCATION, end);
    this.use(cleanup);
    this.emit(Op.SWAP, 2, l);
    this.emit(Op.POP_TOP, 0, l);
    this.use(end);
  }

  private call(e: A.Call): void {
    const l = loc(e);
    const f = e.func;
    // method call: o.m(...)
    if (f._type === "Attribute" && !e.keywords.some((k) => k.arg === null) && !e.args.some((a) => a._type === "Starred")) {
      this.expr(f.value);
      this.emit(Op.LOAD_ATTR, (this.nameIndex(this.mangled(f.attr)) << 1) | 1, loc(f));
      this.callHelper(0, e.args, e.keywords, l);
      return;
    }
    if (f._type === "Name") {
      const name = this.mangled(f.id);
      const scope = this.u.ste.getScope(name);
      if (scope === GLOBAL_EXPLICIT || (this.u.ste.isFunctionLike && scope === GLOBAL_IMPLICIT)) {
        this.emit(Op.LOAD_GLOBAL, (this.nameIndex(name) << 1) | 1, loc(f));
        this.callHelper(0, e.args, e.keywords, l);
        return;
      }
    }
    this.expr(f);
    this.emit(Op.PUSH_NULL, 0, l);
    this.callHelper(0, e.args, e.keywords, l);
  }

  /** codegen.c codegen_call_helper: `n` arguments are already on the stack. */
  private callHelper(n: number, args: A.ExprNode[], keywords: A.keyword[], l: Location): void {
    const starred = args.some((a) => a._type === "Starred") || keywords.some((k) => k.arg === null);
    if (!starred) {
      for (const a of args) this.expr(a);
      if (keywords.length) {
        for (const k of keywords) this.expr(k.value);
        this.loadConst(new ConstTuple(keywords.map((k) => k.arg!)), l);
        this.emit(Op.CALL_KW, n + args.length + keywords.length, l);
      } else {
        this.emit(Op.CALL, n + args.length, l);
      }
      return;
    }
    // CALL_FUNCTION_EX: positional tuple (+ the n already pushed) and a kwargs dict or NULL
    if (n > 0) {
      this.emit(Op.BUILD_LIST, n, l);
      for (const a of args) {
        if (a._type === "Starred") { this.expr(a.value); this.emit(Op.LIST_EXTEND, 1, l); }
        else { this.expr(a); this.emit(Op.LIST_APPEND, 1, l); }
      }
      this.emit(Op.CALL_INTRINSIC_1, Intrinsic1.LIST_TO_TUPLE, l);
    } else if (args.length === 1 && args[0]._type === "Starred") {
      this.expr((args[0] as A.Starred).value);
    } else {
      this.sequence(args, Op.BUILD_TUPLE, l);
    }
    if (keywords.length) {
      let n2 = 0, started = false;
      for (const k of keywords) {
        if (k.arg === null) {
          if (!started) { this.emit(Op.BUILD_MAP, n2, l); started = true; }
          else if (n2) { this.emit(Op.BUILD_MAP, n2, l); this.emit(Op.DICT_MERGE, 1, l); }
          n2 = 0;
          this.expr(k.value);
          this.emit(Op.DICT_MERGE, 1, l);
        } else {
          this.loadConst(k.arg, l);
          this.expr(k.value);
          n2++;
        }
      }
      if (!started) this.emit(Op.BUILD_MAP, n2, l);
      else if (n2) { this.emit(Op.BUILD_MAP, n2, l); this.emit(Op.DICT_MERGE, 1, l); }
    } else {
      this.emit(Op.PUSH_NULL, 0, l);
    }
    this.emit(Op.CALL_FUNCTION_EX, 0, l);
  }

  /** Comprehensions as nested functions (pre-PEP 709 shape; CPython 3.14 inlines them). */
  private comprehensionAsFunction(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const l = loc(e);
    const ste = this.st.lookup(e);
    if (ste.compInlined || e._type !== "GeneratorExp") {
      // compile the inlined comprehension in place
      return this.inlineComprehension(e);
    }
    // a generator expression: a nested generator function over the first iterator (.0)
    this.enter(e, "<genexpr>", e.lineno, this.u.privateName);
    this.u.argcount = 1;
    this.prologue();
    const wrapper = this.beginGeneratorWrapper();
    this.genexpLevel(e, 0);
    this.loadConst(null, NO_LOCATION);
    this.emit(Op.RETURN_VALUE, 0, NO_LOCATION);
    this.endGeneratorWrapper(wrapper);
    const code = this.leave();
    this.makeFunction(code, 0, l);
    this.expr(e.generators[0].iter);
    this.emit(Op.GET_ITER, 0, l);
    this.emit(Op.CALL, 0, l);
  }

  private genexpLevel(e: A.GeneratorExp, depth: number): void {
    const l = loc(e);
    const g = e.generators[depth];
    if (depth === 0) this.emit(Op.LOAD_FAST, this.fastIndex(".0"), l);
    else {
      this.expr(g.iter);
      this.emit(Op.GET_ITER, 0, loc(g.iter));
    }
    const start = this.label(), cleanup = this.label(), ifCleanup = this.label();
    this.use(start);
    this.emit(Op.FOR_ITER, 0, l, cleanup);
    this.store(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, ifCleanup, false);
    if (depth + 1 < e.generators.length) this.genexpLevel(e, depth + 1);
    else {
      this.expr(e.elt);
      this.emit(Op.YIELD_VALUE, 0, l);
      this.emit(Op.RESUME, 1, l);
      this.emit(Op.POP_TOP, 0, l);
    }
    this.use(ifCleanup);
    this.emit(Op.JUMP, 0, l, start);
    this.use(cleanup);
    this.emit(Op.END_FOR, 0, l);
    this.emit(Op.POP_ITER, 0, l);
  }

  /** codegen.c codegen_comprehension with inlining (PEP 709), simplified: no save/restore of
   *  shadowed locals across the comprehension. */
  private inlineComprehension(e: A.ListComp | A.SetComp | A.DictComp | A.GeneratorExp): void {
    const l = loc(e);
    if (e._type === "GeneratorExp") this.unsupported("inlined generator expressions", l);
    const gens = e.generators;
    const first = gens[0];
    this.expr(first.iter);
    this.emit(Op.GET_ITER, 0, loc(first.iter));
    const build = e._type === "ListComp" ? Op.BUILD_LIST : e._type === "SetComp" ? Op.BUILD_SET : Op.BUILD_MAP;
    this.emit(build, 0, l);
    this.emit(Op.SWAP, 2, l);
    this.comprehensionLevel(e, 0, 2);
  }

  private comprehensionLevel(e: A.ListComp | A.SetComp | A.DictComp, depth: number, stackDepth: number): void {
    const l = loc(e);
    const g = e.generators[depth];
    if (depth > 0) {
      this.expr(g.iter);
      this.emit(Op.GET_ITER, 0, loc(g.iter));
    }
    const start = this.label(), cleanup = this.label(), ifCleanup = this.label();
    this.use(start);
    this.emit(Op.FOR_ITER, 0, l, cleanup);
    this.store(g.target);
    for (const cond of g.ifs) this.jumpIf(cond, ifCleanup, false);
    if (depth + 1 < e.generators.length) {
      this.comprehensionLevel(e, depth + 1, stackDepth + 1);
    } else if (e._type === "DictComp") {
      this.expr(e.key);
      this.expr(e.value);
      this.emit(Op.MAP_ADD, stackDepth + 1, l);
    } else {
      this.expr(e.elt);
      this.emit(e._type === "ListComp" ? Op.LIST_APPEND : Op.SET_ADD, stackDepth, l);
    }
    this.use(ifCleanup);
    this.emit(Op.JUMP, 0, l, start);
    this.use(cleanup);
    this.emit(Op.END_FOR, 0, l);
    this.emit(Op.POP_ITER, 0, l);
  }
}

const BINOP_NAME: Record<string, string> = {
  Add: "ADD", Sub: "SUBTRACT", Mult: "MULTIPLY", MatMult: "MATRIX_MULTIPLY", Div: "TRUE_DIVIDE", Mod: "REMAINDER",
  Pow: "POWER", LShift: "LSHIFT", RShift: "RSHIFT", BitOr: "OR", BitXor: "XOR", BitAnd: "AND", FloorDiv: "FLOOR_DIVIDE",
};

function loc(n: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }): Location {
  return { lineno: n.lineno, col_offset: n.col_offset, end_lineno: n.end_lineno, end_col_offset: n.end_col_offset };
}

/** A key under which equal constants share a co_consts slot (type-sensitive: 1, 1.0, True differ). */
function constKey(v: ConstKey): unknown {
  if (v === null) return "None";
  switch (typeof v) {
    case "string": return "s" + v;
    case "bigint": return "i" + v;
    case "number": return Object.is(v, -0) ? "f-0" : "f" + v;
    case "boolean": return "b" + v;
    case "symbol": return "...";
  }
  if (v instanceof ConstTuple) return "t(" + v.items.map((x) => String(constKey(x))).join(",") + ")";
  if (v instanceof PyBytes) return "y" + Array.from(v.bytes).join(",");
  if (v instanceof PyComplex) return `c${v.real},${v.imag}`;
  return v; // code objects by identity
}
void PY_ELLIPSIS;
