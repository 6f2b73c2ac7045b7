// The debuggee worker thread: reads the program, runs it under the DebugRuntime, and posts events
// (output, stops, replies, the exit) to the host. Started by host.ts with the launch configuration,
// the command port and the shared Int32Array (eval breaker + wake-up signal) in workerData.
import { readFileSync } from "node:fs";
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { DebugRuntime } from "./runtime.js";
import type { LaunchConfig, RuntimeEvent } from "./protocol.js";

const { config, port, shared } = workerData as { config: LaunchConfig; port: MessagePort; shared: Int32Array };
const post = (e: RuntimeEvent) => parentPort!.postMessage(e);

let source: string;
try {
  process.chdir(config.cwd);
} catch {
  // the host checked cwd; a failure here leaves the worker in the adapter's directory
}
try {
  source = readFileSync(config.program, "utf8");
} catch (e) {
  post({ event: "output", category: "stderr", text: `tspy: can't open file '${config.program}': ${(e as Error).message}\n` });
  post({ event: "exited", exitCode: 2 });
  process.exit(0);
}
new DebugRuntime(config, port, shared, post).run(source!);
