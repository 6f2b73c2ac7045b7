// A program run with no debugger, on a worker thread like the debuggee's (bench/adapter.js baseline):
// posts the wall time and the thread's CPU time (ms; CPU undefined where /proc/thread-self is not).
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
const { Interpreter } = await import("../dist/interp/vm/interpreter.js");
const { threadCpuMs } = await import("../dist/adapter/cputime.js");
const interp = new Interpreter({ stdout: () => {}, stderr: () => {} });
const t0 = performance.now(), c0 = threadCpuMs();
interp.runMain(readFileSync(workerData.file, "utf8"), workerData.file);
const c1 = threadCpuMs();
parentPort.postMessage({ ms: performance.now() - t0, cpuMs: c0 !== undefined && c1 !== undefined ? c1 - c0 : undefined });
