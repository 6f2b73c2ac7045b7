// The debug adapter over the Debug Adapter Protocol (issue 6), driven as a client would drive it:
// the real adapter (dist/adapter/main.js, what `tspy dap` serves) on stdio, through
// @vscode/debugadapter-testsupport's DebugClient.
import { spawn, type ChildProcess } from "node:child_process";
import { connect } from "node:net";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DebugClient } from "@vscode/debugadapter-testsupport";
import type { DebugProtocol } from "@vscode/debugprotocol";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ADAPTER = join(ROOT, "dist", "adapter", "main.js");
const BASIC = join(ROOT, "test", "dap", "basic.py");
const ERRORS = join(ROOT, "test", "dap", "errors.py");
const LOOP = join(ROOT, "test", "dap", "loop.py");
const VARS = join(ROOT, "test", "dap", "vars.py");
const SYNTAX = join(ROOT, "test", "dap", "syntax_error.py");
const MONITORED = join(ROOT, "test", "dap", "monitored.py");
const SLOWREPR = join(ROOT, "test", "dap", "slowrepr.py");
const KINDS = join(ROOT, "test", "dap", "kinds.py");
const SPIN = join(ROOT, "test", "dap", "spin.py");
const TARGETS = join(ROOT, "test", "dap", "targets.py");
const MISC = join(ROOT, "test", "dap", "misc.py");
const MORE = join(ROOT, "test", "dap", "more.py");
const GOTO = join(ROOT, "test", "dap", "goto.py");

async function topFrame(): Promise<DebugProtocol.StackFrame> {
  return (await stoppedAt())[0];
}

async function localsOfTop(): Promise<DebugProtocol.Variable[]> {
  const [top] = await stoppedAt();
  const scopes = await dc.scopesRequest({ frameId: top.id });
  return (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference })).body.variables;
}

async function stepTo(req: Promise<unknown>): Promise<[string, number]> {
  const stopped = dc.waitForEvent("stopped");
  await req;
  await stopped;
  const [top] = await stoppedAt();
  return [top.name, top.line];
}

