// The debuggee runtime: runs on a worker thread, owns the Interpreter, and is a PEP 669 tool.
// It claims tool 0 ("debugger"); breakpoints are LINE events set locally on the code objects whose
// lines hold them; stepping turns LINE on globally until the step ends; lines that can never stop
// return DISABLE (re-armed with restart_events when breakpoints change or a step starts).
// A stop is a blocking wait inside the LINE callback that serves inspection requests from the host
// (../../shared/DESIGN.md "Execution model under a debugger"); while the program runs, requests
// are served from the eval breaker. Knows nothing of DAP: see protocol.ts.
import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { CodeObject } from "../interp/compile/code.js";
import { coLines } from "../interp/compile/linetable.js";
import { findHandler } from "../interp/compile/exceptiontable.js";
import { parse } from "../interp/parse/index.js";
import { PySyntaxError } from "../interp/parse/errors.js";
import { compileModule } from "../interp/compile/codegen.js";
import { repr, truthy, typeName } from "../interp/objects/abstract.js";
import { PyDict, PyList, PySet, PyTuple } from "../interp/objects/containers.js";
import { PyBaseException } from "../interp/objects/exceptions.js";
import { PyBuiltin, PyFunction, PyModule } from "../interp/objects/functions.js";
import { None, PyObject, PyType, type PyValue } from "../interp/objects/object.js";
import { PyCode } from "../interp/objects/code.js";
import { Frame, runFrame, tstate, installEvalBreaker, BREAKER_HOOK } from "../interp/vm/eval.js";
import { frameLocals } from "../interp/vm/frameobject.js";
import { Interpreter } from "../interp/vm/interpreter.js";
import { formatException } from "../interp/vm/traceback.js";
import { Ev } from "../monitor/events.js";
import { DISABLE } from "../monitor/fire.js";
import { registerCallback, restartEvents, setEvents, setLocalEvents, useToolId } from "../monitor/sys-monitoring.js";
import { mon } from "../monitor/state.js";
import {
  SHARED_BREAKER, SHARED_SIGNAL, type BreakpointResult, type LaunchConfig, type Reply, type Request, type RuntimeEvent,
  type ScopeInfo, type SourceBreakpoint, type StackFrameInfo, type StepKind, type StopReason, type VariableInfo,
} from "./protocol.js";

const TOOL = 0;

interface Breakpoint extends SourceBreakpoint {
  id: number;
  /** the line it was asked for */
  requested: number;
  verified: boolean;
  hits: number;
  message?: string;
}

type VarRef = { kind: "locals"; frame: Frame } | { kind: "globals"; frame: Frame } | { kind: "value"; value: PyValue };

export class DebugRuntime {
  private readonly interp: Interpreter;
  private readonly breakpoints = new Map<string, Breakpoint[]>();
  /** every code object compiled from each file (nested ones included) */
  private readonly codeByFile = new Map<string, CodeObject[]>();
  private nextBreakpointId = 1;
  private mode: StepKind = "continue";
  private stepDepth = 0;
  private pauseRequested = false;
  private entryPending: boolean;
  private stopped = false;
  private frames = new Map<number, Frame>();
  private refs = new Map<number, VarRef>();
  private nextRef = 1;
  private mainCode: CodeObject | null = null;
  /** after the stepped frame returns or yields: stop at the next instruction of this frame */
  private returnTarget: Frame | null = null;
  /** names from setFunctionBreakpoints (name, qualname, or module.qualname) */
  private functionBreakpoints: string[] = [];
  /** why the next step stop happens ("function breakpoint" after PY_START) */
  private stepReason: StopReason = "step";
  /** exception filters: "raised", "uncaught" (on by default, as debugpy) */
  private exceptionFilters = new Set<string>(["uncaught"]);
  /** the exception a stop reports (exceptionInfo) */
  private currentException: PyBaseException | null = null;
  private currentExceptionMode: "always" | "unhandled" = "always";
  /** exceptions already stopped for: one stop per exception, not one per frame it unwinds */
  private reported = new WeakSet<PyBaseException>();

