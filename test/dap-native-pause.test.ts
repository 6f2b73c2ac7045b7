// Pause inside long-running builtins (issue 6: "pause (also inside `while True: pass` and inside
// long-running builtins)"), over the Debug Adapter Protocol with the real adapter on stdio.
// Native loops look at the eval breaker every so often (src/interp/objects/interrupt.ts); a pause
// stops in the Python frame that called the builtin, on its line, the user can inspect and
// evaluate there, and on continue the builtin goes on where it was and the program ends normally.
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DebugClient } from "@vscode/debugadapter-testsupport";
import type { DebugProtocol } from "@vscode/debugprotocol";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ADAPTER = join(ROOT, "dist", "adapter", "main.js");
const NATIVE = join(ROOT, "test", "dap", "native_pause.py");
const BASIC = join(ROOT, "test", "dap", "basic.py");
const SOURCE = readFileSync(NATIVE, "utf8").split("\n");
/** the line that calls the builtin of a kind (marked `# <kind>` in native_pause.py) */
const lineOf = (kind: string) => SOURCE.findIndex((l) => l.endsWith(`# ${kind}`)) + 1;

// CPython's output for each kind (`python3 test/dap/native_pause.py KIND`, the last line)
const EXPECTED: Record<string, string> = {
  "re.match": "None",
  "re.search": "None",
  "re.findall": "600000",
  "re.sub": "3600000",
  "sorted": "1000000",
  "list.sort": "1000000",
  "sum": "199999990000000",
  "max": "9999999",
  "all": "True",
  "list": "10000000",
  "join": "12888890",
  "bytearray": "10000000",
  "permutations": "362880",
  "deque": "5",
  "pow": "1",
  "powmod": "199",
  "factorial": "0",
  "str": "1690197",
  "sleep": "1",
};

let dc: DebugClient;
beforeEach(async () => {
  dc = new DebugClient("node", ADAPTER, "tspy");
  await dc.start();
});
afterEach(async () => {
  await dc.stop();
});

/** initialize, launch, await initialized, configurationDone (explicitly, in that order); resolves
 *  when the program has printed "go", just before it calls the builtin */
async function launchKind(kind: string, out: string[]): Promise<void> {
  const go = new Promise<void>((resolve) => dc.on("output", (e: DebugProtocol.OutputEvent) => {
    if (e.body.category === "stdout") {
      out.push(e.body.output);
      if (e.body.output.includes("go")) resolve();
    }
  }));
  const initialized = dc.waitForEvent("initialized");
  await dc.initializeRequest({ adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
  await dc.launchRequest({ program: NATIVE, args: [kind] } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  await dc.setBreakpointsRequest({ source: { path: NATIVE }, breakpoints: [] });
  await dc.configurationDoneRequest();
  await go;
}

async function evaluate(expression: string, frameId: number): Promise<string> {
  return (await dc.evaluateRequest({ expression, frameId, context: "watch" })).body.result;
}

describe("pause inside a long-running builtin", () => {
  for (const kind of Object.keys(EXPECTED)) {
    test(kind, async () => {
      const out: string[] = [];
      await launchKind(kind, out);
      const stopped = dc.waitForEvent("stopped");
      await dc.pauseRequest({ threadId: 1 });
      expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("pause");
      const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
      // the program's frame is the one that called the builtin, stopped on that line; only
      // re's own functions (re.match -> Pattern.match) may sit above it, as library frames
      const user = frames.findIndex((f) => f.source?.path === NATIVE);
      expect(user).toBeGreaterThanOrEqual(0);
      expect([frames[user].name, frames[user].line]).toEqual(["<module>", lineOf(kind)]);
      for (const f of frames.slice(0, user)) expect(f.presentationHint).toBe("subtle");
      if (!kind.startsWith("re.")) expect(user).toBe(0);
      const frameId = frames[user].id;
      // still inside the builtin: its result is not assigned yet
      expect(await evaluate("'r' in globals()", frameId)).toBe("False");
      expect(await evaluate("kind", frameId)).toBe(`'${kind}'`);
      // Python code and other builtins run while the builtin is suspended
      expect(await evaluate("sum(range(10)) + len(sorted([3, 1, 2]))", frameId)).toBe("48");
      expect(await evaluate("re.match(r'(a)(b)', 'ab').groups()", frameId)).toBe("('a', 'b')");
      const scopes = await dc.scopesRequest({ frameId });
      const globals = (await dc.variablesRequest({ variablesReference: scopes.body.scopes[0].variablesReference })).body.variables;
      expect(globals.find((v) => v.name === "kind")?.value).toBe(`'${kind}'`);
      // the builtin goes on where it was and the program ends with CPython's output
      const terminated = dc.waitForEvent("terminated");
      await dc.continueRequest({ threadId: 1 });
      await terminated;
      expect(out.join("")).toBe(`go\ndone ${kind} ${EXPECTED[kind]}\n`);
    });
  }
});

describe("a long-running builtin in an evaluation", () => {
  test("is interrupted by the inspection timeout (KeyboardInterrupt from inside the builtin), and the program goes on", async () => {
    const out: string[] = [];
    dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.category === "stdout") out.push(e.body.output); });
    const initialized = dc.waitForEvent("initialized");
    await dc.initializeRequest({ adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
    await dc.launchRequest({ program: BASIC } as DebugProtocol.LaunchRequestArguments);
    await initialized;
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [{ line: 2 }] });
    const stopped = dc.waitForEvent("stopped");
    await dc.configurationDoneRequest();
    await stopped;
    const [top] = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
    // sum over 10**12 items never returns by itself: no bytecode runs, only the builtin's loop
    await expect(dc.evaluateRequest({ expression: "sum(range(10**12))", frameId: top.id, context: "repl" })).rejects.toThrow(/KeyboardInterrupt/);
    expect(await evaluate("a + b", top.id)).toBe("1");
    await dc.setBreakpointsRequest({ source: { path: BASIC }, breakpoints: [] });
    const exited = dc.waitForEvent("exited");
    await dc.continueRequest({ threadId: 1 });
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
    expect(out.join("")).toBe("result 6\ndone\n");
  });
});
