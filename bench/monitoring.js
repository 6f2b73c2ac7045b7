// Monitoring overhead (part of `npm run bench`, issue 5): each bench/programs/*.py under six
// configurations, prepended to the program as Python code, on tspy and on CPython 3.14 (pyodide):
//   a  no tool
//   a2 a control: no tool either, the program behind an inert prelude (b's, without its monitoring
//      calls). a2/a is the noise floor of the ratios: V8's optimization decisions shift with the
//      source and the warm-up (measured: a `def` alone moved generators.py by 7%), and b/a or c/a
//      closer to 1 than a2/a is cannot be told from it
//   b  a tool with LINE set locally on a function the program never calls
//   c  a tool with global LINE whose callback returns DISABLE
//   d  a tool with global LINE whose callback returns None (counts the events)
//   e  sys.settrace with a trivial tracer (returns itself, so it sees every line)
// Each is reported as a ratio to (a), for both runtimes, and for (d) and (e) the extra cost per
// LINE event (the count is the same on both sides: the bytecode has CPython's shape).
// tspy runs each (program, configuration) in BENCH_MONITOR_ROUNDS (default 3) child processes,
// interleaved (a a2 b c d e, a a2 b c d e, ...), each a warm-up run and BENCH_MONITOR_RUNS (default 2)
// timed runs with a fresh Interpreter; the best time counts (a process's later runs are the steadier:
// with one timed run per process, b/a, which does the same work as a, came out anywhere in 0.96-1.13). Several processes, because V8's
// optimized eval loop differs from process to process by up to ~25% on these programs (and within
// one process, by which configuration ran before), which one process per configuration would
// report as a cost of the configuration. Pyodide runs every configuration in its one interpreter,
// BENCH_MONITOR_ROUNDS x BENCH_MONITOR_RUNS timed runs each after a warm-up. Numbers only; nothing
// asserted.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";

const M = "import sys as _s\n_m = _s.monitoring\n";
export const CONFIGS = {
  a: "",
  a2: `${M}def _never():\n    pass\n`,
  b: `${M}_m.use_tool_id(0, "bench")\ndef _never():\n    pass\n_m.register_callback(0, _m.events.LINE, lambda code, line: None)\n_m.set_local_events(0, _never.__code__, _m.events.LINE)\n`,
  c: `${M}_m.use_tool_id(0, "bench")\n_m.register_callback(0, _m.events.LINE, lambda code, line: _m.DISABLE)\n_m.set_events(0, _m.events.LINE)\n`,
  d: `${M}_m.use_tool_id(0, "bench")\n_n = [0]\ndef _line(code, line):\n    _n[0] += 1\n_m.register_callback(0, _m.events.LINE, _line)\n_m.set_events(0, _m.events.LINE)\n`,
  e: `import sys as _s\ndef _t(frame, event, arg):\n    return _t\n_s.settrace(_t)\n`,
};
// the LINE-event count of configuration d, printed by the program's epilogue (stderr, not timed)
const COUNT_EPILOGUE = "\n_s.stderr.write('LINE_EVENTS %d\\n' % _n[0])\n";

const PY_HARNESS = `
import sys, io, time, json, traceback
def bench_source(path, src, runs):
    times = []
    err = ""
    for i in range(runs + 1):
        buf, ebuf = io.StringIO(), io.StringIO()
        saved = sys.stdout, sys.stderr
        sys.stdout, sys.stderr = buf, ebuf
        g = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
        try:
            code = compile(src, path, "exec")
            t0 = time.perf_counter()
            exec(code, g)
            t = time.perf_counter() - t0
        except BaseException:
            sys.stdout, sys.stderr = saved
            return json.dumps({"error": traceback.format_exc(limit=-3)})
        finally:
            sys.settrace(None)
            for tool in range(6):
                sys.monitoring.free_tool_id(tool)
        sys.stdout, sys.stderr = saved
        if i:
            times.append(t * 1000)
        err = ebuf.getvalue()
    return json.dumps({"times": times, "err": err})
`;

function source(file, config) {
  return CONFIGS[config] + readFileSync(file, "utf8") + (config === "d" ? COUNT_EPILOGUE : "");
}