  constructor(
    private readonly config: LaunchConfig,
    private readonly port: MessagePort,
    private readonly shared: Int32Array,
    private readonly post: (e: RuntimeEvent) => void,
  ) {
    this.interp = new Interpreter({
      stdout: (text) => post({ event: "output", category: "stdout", text }),
      stderr: (text) => post({ event: "output", category: "stderr", text }),
    });
    this.interp.argv = [config.program, ...config.args];
    this.entryPending = config.stopOnEntry;
    installEvalBreaker(shared, () => this.serveWhileRunning());
    useToolId(TOOL, "debugger");
    registerCallback(TOOL, Ev.LINE, new PyBuiltin("line", (args) => this.onLine(args[0] as PyCode, args[1] as number)));
    registerCallback(TOOL, Ev.INSTRUCTION, new PyBuiltin("instruction", () => this.onInstruction()));
    registerCallback(TOOL, Ev.PY_START, new PyBuiltin("py_start", (args) => this.onPyStart(args[0] as PyCode)));
    const ret = new PyBuiltin("py_return", () => this.onReturn());
    registerCallback(TOOL, Ev.PY_RETURN, ret);
    registerCallback(TOOL, Ev.PY_YIELD, ret);
    const exc = new PyBuiltin("raise", (args) => this.onRaise(args[2] as PyBaseException));
    registerCallback(TOOL, Ev.RAISE, exc);
    registerCallback(TOOL, Ev.RERAISE, exc);
    this.updateGlobalEvents();
  }

  // ---- the program ----

  /** Compile the program (so breakpoints can be verified before it runs), then serve requests
   *  until the host says start; run; report the exit. */
  run(source: string): void {
    const c = this.interp.compileMain(source, this.config.program);
    if (c.code) this.addCode(c.code);
    this.mainCode = c.code;
    this.post({ event: "ready" });
    this.serve();
    let exitCode = 1;
    if (this.mainCode) {
      if (this.entryPending) this.startStepping("stepIn");
      exitCode = this.interp.runCompiled(this.mainCode, this.config.program).exitCode;
    }
    this.post({ event: "exited", exitCode });
  }

  /** Register a compiled module's code objects (the module and every nested one). */
  private addCode(code: CodeObject): void {
    const all: CodeObject[] = [];
    const walk = (c: CodeObject) => {
      all.push(c);
      for (const k of c.co_consts) if ((k as unknown) instanceof CodeObject) walk(k as unknown as CodeObject);
    };
    walk(code);
    const list = this.codeByFile.get(code.co_filename) ?? [];
    list.push(...all);
    this.codeByFile.set(code.co_filename, list);
    this.armBreakpoints(code.co_filename);
  }

  // ---- breakpoints ----

  private linesWithCode(path: string): number[] {
    const lines = new Set<number>();
    for (const c of this.codeByFile.get(path) ?? []) {
      for (const [, , line] of coLines(c.co_linetable, c.co_firstlineno)) if (line !== null && line > 0) lines.add(line);
    }
    return [...lines].sort((a, b) => a - b);
  }

  private setBreakpoints(path: string, wanted: SourceBreakpoint[]): BreakpointResult[] {
    const known = this.codeByFile.has(path);
    const lines = this.linesWithCode(path);
    const bps: Breakpoint[] = wanted.map((w) => {
      const bp: Breakpoint = { ...w, id: this.nextBreakpointId++, requested: w.line, verified: false, hits: 0 };
      if (!known) {
        bp.message = "The file has not been loaded yet: the breakpoint is verified when its code runs.";
        return bp;
      }
      const at = lines.find((l) => l >= w.line);
      if (at === undefined) {
        bp.message = `Line ${w.line} is past the last line of code in this file.`;
        return bp;
      }
      bp.line = at;
      bp.verified = true;
      if (at !== w.line) bp.message = `No code on line ${w.line}: the breakpoint moved to line ${at}.`;
      return bp;
    });
    this.breakpoints.set(path, bps);
    this.armBreakpoints(path);
    restartEvents(); // DISABLEd locations may hold a breakpoint now
    return bps.map((b) => this.result(b));
  }

