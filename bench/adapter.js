// Debug adapter benchmark (part of `npm run bench`, issue 6). Numbers only; nothing asserted.
//   1. launch -> first breakpoint stop: a fresh adapter session per run (DebugHost in-process:
//      worker start, compile, breakpoints, run to the stop), median of BENCH_ADAPTER_LAUNCHES (20).
//   2. next -> stopped latency: median over BENCH_ADAPTER_STEPS (1,000) steps in a loop.
//   3. each bench/programs/*.py under the debugger with 10 breakpoints in a function it never calls,
//      and with a conditional breakpoint whose condition is always false on its most-run line, as
//      ratios to the same program without a debugger (the same worker, launched with `noDebug`);
//      run time measured inside the worker, best of BENCH_ADAPTER_RUNS (4) alternating runs (2 for the condition), as wall
//      time and as the worker thread's CPU time (Linux /proc/thread-self/stat; 10 ms ticks), which
//      other processes on a busy machine disturb much less: both ratios are printed.
// It drives the host (src/adapter/host.ts) directly: the DAP layer adds a JSON hop per message.
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { programFiles } from "./programs.js";

const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2; };
const LAUNCHES = Number(process.env.BENCH_ADAPTER_LAUNCHES ?? 20);
const STEPS = Number(process.env.BENCH_ADAPTER_STEPS ?? 1000);
// alternating runs with and without the 10 unhit breakpoints (each run is a fresh worker, whose JIT
// makes the same program differ by up to ~15% from worker to worker: the best of several counts)
const RUNS = Math.max(1, Number(process.env.BENCH_ADAPTER_RUNS ?? 4));

async function session(program, setup, extra = {}) {
  const { DebuggeeHost } = await import("../dist/adapter/host.js");
  const host = new DebuggeeHost();
  const stops = [];
  let waiter = null;
  host.on("stopped", () => { if (waiter) { const w = waiter; waiter = null; w(); } else stops.push(1); });
  const exited = new Promise((resolve) => host.on("exited", (code, runMs, cpuMs) => resolve({ code, runMs, cpuMs })));
  const nextStop = () => new Promise((resolve) => { if (stops.length) { stops.pop(); resolve(); } else waiter = resolve; });
  await host.launch({ program, args: [], cwd: process.cwd(), stopOnEntry: false, justMyCode: true, env: {}, ...extra });
  await setup(host);
  return { host, nextStop, exited };
}

async function launchToStop(dir) {
  const file = join(dir, "launch.py");
  writeFileSync(file, "def f(x):\n    y = x + 1\n    return y\n\nprint(f(1))\n");
  const times = [];
  for (let i = 0; i < LAUNCHES; i++) {
    const t0 = performance.now();
    const s = await session(file, (h) => h.request({ cmd: "setBreakpoints", path: file, breakpoints: [{ line: 2 }] }));
    const stopped = s.nextStop();
    await s.host.request({ cmd: "start" });
    await stopped;
    times.push(performance.now() - t0);
    await s.host.request({ cmd: "resume", how: "continue" });
    await s.exited;
    await s.host.terminate();
  }
  return median(times);
}

async function stepLatency(dir) {
  const file = join(dir, "steps.py");
  writeFileSync(file, "total = 0\nfor i in range(100000):\n    total += i\n    total -= 1\nprint(total)\n");
  const s = await session(file, (h) => h.request({ cmd: "setBreakpoints", path: file, breakpoints: [{ line: 3 }] }));
  let stopped = s.nextStop();
  await s.host.request({ cmd: "start" });
  await stopped;
  await s.host.request({ cmd: "setBreakpoints", path: file, breakpoints: [] });
  const times = [];
  for (let i = 0; i < STEPS; i++) {
    stopped = s.nextStop();
    const t0 = performance.now();
    await s.host.request({ cmd: "resume", how: "next" });
    await stopped;
    times.push(performance.now() - t0);
  }
  await s.host.terminate();
  return median(times);
}