/** tspy: one child process for one (program, configuration), timing runMain in-process. */
function tspyRun(file, config, runs) {
  try {
    return JSON.parse(execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--child", file, config, String(runs)],
      { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e) {
    return { error: `tspy child failed: ${e.stderr || e.message}`.trim() };
  }
}

async function child(file, config, runs) {
  const { Interpreter } = await import("../dist/interp/vm/interpreter.js");
  const src = source(file, config);
  const times = [];
  let err = "";
  for (let i = 0; i <= runs; i++) {
    globalThis.gc?.();
    const errs = [];
    const interp = new Interpreter({ stdout: () => {}, stderr: (t) => errs.push(t) });
    interp.argv = [file];
    const t0 = performance.now();
    const r = interp.runMain(src, file);
    const ms = performance.now() - t0;
    err = errs.join("");
    if (r.exitCode !== 0) return { error: err.trim().split("\n").slice(-3).join("\n") };
    if (i) times.push(ms);
  }
  return { times, err };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === "--child") {
  process.stdout.write(JSON.stringify(await child(process.argv[3], process.argv[4], Number(process.argv[5]))));
}

const best = (r) => (r && r.times ? Math.min(...r.times) : undefined);
const f2 = (x, d = 2) => (x === undefined || !Number.isFinite(x) ? "-" : x.toFixed(d));
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : undefined);

/** Run the table for `files` (absolute paths) with pyodide `py`. */
export async function benchMonitoring(files, py, runs = Math.max(1, Number(process.env.BENCH_MONITOR_RUNS ?? 2)),
  rounds = Math.max(1, Number(process.env.BENCH_MONITOR_ROUNDS ?? 3))) {
  py.runPython(PY_HARNESS);
  const bench = py.globals.get("bench_source");
  const configs = Object.keys(CONFIGS);
  const rows = [];
  const ratios = { tspy: Object.fromEntries(configs.map((c) => [c, []])), cpy: Object.fromEntries(configs.map((c) => [c, []])) };
  const perEvent = { tspy: { d: [], e: [] }, cpy: { d: [], e: [] } };
  const problems = [];
  process.stderr.write(`monitoring overhead (${configs.length} configurations x tspy, pyodide; ${rounds} x (1 + ${runs}) runs each):`);
  for (const file of files) {
    const name = basename(file, ".py");
    process.stderr.write(` ${name}`);
    const t = Object.fromEntries(configs.map((c) => [c, { times: [], err: "" }])), p = {};
    for (let r = 0; r < rounds; r++) {
      for (const c of configs) {
        if (t[c].error) continue;
        const one = tspyRun(file, c, runs);
        if (one.error) t[c] = one;
        else { t[c].times.push(...one.times); t[c].err = one.err; }
      }
    }
    for (const c of configs) {
      p[c] = JSON.parse(bench(`/bench/${name}.py`, source(file, c), runs * rounds));
      for (const [who, r] of [["tspy", t[c]], ["pyodide", p[c]]]) if (r.error) problems.push(`${name} (${c}) under ${who}: ${r.error}`);
    }
    const events = Number(/LINE_EVENTS (\d+)/.exec(t.d.err ?? "")?.[1] ?? NaN);
    const eventsCpy = Number(/LINE_EVENTS (\d+)/.exec(p.d.err ?? "")?.[1] ?? NaN);
    if (events !== eventsCpy) problems.push(`${name}: LINE event counts differ: tspy ${events}, CPython ${eventsCpy}`);
    const row = [name, String(events)];
    for (const c of configs) {
      const rt = best(t[c]) / best(t.a), rp = best(p[c]) / best(p.a);
      if (c !== "a") {
        if (Number.isFinite(rt)) ratios.tspy[c].push(rt);
        if (Number.isFinite(rp)) ratios.cpy[c].push(rp);
      }
      row.push(c === "a" ? `${f2(best(t.a), 0)}/${f2(best(p.a), 0)}` : `${f2(rt)}/${f2(rp)}`);
    }
    for (const c of ["d", "e"]) {
      const nt = (best(t[c]) - best(t.a)) * 1e6 / events, np = (best(p[c]) - best(p.a)) * 1e6 / events;
      if (Number.isFinite(nt)) perEvent.tspy[c].push(nt);
      if (Number.isFinite(np)) perEvent.cpy[c].push(np);
      row.push(`${f2(nt, 0)}/${f2(np, 0)}`);
    }
    rows.push(row);
  }
  process.stderr.write("\n");
  const cols = ["program", "LINE events", "a ms", ...configs.slice(1).map((c) => `${c}/a`), "d ns/event", "e ns/event"];
  const gm = ["geometric mean", "", ""];
  for (const c of configs.slice(1)) gm.push(`${f2(geomean(ratios.tspy[c]))}/${f2(geomean(ratios.cpy[c]))}`);
  for (const c of ["d", "e"]) gm.push(`${f2(geomean(perEvent.tspy[c].filter((x) => x > 0)), 0)}/${f2(geomean(perEvent.cpy[c].filter((x) => x > 0)), 0)}`);
  const all = [...rows, gm];
  const widths = cols.map((c, i) => Math.max(c.length, ...all.map((r) => r[i].length)));
  const fmtRow = (r) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
  console.log(`monitoring overhead: each cell is tspy/CPython-3.14-in-pyodide; ratios are to configuration a (no tool);`);
  console.log(`a = no tool, a2 = no tool behind an inert prelude (the ratios' noise floor),`);
  console.log(`b = LINE local to an uncalled function, c = global LINE returning DISABLE,`);
  console.log(`d = global LINE returning None, e = sys.settrace trivial tracer; ns/event = (time - a) / LINE events`);
  console.log(fmtRow(cols));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(fmtRow(r));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  console.log(fmtRow(gm));
  for (const pr of problems) console.log(pr);
  bench.destroy();
}