/** initialize, launch, await initialized, set breakpoints, configurationDone (explicitly, in that order) */
async function startWith(program: string, lines: number[], extra: Record<string, unknown> = {}): Promise<DebugProtocol.StoppedEvent | null> {
  const initialized = dc.waitForEvent("initialized");
  await dc.initializeRequest({ adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
  await dc.launchRequest({ program, ...extra } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  if (lines.length) await dc.setBreakpointsRequest({ source: { path: program }, breakpoints: lines.map((line) => ({ line })) });
  if (!lines.length) {
    await dc.configurationDoneRequest();
    return null;
  }
  const stopped = dc.waitForEvent("stopped");
  await dc.configurationDoneRequest();
  return (await stopped) as DebugProtocol.StoppedEvent;
}

function collectOutput(category = "stdout"): string[] {
  const out: string[] = [];
  dc.on("output", (e: DebugProtocol.OutputEvent) => { if ((e.body.category ?? "console") === category) out.push(e.body.output); });
  return out;
}

let dc: DebugClient;
beforeEach(async () => {
  dc = new DebugClient("node", ADAPTER, "tspy");
  await dc.start();
});
afterEach(async () => {
  await dc.stop();
});

async function stoppedAt(): Promise<DebugProtocol.StackFrame[]> {
  const st = await dc.stackTraceRequest({ threadId: 1 });
  return st.body.stackFrames;
}

describe("tspy dap", () => {
  test("initialize advertises only what works", async () => {
    const r = await dc.initializeRequest();
    expect(r.body?.supportsConfigurationDoneRequest).toBe(true);
    expect(r.body?.supportsConditionalBreakpoints).toBe(true);
    expect(r.body?.supportsStepBack).toBeFalsy();
  });

  test("stops at a breakpoint with the call stack and locals", async () => {
    await dc.hitBreakpoint({ program: BASIC }, { path: BASIC, line: 2 });
    const frames = await stoppedAt();
    expect(frames.map((f) => f.name)).toEqual(["add", "main", "<module>"]);
    expect(frames[0].line).toBe(2);
    const scopes = await dc.scopesRequest({ frameId: frames[0].id });
    expect(scopes.body.scopes.map((s) => s.name)).toEqual(["Locals", "Globals"]);
    const vars = await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference });
    expect(vars.body.variables.map((v) => [v.name, v.value])).toEqual([["a", "0"], ["b", "1"]]);
    const ev = await dc.evaluateRequest({ expression: "a + b * 10", frameId: frames[0].id, context: "watch" });
    expect(ev.body.result).toBe("10");
    // the caller's locals, with a list that expands
    const mainScopes = await dc.scopesRequest({ frameId: frames[1].id });
    const mainVars = await dc.variablesRequest({ variablesReference: mainScopes.body.scopes[0].variablesReference });
    const xs = mainVars.body.variables.find((v) => v.name === "xs")!;
    expect(xs.value).toBe("[1, 2, 3]");
    const items = await dc.variablesRequest({ variablesReference: xs.variablesReference });
    expect(items.body.variables.map((v) => v.value)).toEqual(["1", "2", "3"]);
  });

  test("a breakpoint on a comment line moves to the next line with code; past the end is unverified", async () => {
    await dc.launch({ program: BASIC });
    const r = await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 14 }, { line: 400 }] });
    const [moved, past] = r.body.breakpoints;
    expect(moved.verified).toBe(true);
    expect(moved.line).toBe(16);
    expect(moved.message).toMatch(/moved to line 16/);
    expect(past.verified).toBe(false);
    expect(past.message).toMatch(/past the last line/);
  });

  test("continue runs to the end with the program's output and exit code", async () => {
    await dc.hitBreakpoint({ program: BASIC }, { path: BASIC, line: 10 });
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [] });
    const output: string[] = [];
    dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.category === "stdout") output.push(e.body.output); });
    const exited = dc.waitForEvent("exited");
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
    await terminated;
    expect(output.join("")).toBe("result 6\ndone\n");
  });

  test("step over, step in and step out", async () => {
    await dc.hitBreakpoint({ program: BASIC }, { path: BASIC, line: 10 });
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [] });
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["main", 9]);
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["main", 10]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["add", 2]);
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["add", 3]);
    const out = await stepTo(dc.stepOutRequest({ threadId: 1 }));
    expect(out[0]).toBe("main");
  });

  test("stopOnEntry stops at the first line", async () => {
    const stopped = dc.waitForEvent("stopped");
    await Promise.all([dc.configurationSequence(), dc.launch({ program: BASIC, stopOnEntry: true })]);
    const e = (await stopped) as DebugProtocol.StoppedEvent;
    expect(e.body.reason).toBe("entry");
    const f = await stoppedAt();
    expect([f[0].name, f[0].line]).toEqual(["<module>", 1]);
  });

  test("conditions, hit counts and logpoints", async () => {
    await dc.launch({ program: BASIC });
    const output: string[] = [];
    dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.category === "console") output.push(e.body.output); });
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 2, condition: "b == 2" }, { line: 3, logMessage: "total is {total}" }] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    await stopped;
    const frames = await stoppedAt();
    const ev = await dc.evaluateRequest({ expression: "b", frameId: frames[0].id });
    expect(ev.body.result).toBe("2");
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    expect(output.join("")).toBe("total is 1\ntotal is 3\ntotal is 6\n");
  });

  test("an uncaught exception stops where it is raised, with exceptionInfo; a handled one does not", async () => {
    const stopped = dc.waitForEvent("stopped");
    await Promise.all([dc.configurationSequence(), dc.launch({ program: ERRORS })]);
    const e = (await stopped) as DebugProtocol.StoppedEvent;
    expect(e.body.reason).toBe("exception");
    const frames = await stoppedAt();
    expect(frames.map((f) => [f.name, f.line])).toEqual([["parse", 2], ["<module>", 22]]);
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe("ValueError");
    expect(info.body.breakMode).toBe("unhandled");
    expect(info.body.description).toBe("ValueError: invalid literal for int() with base 10: 'boom'");
    expect(info.body.details?.stackTrace).toMatch(/Traceback \(most recent call last\)/);
    const exited = dc.waitForEvent("exited");
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(1);
  });

  test("the 'raised' filter stops at handled exceptions too", async () => {
    await dc.launch({ program: ERRORS });
    await dc.setExceptionBreakpointsRequest({ filters: ["raised"] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    await stopped;
    const frames = await stoppedAt();
    expect(frames.map((f) => [f.name, f.line])).toEqual([["parse", 2], ["safe", 7], ["<module>", 17]]);
  });

  test("function breakpoints stop at the function's first line", async () => {
    await dc.launch({ program: BASIC });
    const r = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: "add" }, { name: "nope" }] });
    expect(r.body.breakpoints.map((b) => b.verified)).toEqual([true, false]);
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    const e = (await stopped) as DebugProtocol.StoppedEvent;
    expect(e.body.reason).toBe("function breakpoint");
    const f = await stoppedAt();
    expect([f[0].name, f[0].line]).toEqual(["add", 2]);
  });

  test("step over a return lands on the caller's line; stepping through a generator", async () => {
    await dc.hitBreakpoint({ program: BASIC }, { path: BASIC, line: 3 });
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [] });
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["main", 10]);
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["main", 9]);
  });

  test("pause stops a runaway loop; objects expand into their attributes; terminate ends it", async () => {
    const spinning = new Promise<void>((resolve) => dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.output.includes("spinning")) resolve(); }));
    await Promise.all([dc.configurationSequence(), dc.launch({ program: LOOP })]);
    await spinning; // the program is in its loop now
    const stopped = dc.waitForEvent("stopped");
    await dc.pauseRequest({ threadId: 1 });
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("pause");
    const frames = await stoppedAt();
    expect(frames[0].name).toBe("spin");
    const ev = await dc.evaluateRequest({ expression: "i > 0", frameId: frames[0].id });
    expect(ev.body.result).toBe("True");
    const scopes = await dc.scopesRequest({ frameId: frames[0].id });
    const locals = await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference });
    const p = locals.body.variables.find((v) => v.name === "p")!;
    expect(p.type).toBe("Point");
    const attrs = await dc.variablesRequest({ variablesReference: p.variablesReference });
    expect(attrs.body.variables.map((v) => [v.name, v.value])).toEqual([["x", "1"], ["y", "[2, 3]"]]);
    const bad = await dc.evaluateRequest({ expression: "undefined_name + 1", frameId: frames[0].id }).catch((e: Error) => e.message);
    expect(bad).toBe("NameError: name 'undefined_name' is not defined");
    const syntax = await dc.evaluateRequest({ expression: "1 +", frameId: frames[0].id }).catch((e: Error) => e.message);
    expect(syntax).toMatch(/^SyntaxError: /);
    const terminated = dc.waitForEvent("terminated");
    await dc.terminateRequest({});
    await terminated;
  });

  test("stack frames carry PEP 657 columns", async () => {
    await startWith(BASIC, [10]);
    const [top, caller] = await stoppedAt();
    expect([top.line, top.column, top.endLine, top.endColumn]).toEqual([10, 9, undefined, undefined]); // where line 10 starts
    expect([caller.line, caller.column, caller.endLine, caller.endColumn]).toEqual([16, 1, 16, 7]); // main(): the call
  });

  test("variables: evaluateName, paging of a long list, dict entries", async () => {
    await startWith(VARS, [5]);
    const [top] = await stoppedAt();
    const scopes = await dc.scopesRequest({ frameId: top.id });
    const locals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference })).body.variables;
    expect(locals.map((v) => v.name)).toEqual(["big", "d", "n"]);
    const big = locals[0];
    expect(big.evaluateName).toBe("big");
    expect(big.indexedVariables).toBe(250);
    const page = await dc.variablesRequest({ variablesReference: big.variablesReference, start: 100, count: 3 });
    expect(page.body.variables.map((v) => [v.name, v.value, v.evaluateName])).toEqual([["100", "100", "big[100]"], ["101", "101", "big[101]"], ["102", "102", "big[102]"]]);
    const d = (await dc.variablesRequest({ variablesReference: locals[1].variablesReference })).body.variables;
    expect(d.map((v) => [v.name, v.value, v.evaluateName])).toEqual([["'a'", "1", "d['a']"], ["'b'", "[1, 2]", "d['b']"]]);
    const ev = await dc.evaluateRequest({ expression: d[1].evaluateName!, frameId: top.id, context: "watch" });
    expect(ev.body.result).toBe("[1, 2]");
  });

  test("setVariable writes a local through to the running frame", async () => {
    await startWith(VARS, [5]);
    const out = collectOutput();
    const [top] = await stoppedAt();
    const scopes = await dc.scopesRequest({ frameId: top.id });
    const r = await dc.setVariableRequest({ variablesReference: scopes.body.scopes[0].variablesReference, name: "n", value: "40 + 1" });
    expect(r.body.value).toBe("41");
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    expect(out.join("")).toContain("n is 42\n");
  });

  test("the REPL runs statements, and assignments reach the frame", async () => {
    await startWith(VARS, [5]);
    const out = collectOutput();
    const [top] = await stoppedAt();
    const r = await dc.evaluateRequest({ expression: "n = 100", frameId: top.id, context: "repl" });
    expect(r.body.result).toBe("");
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    expect(out.join("")).toContain("n is 101\n");
  });

  test("stepping out of a function shows its return value", async () => {
    await startWith(BASIC, [3]);
    const stopped = dc.waitForEvent("stopped");
    await dc.stepOutRequest({ threadId: 1 });
    await stopped;
    const [top] = await stoppedAt();
    expect([top.name, top.line]).toEqual(["main", 10]);
    const scopes = await dc.scopesRequest({ frameId: top.id });
    const locals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference })).body.variables;
    expect([locals[0].name, locals[0].value]).toEqual(["(return) add", "1"]);
  });

  test("a program with a syntax error reports it and ends with exit code 1", async () => {
    const err = collectOutput("stderr");
    const exited = dc.waitForEvent("exited");
    const terminated = dc.waitForEvent("terminated");
    await startWith(SYNTAX, []);
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(1);
    await terminated;
    expect(err.join("")).toMatch(/line 2\n    def f\(:\n          \^\nSyntaxError: invalid syntax\n/);
  });

  test("a program that uses sys.monitoring and sys.settrace itself behaves the same under the debugger", async () => {
    const out = collectOutput();
    await startWith(MONITORED, [27]);
    for (let i = 0; i < 3; i++) {
      const stopped = dc.waitForEvent("stopped");
      await dc.continueRequest({ threadId: 1 });
      await stopped;
    }
    await dc.setBreakpointsRequest({ source: { path: MONITORED }, breakpoints: [] });
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    expect(out.join("")).toBe("total 14\nlines [27, 28]\ncalls ['square']\n");
  });

  test("an unknown request is an error and the session lives on", async () => {
    await startWith(BASIC, [2]);
    await expect(dc.customRequest("noSuchRequest", {})).rejects.toThrow(/unrecognized request/);
    const frames = await stoppedAt();
    expect(frames[0].name).toBe("add");
  });

  test("disconnect while stopped ends the debuggee", async () => {
    await startWith(LOOP, [12]);
    await dc.disconnectRequest({});
  });

  test("breakpointLocations lists the lines that can stop, with their start columns", async () => {
    // asked before configurationDone, as an editor does while breakpoints are being set
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: BASIC } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    const r = await dc.customRequest("breakpointLocations", { source: { path: BASIC }, line: 1, endLine: 8 }) as DebugProtocol.BreakpointLocationsResponse;
    expect(r.body.breakpoints).toEqual([{ line: 1, column: 1 }, { line: 2, column: 5 }, { line: 3, column: 5 }, { line: 6, column: 1 }, { line: 7, column: 5 }, { line: 8, column: 5 }]);
  });

  test("loadedSources and the loadedSource event name the program", async () => {
    const loaded = dc.waitForEvent("loadedSource");
    await startWith(BASIC, [2]);
    expect(((await loaded) as DebugProtocol.LoadedSourceEvent).body.source.path).toBe(BASIC);
    const r = await dc.customRequest("loadedSources", {}) as DebugProtocol.LoadedSourcesResponse;
    expect(r.body.sources.map((x) => x.path)).toEqual([BASIC]);
  });

  test("completions: names in the frame and attributes after a dot", async () => {
    await startWith(VARS, [5]);
    const [top] = await stoppedAt();
    const names = await dc.customRequest("completions", { frameId: top.id, text: "b", column: 2 }) as DebugProtocol.CompletionsResponse;
    expect(names.body.targets.map((t) => t.label)).toEqual(expect.arrayContaining(["big", "bool", "bytes"]));
    const attrs = await dc.customRequest("completions", { frameId: top.id, text: "d.ke", column: 5 }) as DebugProtocol.CompletionsResponse;
    expect(attrs.body.targets.map((t) => t.label)).toEqual(["keys"]);
  });

  test("setExpression assigns to an item of a container", async () => {
    await startWith(VARS, [5]);
    const [top] = await stoppedAt();
    const r = await dc.customRequest("setExpression", { expression: "d['b']", value: "[7]", frameId: top.id }) as DebugProtocol.SetExpressionResponse;
    expect(r.body.value).toBe("[7]");
    const ev = await dc.evaluateRequest({ expression: "d", frameId: top.id });
    expect(ev.body.result).toBe("{'a': 1, 'b': [7]}");
  });

  test("a breakpoint stop names the breakpoint it hit", async () => {
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: BASIC } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    const set = await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 2 }] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    const e = (await stopped) as DebugProtocol.StoppedEvent;
    expect(e.body.hitBreakpointIds).toEqual([set.body.breakpoints[0].id]);
  });

  test("a __repr__ that raises is shown as the value; one that never returns is cut off", async () => {
    await startWith(SLOWREPR, [15]);
    const [top] = await stoppedAt();
    const scopes = await dc.scopesRequest({ frameId: top.id });
    const vars = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference })).body.variables;
    expect(vars.map((v) => [v.name, v.value])).toEqual([
      ["f", "<repr failed: KeyboardInterrupt: the evaluation took too long and was interrupted>"],
      ["b", "<repr failed: ValueError: no repr for you>"],
    ]);
    // the program is not interrupted afterwards
    const exited = dc.waitForEvent("exited");
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
  }, 15000);

  test("restart runs the program again with the same breakpoints", async () => {
    await startWith(BASIC, [2]);
    const out = collectOutput();
    const stopped = dc.waitForEvent("stopped");
    await dc.customRequest("restart", {});
    await stopped;
    const frames = await stoppedAt();
    expect([frames[0].name, frames[0].line]).toEqual(["add", 2]);
    const ev = await dc.evaluateRequest({ expression: "a", frameId: frames[0].id });
    expect(ev.body.result).toBe("0");
    expect(out.join("")).toBe("");
  });

  test("stepping by instruction moves the instruction pointer within the line, then to the next line", async () => {
    await startWith(BASIC, [2]);
    const [first] = await stoppedAt();
    const refs = [first.instructionPointerReference];
    let line = first.line;
    for (let i = 0; i < 10 && line === 2; i++) {
      const stopped = dc.waitForEvent("stopped");
      await dc.nextRequest({ threadId: 1, granularity: "instruction" });
      await stopped;
      const [top] = await stoppedAt();
      expect(top.name).toBe("add");
      refs.push(top.instructionPointerReference);
      line = top.line;
    }
    expect(line).toBe(3);
    expect(new Set(refs).size).toBe(refs.length); // every step moved the instruction pointer
    expect(refs.length).toBeGreaterThan(2);
  });

  test("disassemble around the instruction pointer; an instruction breakpoint stops there", async () => {
    await startWith(BASIC, [2]);
    const [top] = await stoppedAt();
    const ref = top.instructionPointerReference!;
    const dis = await dc.customRequest("disassemble", { memoryReference: ref, instructionOffset: -2, instructionCount: 8 }) as DebugProtocol.DisassembleResponse;
    const instrs = dis.body!.instructions;
    expect(instrs).toHaveLength(8);
    const here = instrs.findIndex((x) => x.address === ref);
    expect(here).toBe(2);
    expect(instrs[here].line).toBe(2);
    expect(instrs.some((x) => x.line === 3)).toBe(true);
    // the instruction that starts line 3 gets an instruction breakpoint
    const target = instrs.find((x) => x.line === 3)!;
    const set = await dc.customRequest("setInstructionBreakpoints", { breakpoints: [{ instructionReference: target.address }] }) as DebugProtocol.SetInstructionBreakpointsResponse;
    expect(set.body.breakpoints[0].verified).toBe(true);
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [] });
    const stopped = dc.waitForEvent("stopped");
    await dc.continueRequest({ threadId: 1 });
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("instruction breakpoint");
    const [now] = await stoppedAt();
    expect([now.line, now.instructionPointerReference]).toEqual([3, target.address]);
    // past the start of the code: invalid entries pad the answer
    const before = await dc.customRequest("disassemble", { memoryReference: ref, instructionOffset: -1000, instructionCount: 2 }) as DebugProtocol.DisassembleResponse;
    expect(before.body!.instructions.map((x) => x.presentationHint)).toEqual(["invalid", "invalid"]);
  });

  describe("variables of every kind", () => {
    const cases: [string, string, string, boolean][] = [
      ["i", "42", "int", false], ["f", "2.5", "float", false], ["s", "'text'", "str", false], ["b", "b'bytes'", "bytes", false],
      ["t", "(1, 'two')", "tuple", true], ["l", "[1, [2, 3]]", "list", true], ["d", "{'k': 'v'}", "dict", true],
      ["st", "{7}", "set", true], ["n", "None", "NoneType", false], ["p", "<Point object>", "Point", true],
      ["g", "<generator object>", "generator", false], ["e", "ValueError('bad')", "ValueError", false],
    ];
    for (const [name, value, type, expandable] of cases) {
      test(`${name}: ${type}`, async () => {
        await startWith(KINDS, [28]);
        const v = (await localsOfTop()).find((x) => x.name === name)!;
        expect(v.type).toBe(type);
        if (value.startsWith("<")) expect(v.value).toMatch(new RegExp(`^<(__main__\\.)?${value.slice(1, -" object>".length)} object`));
        else expect(v.value).toBe(value);
        expect(v.variablesReference > 0).toBe(expandable);
        expect(v.evaluateName).toBe(name);
      });
    }
  });

  describe("hit conditions", () => {
    const cases: [string, number[]][] = [["5", [4]], ["== 5", [4]], [">= 5", [4, 5]], ["> 5", [5, 6]], ["< 5", [0, 1]], ["% 5", [4, 9]]];
    for (const [cond, values] of cases) {
      test(`hitCondition '${cond}' stops at i = ${values.join(", then ")}`, async () => {
        const initialized = dc.waitForEvent("initialized");
        await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
        await dc.launchRequest({ program: KINDS } as DebugProtocol.LaunchRequestArguments);
        await initialized;
        await dc.setBreakpointsRequest({ source: { path: KINDS }, breakpoints: [{ line: 34, hitCondition: cond }] });
        let stopped = dc.waitForEvent("stopped");
        await dc.configurationDoneRequest();
        for (const [k, want] of values.entries()) {
          await stopped;
          const [top] = await stoppedAt();
          expect((await dc.evaluateRequest({ expression: "i", frameId: top.id })).body.result).toBe(String(want));
          if (k + 1 < values.length) stopped = dc.waitForEvent("stopped");
          await dc.continueRequest({ threadId: 1 });
        }
      });
    }
  });

  describe("evaluate in every context", () => {
    for (const context of ["repl", "watch", "hover", "clipboard"]) {
      test(context, async () => {
        await startWith(KINDS, [28]);
        const [top] = await stoppedAt();
        const r = await dc.evaluateRequest({ expression: "p.x + p.norm", frameId: top.id, context });
        expect(r.body.result).toBe("4");
        await expect(dc.evaluateRequest({ expression: "p.z", frameId: top.id, context })).rejects.toThrow("AttributeError: 'Point' object has no attribute 'z'");
      });
    }
  });

  test("stepping into a generator and back to the loop that drives it", async () => {
    await startWith(KINDS, [46]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["consume", 45]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["numbers", 40]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["consume", 45]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["consume", 46]);
  });

  test("step over a line that raises lands in its except clause", async () => {
    await startWith(KINDS, [52]);
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["risky", 53]);
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["risky", 54]);
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["risky", 55]);
  });

  test("a property is evaluated, not shown as a descriptor", async () => {
    await startWith(KINDS, [28]);
    const [top] = await stoppedAt();
    expect((await dc.evaluateRequest({ expression: "p.norm", frameId: top.id, context: "watch" })).body.result).toBe("3");
  });

  test("pause stops a one-line `while True: pass` (no LINE event ever comes)", async () => {
    const spinning = new Promise<void>((resolve) => dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.output.includes("spinning")) resolve(); }));
    await Promise.all([dc.configurationSequence(), dc.launch({ program: SPIN })]);
    await spinning;
    const stopped = dc.waitForEvent("stopped");
    await dc.pauseRequest({ threadId: 1 });
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("pause");
    const [top] = await stoppedAt();
    expect([top.name, top.line]).toEqual(["<module>", 2]);
    // it goes on spinning after continue, and pauses again
    const again = dc.waitForEvent("stopped");
    await dc.continueRequest({ threadId: 1 });
    await dc.pauseRequest({ threadId: 1 });
    expect(((await again) as DebugProtocol.StoppedEvent).body.reason).toBe("pause");
  });

  test("stepInTargets lists the calls of the line; stepping into one skips the others", async () => {
    await startWith(TARGETS, [9]);
    const [top] = await stoppedAt();
    const t = await dc.customRequest("stepInTargets", { frameId: top.id }) as DebugProtocol.StepInTargetsResponse;
    expect(t.body.targets.map((x) => x.label)).toEqual(["inc", "double", "print"]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1, targetId: t.body.targets[1].id }))).toEqual(["double", 2]);
  });

  describe("breakpoints in nested code", () => {
    const cases: [string, number, string][] = [
      ["a recursive function (first call)", 7, "fact"], ["a nested function", 14, "inner"],
      ["an inlined comprehension's line", 15, "outer"], ["a method", 21, "Box.__init__".split(".")[1]],
    ];
    for (const [what, line, fn] of cases) {
      test(what, async () => {
        await startWith(MISC, [line]);
        const top = await topFrame();
        expect([top.name, top.line]).toEqual([fn, line]);
      });
    }
  });

  test("step over a recursive call stays in the same frame", async () => {
    await startWith(MISC, [9]);
    const before = (await stoppedAt()).length;
    await dc.setBreakpointsRequest({ source: { path: MISC }, breakpoints: [] });
    const stopped = dc.waitForEvent("stopped");
    await dc.nextRequest({ threadId: 1 });
    await stopped;
    const frames = await stoppedAt();
    expect(frames.length).toBeLessThan(before); // over the recursion and out, to the caller's line
    expect([frames[0].name, frames[0].line]).toEqual(["<module>", 37]);
  });

  test("step in on a line without calls is a step over", async () => {
    await startWith(MISC, [32]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["quiet", 33]);
  });

  test("step out of a nested function returns to its caller's line", async () => {
    await startWith(MISC, [14]);
    expect(await stepTo(dc.stepOutRequest({ threadId: 1 }))).toEqual(["outer", 16]);
  });

  test("stackTrace pages with startFrame and levels", async () => {
    await startWith(MISC, [8]);
    const all = await dc.stackTraceRequest({ threadId: 1 });
    expect(all.body.totalFrames).toBe(5); // fact x4 and <module>
    const page = await dc.stackTraceRequest({ threadId: 1, startFrame: 1, levels: 2 });
    expect(page.body.stackFrames.map((f) => f.name)).toEqual(["fact", "fact"]);
    expect(page.body.stackFrames[0].id).toBe(all.body.stackFrames[1].id);
  });

  test("threads: one thread", async () => {
    await startWith(MISC, [32]);
    const t = await dc.threadsRequest();
    expect(t.body.threads).toEqual([{ id: 1, name: "MainThread" }]);
  });

  test("launch args reach sys.argv; cwd is the program's working directory", async () => {
    const out = collectOutput();
    const terminated = dc.waitForEvent("terminated");
    await startWith(MISC, [], { args: ["one", "two"], cwd: join(ROOT, "test") });
    await terminated;
    expect(out.join("")).toBe("24 5 3 2 ['one', 'two']\n");
  });

  test("evaluate without a frame uses the top frame; sys is reachable", async () => {
    await startWith(MISC, [33]);
    expect((await dc.evaluateRequest({ expression: "x * 10" })).body.result).toBe("10");
    expect((await dc.evaluateRequest({ expression: "sys.argv[0].endswith('misc.py')" })).body.result).toBe("True");
  });

  test("variables of an object expand to its attributes and their children", async () => {
    await startWith(MISC, [27]);
    const locals = await localsOfTop();
    const b = locals.find((v) => v.name === "b")!;
    const attrs = (await dc.variablesRequest({ variablesReference: b.variablesReference })).body.variables;
    expect(attrs.map((v) => [v.name, v.value, v.evaluateName])).toEqual([["items", "[1, 2]", "b.items"], ["meta", "{'k': 1}", "b.meta"]]);
    const items = (await dc.variablesRequest({ variablesReference: attrs[0].variablesReference })).body.variables;
    expect(items.map((v) => v.evaluateName)).toEqual(["b.items[0]", "b.items[1]"]);
  });

  describe("setVariable on every kind of place", () => {
    const cases: [string, (locals: DebugProtocol.Variable[]) => Promise<number>, string, string, string][] = [
      ["a global", async () => (await dc.scopesRequest({ frameId: (await topFrame()).id })).body.scopes[1].variablesReference, "counter", "7", "counter"],
      ["a list item", async (l) => (await dc.variablesRequest({ variablesReference: l.find((v) => v.name === "b")!.variablesReference })).body.variables[0].variablesReference, "1", "9", "b.items"],
      ["a dict value", async (l) => (await dc.variablesRequest({ variablesReference: l.find((v) => v.name === "b")!.variablesReference })).body.variables[1].variablesReference, "'k'", "5", "b.meta"],
      ["an attribute", async (l) => l.find((v) => v.name === "b")!.variablesReference, "meta", "None", "b.meta"],
    ];
    for (const [what, ref, name, value, check] of cases) {
      test(what, async () => {
        await startWith(MISC, [27]);
        const locals = await localsOfTop();
        const r = await dc.setVariableRequest({ variablesReference: await ref(locals), name, value });
        expect(r.body.value).toBe(value);
        const after = (await dc.evaluateRequest({ expression: check, frameId: (await topFrame()).id })).body.result;
        expect(after).toContain(value);
      });
    }
  });

  describe("errors are DAP error responses, and the session lives on", () => {
    const cases: [string, () => Promise<unknown>, RegExp][] = [
      ["variables of a reference that does not exist", () => dc.variablesRequest({ variablesReference: 99999 }), /no variables with reference/],
      ["scopes of a frame that does not exist", () => dc.scopesRequest({ frameId: 4242 }), /no frame with id 4242/],
      ["an unknown exception filter", () => dc.setExceptionBreakpointsRequest({ filters: ["nonsense"] }), /unknown filter 'nonsense'/],
      ["disassemble of an unknown reference", () => dc.customRequest("disassemble", { memoryReference: "77:0", instructionCount: 1 }), /unknown memory reference/],
      ["a watch that is a statement", () => dc.evaluateRequest({ expression: "x = 1", context: "watch" }), /^SyntaxError: /],
    ];
    for (const [what, req, message] of cases) {
      test(what, async () => {
        await startWith(MISC, [33]);
        await expect(req()).rejects.toThrow(message);
        expect((await topFrame()).name).toBe("quiet");
      });
    }
  });

  test("a breakpoint in a file that is not loaded is unverified, with why", async () => {
    await startWith(MISC, [33]);
    const other = join(ROOT, "test", "dap", "basic.py");
    const r = await dc.setBreakpointsRequest({ source: { path: other }, breakpoints: [{ line: 2 }] });
    expect(r.body.breakpoints[0].verified).toBe(false);
    expect(r.body.breakpoints[0].message).toMatch(/has not been loaded yet/);
  });

  test("a breakpoint in a module imported later verifies when it loads, with a breakpoint event, and stops", async () => {
    const program = join(ROOT, "test", "dap", "importer.py");
    const helper = join(ROOT, "test", "dap", "dap_helper_mod.py");
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
    await dc.launchRequest({ program } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    const r = await dc.setBreakpointsRequest({ source: { path: helper }, breakpoints: [{ line: 6 }] });
    expect(r.body.breakpoints[0].verified).toBe(false);
    const changed = dc.waitForEvent("breakpoint") as Promise<DebugProtocol.BreakpointEvent>;
    const loaded: string[] = [];
    dc.on("loadedSource", (e: DebugProtocol.LoadedSourceEvent) => loaded.push(e.body.source.path ?? ""));
    const stopped = dc.waitForEvent("stopped") as Promise<DebugProtocol.StoppedEvent>;
    await dc.configurationDoneRequest();
    const ev = await changed;
    expect(ev.body.reason).toBe("changed");
    expect(ev.body.breakpoint.id).toBe(r.body.breakpoints[0].id);
    expect(ev.body.breakpoint.verified).toBe(true);
    expect(ev.body.breakpoint.line).toBe(7);
    expect(ev.body.breakpoint.message).toMatch(/moved to line 7/);
    const st = await stopped;
    expect(st.body.reason).toBe("breakpoint");
    expect(st.body.hitBreakpointIds).toEqual([r.body.breakpoints[0].id]);
    const frames = await stoppedAt();
    expect(frames.map((f) => [f.name, f.line])).toEqual([["add", 7], ["<module>", 4]]);
    expect(frames[0].source?.path).toBe(helper);
    expect(loaded).toContain(helper);
  });

  test("stepping into the standard library: its frames have a source reference the client can fetch", async () => {
    const program = join(ROOT, "test", "dap", "uses_stdlib.py");
    await startWith(program, [3], { justMyCode: false });
    const [name] = await stepTo(dc.stepInRequest({ threadId: 1 }));
    expect(name).toBe("capwords");
    const [top] = await stoppedAt();
    expect(top.source?.path).toBe("/lib/python314.zip/string/__init__.py");
    expect(top.source?.sourceReference).toBeGreaterThan(0);
    const src = await dc.sourceRequest({ source: top.source, sourceReference: top.source!.sourceReference! });
    const lines = src.body.content.split("\n");
    expect(lines[top.line - 1]).toMatch(/\S/);
    expect(src.body.content).toMatch(/^def capwords\(s, sep=None\):$/m);
  });

  test("justMyCode steps over the standard library", async () => {
    const program = join(ROOT, "test", "dap", "uses_stdlib.py");
    await startWith(program, [3], { justMyCode: true });
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["<module>", 4]);
  });

  test("an uncaught exception in a class body of an imported module stops there (import and class bodies catch nothing)", async () => {
    const program = join(ROOT, "test", "dap", "raises_in_import.py");
    const st = await startWith(program, []).then(() => dc.waitForEvent("stopped")) as DebugProtocol.StoppedEvent;
    expect(st.body.reason).toBe("exception");
    const frames = await stoppedAt();
    expect(frames.map((f) => [f.name, f.line])).toEqual([["Config", 6], ["<module>", 4], ["<module>", 2]]);
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect(info.body.exceptionId).toBe("ZeroDivisionError");
    expect(info.body.breakMode).toBe("unhandled");
  });

  test("recursion through native calls runs 5,000 deep under the debugger (the worker's large stack)", async () => {
    const program = join(ROOT, "test", "dap", "deep_init.py");
    const out = collectOutput("stdout");
    await startWith(program, []);
    await dc.waitForEvent("terminated", 60_000);
    expect(out.join("")).toBe("built a 5000-deep chain\n");
  });

  test("a condition that raises stops and says so once", async () => {
    const out = collectOutput("console");
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: MISC } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: MISC }, breakpoints: [{ line: 33, condition: "1 / 0" }] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    await stopped;
    expect((await topFrame()).line).toBe(33);
    expect(out.join("")).toBe("Error evaluating breakpoint condition '1 / 0': ZeroDivisionError: division by zero\n");
  });

  test("a logpoint whose expression fails logs the error and goes on", async () => {
    const out = collectOutput("console");
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: MISC } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: MISC }, breakpoints: [{ line: 33, logMessage: "x={x} bad={nope}" }] });
    const terminated = dc.waitForEvent("terminated");
    await dc.configurationDoneRequest();
    await terminated;
    expect(out.join("")).toBe("x=1 bad=<error: NameError: name 'nope' is not defined>\n");
  });

  test("breakpoints set while the program runs take effect", async () => {
    const spinning = new Promise<void>((resolve) => dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.output.includes("spinning")) resolve(); }));
    await Promise.all([dc.configurationSequence(), dc.launch({ program: LOOP })]);
    await spinning;
    const stopped = dc.waitForEvent("stopped");
    const r = await dc.setBreakpointsRequest({ source: { path: LOOP }, breakpoints: [{ line: 12 }] });
    expect(r.body.breakpoints[0].verified).toBe(true);
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("breakpoint");
    expect((await topFrame()).line).toBe(12);
  });

  test("terminate while running ends the program", async () => {
    const spinning = new Promise<void>((resolve) => dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.output.includes("spinning")) resolve(); }));
    await Promise.all([dc.configurationSequence(), dc.launch({ program: LOOP })]);
    await spinning;
    const terminated = dc.waitForEvent("terminated");
    await dc.terminateRequest({});
    await terminated;
  });

  test("launch without a program is an error", async () => {
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await expect(dc.launchRequest({} as DebugProtocol.LaunchRequestArguments)).rejects.toThrow(/'program' .* is required/);
  });

  test("completions of a module's attributes", async () => {
    await startWith(MISC, [33]);
    const r = await dc.customRequest("completions", { frameId: (await topFrame()).id, text: "sys.ar", column: 7 }) as DebugProtocol.CompletionsResponse;
    expect(r.body.targets.map((t) => t.label)).toEqual(["argv"]);
  });

  describe("where a breakpoint can stop", () => {
    const cases: [string, number, string, number][] = [
      ["a decorator line (when the decorated def runs)", 8, "<module>", 8],
      ["a def line", 13, "<module>", 13],
      ["a generator's body", 15, "gen", 15],
      ["a class body", 19, "Holder", 19],
      ["an except clause", 26, "guarded", 26],
      ["a finally clause", 28, "guarded", 28],
      ["a while loop's body", 35, "loop", 35],
      ["a lambda's line", 39, "<module>", 39],
    ];
    for (const [what, line, name, at] of cases) {
      test(what, async () => {
        await startWith(MORE, [line]);
        const top = await topFrame();
        expect([top.name, top.line]).toEqual([name, at]);
      });
    }
  });

  test("a loop-body breakpoint stops once per iteration", async () => {
    await startWith(MORE, [35]);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      seen.push((await dc.evaluateRequest({ expression: "n", frameId: (await topFrame()).id })).body.result);
      if (i < 4) await stepTo(dc.continueRequest({ threadId: 1 }));
    }
    expect(seen).toEqual(["0", "1", "2", "3", "4"]);
  });

  test("continue goes from one breakpoint to the next; clearing them runs to the end", async () => {
    await startWith(MORE, [10, 29]);
    expect((await topFrame()).name).toBe("decorated");
    expect(await stepTo(dc.continueRequest({ threadId: 1 }))).toEqual(["guarded", 29]);
    await dc.setBreakpointsRequest({ source: { path: MORE }, breakpoints: [] });
    const exited = dc.waitForEvent("exited");
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
  });

  test("a condition can read globals, and combines with a hit condition", async () => {
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: MORE } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: MORE }, breakpoints: [{ line: 35, condition: "n >= LIMIT - 2", hitCondition: "2" }] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    await stopped;
    expect((await dc.evaluateRequest({ expression: "n", frameId: (await topFrame()).id })).body.result).toBe("2");
  });

  test("a module-level condition and logpoint leave the module's namespace as it was", async () => {
    const program = join(ROOT, "test", "dap", "module_names.py");
    // the program's own output, run under the adapter with no breakpoint, then with them
    const run = async (breakpoints: DebugProtocol.SourceBreakpoint[]): Promise<[string, string]> => {
      const out = collectOutput("stdout"), log = collectOutput("console");
      const terminated = dc.waitForEvent("terminated");
      const initialized = dc.waitForEvent("initialized");
      await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
      await dc.launchRequest({ program } as DebugProtocol.LaunchRequestArguments);
      await initialized;
      await dc.setBreakpointsRequest({ source: { path: program }, breakpoints });
      await dc.configurationDoneRequest();
      await terminated;
      return [out.join(""), log.join("")];
    };
    const [plain] = await run([]);
    await dc.stop();
    dc = new DebugClient("node", ADAPTER, "tspy");
    await dc.start();
    const [debugged, log] = await run([{ line: 5, condition: "n > 99" }, { line: 6, logMessage: "total={total}" }]);
    expect(debugged).toBe(plain);
    expect(log).toBe("total=3\n");
  });

  test("noDebug (Run Without Debugging): the program runs to its end on the same worker, breakpoints are off", async () => {
    const run = async (extra: Record<string, unknown>, lines: number[]) => {
      const out = collectOutput("stdout");
      const stops: unknown[] = [];
      dc.on("stopped", (e) => stops.push(e));
      const exited = dc.waitForEvent("exited");
      const initialized = dc.waitForEvent("initialized");
      await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
      await dc.launchRequest({ program: BASIC, ...extra } as DebugProtocol.LaunchRequestArguments);
      await initialized;
      const bps = (await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: lines.map((line) => ({ line })) })).body.breakpoints;
      await dc.configurationDoneRequest();
      const code = ((await exited) as DebugProtocol.ExitedEvent).body.exitCode;
      return { out: out.join(""), stops, bps, code };
    };
    const plain = await run({}, []);
    await dc.stop();
    dc = new DebugClient("node", ADAPTER, "tspy");
    await dc.start();
    const noDebug = await run({ noDebug: true, stopOnEntry: true }, [2]);
    expect(noDebug.bps.map((b) => [b.verified, b.message])).toEqual([[false, "Running without debugging (noDebug): breakpoints are off."]]);
    expect(noDebug.stops).toEqual([]);
    expect(noDebug.code).toBe(plain.code);
    expect(noDebug.out).toBe(plain.out);
  });

  test("a logpoint with several expressions", async () => {
    const out = collectOutput("console");
    const terminated = dc.waitForEvent("terminated");
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: MORE } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: MORE }, breakpoints: [{ line: 36, logMessage: "n={n}, limit={LIMIT}, twice={n * 2}" }] });
    await dc.configurationDoneRequest();
    await terminated;
    expect(out.join("")).toBe("n=5, limit=3, twice=10\n");
  });

  test("step out of the module runs the program to its end", async () => {
    await startWith(MORE, [43]);
    const exited = dc.waitForEvent("exited");
    await dc.stepOutRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
  });

  test("step over the last line ends the program", async () => {
    await startWith(MORE, [43]);
    const exited = dc.waitForEvent("exited");
    await dc.nextRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
  });

  test("exceptionInfo outside an exception stop is an error", async () => {
    await startWith(MORE, [43]);
    await expect(dc.exceptionInfoRequest({ threadId: 1 })).rejects.toThrow(/no exception is being reported/);
  });

  test("an evaluation's side effects are seen by the program", async () => {
    await startWith(MORE, [43]);
    const r = await dc.evaluateRequest({ expression: "log.append('from the console') or log", frameId: (await topFrame()).id, context: "repl" });
    expect(r.body.result).toBe("['from the console']");
    expect(r.body.variablesReference).toBeGreaterThan(0);
    // the list the program holds is the one the console changed
    const again = await dc.evaluateRequest({ expression: "len(log)", frameId: (await topFrame()).id, context: "watch" });
    expect(again.body.result).toBe("1");
  });

  test("raised and uncaught together: a handled exception stops once, as raised", async () => {
    await dc.launch({ program: MORE });
    await dc.setExceptionBreakpointsRequest({ filters: ["raised", "uncaught"] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("exception");
    const info = await dc.exceptionInfoRequest({ threadId: 1 });
    expect([info.body.exceptionId, info.body.breakMode]).toEqual(["KeyError", "always"]);
    expect((await topFrame()).line).toBe(24);
    const exited = dc.waitForEvent("exited");
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
  });

  test("stopOnEntry, then continue reaches the first breakpoint", async () => {
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: BASIC, stopOnEntry: true } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 2 }] });
    const entry = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    expect(((await entry) as DebugProtocol.StoppedEvent).body.reason).toBe("entry");
    expect(await stepTo(dc.continueRequest({ threadId: 1 }))).toEqual(["add", 2]);
  });

  test("setBreakpoints replaces the file's breakpoints; ids are never reused", async () => {
    await dc.launch({ program: BASIC });
    const a = await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 2 }, { line: 3 }] });
    const b = await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 3 }] });
    const ids = [...a.body.breakpoints, ...b.body.breakpoints].map((x) => x.id);
    expect(new Set(ids).size).toBe(3);
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    await stopped;
    expect((await topFrame()).line).toBe(3); // line 2's breakpoint is gone
  });

  describe("function breakpoint names", () => {
    const cases: [string, string, number][] = [
      ["Class.method", "Box.__init__", 21], ["module.qualname", "__main__.fact", 7], ["a nested function's name", "inner", 14],
    ];
    for (const [what, name, line] of cases) {
      test(what, async () => {
        await dc.launch({ program: MISC });
        const r = await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name }] });
        expect(r.body.breakpoints[0].verified).toBe(true);
        const stopped = dc.waitForEvent("stopped");
        await dc.configurationDoneRequest();
        await stopped;
        expect((await topFrame()).line).toBe(line);
      });
    }
  });

  test("clearing function breakpoints", async () => {
    await dc.launch({ program: MISC });
    await dc.setFunctionBreakpointsRequest({ breakpoints: [{ name: "fact" }] });
    await dc.setFunctionBreakpointsRequest({ breakpoints: [] });
    const exited = dc.waitForEvent("exited");
    await dc.configurationDoneRequest();
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
  });

  test("the module frame has one scope, Globals, without dunders", async () => {
    await startWith(MORE, [43]);
    const scopes = await dc.scopesRequest({ frameId: (await topFrame()).id });
    expect(scopes.body.scopes.map((x) => x.name)).toEqual(["Globals"]);
    const names = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference })).body.variables.map((v) => v.name);
    expect(names).toEqual(["LIMIT", "deco", "decorated", "gen", "Holder", "guarded", "loop", "square", "log", "values"]);
  });

  test("evaluate in a caller's frame sees the caller's locals", async () => {
    await startWith(BASIC, [2]);
    const frames = await stoppedAt();
    expect((await dc.evaluateRequest({ expression: "xs", frameId: frames[1].id })).body.result).toBe("[1, 2, 3]");
    await expect(dc.evaluateRequest({ expression: "xs", frameId: frames[0].id })).rejects.toThrow("NameError: name 'xs' is not defined");
  });

  test("hover over an attribute chain", async () => {
    await startWith(MISC, [27]);
    const r = await dc.evaluateRequest({ expression: "b.meta['k']", frameId: (await topFrame()).id, context: "hover" });
    expect(r.body.result).toBe("1");
  });

  test("step into a decorated function lands in its body", async () => {
    await startWith(MORE, [42]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["decorated", 10]);
  });

  test("step into a class instantiation lands in __init__", async () => {
    await startWith(MISC, [26]);
    expect(await stepTo(dc.stepInRequest({ threadId: 1 }))).toEqual(["__init__", 21]);
  });

  test("variables of a tuple are indexed", async () => {
    await startWith(KINDS, [28]);
    const t = (await localsOfTop()).find((v) => v.name === "t")!;
    expect(t.indexedVariables).toBe(2);
    const items = (await dc.variablesRequest({ variablesReference: t.variablesReference, filter: "indexed", start: 1, count: 1 })).body.variables;
    expect(items.map((v) => [v.name, v.value])).toEqual([["1", "'two'"]]);
  });

  test("the advertised capabilities are exactly the implemented ones", async () => {
    const r = await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    const on = Object.entries(r.body ?? {}).filter(([, v]) => v === true).map(([k]) => k).sort();
    expect(on).toEqual([
      "supportsBreakpointLocationsRequest", "supportsCompletionsRequest", "supportsConditionalBreakpoints",
      "supportsConfigurationDoneRequest", "supportsDisassembleRequest", "supportsEvaluateForHovers",
      "supportsExceptionInfoRequest", "supportsFunctionBreakpoints", "supportsGotoTargetsRequest", "supportsHitConditionalBreakpoints",
      "supportsInstructionBreakpoints", "supportsLoadedSourcesRequest", "supportsLogPoints", "supportsRestartRequest",
      "supportsSetExpression", "supportsSetVariable", "supportsStepInTargetsRequest", "supportsSteppingGranularity",
      "supportsTerminateRequest",
    ]);
    expect(r.body?.exceptionBreakpointFilters?.map((f) => [f.filter, f.default])).toEqual([["raised", false], ["uncaught", true], ["userUnhandled", false]]);
  });

  test("loadedSources answers before configurationDone", async () => {
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", pathFormat: "path" });
    await dc.launchRequest({ program: MORE } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    const r = await dc.customRequest("loadedSources", {}) as DebugProtocol.LoadedSourcesResponse;
    expect(r.body.sources.map((x) => x.path)).toEqual([MORE]);
  });

  test("bad requests get DAP errors", async () => {
    await expect(dc.launch({ program: join(ROOT, "no-such-file.py") })).rejects.toThrow(/cannot find the program/);
  });
});

