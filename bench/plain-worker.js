// A program run with no debugger, on a worker thread like the debuggee's (bench/adapter.js baseline).
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
const { Interpreter } = await import("../dist/interp/vm/interpreter.js");
const interp = new Interpreter({ stdout: () => {}, stderr: () => {} });
const t0 = performance.now();
interp.runMain(readFileSync(workerData.file, "utf8"), workerData.file);
parentPort.postMessage(performance.now() - t0);