  private result(b: Breakpoint): BreakpointResult {
    return { id: b.id, verified: b.verified, line: b.verified ? b.line : b.requested, ...(b.message ? { message: b.message } : {}) };
  }

  /** Local events of every code object of `path`: LINE where a breakpoint line is, PY_START for
   *  function breakpoints, INSTRUCTION on the frame a step returns to. */
  private armBreakpoints(path: string): void {
    for (const c of this.codeByFile.get(path) ?? []) this.updateLocal(c);
  }

  private updateLocal(c: CodeObject): void {
    const want = new Set((this.breakpoints.get(c.co_filename) ?? []).filter((b) => b.verified).map((b) => b.line));
    let events = 0;
    if (want.size) {
      for (const [, , line] of coLines(c.co_linetable, c.co_firstlineno)) if (line !== null && want.has(line)) { events |= 1 << Ev.LINE; break; }
    }
    if (this.isFunctionBreakpoint(c)) events |= 1 << Ev.PY_START;
    if (this.returnTarget && this.returnTarget.code === c) events |= (1 << Ev.INSTRUCTION) | (1 << Ev.LINE);
    setLocalEvents(c, TOOL, events);
  }

  private isFunctionBreakpoint(c: CodeObject): boolean {
    if (!this.functionBreakpoints.length || c.co_name.startsWith("<")) return false;
    return this.functionBreakpoints.some((n) => n === c.co_name || n === c.co_qualname || n.endsWith("." + c.co_qualname));
  }

  private setFunctionBreakpoints(names: string[]): BreakpointResult[] {
    this.functionBreakpoints = names;
    const all = [...this.codeByFile.values()].flat();
    for (const c of all) this.updateLocal(c);
    return names.map((n) => {
      const found = all.find((c) => !c.co_name.startsWith("<") && (n === c.co_name || n === c.co_qualname || n.endsWith("." + c.co_qualname)));
      const id = this.nextBreakpointId++;
      return found
        ? { id, verified: true, line: found.co_firstlineno }
        : { id, verified: false, line: 0, message: `No function named '${n}' in the code loaded so far.` };
    });
  }

  /** Global events of tool 0: RAISE/RERAISE for the exception filters; LINE, PY_RETURN and
   *  PY_YIELD while stepping. */
  private updateGlobalEvents(): void {
    let events = 0;
    if (this.exceptionFilters.size) events |= (1 << Ev.RAISE) | (1 << Ev.RERAISE);
    if (this.mode !== "continue") events |= (1 << Ev.LINE) | (1 << Ev.PY_RETURN) | (1 << Ev.PY_YIELD);
    setEvents(TOOL, events);
  }

  private breakpointAt(path: string, line: number): Breakpoint | undefined {
    const bps = this.breakpoints.get(path);
    return bps?.find((b) => b.verified && b.line === line);
  }

  /** A breakpoint's condition and hit condition, evaluated in the stopped frame. */
  private shouldStop(bp: Breakpoint, frame: Frame): boolean {
    if (bp.condition) {
      try {
        if (!truthy(this.evaluateIn(bp.condition, frame))) return false;
      } catch (e) {
        // a condition that raises stops, as debugpy does, and says why
        this.post({ event: "output", category: "console", text: `Error evaluating breakpoint condition '${bp.condition}': ${describe(e)}\n` });
        return true;
      }
    }
    bp.hits++;
    if (bp.hitCondition) {
      const m = /^\s*(==|>=|>|<=|<|%)?\s*(\d+)\s*$/.exec(bp.hitCondition);
      if (!m) return true;
      const n = Number(m[2]);
      switch (m[1] ?? "==") {
        case "==": return bp.hits === n;
        case ">=": return bp.hits >= n;
        case ">": return bp.hits > n;
        case "<=": return bp.hits <= n;
        case "<": return bp.hits < n;
        case "%": return n > 0 && bp.hits % n === 0;
      }
    }
    if (bp.logMessage !== undefined) {
      const text = bp.logMessage.replace(/\{([^{}]+)\}/g, (_, expr: string) => {
        try {
          return strOf(this.evaluateIn(expr, frame));
        } catch (e) {
          return `<error: ${describe(e)}>`;
        }
      });
      this.post({ event: "output", category: "console", text: text + "\n" });
      return false;
    }
    return true;
  }