describe("tspy dap --port", () => {
  let server: ChildProcess;
  let port = 0;
  beforeEach(async () => {
    server = spawn(process.execPath, [join(ROOT, "bin", "tspy.js"), "dap", "--port", "0"], { stdio: ["ignore", "ignore", "pipe"] });
    port = await new Promise<number>((resolve, reject) => {
      let err = "";
      server.stderr!.on("data", (d: Buffer) => {
        err += d.toString();
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(err);
        if (m) resolve(Number(m[1]));
      });
      server.on("exit", () => reject(new Error(`tspy dap exited: ${err}`)));
    });
  });
  afterEach(() => {
    server.kill();
  });

  test("serves a session over TCP and refuses a second client", async () => {
    const client = new DebugClient("node", ADAPTER, "tspy");
    await client.start(port);
    await client.hitBreakpoint({ program: BASIC }, { path: BASIC, line: 2 });
    const second = await new Promise<string>((resolve) => {
      let text = "";
      const sock = connect(port, "127.0.0.1");
      sock.on("data", (d) => { text += d.toString(); });
      sock.on("close", () => resolve(text));
    });
    expect(second).toMatch(/already using port/);
    await client.stop();
  });

  test("a whole stepping session over TCP", async () => {
    const client = new DebugClient("node", ADAPTER, "tspy");
    await client.start(port);
    await client.hitBreakpoint({ program: BASIC }, { path: BASIC, line: 10 });
    await client.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [] });
    const stopped = client.waitForEvent("stopped");
    await client.stepInRequest({ threadId: 1 });
    await stopped;
    const st = await client.stackTraceRequest({ threadId: 1 });
    expect([st.body.stackFrames[0].name, st.body.stackFrames[0].line]).toEqual(["add", 2]);
    const exited = client.waitForEvent("exited");
    await client.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
    await client.stop();
  });

  test("a port in use is a clear error", async () => {
    const r = spawn(process.execPath, [join(ROOT, "bin", "tspy.js"), "dap", "--port", String(port)], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    r.stderr!.on("data", (d: Buffer) => { err += d.toString(); });
    const code = await new Promise<number | null>((resolve) => r.on("exit", resolve));
    expect(code).toBe(1);
    expect(err).toMatch(/port \d+ on 127\.0\.0\.1 is already in use/);
  });
});

