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
//
// How the ratios are measured. This machine's speed drifts by 20-30% over minutes (a plain JS loop
// allocating objects ran 3446-4188 ms a repetition, and 2662-3256 a quarter of an hour later) and has bursts of a few
// seconds that slow one process by up to 1.9x (fib under b: 700, 702, 1161, 748, 830 ms in five
// rounds); V8's optimized eval loop also differs from process to process. So the work goes in
// rounds: a round runs every configuration once, one after the other (tspy: one child process each,
// a warm-up run and BENCH_MONITOR_RUNS (default 2) timed runs with a fresh Interpreter; pyodide: the
// same timed runs in its one interpreter, warmed up in the first round only), so that each
// configuration meets the machine's slow and fast spells alike. A configuration's time is its best
// over the rounds (noise only ever adds time), and its ratio is that to (a)'s best. The short
// configurations (a, a2, b, c) get BENCH_MONITOR_SHORT_ROUNDS rounds (default 6); d and e run in the
// first BENCH_MONITOR_ROUNDS of them (default 3). The geometric mean over programs of a2/a, b/a and
// c/a comes with a 90% interval, bootstrapped by resampling each program's rounds: that interval,
// set beside a2/a's (a control that does the same work as a), is what says whether b and c are
// within 2% of a. BENCH_MONITOR_RAW=1 prints every round's times (stderr).
// Numbers only; nothing asserted.
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
def bench_source(path, src, runs, warm):
    times = []
    err = ""
    for i in range(1 - warm, runs + 1):
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

const f2 = (x, d = 2) => (x === undefined || !Number.isFinite(x) ? "-" : x.toFixed(d));
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : undefined);
/** Rounds of one program on one runtime: [{ a: ms, b: ms, ... }], each the best run of its round.
 *  A configuration's time is its best over the rounds (the machine's noise only ever adds time). */
const both = (rounds, c) => rounds.filter((r) => r[c] !== undefined && r.a !== undefined);
const bestOf = (rounds, c) => Math.min(...rounds.map((r) => r[c] ?? Infinity));
const ratioOf = (rounds, c) => { const rs = both(rounds, c); return rs.length ? bestOf(rs, c) / bestOf(rs, "a") : undefined; };
const nsPerEvent = (rounds, c, events) => { const rs = both(rounds, c); return rs.length ? (bestOf(rs, c) - bestOf(rs, "a")) * 1e6 / events : undefined; };

/** A 90% interval for the geometric mean over programs of configuration c's ratio, by resampling
 *  each program's rounds (a seeded generator: the same data gives the same interval). */
