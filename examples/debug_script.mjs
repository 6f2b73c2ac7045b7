// Debugging a Python program from a script: start `tspy dap` on stdio and speak the Debug Adapter
// Protocol to it (Content-Length framed JSON), with no library. Sets a breakpoint in
// examples/demo.py, prints the stack and the locals at each stop, steps over twice, continues.
//   node examples/debug_script.mjs
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const program = fileURLToPath(new URL("./demo.py", import.meta.url));
const adapter = spawn(process.execPath, [fileURLToPath(new URL("../bin/tspy.js", import.meta.url)), "dap"], { stdio: ["pipe", "pipe", "inherit"] });

let seq = 1, buffer = Buffer.alloc(0);
const waiting = new Map(), listeners = [];
function send(command, args = {}) {
  const msg = JSON.stringify({ seq: seq++, type: "request", command, arguments: args });
  adapter.stdin.write(`Content-Length: ${Buffer.byteLength(msg)}\r\n\r\n${msg}`);
  return new Promise((resolve, reject) => waiting.set(seq - 1, (r) => (r.success ? resolve(r.body) : reject(new Error(r.message)))));
}
const next = (event) => new Promise((resolve) => listeners.push({ event, resolve }));
adapter.stdout.on("data", (chunk) => {
  buffer = Buffer.concat([buffer, chunk]);
  for (;;) {
    const head = buffer.indexOf("\r\n\r\n");
    if (head < 0) return;
    const length = Number(/Content-Length: (\d+)/.exec(buffer.subarray(0, head).toString())[1]);
    if (buffer.length < head + 4 + length) return;
    const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
    buffer = buffer.subarray(head + 4 + length);
    if (msg.type === "response") waiting.get(msg.request_seq)?.(msg);
    else if (msg.event === "output" && msg.body.category === "stdout") process.stdout.write(msg.body.output);
    else for (const [i, l] of listeners.entries()) if (l.event === msg.event) { listeners.splice(i, 1); l.resolve(msg.body); break; }
  }
});

async function showStop() {
  const { stackFrames } = await send("stackTrace", { threadId: 1 });
  const top = stackFrames[0];
  console.log(`stopped in ${stackFrames.map((f) => `${f.name}:${f.line}`).join(" <- ")}`);
  const { scopes } = await send("scopes", { frameId: top.id });
  const { variables } = await send("variables", { variablesReference: scopes[0].variablesReference });
  for (const v of variables) console.log(`  ${v.name} = ${v.value}`);
}

await send("initialize", { adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
const initialized = next("initialized");
await send("launch", { program });
await initialized;
await send("setBreakpoints", { source: { path: program }, breakpoints: [{ line: 22 }] }); // if item.qty < threshold
let stopped = next("stopped");
await send("configurationDone");
await stopped;
await showStop();
for (let i = 0; i < 2; i++) {
  stopped = next("stopped");
  await send("next", { threadId: 1 });
  await stopped;
  await showStop();
}
const { result } = await send("evaluate", { expression: "item.total", frameId: (await send("stackTrace", { threadId: 1 })).stackFrames[0].id, context: "repl" });
console.log(`item.total = ${result}`);
await send("setBreakpoints", { source: { path: program }, breakpoints: [] });
const exited = next("exited");
await send("continue", { threadId: 1 });
console.log(`exit code ${(await exited).exitCode}`);
adapter.kill();
