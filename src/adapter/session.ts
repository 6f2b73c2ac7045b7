// The DAP session: a thin translation between the Debug Adapter Protocol and the debuggee host
// (host.ts), in the split of vscode-mock-debug's mockDebug.ts. Advertises only what works.
// Protocol: https://microsoft.github.io/debug-adapter-protocol/specification
import { existsSync, statSync } from "node:fs";
import { basename, isAbsolute, resolve } from "node:path";
import {
  Breakpoint, ExitedEvent, InitializedEvent, LoggingDebugSession, OutputEvent, Scope, Source, StackFrame,
  StoppedEvent, TerminatedEvent, Thread,
} from "@vscode/debugadapter";
import type { DebugProtocol } from "@vscode/debugprotocol";
import { DebuggeeHost } from "./host.js";
import type { BreakpointResult, ScopeInfo, StackFrameInfo, StepKind, VariableInfo } from "./protocol.js";

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

  constructor(private readonly options: SessionOptions = {}) {
    super();
    this.setDebuggerLinesStartAt1(true);
    this.setDebuggerColumnsStartAt1(true);
  }

  protected override initializeRequest(response: DebugProtocol.InitializeResponse): void {
    response.body = {
      supportsConfigurationDoneRequest: true,
      supportsConditionalBreakpoints: true,
      supportsHitConditionalBreakpoints: true,
      supportsLogPoints: true,
      supportsEvaluateForHovers: true,
      supportsTerminateRequest: true,
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
    const host = new DebuggeeHost({ workerPath: this.options.workerPath });
    this.host = host;
    host.on("stopped", (reason) => this.sendEvent(new StoppedEvent(reason, THREAD_ID)));
    host.on("output", (category, text) => this.sendEvent(new OutputEvent(text, category)));
    host.on("exited", (code) => {
      this.sendEvent(new ExitedEvent(code));
      this.end();
    });
    host.on("end", () => this.end());
    try {
      await host.launch({
        program,
        args: (args.args ?? []).map(String),
        cwd,
        stopOnEntry: args.stopOnEntry === true,
        justMyCode: args.justMyCode !== false,
        ...(args.env && typeof args.env === "object" ? { env: launchEnv(args.env) } : {}),
      });
    } catch (e) {
      return this.fail(response, `launch: ${(e as Error).message}`);
    }
    this.sendResponse(response);
    this.sendEvent(new InitializedEvent());
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
          const sf = new StackFrame(f.id, f.name, f.path.startsWith("<") ? undefined : new Source(basename(f.path), f.path), this.convertDebuggerLineToClient(f.line), 1) as DebugProtocol.StackFrame;
          if (f.library) sf.presentationHint = "subtle";
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
      const vars = await this.host!.request<VariableInfo[]>({ cmd: "variables", ref: args.variablesReference });
      const start = args.start ?? 0;
      const end = args.count ? start + args.count : vars.length;
      response.body = { variables: vars.slice(start, end).map((v) => ({ name: v.name, value: v.value, type: v.type, variablesReference: v.variablesReference })) };
    });
  }

  private async step(response: DebugProtocol.Response, how: StepKind): Promise<void> {
    await this.forward(response, () => this.host!.request({ cmd: "resume", how }));
  }

  protected override async continueRequest(response: DebugProtocol.ContinueResponse): Promise<void> {
    response.body = { allThreadsContinued: true };
    await this.step(response, "continue");
  }
  protected override async nextRequest(response: DebugProtocol.NextResponse): Promise<void> {
    await this.step(response, "next");
  }
  protected override async stepInRequest(response: DebugProtocol.StepInResponse): Promise<void> {
    await this.step(response, "stepIn");
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