  // ---- the LINE callback (tool 0) ----

  private onLine(codeObj: PyCode, line: number): PyValue {
    const frame = tstate.frame!;
    const code = codeObj.code;
    const path = code.co_filename;
    if (this.mode !== "continue") {
      if (this.config.justMyCode && !this.isUserCode(path)) return None;
      const depth = frameDepth(frame);
      if (this.pauseRequested) {
        this.pauseRequested = false;
        this.stop("pause");
        return None;
      }
      if (this.entryPending) {
        this.entryPending = false;
        this.stop("entry");
        return None;
      }
      if (this.mode === "stepIn" || (this.mode === "next" && depth <= this.stepDepth) || (this.mode === "stepOut" && depth < this.stepDepth)) {
        this.stop(this.stepReason);
        return None;
      }
    }
    const bp = this.breakpointAt(path, line);
    if (bp) {
      if (this.shouldStop(bp, frame)) this.stop("breakpoint");
      return None;
    }
    return this.mode === "continue" ? DISABLE : None;
  }

  private isUserCode(path: string): boolean {
    return !path.startsWith("<");
  }

  /** The stepped frame (or one above it) returns or yields: the step ends in the frame it goes back
   *  to, at its next instruction, i.e. on the line of the call (CPython: bdb's stop at the caller). */
  private onReturn(): PyValue {
    if (this.mode === "continue") return None;
    const frame = tstate.frame!;
    if (frameDepth(frame) > this.stepDepth) return None;
    const caller = frame.back;
    if (!caller || (this.config.justMyCode && !this.isUserCode(caller.code.co_filename))) return None;
    const old = this.returnTarget;
    this.returnTarget = caller;
    if (old && old.code !== caller.code) this.updateLocal(old.code);
    this.updateLocal(caller.code);
    return None;
  }

  private onInstruction(): PyValue {
    const frame = tstate.frame!;
    if (frame !== this.returnTarget) return None;
    this.clearReturnTarget();
    this.stop(this.stepReason);
    return None;
  }

  private clearReturnTarget(): void {
    const t = this.returnTarget;
    if (!t) return;
    this.returnTarget = null;
    this.updateLocal(t.code);
  }

  private onPyStart(code: PyCode): PyValue {
    if (!this.isFunctionBreakpoint(code.code) || this.stopped) return None;
    // stop at the function's first line, reported as a function breakpoint
    this.startStepping("stepIn");
    this.stepReason = "function breakpoint";
    return None;
  }

  /** RAISE / RERAISE: stop for "raised" in user code, or for "uncaught" when no handler is left
   *  between here and the top of the stack (only when no native code sits in between, which
   *  might catch it: hasattr, next, ...). */
  private onRaise(exc: PyBaseException): PyValue {
    if (this.stopped || !(exc instanceof PyBaseException) || this.reported.has(exc)) return None;
    const frame = tstate.frame!;
    if (this.config.justMyCode && !this.isUserCode(frame.code.co_filename)) return None;
    let mode: "always" | "unhandled" | null = null;
    if (this.exceptionFilters.has("uncaught") && isUncaught(frame)) mode = "unhandled";
    else if (this.exceptionFilters.has("raised") && exc.traceback.length <= 1) mode = "always";
    if (!mode) return None;
    this.reported.add(exc);
    this.currentException = exc;
    this.currentExceptionMode = mode;
    try {
      this.stop("exception", describe(exc));
    } finally {
      this.currentException = null;
    }
    return None;
  }

  private startStepping(how: StepKind): void {
    this.mode = how;
    this.stepReason = "step";
    this.stepDepth = tstate.frame ? frameDepth(tstate.frame) : 0;
    this.clearReturnTarget();
    this.updateGlobalEvents();
    restartEvents();
  }

  private resume(how: StepKind): void {
    this.frames.clear();
    this.refs.clear();
    if (how === "continue") {
      this.mode = "continue";
      this.clearReturnTarget();
      this.updateGlobalEvents();
    } else {
      this.startStepping(how);
    }
  }

