// The bundled extension (dist/extension.js) outside VS Code: a stand-in `vscode` module records what
// activate() registers, then a whole DAP session runs through the adapter factory's
// DebugAdapterInlineImplementation the way VS Code drives one (handleMessage in, onDidSendMessage
// out), and through the process mode's DebugAdapterExecutable (dist/adapter.js on stdio).
// `npm test` here builds first; the real VS Code test is `npm run test:vscode`.
const { test } = require("node:test");
const assert = require("node:assert/strict");
const { spawn } = require("node:child_process");
const Module = require("node:module");
const path = require("node:path");

const ROOT = path.join(__dirname, "..");
const PROGRAM = path.join(ROOT, "..", "examples", "debug_demo.py");
const manifest = require(path.join(ROOT, "package.json"));

// ---- a stand-in for the parts of the vscode API the extension uses ---------------------------
const registered = { providers: [], factories: new Map(), commands: new Map() };
const settings = { runMode: "inline", nodePath: "" };
class Uri { constructor(fsPath) { this.fsPath = fsPath; this.scheme = "file"; } }
const vscode = {
  Uri,
  DebugConfigurationProviderTriggerKind: { Initial: 1, Dynamic: 2 },
  DebugAdapterInlineImplementation: class { constructor(impl) { this.implementation = impl; } },
  DebugAdapterExecutable: class { constructor(command, args, options) { Object.assign(this, { command, args, options }); } },
  debug: {
    registerDebugConfigurationProvider: (type, provider, trigger = 1) => (registered.providers.push({ type, provider, trigger }), { dispose() {} }),
    registerDebugAdapterDescriptorFactory: (type, factory) => (registered.factories.set(type, factory), { dispose() {} }),
    startDebugging: async (folder, config) => ((registered.started = { folder, config }), true),
  },
  commands: { registerCommand: (id, fn) => (registered.commands.set(id, fn), { dispose() {} }) },
  window: { activeTextEditor: undefined, showErrorMessage: async () => undefined, showInformationMessage: async () => undefined },
  workspace: {
    textDocuments: [],
    getWorkspaceFolder: () => undefined,
    getConfiguration: () => ({ get: (key, dflt) => settings[key] ?? dflt }),
  },
};
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === "vscode" ? vscode : load.call(this, request, ...rest);
};
const extension = require(path.join(ROOT, "dist", "extension.js"));
extension.activate({ subscriptions: [], extensionPath: ROOT });

// ---- a DAP client over either transport --------------------------------------------------------
class Client {
  constructor(send) { this.send = send; this.seq = 1; this.pending = new Map(); this.events = []; this.waiters = []; this.output = ""; }
  receive(msg) {
    if (msg.type === "response") {
      const p = this.pending.get(msg.request_seq);
      this.pending.delete(msg.request_seq);
      if (msg.success) p.resolve(msg); else p.reject(new Error(`${msg.command}: ${msg.message}`));
    } else if (msg.type === "event") {
      if (msg.event === "output") this.output += msg.body.output;
      this.events.push(msg);
      this.waiters = this.waiters.filter((w) => !(w.name === msg.event && (w.resolve(msg), true)));
    }
  }
  request(command, args = {}) {
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.send({ seq, type: "request", command, arguments: args });
    });
  }
  event(name) {
    const seen = this.events.findIndex((e) => e.event === name);
    if (seen >= 0) return Promise.resolve(this.events.splice(seen, 1)[0]);
    return new Promise((resolve) => this.waiters.push({ name, resolve })).then((e) => (this.events.splice(this.events.indexOf(e), 1), e));
  }
}

/** The session the e2e test runs in the browser, at the DAP level. */
async function debugDemo(client) {
  await client.request("initialize", { adapterID: "tspy", linesStartAt1: true, columnsStartAt1: true, pathFormat: "path" });
  await client.request("launch", { program: PROGRAM, cwd: path.dirname(PROGRAM), env: { TSPY_TEST: "1" } });
  await client.event("initialized");
  const bps = await client.request("setBreakpoints", { source: { path: PROGRAM }, breakpoints: [{ line: 8 }] });
  assert.equal(bps.body.breakpoints[0].verified, true);
  await client.request("configurationDone");
  assert.equal((await client.event("stopped")).body.reason, "breakpoint");
  const st = await client.request("stackTrace", { threadId: 1 });
  assert.deepEqual(st.body.stackFrames.map((f) => f.name), ["total_price", "main", "<module>"]);
  assert.equal(st.body.stackFrames[0].line, 8);
  const scopes = await client.request("scopes", { frameId: st.body.stackFrames[0].id });
  const locals = await client.request("variables", { variablesReference: scopes.body.scopes[0].variablesReference });
  assert.equal(locals.body.variables.find((v) => v.name === "subtotal").value, "20");
  const watch = await client.request("evaluate", { expression: "subtotal * 2", frameId: st.body.stackFrames[0].id, context: "watch" });
  assert.equal(watch.body.result, "40");
  await client.request("next", { threadId: 1 });
  await client.event("stopped");
  const st2 = await client.request("stackTrace", { threadId: 1 });
  assert.equal(st2.body.stackFrames[0].line, 9);
  await client.request("continue", { threadId: 1 });
  await client.event("terminated");
  assert.match(client.output, /total: 25\.0\ndone\n/);
}