/** The most-executed line of a program (counted with a sys.monitoring LINE tool in-process). */
async function hottestLine(file) {
  const { Interpreter } = await import("../dist/interp/vm/interpreter.js");
  const counter = "import sys as _s\n_c = {}\ndef _l(code, line):\n    _c[line] = _c.get(line, 0) + 1\n_s.monitoring.use_tool_id(0, 'count')\n_s.monitoring.register_callback(0, _s.monitoring.events.LINE, _l)\n_s.monitoring.set_events(0, _s.monitoring.events.LINE)\n";
  const src = readFileSync(file, "utf8");
  let out = "";
  const interp = new Interpreter({ stdout: () => {}, stderr: (t) => { out += t; } });
  interp.runMain(counter + src + "\n_s.monitoring.set_events(0, 0)\n_s.stderr.write(repr(max(_c.items(), key=lambda kv: kv[1])))\n", file);
  const m = /\((\d+), (\d+)\)/.exec(out);
  return m ? Number(m[1]) - counter.split("\n").length + 1 : 0;
}

/** The same program without a debugger: the same worker (the same bundle, JIT setting and resource
 *  limits) launched with DAP's `noDebug`, which claims no monitoring tool. */
async function plainRun(file) {
  const s = await session(file, async () => {}, { noDebug: true });
  await s.host.request({ cmd: "start" });
  const { runMs, cpuMs } = await s.exited;
  await s.host.terminate();
  return { ms: runMs, cpuMs };
}

async function debuggedRun(file, breakpoints) {
  const s = await session(file, (h) => h.request({ cmd: "setBreakpoints", path: file, breakpoints }));
  await s.host.request({ cmd: "start" });
  const { runMs, cpuMs } = await s.exited;
  await s.host.terminate();
  return { ms: runMs, cpuMs };
}

export async function benchAdapter(only) {
  const dir = mkdtempSync(join(tmpdir(), "tspy-bench-adapter-"));
  try {
    const launch = await launchToStop(dir);
    const step = await stepLatency(dir);
    console.log(`debug adapter: launch to first breakpoint stop ${launch.toFixed(0)} ms (median of ${LAUNCHES}); next -> stopped ${step.toFixed(2)} ms (median of ${STEPS})`);
    console.log("program        plain ms  10 unhit bps (wall, cpu)  false-condition bp (wall, cpu) (line)");
    const r1 = [], r2 = [], c1 = [], c2 = [];
    for (const file of programFiles(only)) {
      const name = basename(file, ".py");
      // the same program plus a function it never calls, holding the 10 breakpoints
      const src = readFileSync(file, "utf8");
      const lines = src.split("\n").length;
      const never = "\n\ndef _never_called():\n" + Array.from({ length: 10 }, (_, i) => `    _x${i} = ${i}\n`).join("");
      const copy = join(dir, `${name}.py`);
      writeFileSync(copy, src + never);
      const unhit = Array.from({ length: 10 }, (_, i) => ({ line: lines + 3 + i }));
      const hot = await hottestLine(file);
      // alternate the runs so that drifting machine load affects both sides alike
      const plains = [], bpsRuns = [];
      for (let r = 0; r < RUNS; r++) {
        plains.push(await plainRun(copy));
        bpsRuns.push(await debuggedRun(copy, unhit));
      }
      const condRuns = [await debuggedRun(copy, [{ line: hot, condition: "False" }]), await debuggedRun(copy, [{ line: hot, condition: "False" }])];
      const best = (runs, k) => Math.min(...runs.map((x) => x[k] ?? NaN));
      const plain = best(plains, "ms"), withBps = best(bpsRuns, "ms"), withCond = best(condRuns, "ms");
      const plainCpu = best(plains, "cpuMs"), bpsCpu = best(bpsRuns, "cpuMs"), condCpu = best(condRuns, "cpuMs");
      r1.push(withBps / plain);
      r2.push(withCond / plain);
      c1.push(bpsCpu / plainCpu);
      c2.push(condCpu / plainCpu);
      const x = (v) => `${v.toFixed(3)}x`;
      console.log(`${name.padEnd(14)} ${plain.toFixed(0).padStart(8)}  ${x(withBps / plain).padStart(10)} ${x(bpsCpu / plainCpu).padStart(8)}      ${x(withCond / plain).padStart(10)} ${x(condCpu / plainCpu).padStart(8)} (${hot})`);
    }
    const gm = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
    const x = (v) => `${v.toFixed(3)}x`;
    console.log(`${"geometric mean".padEnd(14)} ${"".padStart(8)}  ${x(gm(r1)).padStart(10)} ${x(gm(c1)).padStart(8)}      ${x(gm(r2)).padStart(10)} ${x(gm(c2)).padStart(8)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