  /** Block in the callback, serving requests until resumed. */
  private stop(reason: StopReason, text?: string): void {
    this.stopped = true;
    this.post({ event: "stopped", reason, ...(text ? { text } : {}) });
    this.serve();
    this.stopped = false;
  }

  // ---- serving requests ----

  /** Serve requests until one resumes execution (start, resume, terminate). */
  private serve(): void {
    for (;;) {
      Atomics.store(this.shared, SHARED_SIGNAL, 0);
      const m = receiveMessageOnPort(this.port);
      if (!m) {
        Atomics.wait(this.shared, SHARED_SIGNAL, 0, 1000);
        continue;
      }
      if (this.handle(m.message as Request)) return;
    }
  }

  /** From the eval breaker while the program runs: answer what can be answered now. */
  private serveWhileRunning(): void {
    for (;;) {
      const m = receiveMessageOnPort(this.port);
      if (!m) return;
      this.handle(m.message as Request);
    }
  }

  /** Handle one request; true when execution should go on. */
  private handle(req: Request): boolean {
    let body: unknown = null;
    let resume = false;
    try {
      switch (req.cmd) {
        case "setBreakpoints": body = this.setBreakpoints(req.path, req.breakpoints); break;
        case "start": resume = true; break;
        case "resume":
          if (!this.stopped) throw new Error("the program is not stopped");
          this.resume(req.how);
          resume = true;
          break;
        case "pause":
          if (!this.stopped) {
            this.pauseRequested = true;
            this.startStepping("stepIn");
          }
          break;
        case "stackTrace": body = this.stackTrace(); break;
        case "scopes": body = this.scopes(req.frameId); break;
        case "variables": body = this.variables(req.ref); break;
        case "evaluate": body = this.evaluate(req.expression, req.frameId); break;
        case "exceptionInfo": body = this.exceptionInfo(); break;
        case "setFunctionBreakpoints": body = this.setFunctionBreakpoints(req.names); break;
        case "setExceptionBreakpoints":
          this.exceptionFilters = new Set(req.filters);
          this.updateGlobalEvents();
          break;
        case "terminate": process.exit(0);
      }
    } catch (e) {
      this.reply({ id: req.id, ok: false, message: describe(e) });
      return false;
    }
    this.reply({ id: req.id, ok: true, body });
    return resume;
  }

  private reply(r: Reply): void {
    this.post({ event: "reply", reply: r });
  }

  // ---- inspection ----

  private stackTrace(): StackFrameInfo[] {
    this.requireStopped();
    const out: StackFrameInfo[] = [];
    for (let f = tstate.frame; f; f = f.back) {
      const id = this.frames.size + 1;
      this.frames.set(id, f);
      const path = f.code.co_filename;
      out.push({ id, name: f.code.co_name, path, line: f.lineno, library: !this.isUserCode(path) });
    }
    return out;
  }

  private scopes(frameId: number): ScopeInfo[] {
    const f = this.frameById(frameId);
    const scopes: ScopeInfo[] = [];
    if (f.locals !== f.globals) scopes.push({ name: "Locals", variablesReference: this.ref({ kind: "locals", frame: f }), expensive: false });
    scopes.push({ name: "Globals", variablesReference: this.ref({ kind: "globals", frame: f }), expensive: false });
    return scopes;
  }

  private variables(ref: number): VariableInfo[] {
    this.requireStopped();
    const r = this.refs.get(ref);
    if (!r) throw new Error(`no variables with reference ${ref}`);
    if (r.kind === "locals") return this.dictVars(frameLocals(r.frame), false);
    if (r.kind === "globals") return this.dictVars(r.frame.globals, true);
    return this.children(r.value);
  }

  private dictVars(d: PyDict, hideDunders: boolean): VariableInfo[] {
    const out: VariableInfo[] = [];
    for (const [k, v] of d.entries()) {
      if (typeof k !== "string") continue;
      if (hideDunders && k.startsWith("__") && k.endsWith("__")) continue;
      out.push(this.variable(k, v));
    }
    return out;
  }