function bootstrapGeomean(programs, c, samples = 2000) {
  const per = programs.map((rounds) => both(rounds, c)).filter((rs) => rs.length);
  if (!per.length) return undefined;
  let seed = 0x9e3779b9;
  const rand = () => { seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const gms = [];
  for (let k = 0; k < samples; k++) {
    let logSum = 0;
    for (const rs of per) logSum += Math.log(ratioOf(Array.from(rs, () => rs[Math.floor(rand() * rs.length)]), c));
    gms.push(Math.exp(logSum / per.length));
  }
  gms.sort((a, b) => a - b);
  return [gms[Math.floor(samples * 0.05)], gms[Math.ceil(samples * 0.95) - 1]];
}

/** Run the table for `files` (absolute paths) with pyodide `py`. */
export async function benchMonitoring(files, py, runs = Math.max(1, Number(process.env.BENCH_MONITOR_RUNS ?? 2)),
  rounds = Math.max(1, Number(process.env.BENCH_MONITOR_ROUNDS ?? 3)),
  shortRounds = Math.max(rounds, Number(process.env.BENCH_MONITOR_SHORT_ROUNDS ?? 6))) {
  py.runPython(PY_HARNESS);
  const bench = py.globals.get("bench_source");
  const configs = Object.keys(CONFIGS);
  const long = new Set(["d", "e"]);
  const rows = [];
  const all = { tspy: [], cpy: [] }; // per program, its rounds
  const perEvent = { tspy: { d: [], e: [] }, cpy: { d: [], e: [] } };
  const problems = [];
  process.stderr.write(`monitoring overhead (${configs.length} configurations x tspy, pyodide; ${shortRounds} rounds of a, a2, b, c, ${rounds} of d, e; 1 + ${runs} runs each):`);
  for (const file of files) {
    const name = basename(file, ".py");
    process.stderr.write(` ${name}`);
    const T = [], P = [], failed = new Set();
    let events = NaN, eventsCpy = NaN;
    for (let r = 0; r < shortRounds; r++) {
      const rt = {}, rp = {};
      for (const c of configs) {
        if (long.has(c) && r >= rounds) continue;
        for (const [who, row] of [["tspy", rt], ["pyodide", rp]]) {
          if (failed.has(who + c)) continue;
          const one = who === "tspy" ? tspyRun(file, c, runs) : JSON.parse(bench(`/bench/${name}.py`, source(file, c), runs, r === 0 ? 1 : 0));
          if (one.error) {
            failed.add(who + c);
            problems.push(`${name} (${c}) under ${who}: ${one.error}`);
            continue;
          }
          row[c] = Math.min(...one.times);
          if (c === "d") {
            const n = Number(/LINE_EVENTS (\d+)/.exec(one.err ?? "")?.[1] ?? NaN);
            if (who === "tspy") events = n;
            else eventsCpy = n;
          }
        }
      }
      T.push(rt);
      P.push(rp);
    }
    if (process.env.BENCH_MONITOR_RAW) {
      for (const [who, rs] of [["tspy", T], ["pyodide", P]]) {
        process.stderr.write(`\n${name} ${who} rounds (best ms): ${rs.map((r) => configs.filter((c) => r[c] !== undefined).map((c) => `${c} ${r[c].toFixed(0)}`).join(" ")).join(" | ")}`);
      }
      process.stderr.write("\n");
    }
    all.tspy.push(T);
    all.cpy.push(P);
    if (events !== eventsCpy) problems.push(`${name}: LINE event counts differ: tspy ${events}, CPython ${eventsCpy}`);
    const row = [name, String(events), `${f2(bestOf(T, "a"), 0)}/${f2(bestOf(P, "a"), 0)}`];
    for (const c of configs.slice(1)) row.push(`${f2(ratioOf(T, c))}/${f2(ratioOf(P, c))}`);
    for (const c of ["d", "e"]) {
      const nt = nsPerEvent(T, c, events), np = nsPerEvent(P, c, eventsCpy);
      if (Number.isFinite(nt)) perEvent.tspy[c].push(nt);
      if (Number.isFinite(np)) perEvent.cpy[c].push(np);
      row.push(`${f2(nt, 0)}/${f2(np, 0)}`);
    }
    rows.push(row);
  }
  process.stderr.write("\n");
  const cols = ["program", "LINE events", "a ms (best)", ...configs.slice(1).map((c) => `${c}/a`), "d ns/event", "e ns/event"];
  const gm = ["geometric mean", "", ""];
  for (const c of configs.slice(1)) {
    const g = (progs) => geomean(progs.map((rs) => ratioOf(rs, c)).filter((x) => Number.isFinite(x)));
    gm.push(`${f2(g(all.tspy))}/${f2(g(all.cpy))}`);
  }
  for (const c of ["d", "e"]) gm.push(`${f2(geomean(perEvent.tspy[c].filter((x) => x > 0)), 0)}/${f2(geomean(perEvent.cpy[c].filter((x) => x > 0)), 0)}`);
  const table = [...rows, gm];
  const widths = cols.map((c, i) => Math.max(c.length, ...table.map((r) => r[i].length)));
  const fmtRow = (r) => r.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join("  ");
  console.log(`monitoring overhead: each cell is tspy/CPython-3.14-in-pyodide; a ratio is a configuration's best time over`);
  console.log(`its rounds to (a)'s best over the same rounds (a = no tool); ns/event = (best - best of a) / LINE events;`);
  console.log(`a2 = no tool behind an inert prelude (a control: the noise floor of the ratios),`);
  console.log(`b = LINE local to an uncalled function, c = global LINE returning DISABLE,`);
  console.log(`d = global LINE returning None, e = sys.settrace trivial tracer`);
  console.log(fmtRow(cols));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(fmtRow(r));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  console.log(fmtRow(gm));
  for (const [who, progs] of [["tspy", all.tspy], ["CPython", all.cpy]]) {
    const parts = ["a2", "b", "c"].map((c) => {
      const ci = bootstrapGeomean(progs, c);
      return `${c}/a [${f2(ci?.[0], 3)}, ${f2(ci?.[1], 3)}]`;
    });
    console.log(`${who}: 90% intervals of the geometric means: ${parts.join("  ")}`);
  }
  for (const pr of problems) console.log(pr);
  bench.destroy();
}
