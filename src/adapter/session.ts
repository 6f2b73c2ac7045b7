// The DAP session: a thin translation between the Debug Adapter Protocol and the debuggee host
// (host.ts), in the split of vscode-mock-debug's mockDebug.ts. Advertises only what works.
// Protocol: https://microsoft.github.io/debug-adapter-protocol/specification
import { existsSync, statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import {
  Breakpoint, BreakpointEvent, ExitedEvent, InitializedEvent, LoadedSourceEvent, LoggingDebugSession, Response, OutputEvent, Scope, Source, StackFrame,
  StoppedEvent, TerminatedEvent, Thread,
} from "@vscode/debugadapter";
import type { DebugProtocol } from "@vscode/debugprotocol";
import { STDLIB_MOUNT } from "../interp/vm/modulefs.js";
import { DebuggeeHost } from "./host.js";
import type { BreakpointResult, DisassembledInstruction, LaunchConfig, ScopeInfo, SourceBreakpoint, StackFrameInfo, StepKind, VariableInfo } from "./protocol.js";

/** The launch attributes of the `tspy` debug type (extension/package.json documents them). */
export interface TspyLaunchArguments extends DebugProtocol.LaunchRequestArguments {
  program?: string;
  args?: string[];
  cwd?: string;
  stopOnEntry?: boolean;
  justMyCode?: boolean;
  /** environment variables added to the adapter's own for the program */
  env?: Record<string, string | null>;
}

export interface SessionOptions {
  /** where the debuggee worker script is (host.ts's HostOptions.workerPath) */
  workerPath?: string;
}

const THREAD_ID = 1;

export class TspyDebugSession extends LoggingDebugSession {
  private host: DebuggeeHost | null = null;
  private terminated = false;
  private launchConfig: LaunchConfig | null = null;
  /** what the client set, to set again on restart */
  private sourceBreakpoints = new Map<string, SourceBreakpoint[]>();
  private functionBreakpointNames: string[] = [];
  private exceptionFilters: string[] | null = null;

  constructor(private readonly options: SessionOptions = {}) {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  /** A request without arguments gets {}, and a handler that throws answers with an error: a
   *  malformed request never ends the session (DAP base protocol: every request gets a response). */
  protected override dispatchRequest(request: DebugProtocol.Request): void {
    if (request.arguments === undefined || request.arguments === null || typeof request.arguments !== "object") request.arguments = {};
    try {
      super.dispatchRequest(request);
    } catch (e) {
      const response = new Response(request);
      this.fail(response, `${request.command}: ${(e as Error).message}`);
    }
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsEvaluateForHovers: true,
      supportsTerminateRequest: true,
      supportsFunctionBreakpoints: true,
      supportsSetVariable: true,
      supportsRestartRequest: true,
      supportsSteppingGranularity: true,
      supportsStepInTargetsRequest: true,
      supportsGotoTargetsRequest: true,
      supportsDisassembleRequest: true,
      supportsInstructionBreakpoints: true,
      supportsSetExpression: true,
      supportsBreakpointLocationsRequest: true,
      supportsLoadedSourcesRequest: true,
      supportsCompletionsRequest: true,
      completionTriggerCharacters: ["."],
      supportsExceptionInfoRequest: true,
      exceptionBreakpointFilters: [
        { filter: "raised", label: "Raised Exceptions", default: false, description: "Stop where an exception is raised in your code, handled or not." },
        { filter: "uncaught", label: "Uncaught Exceptions", default: true, description: "Stop where an exception is raised that nothing will handle." },
        { filter: "userUnhandled", label: "User Uncaught Exceptions", default: false, description: "Stop where an exception raised in your code is not handled there and passes into the standard library." },
      ],
    };
    this.sendResponse(response);
  }

  protected override async launchRequest(response: DebugProtocol.LaunchResponse, args: TspyLaunchArguments): Promise<void> {
    if (typeof args.program !== "string" || args.program === "") {
      return this.fail(response, "launch: 'program' (the Python file to debug) is required");
    }
    const cwd = resolve(args.cwd ?? process.cwd());
    const program = isAbsolute(args.program) ? args.program : resolve(cwd, args.program);
    if (!existsSync(program) || !statSync(program).isFile()) return this.fail(response, `launch: cannot find the program '${program}'`);
    if (!existsSync(cwd)) return this.fail(response, `launch: the working directory '${cwd}' does not exist`);
    this.launchConfig = {
      program,
      args: (args.args ?? []).map(String),
      cwd,
      stopOnEntry: args.stopOnEntry === true,
      justMyCode: args.justMyCode !== false,
      ...(args.noDebug === true ? { noDebug: true } : {}),
      ...(args.env && typeof args.env === "object" ? { env: launchEnv(args.env) } : {}),
    };
    try {
      await this.startHost();
    } catch (e) {
      return this.fail(response, `launch: ${(e as Error).message}`);
    }
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
  }

  /** Start the debuggee for the launch configuration; events of an older host are ignored. */
  private async startHost(): Promise<void> {
    const host = new DebuggeeHost({ workerPath: this.options.workerPath });
    this.host = host;
    const live = () => this.host === host;
    host.on("stopped", (reason, text, hitIds) => {
      if (!live()) return;
      const e = new StoppedEvent(reason, THREAD_ID, text) as DebugProtocol.StoppedEvent;
      e.body.allThreadsStopped = true;
      if (hitIds) e.body.hitBreakpointIds = hitIds;
      this.sendEvent(e);
    });
    host.on("breakpointChanged", (bp) => {
      if (!live()) return;
      const b = bp as { id: number; verified: boolean; line: number; message?: string };
      const dbp = new Breakpoint(b.verified, b.line) as DebugProtocol.Breakpoint;
      dbp.id = b.id;
      if (b.message) dbp.message = b.message;
      this.sendEvent(new BreakpointEvent("changed", dbp));
    });
    host.on("loadedSource", (path) => { if (live()) this.sendEvent(new LoadedSourceEvent("new", new Source(basename(path), path))); });
    host.on("output", (category, text) => { if (live()) this.sendEvent(new OutputEvent(text, category)); });
    host.on("exited", (code) => {
      if (!live()) return;
      this.sendEvent(new ExitedEvent(code));
      this.end();
    });
    host.on("end", () => { if (live()) this.end(); });
    await host.launch(this.launchConfig!);
  }

  /** restart: a new debuggee with the same configuration and the breakpoints set so far. */
  protected override async restartRequest(response: DebugProtocol.RestartResponse): Promise<void> {
    if (!this.launchConfig || !this.host) return this.fail(response, "restart: nothing has been launched");
    const old = this.host;
    try {
      await this.startHost();
      await old.terminate();
      for (const [path, breakpoints] of this.sourceBreakpoints) await this.host.request({ cmd: "setBreakpoints", path, breakpoints });
      if (this.functionBreakpointNames.length) await this.host.request({ cmd: "setFunctionBreakpoints", names: this.functionBreakpointNames });
      if (this.exceptionFilters) await this.host.request({ cmd: "setExceptionBreakpoints", filters: this.exceptionFilters });
      await this.host.request({ cmd: "start" });
    } catch (e) {
      return this.fail(response, `restart: ${(e as Error).message}`);
    }
    this.sendResponse(response);
  }

  private end(): void {
    if (this.terminated) return;
    this.terminated = true;
    this.sendEvent(new TerminatedEvent());
  }

  protected override async setBreakPointsRequest(response: DebugProtocol.SetBreakpointsResponse, args: DebugProtocol.SetBreakpointsArguments): Promise<void> {
    const path = args.source.path;
    if (!path) return this.fail(response, "setBreakpoints: the source has no path");
    const wanted = (args.breakpoints ?? args.lines?.map((line) => ({ line })) ?? []).map((b) => ({
      line: this.convertClientLineToDebugger(b.line),
      condition: (b as DebugProtocol.SourceBreakpoint).condition,
      hitCondition: (b as DebugProtocol.SourceBreakpoint).hitCondition,
      logMessage: (b as DebugProtocol.SourceBreakpoint).logMessage,
    }));
    this.sourceBreakpoints.set(path, wanted);
    await this.forward(response, async () => {
      const results = await this.host!.request<BreakpointResult[]>({ cmd: "setBreakpoints", path, breakpoints: wanted });
      response.body = {
        breakpoints: results.map((r) => {
          const bp = new Breakpoint(r.verified, this.convertDebuggerLineToClient(r.line), undefined, new Source(basename(path), path)) as DebugProtocol.Breakpoint;
          bp.id = r.id;
          if (r.message) bp.message = r.message;
          return bp;
        }),
      };
    });
  }

  protected override async setFunctionBreakPointsRequest(response: DebugProtocol.SetFunctionBreakpointsResponse, args: DebugProtocol.SetFunctionBreakpointsArguments): Promise<void> {
    await this.forward(response, async () => {
      this.functionBreakpointNames = args.breakpoints.map((b) => b.name);
      const results = await this.host!.request<BreakpointResult[]>({ cmd: "setFunctionBreakpoints", names: this.functionBreakpointNames });
      response.body = {
        breakpoints: results.map((r) => {
          const bp = new Breakpoint(r.verified, r.verified ? this.convertDebuggerLineToClient(r.line) : undefined) as DebugProtocol.Breakpoint;
          bp.id = r.id;
          if (r.message) bp.message = r.message;
          return bp;
        }),
      };
    });
  }

  protected override async setExceptionBreakPointsRequest(response: DebugProtocol.SetExceptionBreakpointsResponse, args: DebugProtocol.SetExceptionBreakpointsArguments): Promise<void> {
    // the filters initialize advertises (exceptionBreakpointFilters)
    const known = new Set(["raised", "uncaught", "userUnhandled"]);
    const unknown = args.filters.filter((f) => !known.has(f));
    if (unknown.length) return this.fail(response, `setExceptionBreakpoints: unknown filter '${unknown[0]}' (known: raised, uncaught, userUnhandled)`);
    this.exceptionFilters = args.filters;
    await this.forward(response, () => this.host!.request({ cmd: "setExceptionBreakpoints", filters: args.filters }));
  }

  protected override async exceptionInfoRequest(response: DebugProtocol.ExceptionInfoResponse): Promise<void> {
    await this.forward(response, async () => {
      const e = await this.host!.request<{ exceptionId: string; description: string; breakMode: DebugProtocol.ExceptionBreakMode; typeName: string; stackTrace: string }>({ cmd: "exceptionInfo" });
      response.body = { exceptionId: e.exceptionId, description: e.description, breakMode: e.breakMode, details: { typeName: e.typeName, message: e.description, stackTrace: e.stackTrace } };
    });
  }

  protected override async configurationDoneRequest(response: DebugProtocol.ConfigurationDoneResponse): Promise<void> {
    await this.forward(response, () => this.host!.request({ cmd: "start" }));
  }

  protected override threadsRequest(response: DebugProtocol.ThreadsResponse): void {
    response.body = { threads: [new Thread(THREAD_ID, "MainThread")] };
    this.sendResponse(response);
  }

  protected override async stackTraceRequest(response: DebugProtocol.StackTraceResponse, args: DebugProtocol.StackTraceArguments): Promise<void> {
    await this.forward(response, async () => {
      const frames = await this.host!.request<StackFrameInfo[]>({ cmd: "stackTrace" });
      const start = args.startFrame ?? 0;
      const end = args.levels ? start + args.levels : frames.length;
      response.body = {
        stackFrames: frames.slice(start, end).map((f) => {
          const sf = new StackFrame(f.id, f.name, this.sourceOf(f.path), this.convertDebuggerLineToClient(f.line), this.convertDebuggerColumnToClient(f.column)) as DebugProtocol.StackFrame;
          if (f.endLine !== undefined) sf.endLine = this.convertDebuggerLineToClient(f.endLine);
          if (f.endColumn !== undefined) sf.endColumn = this.convertDebuggerColumnToClient(f.endColumn);
          if (f.library) sf.presentationHint = "subtle";
          if (f.instructionPointerReference) sf.instructionPointerReference = f.instructionPointerReference;
          return sf;
        }),
        totalFrames: frames.length,
      };
    });
  }

  protected override async scopesRequest(response: DebugProtocol.ScopesResponse, args: DebugProtocol.ScopesArguments): Promise<void> {
    await this.forward(response, async () => {
      const scopes = await this.host!.request<ScopeInfo[]>({ cmd: "scopes", frameId: args.frameId });
      response.body = { scopes: scopes.map((s) => new Scope(s.name, s.variablesReference, s.expensive)) };
    });
  }

  protected override async variablesRequest(response: DebugProtocol.VariablesResponse, args: DebugProtocol.VariablesArguments): Promise<void> {
    await this.forward(response, async () => {
      const vars = await this.host!.request<VariableInfo[]>({ cmd: "variables", ref: args.variablesReference, start: args.start, count: args.count });
      response.body = { variables: vars.map((v) => ({ ...v })) };
    });
  }

  protected override async setVariableRequest(response: DebugProtocol.SetVariableResponse, args: DebugProtocol.SetVariableArguments): Promise<void> {
    await this.forward(response, async () => {
      const v = await this.host!.request<VariableInfo>({ cmd: "setVariable", ref: args.variablesReference, name: args.name, value: args.value });
      response.body = { value: v.value, type: v.type, variablesReference: v.variablesReference };
    });
  }

  protected override async breakpointLocationsRequest(response: DebugProtocol.BreakpointLocationsResponse, args: DebugProtocol.BreakpointLocationsArguments): Promise<void> {
    const path = args.source.path;
    if (!path) return this.fail(response, "breakpointLocations: the source has no path");
    await this.forward(response, async () => {
      const locs = await this.host!.request<{ line: number; column: number }[]>({ cmd: "breakpointLocations", path, line: this.convertClientLineToDebugger(args.line), endLine: args.endLine !== undefined ? this.convertClientLineToDebugger(args.endLine) : undefined });
      response.body = { breakpoints: locs.map((l) => ({ line: this.convertDebuggerLineToClient(l.line), column: this.convertDebuggerColumnToClient(l.column) })) };
    });
  }

  /** A frame's source: a file the client can open, or, for the standard library (inside a zip),
   *  a sourceReference the client fetches with the 'source' request. */
  private readonly sourceRefs: string[] = [];
  private sourceOf(path: string): Source | undefined {
    if (path.startsWith("<")) return undefined;
    if (!path.startsWith(STDLIB_MOUNT + "/")) return new Source(basename(path), path);
    let ref = this.sourceRefs.indexOf(path) + 1;
    if (ref === 0) ref = this.sourceRefs.push(path);
    const s = new Source(basename(path), path, ref, "stdlib", "tspy") as DebugProtocol.Source;
    s.presentationHint = "deemphasize";
    return s as Source;
  }

  protected override async sourceRequest(response: DebugProtocol.SourceResponse, args: DebugProtocol.SourceArguments): Promise<void> {
    const ref = args.source?.sourceReference ?? args.sourceReference;
    const path = ref ? this.sourceRefs[ref - 1] : args.source?.path;
    if (!path) return this.fail(response, `source: unknown sourceReference ${ref}`);
    await this.forward(response, async () => {
      const content = await this.host!.request<string>({ cmd: "source", path });
      response.body = { content, mimeType: "text/x-python" };
    });
  }

  protected override async loadedSourcesRequest(response: DebugProtocol.LoadedSourcesResponse): Promise<void> {
    await this.forward(response, async () => {
      const paths = await this.host!.request<string[]>({ cmd: "loadedSources" });
      response.body = { sources: paths.map((p) => new Source(basename(p), p)) };
    });
  }

  protected override async completionsRequest(response: DebugProtocol.CompletionsResponse, args: DebugProtocol.CompletionsArguments): Promise<void> {
    await this.forward(response, async () => {
      const items = await this.host!.request<{ label: string; type: DebugProtocol.CompletionItemType }[]>({ cmd: "completions", text: args.text, column: args.column, frameId: args.frameId });
      response.body = { targets: items };
    });
  }

  protected override async setExpressionRequest(response: DebugProtocol.SetExpressionResponse, args: DebugProtocol.SetExpressionArguments): Promise<void> {
    await this.forward(response, async () => {
      const v = await this.host!.request<VariableInfo>({ cmd: "setExpression", expression: args.expression, value: args.value, frameId: args.frameId });
      response.body = { value: v.value, type: v.type, variablesReference: v.variablesReference };
    });
  }

  private async step(response: DebugProtocol.Response, how: StepKind, granularity?: DebugProtocol.SteppingGranularity, targetId?: number): Promise<void> {
    await this.forward(response, () => this.host!.request({ cmd: "resume", how, granularity, targetId }));
  }

  protected override async stepInTargetsRequest(response: DebugProtocol.StepInTargetsResponse, args: DebugProtocol.StepInTargetsArguments): Promise<void> {
    await this.forward(response, async () => {
      response.body = { targets: await this.host!.request<{ id: number; label: string }[]>({ cmd: "stepInTargets", frameId: args.frameId }) };
    });
  }

  protected override async gotoTargetsRequest(response: DebugProtocol.GotoTargetsResponse, args: DebugProtocol.GotoTargetsArguments): Promise<void> {
    const path = args.source?.path;
    if (!path) return this.fail(response, "gotoTargets: the source has no path");
    if (typeof args.line !== "number") return this.fail(response, "gotoTargets: 'line' is required");
    await this.forward(response, async () => {
      const targets = await this.host!.request<{ id: number; label: string; line: number }[]>({ cmd: "gotoTargets", path, line: this.convertClientLineToDebugger(args.line) });
      response.body = { targets: targets.map((t) => ({ id: t.id, label: t.label, line: this.convertDebuggerLineToClient(t.line) })) };
    });
  }

  /** The program stays stopped, at the target: the response, then a stopped event with reason
   *  'goto' (DAP: goto). */
  protected override async gotoRequest(response: DebugProtocol.GotoResponse, args: DebugProtocol.GotoArguments): Promise<void> {
    if (typeof args.targetId !== "number") return this.fail(response, "goto: 'targetId' is required");
    let moved = false;
    await this.forward(response, async () => {
      await this.host!.request({ cmd: "goto", targetId: args.targetId });
      moved = true;
    });
    if (moved) {
      const e = new StoppedEvent("goto", THREAD_ID) as DebugProtocol.StoppedEvent;
      e.body.allThreadsStopped = true;
      this.sendEvent(e);
    }
  }

  protected override async continueRequest(response: DebugProtocol.ContinueResponse): Promise<void> {
    response.body = { allThreadsContinued: true };
    await this.step(response, "continue");
  }
  protected override async nextRequest(response: DebugProtocol.NextResponse, args: DebugProtocol.NextArguments): Promise<void> {
    await this.step(response, "next", args.granularity);
  }
  protected override async stepInRequest(response: DebugProtocol.StepInResponse, args: DebugProtocol.StepInArguments): Promise<void> {
    await this.step(response, "stepIn", args.granularity, args.targetId);
  }

  protected override async disassembleRequest(response: DebugProtocol.DisassembleResponse, args: DebugProtocol.DisassembleArguments): Promise<void> {
    await this.forward(response, async () => {
      const instrs = await this.host!.request<DisassembledInstruction[]>({ cmd: "disassemble", memoryReference: args.memoryReference, offset: args.offset, instructionOffset: args.instructionOffset, instructionCount: args.instructionCount });
      response.body = {
        instructions: instrs.map((x) => {
          const d: DebugProtocol.DisassembledInstruction = { address: x.address, instruction: x.instruction };
          if (x.line !== undefined) d.line = this.convertDebuggerLineToClient(x.line);
          if (x.symbol) d.symbol = x.symbol;
          if (x.path && !x.path.startsWith("<")) d.location = new Source(basename(x.path), x.path);
          if (x.presentationHint) d.presentationHint = x.presentationHint;
          return d;
        }),
      };
    });
  }

  protected override async setInstructionBreakpointsRequest(response: DebugProtocol.SetInstructionBreakpointsResponse, args: DebugProtocol.SetInstructionBreakpointsArguments): Promise<void> {
    await this.forward(response, async () => {
      const results = await this.host!.request<BreakpointResult[]>({ cmd: "setInstructionBreakpoints", breakpoints: args.breakpoints.map((b) => ({ instructionReference: b.instructionReference, offset: b.offset })) });
      response.body = { breakpoints: results.map((r) => ({ id: r.id, verified: r.verified, ...(r.line ? { line: this.convertDebuggerLineToClient(r.line) } : {}), ...(r.message ? { message: r.message } : {}) })) };
    });
  }
  protected override async stepOutRequest(response: DebugProtocol.StepOutResponse): Promise<void> {
    await this.step(response, "stepOut");
  }
  protected override async pauseRequest(response: DebugProtocol.PauseResponse): Promise<void> {
    await this.forward(response, () => this.host!.request({ cmd: "pause" }));
  }

  protected override async evaluateRequest(response: DebugProtocol.EvaluateResponse, args: DebugProtocol.EvaluateArguments): Promise<void> {
    await this.forward(response, async () => {
      const r = await this.host!.request<VariableInfo & { result: string }>({ cmd: "evaluate", expression: args.expression, frameId: args.frameId, context: args.context });
      response.body = { result: r.result, type: r.type, variablesReference: r.variablesReference };
    });
  }

  protected override async terminateRequest(response: DebugProtocol.TerminateResponse): Promise<void> {
    await this.host?.terminate();
    this.sendResponse(response);
    this.end();
  }

  protected override async disconnectRequest(response: DebugProtocol.DisconnectResponse): Promise<void> {
    await this.host?.terminate();
    this.sendResponse(response);
  }

  /** Run a request against the host; its failure becomes a DAP error response with the reason. */
  private async forward(response: DebugProtocol.Response, run: () => Promise<unknown>): Promise<void> {
    if (!this.host) return this.fail(response, `${response.command}: the program has not been launched`);
    try {
      await run();
    } catch (e) {
      return this.fail(response, (e as Error).message);
    }
    this.sendResponse(response);
  }

  private fail(response: DebugProtocol.Response, message: string): void {
    // (the library substitutes {name} placeholders only for names it is given: none here)
    this.sendErrorResponse(response, { id: 1001, format: message, showUser: true });
  }
}

/** The adapter's environment changed by the launch `env`: a null value removes a variable. */
function launchEnv(env: Record<string, string | null>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) out[k] = v;
  for (const [k, v] of Object.entries(env)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = String(v);
  }
  return out;
}