  private children(v: PyValue): VariableInfo[] {
    if (v instanceof PyList || v instanceof PyTuple) return v.items.map((x, i) => this.variable(String(i), x));
    if (v instanceof PyDict) return [...v.entries()].map(([k, x]) => this.variable(safeRepr(k), x));
    if (v instanceof PySet) return [...v].map((x, i) => this.variable(String(i), x));
    if (v instanceof PyObject && v.dict) return this.dictVars(v.dict, false);
    return [];
  }

  private variable(name: string, v: PyValue): VariableInfo {
    return { name, value: safeRepr(v), type: typeName(v), variablesReference: hasChildren(v) ? this.ref({ kind: "value", value: v }) : 0 };
  }

  private ref(r: VarRef): number {
    const id = this.nextRef++;
    this.refs.set(id, r);
    return id;
  }

  private frameById(id: number): Frame {
    this.requireStopped();
    const f = this.frames.get(id);
    if (!f) throw new Error(`no frame with id ${id}`);
    return f;
  }

  private requireStopped(): void {
    if (!this.stopped) throw new Error("the program is running");
  }

  private exceptionInfo(): { exceptionId: string; description: string; breakMode: string; typeName: string; stackTrace: string } {
    const e = this.currentException;
    if (!e) throw new Error("no exception is being reported");
    const text = formatException(e, this.interp.sources);
    return { exceptionId: e.type.name, description: describe(e), breakMode: this.currentExceptionMode, typeName: e.type.name, stackTrace: text };
  }

  private evaluate(expression: string, frameId?: number): VariableInfo & { result: string } {
    const f = frameId !== undefined ? this.frameById(frameId) : tstate.frame;
    if (!f) throw new Error("no frame to evaluate in");
    const v = this.evaluateIn(expression, f);
    const info = this.variable("", v);
    return { ...info, result: info.value };
  }

  /** Evaluate a Python expression in a frame's globals and locals (a snapshot of a function's). */
  private evaluateIn(expression: string, f: Frame): PyValue {
    // parse as an expression first, for CPython's own SyntaxError; then run it as an assignment
    parse(expression, "<debug input>", "eval");
    const tree = parse(`__tspy_debug_result__ = (${expression}\n)`, "<debug input>", "exec");
    const code = compileModule(tree as never, { filename: "<debug input>" });
    const locals = new PyDict();
    if (f.locals !== f.globals) for (const [k, v] of frameLocals(f).entries()) locals.set(k, v);
    const frame = new Frame(code, f.globals, f.builtins, locals, null);
    runFrame(frame);
    return locals.get("__tspy_debug_result__") ?? None;
  }
}

/** No exception handler from f up to the top of the stack, and no native code in between. */
function isUncaught(f: Frame): boolean {
  for (let x: Frame | null = f; x; x = x.back) {
    if (findHandler(x.code.exceptionTable, x.curInstr)) return false;
    if (x.entry && x.back !== null) return false; // a native caller may catch it
  }
  return true;
}

function frameDepth(f: Frame): number {
  let d = 0;
  for (let x: Frame | null = f; x; x = x.back) d++;
  return d;
}

function hasChildren(v: PyValue): boolean {
  if (v instanceof PyList || v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict || v instanceof PySet) return v.size > 0;
  if (v instanceof PyType || v instanceof PyFunction || v instanceof PyModule) return false;
  return v instanceof PyObject && v.dict !== null && v.dict !== undefined && v.dict.size > 0;
}

function safeRepr(v: PyValue): string {
  try {
    const r = repr(v);
    return r.length > 1000 ? r.slice(0, 1000) + "..." : r;
  } catch (e) {
    return `<repr failed: ${describe(e)}>`;
  }
}

function strOf(v: PyValue): string {
  return typeof v === "string" ? v : safeRepr(v);
}

/** A short text for an error: Python's "Type: message", a SyntaxError's message, or JS's. */
export function describe(e: unknown): string {
  if (e instanceof PyBaseException) {
    const text = formatException(e, new Map()).trimEnd().split("\n");
    return text[text.length - 1];
  }
  if (e instanceof PySyntaxError) return `SyntaxError: ${e.msg}`;
  return e instanceof Error ? e.message : String(e);
}

export { SHARED_BREAKER, BREAKER_HOOK };
void mon;