// DAP gotoTargets / goto ("Jump to Cursor", "Set Next Statement") on frame.f_lineno: the program's
// output after the jump is what CPython 3.14 prints when a trace function makes the same jump.
describe("goto", () => {
  /** goto.py's stdout under CPython with a trace function that moves work() from line `from` to
   *  line `to` the first time it reaches `from`. */
  async function cpythonJump(from: number, to: number): Promise<string> {
    const { readFileSync } = await import("node:fs");
    const { cpythonRunBatch } = await import("./support/oracle.js");
    const tracer = [
      "import sys",
      "_done = []",
      "def _t(frame, event, arg):",
      "    if frame.f_code.co_name == 'work' and event == 'line' and frame.f_lineno == " + from + " and not _done:",
      "        _done.append(1)",
      "        frame.f_lineno = " + to,
      "    return _t",
      "sys.settrace(_t)",
      "",
    ].join("\n");
    // the tracer is set up on one line just before the call, below work(): its lines stay as they are
    const lines = readFileSync(GOTO, "utf8").split("\n");
    const call = lines.indexOf("print(work(2))");
    expect(call).toBeGreaterThan(8);
    const program = [...lines.slice(0, call), `exec(${JSON.stringify(tracer)})`, ...lines.slice(call)].join("\n");
    const [r] = await cpythonRunBatch([{ source: new TextEncoder().encode(program), filename: "/dap/goto.py" }]);
    expect(r.exit).toBe(0);
    return r.stdout;
  }

  async function jump(line: number): Promise<DebugProtocol.StoppedEvent> {
    const t = await dc.customRequest("gotoTargets", { source: { path: GOTO }, line }) as DebugProtocol.GotoTargetsResponse;
    expect(t.body.targets.map((x) => x.line)).toEqual([line]);
    const stopped = dc.waitForEvent("stopped");
    await dc.customRequest("goto", { threadId: 1, targetId: t.body.targets[0].id });
    return (await stopped) as DebugProtocol.StoppedEvent;
  }

  test("forward: the skipped lines do not run, and the frame is at the target", async () => {
    const init = await dc.initializeRequest({ adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
    expect(init.body?.supportsGotoTargetsRequest).toBe(true);
    await dc.stop();
    dc = new DebugClient("node", ADAPTER, "tspy");
    await dc.start();
    await startWith(GOTO, [3]);
    const out = collectOutput();
    const e = await jump(5);
    expect(e.body.reason).toBe("goto");
    expect((await topFrame()).line).toBe(5);
    // the target line runs next: a step stops at the line after it
    expect(await stepTo(dc.nextRequest({ threadId: 1 }))).toEqual(["work", 6]);
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    expect(out.join("")).toBe(await cpythonJump(3, 5));
  });

  test("backward: the lines run again", async () => {
    await startWith(GOTO, [5]);
    const out = collectOutput();
    await jump(3);
    expect((await topFrame()).line).toBe(3);
    // (line 5 runs again: without its breakpoint, to the end)
    await dc.setBreakpointsRequest({ source: { path: GOTO }, breakpoints: [] });
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    expect(out.join("")).toBe(await cpythonJump(5, 3));
  });

  test("CPython's refusals are the error, and the program goes on where it was", async () => {
    await startWith(GOTO, [3]);
    const out = collectOutput();
    const t = await dc.customRequest("gotoTargets", { source: { path: GOTO }, line: 7 }) as DebugProtocol.GotoTargetsResponse;
    expect(t.body.targets.map((x) => x.line)).toEqual([7]);
    const err = await dc.customRequest("goto", { threadId: 1, targetId: t.body.targets[0].id }).then(() => "", (e: Error) => e.message);
    expect(err).toContain("can't jump into the body of a for loop");
    expect((await topFrame()).line).toBe(3);
    // no target in another function's body, past the frame's code, or in another file
    for (const [path, line] of [[GOTO, 12], [GOTO, 16], [BASIC, 3]] as const) {
      const r = await dc.customRequest("gotoTargets", { source: { path }, line }) as DebugProtocol.GotoTargetsResponse;
      expect(r.body.targets).toEqual([]);
    }
    const bad = await dc.customRequest("goto", { threadId: 1, targetId: 99 }).then(() => "", (e: Error) => e.message);
    expect(bad).toContain("comes after the current code block");
    const terminated = dc.waitForEvent("terminated");
    await dc.continueRequest({ threadId: 1 });
    await terminated;
    const [r] = await (await import("./support/oracle.js")).cpythonRunBatch([{ source: new TextEncoder().encode((await import("node:fs")).readFileSync(GOTO, "utf8")), filename: "/dap/goto.py" }]);
    expect(out.join("")).toBe(r.stdout);
  });

  test("at an exception stop the frame cannot be moved, and says why", async () => {
    const stopped = dc.waitForEvent("stopped");
    await Promise.all([dc.configurationSequence(), dc.launch({ program: ERRORS })]);
    expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("exception");
    const t = await dc.customRequest("gotoTargets", { source: { path: ERRORS }, line: 2 }) as DebugProtocol.GotoTargetsResponse;
    expect(t.body.targets.map((x) => x.line)).toEqual([2]); // parse() stopped: a line of its own
    const err = await dc.customRequest("goto", { threadId: 1, targetId: t.body.targets[0].id }).then(() => "", (e: Error) => e.message);
    expect(err).toContain("did not stop at the start of a line");
    expect((await topFrame()).line).toBe(2);
  });
});
