// Messages between the debuggee host (main thread, host.ts) and the debuggee runtime (worker thread,
// runtime.ts). Plain data: no DAP types here (the DAP session translates), as in vscode-mock-debug's
// split between mockDebug.ts and mockRuntime.ts.

export interface LaunchConfig {
  program: string;
  args: string[];
  cwd: string;
  stopOnEntry: boolean;
  justMyCode: boolean;
  /** DAP's launch attribute `noDebug` (VS Code's Run Without Debugging): the program runs on the same
   *  worker with no debugger: tool 0 is not claimed, breakpoints are not verified, nothing stops */
  noDebug?: boolean;
  /** the debuggee worker's whole process.env, when the launch attribute `env` changes the adapter's */
  env?: Record<string, string>;
}

export interface SourceBreakpoint {
  line: number;
  condition?: string;
  hitCondition?: string;
  logMessage?: string;
}

export interface BreakpointResult {
  id: number;
  verified: boolean;
  line: number;
  message?: string;
}

export interface StackFrameInfo {
  id: number;
  name: string;
  path: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** not user code (justMyCode): shown as subtle */
  library: boolean;
  instructionPointerReference?: string;
}

export interface ScopeInfo {
  name: string;
  variablesReference: number;
  expensive: boolean;
}

export interface VariableInfo {
  name: string;
  value: string;
  type: string;
  variablesReference: number;
  evaluateName?: string;
  indexedVariables?: number;
}

export type StepKind = "continue" | "next" | "stepIn" | "stepOut";

/** host -> runtime requests; each gets one reply with the same id */
export type Request =
  | { id: number; cmd: "setBreakpoints"; path: string; breakpoints: SourceBreakpoint[] }
  | { id: number; cmd: "start" }
  | { id: number; cmd: "resume"; how: StepKind; granularity?: "statement" | "line" | "instruction"; targetId?: number }
  | { id: number; cmd: "stepInTargets"; frameId: number }
  | { id: number; cmd: "gotoTargets"; path: string; line: number }
  | { id: number; cmd: "goto"; targetId: number }
  | { id: number; cmd: "disassemble"; memoryReference: string; offset?: number; instructionOffset?: number; instructionCount: number }
  | { id: number; cmd: "setInstructionBreakpoints"; breakpoints: { instructionReference: string; offset?: number }[] }
  | { id: number; cmd: "pause" }
  | { id: number; cmd: "stackTrace" }
  | { id: number; cmd: "scopes"; frameId: number }
  | { id: number; cmd: "variables"; ref: number; start?: number; count?: number }
  | { id: number; cmd: "setVariable"; ref: number; name: string; value: string }
  | { id: number; cmd: "evaluate"; expression: string; frameId?: number; context?: string }
  | { id: number; cmd: "exceptionInfo" }
  | { id: number; cmd: "setFunctionBreakpoints"; names: string[] }
  | { id: number; cmd: "breakpointLocations"; path: string; line: number; endLine?: number }
  | { id: number; cmd: "loadedSources" }
  | { id: number; cmd: "source"; path: string }
  | { id: number; cmd: "completions"; text: string; column: number; frameId?: number }
  | { id: number; cmd: "setExpression"; expression: string; value: string; frameId?: number }
  | { id: number; cmd: "setExceptionBreakpoints"; filters: string[] }
  | { id: number; cmd: "terminate" };

export type Reply = { id: number; ok: true; body: unknown } | { id: number; ok: false; message: string };

export type StopReason = "entry" | "breakpoint" | "step" | "pause" | "exception" | "function breakpoint" | "instruction breakpoint";

export interface DisassembledInstruction {
  address: string;
  instruction: string;
  line?: number;
  symbol?: string;
  path?: string;
  presentationHint?: "normal" | "invalid";
}

/** runtime -> host events */
export type RuntimeEvent =
  | { event: "ready" }
  | { event: "stopped"; reason: StopReason; description?: string; text?: string; hitBreakpointIds?: number[] }
  | { event: "loadedSource"; path: string }
  | { event: "output"; category: "stdout" | "stderr" | "console"; text: string }
  | { event: "breakpointChanged"; breakpoint: BreakpointResult }
  | { event: "exited"; exitCode: number; runMs?: number; cpuMs?: number }
  | { event: "reply"; reply: Reply };

/** Slots of the shared Int32Array: the eval breaker and the wake-up signal for a stopped runtime. */
export const SHARED_BREAKER = 0;
export const SHARED_SIGNAL = 1;