test("the manifest contributes the tspy debug type for Python", () => {
  const dbg = manifest.contributes.debuggers[0];
  assert.equal(dbg.type, "tspy");
  assert.equal(dbg.label, "Python (tspy)");
  assert.deepEqual(dbg.languages, ["python"]);
  for (const attr of ["program", "args", "cwd", "env", "stopOnEntry", "justMyCode"]) {
    const a = dbg.configurationAttributes.launch.properties[attr];
    assert.ok(a.description && "default" in a, attr);
  }
  assert.deepEqual(manifest.contributes.breakpoints, [{ language: "python" }]);
  assert.ok(manifest.contributes.menus["editor/title/run"].some((m) => m.command === "tspy.debugFile"));
  assert.ok(registered.commands.has("tspy.debugFile"));
});

test("F5 with no launch.json debugs the active Python file", () => {
  const provider = registered.providers.find((p) => p.trigger === 1).provider;
  vscode.window.activeTextEditor = { document: { languageId: "python", uri: new Uri(PROGRAM) } };
  const config = provider.resolveDebugConfiguration(undefined, {});
  assert.deepEqual({ ...config }, { type: "tspy", request: "launch", name: "Python (tspy): Current File", program: "${file}", cwd: "${fileDirname}" });
  vscode.window.activeTextEditor = undefined;
  assert.equal(provider.resolveDebugConfiguration(undefined, {}), undefined);
  assert.equal(provider.resolveDebugConfiguration(undefined, { type: "tspy", request: "launch", name: "x" }), undefined);
});

test("the editor-title command starts a tspy session on the file", async () => {
  assert.equal(await registered.commands.get("tspy.debugFile")(new Uri(PROGRAM)), true);
  assert.equal(registered.started.config.type, "tspy");
  assert.equal(registered.started.config.program, PROGRAM);
});

test("a DAP session through the inline adapter (the default)", async () => {
  settings.runMode = "inline";
  const descriptor = registered.factories.get("tspy").createDebugAdapterDescriptor({ configuration: {} });
  assert.ok(descriptor instanceof vscode.DebugAdapterInlineImplementation);
  const adapter = descriptor.implementation;
  const client = new Client((msg) => adapter.handleMessage(msg));
  const sub = adapter.onDidSendMessage((msg) => client.receive(msg));
  try {
    await debugDemo(client);
  } finally {
    sub.dispose();
    adapter.dispose();
  }
});

test("a DAP session through the adapter as a separate process", async () => {
  settings.runMode = "process";
  settings.nodePath = process.execPath;
  const descriptor = registered.factories.get("tspy").createDebugAdapterDescriptor({ configuration: {} });
  assert.ok(descriptor instanceof vscode.DebugAdapterExecutable);
  assert.deepEqual(descriptor.args, [path.join(ROOT, "dist", "adapter.js")]);
  const child = spawn(descriptor.command, descriptor.args, { env: { ...process.env, ...descriptor.options.env }, stdio: ["pipe", "pipe", "inherit"] });
  const client = new Client((msg) => {
    const body = JSON.stringify(msg);
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  });
  let buf = Buffer.alloc(0);
  child.stdout.on("data", (d) => {
    buf = Buffer.concat([buf, d]);
    for (;;) {
      const head = buf.indexOf("\r\n\r\n");
      if (head < 0) return;
      const len = Number(/Content-Length: (\d+)/.exec(buf.subarray(0, head).toString())[1]);
      if (buf.length < head + 4 + len) return;
      client.receive(JSON.parse(buf.subarray(head + 4, head + 4 + len).toString()));
      buf = buf.subarray(head + 4 + len);
    }
  });
  try {
    await debugDemo(client);
    await client.request("disconnect", {});
  } finally {
    child.kill();
  }
});
