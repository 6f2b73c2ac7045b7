// The debuggee runtime: runs on a worker thread, owns the Interpreter, and is a PEP 669 tool.
// It claims tool 0 ("debugger"); breakpoints are LINE events set locally on the code objects whose
// lines hold them; stepping turns LINE on globally until the step ends; lines that can never stop
// return DISABLE (re-armed with restart_events when breakpoints change or a step starts).
// A stop is a blocking wait inside the LINE callback that serves inspection requests from the host
// (../../shared/DESIGN.md "Execution model under a debugger"); while the program runs, requests
// are served from the eval breaker. Knows nothing of DAP: see protocol.ts.
import { receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { CO, CodeObject } from "../interp/compile/code.js";
import { Op } from "../interp/compile/opcodes.js";
import { lineOriginalOpcode, perInstructionOriginalOpcode } from "../monitor/instrument.js";
import { coLines, coPositions } from "../interp/compile/linetable.js";
import { findHandler } from "../interp/compile/exceptiontable.js";
import { parse } from "../interp/parse/index.js";
import { PySyntaxError } from "../interp/parse/errors.js";
import { compileModule } from "../interp/compile/codegen.js";
import { getInstructions } from "../interp/compile/dis.js";
import { repr, setattr, truthy, typeName } from "../interp/objects/abstract.js";
import { PyDict, PyList, PySet, PyTuple } from "../interp/objects/containers.js";
import { PyBaseException } from "../interp/objects/exceptions.js";
import { PyBuiltin, PyCell, PyFunction, PyModule } from "../interp/objects/functions.js";
import { None, PyObject, PyType, typeOf, type PyValue } from "../interp/objects/object.js";
import { PyCode } from "../interp/objects/code.js";
import { Frame, pinFrame, runFrame, tstate, installEvalBreaker, BREAKER_HOOK, BREAKER_INTERRUPT } from "../interp/vm/eval.js";
import { frameLocals, frameObject } from "../interp/vm/frameobject.js";
import { STDLIB_MOUNT } from "../interp/vm/modulefs.js";
import { Interpreter } from "../interp/vm/interpreter.js";
import { formatException } from "../interp/vm/traceback.js";
import { Ev } from "../monitor/events.js";
import { DISABLE } from "../monitor/fire.js";
import { registerCallback, restartEvents, setEvents, setLocalEvents, useToolId } from "../monitor/sys-monitoring.js";
import { mon } from "../monitor/state.js";
import { threadCpuMs } from "./cputime.js";
import {
  SHARED_BREAKER, SHARED_SIGNAL, type BreakpointResult, type LaunchConfig, type Reply, type Request, type RuntimeEvent,
  type DisassembledInstruction, type ScopeInfo, type SourceBreakpoint, type StackFrameInfo, type StepKind, type StopReason, type VariableInfo,
} from "./protocol.js";

const TOOL = 0;
const STDLIB_PREFIX = STDLIB_MOUNT + "/";

interface Breakpoint extends SourceBreakpoint {
  id: number;
  /** the line it was asked for */
  requested: number;
  verified: boolean;
  hits: number;
  message?: string;
  /** set in a file whose code has not been compiled yet */
  pendingLoad?: boolean;
}

type VarRef =
  | { kind: "locals"; frame: Frame; evalName: string }
  | { kind: "globals"; frame: Frame; evalName: string }
  | { kind: "value"; value: PyValue; frame: Frame; evalName: string };

/** Why a breakpoint is not verified in a launch with `noDebug`. */
const NO_DEBUG = "Running without debugging (noDebug): breakpoints are off.";

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
  /** exception filters: "raised", "uncaught" (on by default, as debugpy), "userUnhandled" */
  private exceptionFilters = new Set<string>(["uncaught"]);
  private filterUncaught = true;
  private filterUserUnhandled = false;
  private filterRaised = false;
  /** the exception a stop reports (exceptionInfo) */
  private currentException: PyBaseException | null = null;
  private currentExceptionMode: "always" | "unhandled" | "userUnhandled" = "always";
  /** exceptions already stopped for: one stop per exception, not one per frame it unwinds */
  private reported = new WeakSet<PyBaseException>();
  /** stepping by instruction (DAP granularity "instruction") */
  private byInstruction = false;
  private stepFrame: Frame | null = null;
  private stepFromOffset = -1;
  /** stepInTargets: the CALL instruction (code unit) a targeted step in goes into, or -1 */
  private stepTarget = -1;
  /** instruction breakpoints: code object -> byte offsets */
  private instructionBreakpoints = new Map<CodeObject, Set<number>>();
  /** code objects by the id used in memory references ("<id>:<byte offset>") */
  private codeIds = new Map<CodeObject, number>();
  private codesById: CodeObject[] = [];
  /** the value the stepped function returned (shown in Locals after stepping out of it) */
  private returnValue: { name: string; value: PyValue } | null = null;
  /** expressions compiled for evaluation, by their text */
  private compiled = new Map<string, CodeObject>();

  constructor(
    private readonly config: LaunchConfig,
    private readonly port: MessagePort,
    private readonly shared: Int32Array,
    private readonly post: (e: RuntimeEvent) => void,
  ) {
    this.interp = new Interpreter({
      stdout: (text) => post({ event: "output", category: "stdout", text }),
      stderr: (text) => post({ event: "output", category: "stderr", text }),
      // the adapter's own stdin may carry the protocol: the program's stdin is empty (input()
      // raises EOFError) rather than a reader that would steal DAP messages
      stdin: "",
      // an imported module's code: breakpoints set in its file before it was loaded verify now
      onModuleCode: (code) => this.addCode(code),
    });
    this.interp.argv = [config.program, ...config.args];
    this.entryPending = config.stopOnEntry && !config.noDebug;
    installEvalBreaker(shared, (inNative) => this.serveWhileRunning(inNative));
    if (config.noDebug) return; // run without debugging: no tool, no events
    useToolId(TOOL, "debugger");
    registerCallback(TOOL, Ev.LINE, new PyBuiltin("line", (args) => this.onLine(args[0] as PyCode, args[1] as number)));
    registerCallback(TOOL, Ev.INSTRUCTION, new PyBuiltin("instruction", (args) => this.onInstruction((args[0] as PyCode).code, args[1] as number)));
    registerCallback(TOOL, Ev.PY_START, new PyBuiltin("py_start", (args) => this.onPyStart(args[0] as PyCode)));
    registerCallback(TOOL, Ev.PY_RETURN, new PyBuiltin("py_return", (args) => this.onReturn(args[2], false)));
    registerCallback(TOOL, Ev.PY_YIELD, new PyBuiltin("py_yield", (args) => this.onReturn(args[2], true)));
    const exc = new PyBuiltin("raise", (args) => this.onRaise(args[2] as PyBaseException));
    registerCallback(TOOL, Ev.RAISE, exc);
    registerCallback(TOOL, Ev.RERAISE, exc);
    registerCallback(TOOL, Ev.PY_UNWIND, new PyBuiltin("py_unwind", (args) => this.onRaise(args[2] as PyBaseException, true)));
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
    const t0 = performance.now(), c0 = threadCpuMs();
    if (this.mainCode) {
      if (this.entryPending) this.startStepping("stepIn");
      exitCode = this.interp.runCompiled(this.mainCode, this.config.program).exitCode;
    }
    // the run time, stops included (bench/adapter.js reads it from the host's exited event)
    // and the worker thread's CPU time, which other processes on a busy machine disturb less
    const c1 = threadCpuMs();
    this.post({ event: "exited", exitCode, runMs: performance.now() - t0, ...(c0 !== undefined && c1 !== undefined ? { cpuMs: c1 - c0 } : {}) });
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
    if (!list.length && this.isUserCode(code.co_filename)) this.post({ event: "loadedSource", path: code.co_filename });
    list.push(...all);
    this.codeByFile.set(code.co_filename, list);
    this.verifyPending(code.co_filename);
    this.armBreakpoints(code.co_filename);
  }

  /** Breakpoints set in a file before its code existed: place them now and say so (a DAP
   *  'breakpoint' event with reason 'changed'). */
  private verifyPending(path: string): void {
    const bps = this.breakpoints.get(path);
    if (!bps?.some((b) => b.pendingLoad)) return;
    const lines = this.linesWithCode(path);
    for (const bp of bps) {
      if (!bp.pendingLoad) continue;
      bp.pendingLoad = false;
      this.place(bp, lines);
      this.post({ event: "breakpointChanged", breakpoint: this.result(bp) });
    }
    restartEvents();
  }

  /** Put a breakpoint on the first line with code at or after the one asked for. */
  private place(bp: Breakpoint, lines: number[]): void {
    bp.message = undefined;
    const at = lines.find((l) => l >= bp.requested);
    if (at === undefined) {
      bp.verified = false;
      bp.message = `Line ${bp.requested} is past the last line of code in this file.`;
      return;
    }
    bp.line = at;
    bp.verified = true;
    if (at !== bp.requested) bp.message = `No code on line ${bp.requested}: the breakpoint moved to line ${at}.`;
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
    if (this.config.noDebug) return wanted.map((w) => ({ id: this.nextBreakpointId++, verified: false, line: w.line, message: NO_DEBUG }));
    const known = this.codeByFile.has(path);
    const lines = this.linesWithCode(path);
    const bps: Breakpoint[] = wanted.map((w) => {
      const bp: Breakpoint = { ...w, id: this.nextBreakpointId++, requested: w.line, verified: false, hits: 0 };
      if (!known) {
        bp.pendingLoad = true;
        bp.message = "The file has not been loaded yet: the breakpoint is verified when its code runs.";
        return bp;
      }
      this.place(bp, lines);
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
    if (this.config.noDebug) return;
    const want = new Set((this.breakpoints.get(c.co_filename) ?? []).filter((b) => b.verified).map((b) => b.line));
    let events = 0;
    if (want.size) {
      for (const [, , line] of coLines(c.co_linetable, c.co_firstlineno)) if (line !== null && want.has(line)) { events |= 1 << Ev.LINE; break; }
    }
    if (this.isFunctionBreakpoint(c)) events |= 1 << Ev.PY_START;
    if (this.returnTarget && this.returnTarget.code === c) events |= (1 << Ev.INSTRUCTION) | (1 << Ev.LINE);
    if (this.instructionBreakpoints.has(c)) events |= 1 << Ev.INSTRUCTION;
    if (this.byInstruction && this.mode !== "continue" && (this.mode === "stepIn" || this.stepFrame?.code === c)) events |= 1 << Ev.INSTRUCTION;
    setLocalEvents(c, TOOL, events);
  }

  private isFunctionBreakpoint(c: CodeObject): boolean {
    if (!this.functionBreakpoints.length || c.co_name.startsWith("<")) return false;
    return this.functionBreakpoints.some((n) => n === c.co_name || n === c.co_qualname || n.endsWith("." + c.co_qualname));
  }

  private setFunctionBreakpoints(names: string[]): BreakpointResult[] {
    if (this.config.noDebug) return names.map(() => ({ id: this.nextBreakpointId++, verified: false, line: 0, message: NO_DEBUG }));
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

  /** Global events of tool 0: PY_UNWIND for the 'uncaught' and 'userUnhandled' exception filters,
   *  RAISE/RERAISE for 'raised'; LINE, PY_RETURN and PY_YIELD while stepping.
   *
   *  'uncaught' and 'userUnhandled' are decided at PY_UNWIND, not at every RAISE: both ask first
   *  whether the frame the exception is in has a handler for it, and a frame that has one does not
   *  unwind; a frame that has none fires RAISE (or RERAISE) and then, with nothing run in between,
   *  PY_UNWIND while it is still on the stack (CPython: ceval.c exception_unwind, monitor_unwind),
   *  so the stop is the same, in the raising frame on the raising line. A program that raises and
   *  catches in the same function (the common case) then costs the debugger no callback at all. */
  private updateGlobalEvents(): void {
    if (this.config.noDebug) return;
    let events = 0;
    if (this.filterUncaught || this.filterUserUnhandled) events |= 1 << Ev.PY_UNWIND;
    if (this.filterRaised) events |= (1 << Ev.RAISE) | (1 << Ev.RERAISE);
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
      if (this.mode === "stepIn" && this.stepTarget >= 0) {
        // stepping into one chosen call of the line: stop in the frame that call made, or once
        // the line is left without it
        const inTarget = frame.back === this.stepFrame && this.stepFrame !== null && this.stepFrame.lasti === this.stepTarget;
        if (inTarget || depth <= this.stepDepth) {
          this.stepTarget = -1;
          this.stop(this.stepReason);
        }
        return None;
      }
      if (this.mode === "stepIn" || (this.mode === "next" && depth <= this.stepDepth) || (this.mode === "stepOut" && depth < this.stepDepth)) {
        this.stop(this.stepReason);
        return None;
      }
    }
    const bp = this.breakpointAt(path, line);
    if (bp) {
      if (this.shouldStop(bp, frame)) this.stop("breakpoint", undefined, [bp.id]);
      return None;
    }
    return this.mode === "continue" ? DISABLE : None;
  }

  /** The program's own files: not code without a file ("<string>") and not the standard library. */
  private isUserCode(path: string): boolean {
    return !path.startsWith("<") && !path.startsWith(STDLIB_PREFIX);
  }

  /** The stepped frame (or one above it) returns or yields: the step ends in the frame it goes back
   *  to, at its next instruction, i.e. on the line of the call (CPython: bdb's stop at the caller). */
  private onReturn(value: PyValue, yielded: boolean): PyValue {
    if (this.mode === "continue") return None;
    const frame = tstate.frame!;
    if (frameDepth(frame) > this.stepDepth) return None;
    if (!yielded) this.returnValue = { name: frame.code.co_qualname, value };
    const caller = frame.back;
    if (!caller || (this.config.justMyCode && !this.isUserCode(caller.code.co_filename))) return None;
    const old = this.returnTarget;
    this.returnTarget = caller;
    pinFrame(caller); // compared by identity later: not to be reused for another call meanwhile
    if (old && old.code !== caller.code) this.updateLocal(old.code);
    this.updateLocal(caller.code);
    return None;
  }

  private onInstruction(code: CodeObject, offset: number): PyValue {
    const frame = tstate.frame!;
    if (frame === this.returnTarget) {
      this.clearReturnTarget();
      this.stop(this.stepReason);
      return None;
    }
    if (this.byInstruction && this.mode !== "continue") {
      // the instruction the step started at fires INSTRUCTION after its LINE: that is not a step
      if (frame === this.stepFrame && offset === this.stepFromOffset) {
        this.stepFromOffset = -1;
        return None;
      }
      const depth = frameDepth(frame);
      if (this.mode === "stepIn" || (this.mode === "next" && depth <= this.stepDepth)) {
        this.stop("step");
        return None;
      }
    }
    if (this.instructionBreakpoints.get(code)?.has(offset)) this.stop("instruction breakpoint");
    return None;
  }

  /** The calls left on the frame's current line, in execution order, labelled with their source
   *  text (PEP 657 positions of each CALL); the id is the CALL's code unit. */
  private stepInTargets(frameId: number): { id: number; label: string }[] {
    const f = this.frameById(frameId);
    const positions = coPositions(f.code.co_linetable, f.code.co_firstlineno);
    const line = f.lineno;
    const source = (this.interp.sources.get(f.code.co_filename) ?? "").split("\n");
    const out: { id: number; label: string }[] = [];
    for (const x of getInstructions(f.code)) {
      if (x.index < f.lasti || x.line !== line) continue;
      if (!["CALL", "CALL_KW", "CALL_FUNCTION_EX"].includes(x.opname)) continue;
      const p = positions[x.index];
      let label = x.opname;
      if (p && p[0] !== null && p[0] === p[1] && p[2] !== null && p[3] !== null) {
        const text = new TextDecoder().decode(new TextEncoder().encode(source[(p[0] as number) - 1] ?? "").slice(p[2] as number, p[3] as number));
        label = text.includes("(") ? text.slice(0, text.indexOf("(")) : text;
      }
      out.push({ id: x.index, label });
    }
    return out;
  }

  /** gotoTargets ("Jump to Cursor", "Set Next Statement"): the line itself, or the next line with
   *  code, when it is in the code object of the frame that stopped (only that frame can be moved:
   *  a line of a nested function, or of another file, has no target). The id is the line. */
  private gotoTargets(path: string, line: number): { id: number; label: string; line: number }[] {
    this.requireStopped();
    const f = tstate.frame;
    if (!f || f.code.co_filename !== path) return [];
    const own = new Set<number>();
    for (const [, , l] of coLines(f.code.co_linetable, f.code.co_firstlineno)) if (l !== null && l > 0) own.add(l);
    const lines = [...own].sort((a, b) => a - b);
    if (!lines.length || line < lines[0] || line > lines[lines.length - 1]) return [];
    // a line inside a nested def, class or lambda belongs to that code object, not this frame's
    if (!own.has(line) && (this.codeByFile.get(path) ?? []).some((c) => c !== f.code && coLinesHas(c, line))) return [];
    const at = lines.find((l) => l >= line)!;
    const text = (this.interp.sources.get(path) ?? "").split("\n")[at - 1]?.trim() ?? "";
    return [{ id: at, label: text ? `${at}: ${text.length > 60 ? text.slice(0, 57) + "..." : text}` : `line ${at}`, line: at }];
  }

  /** goto: the stopped frame goes on at the target line once resumed, by setting its f_lineno as a
   *  trace function would (frameobject.ts setLineno): CPython's checks decide what is allowed (not
   *  into a for loop's body or an except clause from outside, not from an exception or return
   *  stop) and their message is the error the client shows. */
  private goto(targetId: number): void {
    this.requireStopped();
    const f = tstate.frame;
    if (!f) throw new Error("goto: no frame to move");
    if (!Number.isInteger(targetId) || targetId <= 0) throw new Error(`goto: unknown target ${targetId}`);
    if (mon.whatEvent !== Ev.LINE || mon.jumpFrame !== f) {
      throw new Error("Cannot set the next statement here: the program did not stop at the start of a line (step once, then jump).");
    }
    try {
      setattr(frameObject(f), "f_lineno", targetId);
    } catch (e) {
      throw new Error(`Cannot set the next statement to line ${targetId}: ${e instanceof PyBaseException ? strOf(e as unknown as PyValue) : describe(e)}`);
    }
    this.frames.clear();
    this.refs.clear();
  }

  /** "<code id>:<byte offset>" for the instruction a frame is at (DAP instructionPointerReference). */
  private memoryReference(code: CodeObject, byteOffset: number): string {
    let id = this.codeIds.get(code);
    if (id === undefined) {
      id = this.codesById.length;
      this.codesById.push(code);
      this.codeIds.set(code, id);
    }
    return `${id}:${byteOffset}`;
  }

  private parseReference(ref: string): { code: CodeObject; byteOffset: number } {
    const m = /^(\d+):(\d+)$/.exec(ref);
    const code = m ? this.codesById[Number(m[1])] : undefined;
    if (!m || !code) throw new Error(`unknown memory reference '${ref}'`);
    return { code, byteOffset: Number(m[2]) };
  }

  /** disassemble: instructions around a reference, padded with invalid ones past either end as
   *  the protocol requires. */
  private disassemble(ref: string, offset: number, instructionOffset: number, count: number): DisassembledInstruction[] {
    const { code, byteOffset } = this.parseReference(ref);
    const instrs = getInstructions(code, { constRepr: (v) => safeRepr(v as PyValue) });
    const target = byteOffset + offset;
    let at = instrs.findIndex((x) => x.index * 2 >= target);
    if (at < 0) at = instrs.length;
    const out: DisassembledInstruction[] = [];
    for (let k = at + instructionOffset; out.length < count; k++) {
      const x = instrs[k];
      if (!x) {
        out.push({ address: `${this.codeIds.get(code)}:${k < 0 ? 0 : code.code.length * 2}`, instruction: "??", presentationHint: "invalid" });
        continue;
      }
      out.push({
        address: this.memoryReference(code, x.index * 2),
        instruction: `${x.opname}${x.argrepr ? " " + x.argrepr : x.arg !== null ? " " + x.arg : ""}`,
        ...(x.line !== null ? { line: x.line } : {}),
        ...(k === 0 ? { symbol: code.co_qualname } : {}),
        path: code.co_filename,
      });
    }
    return out;
  }

  private setInstructionBreakpoints(bps: { instructionReference: string; offset?: number }[]): BreakpointResult[] {
    if (this.config.noDebug) return bps.map(() => ({ id: this.nextBreakpointId++, verified: false, line: 0, message: NO_DEBUG }));
    const old = [...this.instructionBreakpoints.keys()];
    this.instructionBreakpoints.clear();
    const results = bps.map((b) => {
      const id = this.nextBreakpointId++;
      try {
        const { code, byteOffset } = this.parseReference(b.instructionReference);
        const at = byteOffset + (b.offset ?? 0);
        let set = this.instructionBreakpoints.get(code);
        if (!set) this.instructionBreakpoints.set(code, (set = new Set()));
        set.add(at);
        return { id, verified: true, line: lineOfOffset(code, at) };
      } catch (e) {
        return { id, verified: false, line: 0, message: (e as Error).message };
      }
    });
    for (const c of new Set([...old, ...this.instructionBreakpoints.keys()])) this.updateLocal(c);
    restartEvents();
    return results;
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

  /** RAISE / RERAISE (with the 'raised' filter) and PY_UNWIND: stop for "raised" in user code, or for
   *  "uncaught" when no handler is left between here and the top of the stack (only when no native
   *  code sits in between, which might catch it: hasattr, next, ...), or for "userUnhandled". */
  private onRaise(exc: PyBaseException, unwinding = false): PyValue {
    if (this.stopped || !(exc instanceof PyBaseException)) return None;
    const frame = tstate.frame!;
    if (this.config.justMyCode && !this.isUserCode(frame.code.co_filename)) return None;
    let mode: "always" | "unhandled" | "userUnhandled" | null = null;
    if (this.filterUncaught && isUncaught(frame)) mode = "unhandled";
    else if (this.filterUserUnhandled && isUserUnhandled(frame, (p) => this.isUserCode(p))) mode = "userUnhandled";
    else if (!unwinding && this.filterRaised && exc.traceback.length <= 1) mode = "always";
    if (!mode || this.reported.has(exc)) return None;
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

  private startStepping(how: StepKind, byInstruction = false): void {
    const previous = this.stepFrame;
    this.mode = how;
    this.stepReason = "step";
    this.stepDepth = tstate.frame ? frameDepth(tstate.frame) : 0;
    this.byInstruction = byInstruction && how !== "stepOut";
    this.stepFrame = tstate.frame;
    pinFrame(tstate.frame);
    this.stepFromOffset = tstate.frame ? tstate.frame.lasti * 2 : -1;
    this.clearReturnTarget();
    if (previous) this.updateLocal(previous.code);
    if (this.stepFrame) this.updateLocal(this.stepFrame.code);
    if (this.byInstruction && how === "stepIn") for (const c of [...this.codeByFile.values()].flat()) this.updateLocal(c);
    this.updateGlobalEvents();
    restartEvents();
  }

  private resume(how: StepKind, byInstruction = false): void {
    // an inspection timeout that fired after its request ended must not interrupt the program
    Atomics.and(this.shared, SHARED_BREAKER, ~BREAKER_INTERRUPT);
    this.frames.clear();
    this.refs.clear();
    this.returnValue = null;
    if (how === "continue") {
      const wasByInstruction = this.byInstruction;
      this.mode = "continue";
      this.byInstruction = false;
      this.clearReturnTarget();
      if (this.stepFrame) this.updateLocal(this.stepFrame.code);
      if (wasByInstruction) for (const c of [...this.codeByFile.values()].flat()) this.updateLocal(c);
      this.stepFrame = null;
      this.updateGlobalEvents();
    } else {
      this.startStepping(how, byInstruction);
    }
  }

  /** Block in the callback, serving requests until resumed. */
  private stop(reason: StopReason, text?: string, hitBreakpointIds?: number[]): void {
    if (this.pauseRequested) {
      // any stop answers a pending pause; a step stop it caused (the stepping a pause starts) is one
      this.pauseRequested = false;
      if (reason === "step") reason = "pause";
    }
    this.stopped = true;
    pinFrame(tstate.frame); // frame ids and the step logic keep these frames: none is reused
    this.post({ event: "stopped", reason, ...(text ? { text } : {}), ...(hitBreakpointIds ? { hitBreakpointIds } : {}) });
    // no events while the user inspects (already so inside a callback; not inside the eval breaker)
    mon.tracing++;
    try {
      this.serve();
    } finally {
      mon.tracing--;
      this.stopped = false;
    }
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

  /** From the eval breaker while the program runs: answer what can be answered now. `inNative`:
   *  the breaker was looked at from inside a long-running builtin (objects/interrupt.ts). */
  private serveWhileRunning(inNative: boolean): void {
    for (;;) {
      const m = receiveMessageOnPort(this.port);
      if (!m) break;
      this.handle(m.message as Request);
    }
    if (!this.pauseRequested || !tstate.frame || this.stopped) return;
    // a pause stops right here, at the loop edge or call the breaker ran on: a one-line
    // `while True: pass` never reaches another LINE event. Inside a builtin (re.match backtracking,
    // sorted(range(10**7)), sum(...)) it stops in the Python frame that called it, even when that
    // is the standard library's (re.match's own frame) as long as the program's code is below it:
    // no LINE event comes until the builtin returns. The builtin goes on after the stop.
    const here = tstate.frame;
    if (this.isUserCode(here.code.co_filename) || (inNative && !mon.tracing && this.userFrameBelow(here))) {
      this.pauseRequested = false;
      this.stop("pause");
      return;
    }
    // not here (the standard library's Python code, e.g. re compiling a pattern): look again at the
    // next loop edge or native check, so that a builtin this code goes on to call can still be
    // paused in (the LINE events of stepping in catch the program's own next line)
    Atomics.or(this.shared, SHARED_BREAKER, BREAKER_HOOK);
  }

  private userFrameBelow(f: Frame): boolean {
    for (let x: Frame | null = f; x; x = x.back) if (this.isUserCode(x.code.co_filename)) return true;
    return false;
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
          this.resume(req.how, req.granularity === "instruction");
          this.stepTarget = req.how === "stepIn" && req.targetId !== undefined ? req.targetId : -1;
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
        case "variables": body = this.variables(req.ref, req.start, req.count); break;
        case "setVariable": body = this.setVariable(req.ref, req.name, req.value); break;
        case "evaluate": body = this.evaluate(req.expression, req.frameId, req.context); break;
        case "exceptionInfo": body = this.exceptionInfo(); break;
        case "setFunctionBreakpoints": body = this.setFunctionBreakpoints(req.names); break;
        case "breakpointLocations": body = this.breakpointLocations(req.path, req.line, req.endLine ?? req.line); break;
        case "loadedSources": body = [...this.codeByFile.keys()].filter((p) => this.isUserCode(p)); break;
        case "source": {
          const text = this.interp.sources.get(req.path);
          if (text === undefined) throw new Error(`No source is known for '${req.path}'.`);
          body = text;
          break;
        }
        case "completions": body = this.completions(req.text, req.column, req.frameId); break;
        case "setExpression": body = this.setExpression(req.expression, req.value, req.frameId); break;
        case "stepInTargets": body = this.stepInTargets(req.frameId); break;
        case "gotoTargets": body = this.gotoTargets(req.path, req.line); break;
        case "goto": this.goto(req.targetId); break;
        case "disassemble": body = this.disassemble(req.memoryReference, req.offset ?? 0, req.instructionOffset ?? 0, req.instructionCount); break;
        case "setInstructionBreakpoints": body = this.setInstructionBreakpoints(req.breakpoints); break;
        case "setExceptionBreakpoints":
          this.exceptionFilters = new Set(req.filters);
          this.filterUncaught = this.exceptionFilters.has("uncaught");
          this.filterUserUnhandled = this.exceptionFilters.has("userUnhandled");
          this.filterRaised = this.exceptionFilters.has("raised");
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
      // the same frame keeps its id for the whole stop
      let id = [...this.frames.entries()].find(([, x]) => x === f)?.[0];
      if (id === undefined) {
        id = this.frames.size + 1;
        this.frames.set(id, f);
      }
      const path = f.code.co_filename;
      // at an exception stop, a frame the exception has been through shows where it was raised
      // there (its traceback entry): after a finally block or an except clause that did not match,
      // the frame itself is at the RERAISE that ends them
      const tb = this.currentException ? lastTracebackEntry(this.currentException, f) : undefined;
      out.push({
        id, name: f.code.co_name, path, line: tb ? tb.lineno : f.lineno, library: !this.isUserCode(path), ...frameColumns(f, tb ? tb.lasti : f.lasti),
        instructionPointerReference: this.memoryReference(f.code, f.lasti * 2),
      });
    }
    return out;
  }

  private scopes(frameId: number): ScopeInfo[] {
    const f = this.frameById(frameId);
    const scopes: ScopeInfo[] = [];
    if (f.locals !== f.globals) scopes.push({ name: "Locals", variablesReference: this.ref({ kind: "locals", frame: f, evalName: "" }), expensive: false });
    scopes.push({ name: "Globals", variablesReference: this.ref({ kind: "globals", frame: f, evalName: "" }), expensive: false });
    return scopes;
  }

  private variables(ref: number, start = 0, count = 0): VariableInfo[] {
    this.requireStopped();
    const r = this.refs.get(ref);
    if (!r) throw new Error(`no variables with reference ${ref}`);
    let vars: VariableInfo[];
    if (r.kind === "locals") {
      vars = this.dictVars(r.frame, frameLocals(r.frame), false, "");
      if (this.returnValue && r.frame === tstate.frame) {
        vars.unshift({ ...this.variable(r.frame, `(return) ${this.returnValue.name}`, this.returnValue.value, ""), evaluateName: undefined });
      }
    } else if (r.kind === "globals") {
      vars = this.dictVars(r.frame, r.frame.globals, true, "");
    } else {
      vars = this.children(r.frame, r.value, r.evalName, start, count);
      return vars;
    }
    return count ? vars.slice(start, start + count) : vars.slice(start);
  }

  private dictVars(frame: Frame, d: PyDict, hideDunders: boolean, prefix: string): VariableInfo[] {
    const out: VariableInfo[] = [];
    for (const [k, v] of d.entries()) {
      if (typeof k !== "string") continue;
      if (hideDunders && k.startsWith("__") && k.endsWith("__")) continue;
      out.push(this.variable(frame, k, v, prefix ? `${prefix}.${k}` : k));
    }
    return out;
  }

  /** The children of a value, paged for sequences (DAP indexedVariables). */
  private children(frame: Frame, v: PyValue, evalName: string, start: number, count: number): VariableInfo[] {
    const end = (n: number) => (count ? Math.min(n, start + count) : n);
    if (v instanceof PyList || v instanceof PyTuple) {
      const out: VariableInfo[] = [];
      for (let i = start; i < end(v.items.length); i++) out.push(this.variable(frame, String(i), v.items[i], `${evalName}[${i}]`));
      return out;
    }
    if (v instanceof PyDict) {
      const entries = [...v.entries()];
      return entries.slice(start, end(entries.length)).map(([k, x]) => {
        const kr = safeRepr(k);
        return this.variable(frame, kr, x, `${evalName}[${kr}]`);
      });
    }
    if (v instanceof PySet) return [...v].slice(start, end(v.size)).map((x, i) => this.variable(frame, String(start + i), x, ""));
    if (v instanceof PyObject && v.dict) return this.dictVars(frame, v.dict, false, evalName);
    return [];
  }

  private variable(frame: Frame, name: string, v: PyValue, evaluateName: string): VariableInfo {
    const info: VariableInfo = {
      name, value: safeRepr(v), type: typeName(v),
      variablesReference: hasChildren(v) ? this.ref({ kind: "value", value: v, frame, evalName: evaluateName }) : 0,
    };
    if (evaluateName) info.evaluateName = evaluateName;
    if (v instanceof PyList || v instanceof PyTuple) info.indexedVariables = v.items.length;
    return info;
  }

  private ref(r: VarRef): number {
    const id = this.nextRef++;
    this.refs.set(id, r);
    return id;
  }

  /** The lines of `path` in [line, endLine] where a breakpoint can stop, with where each starts. */
  private breakpointLocations(path: string, line: number, endLine: number): { line: number; column: number }[] {
    const cols = new Map<number, number>();
    for (const c of this.codeByFile.get(path) ?? []) {
      for (const p of coPositions(c.co_linetable, c.co_firstlineno)) {
        const l = p[0], col = p[2];
        if (l === null || l < line || l > endLine || col === null) continue;
        if (!cols.has(l as number) || (col as number) < cols.get(l as number)!) cols.set(l as number, col as number);
      }
    }
    return [...cols.entries()].sort((a, b) => a[0] - b[0]).map(([l, c]) => ({ line: l, column: c + 1 }));
  }

  /** Completions for the text before the cursor: names visible in the frame, or the attributes of
   *  `expr.` (evaluated in the frame). */
  private completions(text: string, column: number, frameId?: number): { label: string; type: string }[] {
    const f = frameId !== undefined ? this.frameById(frameId) : tstate.frame;
    if (!f) return [];
    const before = text.slice(0, column - 1);
    const m = /([A-Za-z_][\w.]*)$/.exec(before);
    const word = m ? m[1] : "";
    const dot = word.lastIndexOf(".");
    const names = new Map<string, string>();
    if (dot >= 0) {
      const obj = this.evaluateIn(word.slice(0, dot), f);
      const prefix = word.slice(dot + 1);
      const add = (k: unknown, kind: string) => { if (typeof k === "string" && k.startsWith(prefix) && !names.has(k)) names.set(k, kind); };
      if (obj instanceof PyObject && obj.dict) for (const k of obj.dict.keys) add(k, "property");
      for (const t of (obj instanceof PyType ? obj : typeOf(obj)).mro) for (const k of t.ns.keys()) add(k, "method");
    } else {
      const add = (k: unknown, kind: string) => { if (typeof k === "string" && k.startsWith(word) && !names.has(k)) names.set(k, kind); };
      if (f.locals !== f.globals) for (const [k] of frameLocals(f).entries()) add(k, "variable");
      for (const [k] of f.globals.entries()) add(k, "variable");
      for (const [k] of f.builtins.entries()) add(k, "function");
    }
    return [...names.entries()].sort((a, b) => a[0].localeCompare(b[0])).map(([label, type]) => ({ label, type }));
  }

  /** setExpression: assign to an assignable expression (a name, an attribute, an item) in the frame. */
  private setExpression(expression: string, value: string, frameId?: number): VariableInfo {
    const f = frameId !== undefined ? this.frameById(frameId) : tstate.frame;
    if (!f) throw new Error("no frame");
    this.execIn(`${expression} = (${value}\n)`, f);
    return this.variable(f, "", this.evaluateIn(expression, f), expression);
  }

  /** setVariable: a local (written through to the frame), a global, a list item, a dict value or an
   *  attribute, to the value of an expression evaluated in the frame. */
  private setVariable(ref: number, name: string, valueExpr: string): VariableInfo {
    this.requireStopped();
    const r = this.refs.get(ref);
    if (!r) throw new Error(`no variables with reference ${ref}`);
    const value = this.evaluateIn(valueExpr, r.frame);
    if (r.kind === "locals") {
      if (!setFrameLocal(r.frame, name, value)) throw new Error(`no local variable '${name}'`);
    } else if (r.kind === "globals") {
      r.frame.globals.set(name, value);
    } else {
      const target = r.value;
      if (target instanceof PyList && /^\d+$/.test(name)) target.items[Number(name)] = value;
      else if (target instanceof PyDict) {
        const key = [...target.entries()].find(([k]) => safeRepr(k) === name);
        if (!key) throw new Error(`no key ${name}`);
        target.set(key[0], value);
      } else if (target instanceof PyObject && target.dict && target.dict.has(name)) setattr(target, name, value);
      else throw new Error(`cannot set '${name}' here`);
    }
    return this.variable(r.frame, name, value, "");
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

  /** evaluate: an expression in every context; in the REPL also statements (assignments write
   *  through to the frame's variables). */
  private evaluate(expression: string, frameId?: number, context?: string): VariableInfo & { result: string } {
    const f = frameId !== undefined ? this.frameById(frameId) : tstate.frame;
    if (!f) throw new Error("no frame to evaluate in");
    let v: PyValue;
    if (context === "repl" && !isExpression(expression)) {
      this.execIn(expression, f);
      v = None;
      return { ...this.variable(f, "", v, ""), result: "" };
    }
    v = this.evaluateIn(expression, f);
    const info = this.variable(f, "", v, expression);
    return { ...info, result: info.value };
  }

  /** Evaluate a Python expression in a frame's globals and locals (a snapshot of a function's), as
   *  eval(expression, f_globals, f_locals) does: compiled in "eval" mode, so nothing is bound in the
   *  program's namespaces (the value is what the code object returns). */
  private evaluateIn(expression: string, f: Frame): PyValue {
    let code = this.compiled.get(expression);
    if (!code) {
      const tree = parse(expression, "<debug input>", "eval");
      code = compileModule(tree as never, { filename: "<debug input>" });
      // conditions and logpoints are evaluated at every hit: compile each text once
      if (this.compiled.size > 1000) this.compiled.clear();
      this.compiled.set(expression, code);
    }
    return runFrame(new Frame(code, f.globals, f.builtins, this.localsFor(f), null));
  }

  /** Run statements in a frame; names they bind in a function frame are written back to it. */
  private execIn(source: string, f: Frame): void {
    const tree = parse(source, "<debug input>", "exec");
    const code = compileModule(tree as never, { filename: "<debug input>" });
    const locals = this.localsFor(f);
    const before = new Map([...locals.entries()]);
    runFrame(new Frame(code, f.globals, f.builtins, locals, null));
    if (locals === f.globals || locals === f.locals) return;
    for (const [k, v] of locals.entries()) {
      if (typeof k !== "string" || before.get(k) === v) continue;
      if (!setFrameLocal(f, k, v)) f.globals.set(k, v);
    }
  }

  private localsFor(f: Frame): PyDict {
    if (f.locals === f.globals) return f.globals;
    if (f.locals === null) return frameLocals(f); // a function's: already a fresh snapshot
    const locals = new PyDict();
    for (const [k, v] of frameLocals(f).entries()) locals.set(k, v);
    return locals;
  }
}

/**
 * Columns for a frame (PEP 657 positions: 0-based byte columns; DAP's are 1-based). A frame about
 * to run the first instruction of its line (a breakpoint or a step) shows where the line's code
 * starts; a frame inside a line (a caller, at its CALL) shows the range of that instruction.
 */
function frameColumns(f: Frame, lasti = f.lasti): { column: number; endLine?: number; endColumn?: number } {
  const positions = coPositions(f.code.co_linetable, f.code.co_firstlineno);
  const pos = positions[lasti];
  if (!pos || pos[0] === null || pos[2] === null) return { column: 1 };
  const line = pos[0];
  let first = lasti;
  while (first > 0 && (positions[first - 1]?.[0] === line || positions[first - 1]?.[0] === null)) first--;
  while (positions[first]?.[0] !== line) first++;
  if (first === lasti) {
    let col = pos[2] as number;
    for (const p of positions) if (p[0] === line && p[2] !== null && (p[2] as number) < col) col = p[2] as number;
    return { column: col + 1 };
  }
  return { column: (pos[2] as number) + 1, ...(pos[1] !== null && pos[3] !== null ? { endLine: pos[1] as number, endColumn: (pos[3] as number) + 1 } : {}) };
}

function isExpression(text: string): boolean {
  try {
    parse(text, "<debug input>", "eval");
    return true;
  } catch {
    return false;
  }
}

/** Write a function frame's local (or cell) variable by name; false if it has none. */
function setFrameLocal(f: Frame, name: string, value: PyValue): boolean {
  if (f.locals && f.locals !== f.globals) {
    f.locals.set(name, value);
    return true;
  }
  const i = f.code.localsplusnames.indexOf(name);
  if (i < 0) return false;
  const slot = f.fast[i];
  if (slot instanceof PyCell) slot.value = value;
  else f.fast[i] = value;
  return true;
}

function lineOfOffset(code: CodeObject, byteOffset: number): number {
  for (const [start, end, line] of coLines(code.co_linetable, code.co_firstlineno)) if (byteOffset >= start && byteOffset < end) return line ?? 0;
  return 0;
}

function lastTracebackEntry(e: PyBaseException, f: Frame): { lasti: number; lineno: number } | undefined {
  for (let i = e.traceback.length - 1; i >= 0; i--) if (e.traceback[i].frame === f) return e.traceback[i];
  return undefined;
}

/** No exception handler from f up to the top of the stack, and no native code in between. */
function isUncaught(f: Frame): boolean {
  for (let x: Frame | null = f; x; x = x.back) {
    // the raising frame unwinds from curInstr; its callers are at their calls (lasti)
    if (findHandler(x.code.exceptionTable, x === f ? x.curInstr : x.lasti)) return false;
    if (nativeCallerMayCatch(x)) return false;
  }
  return true;
}

const GENERATOR_FLAGS = CO.GENERATOR | CO.COROUTINE | CO.ASYNC_GENERATOR;

/** x was called from native code that may catch what it raises (hasattr, next(it, default), a
 *  sort's key function), so an exception leaving it is not known to be uncaught. Not so for class
 *  bodies and imported modules (transparent), nor for a generator or coroutine that a for loop,
 *  `yield from` or `await` drives (FOR_ITER / SEND): only the generator protocol is in between,
 *  and it passes on everything but StopIteration (CPython: genobject.c gen_send_ex2). */
function nativeCallerMayCatch(x: Frame): boolean {
  if (!x.entry || x.pyCall || x.back === null || x.transparent) return false;
  if (x.code.co_flags & GENERATOR_FLAGS) {
    const op = originalOpcode(x.back.code, x.back.lasti); // the caller is at its call (lasti)
    if (op === Op.FOR_ITER || op === Op.INSTRUMENTED_FOR_ITER || op === Op.SEND) return false;
  }
  return true;
}

/** The opcode at code unit i, under any LINE or INSTRUCTION instrumentation. */
function originalOpcode(code: CodeObject, i: number): number {
  let op = code.code[i] & 0xff;
  if (op === Op.INSTRUMENTED_INSTRUCTION) op = perInstructionOriginalOpcode(code, i);
  if (op === Op.INSTRUMENTED_LINE) op = lineOriginalOpcode(code, i);
  return op;
}

/** userUnhandled (debugpy's "User Uncaught Exceptions"): raised in the program's own code, no
 *  handler in its own frames, and about to pass into a standard-library frame. */
function isUserUnhandled(f: Frame, isUser: (path: string) => boolean): boolean {
  if (!isUser(f.code.co_filename)) return false;
  for (let x: Frame | null = f; x; x = x.back) {
    if (!isUser(x.code.co_filename)) return true;
    if (findHandler(x.code.exceptionTable, x === f ? x.curInstr : x.lasti)) return false;
    if (nativeCallerMayCatch(x)) return false;
  }
  return false;
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
  if (e instanceof PyBaseException && e.type.name === "KeyboardInterrupt") return "KeyboardInterrupt: the evaluation took too long and was interrupted";
  if (e instanceof PyBaseException) {
    const text = formatException(e, new Map(), { suggestions: false }).trimEnd().split("\n");
    return text[text.length - 1];
  }
  if (e instanceof PySyntaxError) return `SyntaxError: ${e.msg}`;
  return e instanceof Error ? e.message : String(e);
}

/** Does any instruction of `code` carry `line`? */
function coLinesHas(code: CodeObject, line: number): boolean {
  for (const [, , l] of coLines(code.co_linetable, code.co_firstlineno)) if (l === line) return true;
  return false;
}
