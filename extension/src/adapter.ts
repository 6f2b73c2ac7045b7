// The debug adapter as a process of its own (setting tspy.debugAdapter.runMode = "process"): DAP on
// stdio, with the debuggee worker bundled beside it as dist/worker.js.
import * as path from "node:path";
import { TspyDebugSession } from "../../src/adapter/session.js";

process.env.TSPY_STDLIB_ZIP ??= path.join(__dirname, "python_stdlib.zip");
const session = new TspyDebugSession({ workerPath: path.join(__dirname, "worker.js") });
session.setRunAsServer(false);
session.start(process.stdin, process.stdout);
