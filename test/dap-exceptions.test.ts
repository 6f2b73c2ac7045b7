// Where the exception filters stop (issue 6), over the Debug Adapter Protocol with the real adapter:
// 'uncaught' and 'userUnhandled' are decided when a frame unwinds (PY_UNWIND) rather than at every
// RAISE, and these pin that the stop is still in the raising frame on the raising line, after any
// finally block or non-matching except clause ran (as it was when RAISE/RERAISE decided it).
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { DebugClient } from "@vscode/debugadapter-testsupport";
import type { DebugProtocol } from "@vscode/debugprotocol";
import { afterEach, beforeEach, describe, expect, test } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ADAPTER = join(ROOT, "dist", "adapter", "main.js");
const PROGRAM = join(ROOT, "test", "dap", "uncaught.py");
const SOURCE = readFileSync(PROGRAM, "utf8").split("\n");
/** the line marked `# <mark>` in uncaught.py */
const lineOf = (mark: string) => SOURCE.findIndex((l) => l.endsWith(`# ${mark}`)) + 1;
/** the first line of the program's dispatch for a kind (`if kind == "..."` / `elif ...`) + n */
const callLine = (kind: string, n = 1) => SOURCE.findIndex((l) => l.includes(`kind == "${kind}"`)) + 1 + n;

let dc: DebugClient;
beforeEach(async () => {
  dc = new DebugClient("node", ADAPTER, "tspy");
  await dc.start();
});
afterEach(async () => {
  await dc.stop();
});

/** initialize, launch, await initialized, setExceptionBreakpoints, configurationDone (explicitly) */
async function run(kind: string, filters: string[], out: string[]): Promise<void> {
  dc.on("output", (e: DebugProtocol.OutputEvent) => { if (e.body.category === "stdout") out.push(e.body.output); });
  const initialized = dc.waitForEvent("initialized");
  await dc.initializeRequest({ adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
  await dc.launchRequest({ program: PROGRAM, args: [kind] } as DebugProtocol.LaunchRequestArguments);
  await initialized;
  await dc.setBreakpointsRequest({ source: { path: PROGRAM }, breakpoints: [] });
  await dc.setExceptionBreakpointsRequest({ filters });
  await dc.configurationDoneRequest();
}

async function stopFrames(): Promise<[string, number][]> {
  const frames = (await dc.stackTraceRequest({ threadId: 1 })).body.stackFrames;
  return frames.filter((f) => f.source?.path === PROGRAM).map((f) => [f.name, f.line]);
}

async function expectStop(kind: string, filters: string[], frames: [string, number][], exceptionId: string, breakMode: string, outBefore: string): Promise<string[]> {
  const out: string[] = [];
  const stopped = dc.waitForEvent("stopped");
  await run(kind, filters, out);
  expect(((await stopped) as DebugProtocol.StoppedEvent).body.reason).toBe("exception");
  expect(await stopFrames()).toEqual(frames);
  const info = await dc.exceptionInfoRequest({ threadId: 1 });
  expect([info.body.exceptionId, info.body.breakMode]).toEqual([exceptionId, breakMode]);
  expect(out.join("")).toBe(outBefore);
  return out;
}

async function toEnd(exitCode: number): Promise<void> {
  const exited = dc.waitForEvent("exited");
  await dc.continueRequest({ threadId: 1 });
  expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(exitCode);
}

describe("exception filters", () => {
  test("uncaught through a finally block: stops on the raise line after the finally block ran", async () => {
    await expectStop("finally", ["uncaught"], [["in_finally", lineOf("finally")], ["<module>", callLine("finally")]], "ValueError", "unhandled", "cleanup\n");
    await toEnd(1);
  });

  test("uncaught past an except clause that does not match: stops on the raise line", async () => {
    await expectStop("nomatch", ["uncaught"], [["no_match", lineOf("nomatch")], ["<module>", callLine("nomatch")]], "ValueError", "unhandled", "");
    await toEnd(1);
  });

  test("uncaught three calls deep: stops once, in the innermost frame", async () => {
    await expectStop("deep", ["uncaught"], [["c", lineOf("deep")], ["b", lineOf("deep") + 4], ["a", lineOf("deep") + 8], ["<module>", callLine("deep")]], "ZeroDivisionError", "unhandled", "");
    await toEnd(1);
  });

  test("uncaught in a generator a for loop drives: stops in the generator", async () => {
    await expectStop("generator", ["uncaught"], [["gen", lineOf("generator")], ["<module>", callLine("generator")]], "RuntimeError", "unhandled", "got 1\n");
    await toEnd(1);
  });

  test("a key function's exception passes through sorted (native code): stops in the caller, on the sorted line", async () => {
    await expectStop("key", ["uncaught"], [["<module>", lineOf("key")]], "ZeroDivisionError", "unhandled", "");
    await toEnd(1);
  });

  test("an exception handled in a caller is not uncaught", async () => {
    const out: string[] = [];
    const exited = dc.waitForEvent("exited");
    await run("handled", ["uncaught"], out);
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
    expect(out.join("")).toBe("handled\nend\n");
  });

  test("userUnhandled: raised in the program's code and passing into the standard library (copy.deepcopy) stops there", async () => {
    await expectStop("userUnhandled", ["uncaught", "userUnhandled"], [["__deepcopy__", lineOf("userUnhandled")], ["<module>", callLine("userUnhandled", 2)]], "TypeError", "userUnhandled", "");
    await toEnd(0);
  });

  test("without userUnhandled the same exception, caught by the program, does not stop", async () => {
    const out: string[] = [];
    const exited = dc.waitForEvent("exited");
    await run("userUnhandled", ["uncaught"], out);
    expect(((await exited) as DebugProtocol.ExitedEvent).body.exitCode).toBe(0);
    expect(out.join("")).toBe("caught\n");
  });

  test("raised and uncaught together: the uncaught one stops once, as raised, where it is raised", async () => {
    await expectStop("deep", ["raised", "uncaught"], [["c", lineOf("deep")], ["b", lineOf("deep") + 4], ["a", lineOf("deep") + 8], ["<module>", callLine("deep")]], "ZeroDivisionError", "unhandled", "");
    await toEnd(1);
  });
});
