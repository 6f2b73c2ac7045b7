#!/usr/bin/env node
// Benchmarks (`npm run bench`), numbers only, no assertions (DESIGN.md, "Tests, benchmarks, CLI").
//
//   node bench/run.js [--parser-only | --programs-only | --monitoring-only | --adapter-only | --imports-only] [--programs=nbody,fib,...]
//
// 1. Parser: tspy's parse() vs CPython 3.14's ast.parse() (in pyodide) over every .py file of
//    CPython's stdlib (pyodide's python_stdlib.zip), same files, same repeat policy: one warm-up
//    pass, then BENCH_RUNS (default 5) timed passes; the median pass is reported (and the best).
//    CPython is timed inside Python with time.perf_counter, so no JS<->Python crossing counts.
//    Files tspy cannot parse are excluded from both sides (and counted). Prints MB/s, the ratio
//    and peak RSS.
// 2. Interpreter: bench/programs/*.py under tspy (in-process), CPython 3.14 (pyodide) and native
//    python3 (any version, labelled), one warm-up then best of BENCH_RUNS (default 3) runs; a
//    table of times, ratios, output agreement and geometric means (see bench/programs.js).
// 4. Debug adapter: launch to first stop, step latency, unhit and false-condition breakpoints
//    (see bench/adapter.js).
// 5. Imports: cold and warm import time of a heavy stdlib set vs CPython (see bench/imports.js).
// 3. Monitoring overhead: the same programs with no tool, a local LINE tool on an uncalled function,
//    global LINE returning DISABLE, global LINE returning None and sys.settrace, on tspy and CPython
//    (pyodide): ratios to no-tool and nanoseconds per LINE event (see bench/monitoring.js).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { PYODIDE_VERSION, stdlibPyFiles } from "../test/support/stdlib.js";
import { programFiles, tspyRun, pyodideRunner, nativeRunner, report } from "./programs.js";
import { benchMonitoring } from "./monitoring.js";
import { benchAdapter } from "./adapter.js";
import { benchImports } from "./imports.js";

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const only = args.find((a) => a.startsWith("--programs="))?.slice("--programs=".length).split(",").filter(Boolean);
for (const a of args) {
  if (!["--parser-only", "--programs-only", "--monitoring-only", "--adapter-only", "--imports-only"].includes(a) && !a.startsWith("--programs=")) {
    console.error(`usage: node bench/run.js [--parser-only | --programs-only | --monitoring-only | --adapter-only | --imports-only] [--programs=NAME,...]  (unknown ${a})`);
    process.exit(2);
  }
}
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const PROGRAM_RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));
const MB = 1e6;

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc");

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const peakRssMB = () => process.resourceUsage().maxRSS / 1024; // maxRSS is in KiB
const fmt = (x, digits = 1) => x.toFixed(digits);

function benchTspy(parse, files) {
  // Warm-up pass: also finds the files tspy cannot parse (excluded from both sides).
  const ok = [];
  const failed = [];
  for (const f of files) {
    try {
      parse(f.data, f.name);
      ok.push(f);
    } catch (e) {
      failed.push(`${f.name}: ${e?.kind ?? e?.name ?? "error"}: ${e?.msg ?? e?.message ?? e}`);
    }
  }
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    gc();
    const t0 = performance.now();
    for (const f of ok) parse(f.data, f.name);
    times.push(performance.now() - t0);
  }
  // Memory held by all the ASTs at once.
  gc();
  const before = process.memoryUsage().heapUsed;
  const trees = ok.map((f) => parse(f.data, f.name));
  gc();
  const retainedMB = (process.memoryUsage().heapUsed - before) / MB;
  void trees.length;
  return { ok, failed, times, retainedMB };
}

const PY_BENCH = `
import ast, time, json
def bench(paths, runs):
    srcs = []
    for p in paths:
        with open(p, 'rb') as f:
            srcs.append((f.read(), p))
    for src, name in srcs:          # warm-up pass
        ast.parse(src, name)
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for src, name in srcs:
            ast.parse(src, name)
        times.append((time.perf_counter() - t0) * 1000)
    return json.dumps(times)
`;

/** One pyodide per process, shared by both benchmarks. */
let pyodide;
async function getPyodide() {
  if (!pyodide) {
    const t0 = performance.now();
    const { loadPyodide } = await import("pyodide");
    const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
    pyodide = { py, loadMs: performance.now() - t0 };
  }
  return pyodide;
}

async function benchPyodide(files) {
  const { py, loadMs } = await getPyodide();
  const paths = files.map((f, i) => {
    const p = `/bench/${i}.py`;
    py.FS.mkdirTree("/bench");
    py.FS.writeFile(p, f.data);
    return p;
  });
  py.runPython(PY_BENCH);
  const version = py.runPython("import sys; sys.version.split()[0]");
  const bench = py.globals.get("bench");
  const pyPaths = py.toPy(paths);
  const times = JSON.parse(bench(pyPaths, RUNS));
  pyPaths.destroy();
  bench.destroy();
  return { times, loadMs, version };
}

/** Native python3, only when it is 3.14 (another version parses another grammar). */
function benchNative(files) {
  let version;
  try {
    version = execFileSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
  } catch {
    return { skipped: "no python3 on PATH" };
  }
  if (!version.startsWith("3.14.")) return { skipped: `python3 is ${version}, not 3.14` };
  const script = `${PY_BENCH}\nimport sys\nprint(bench(sys.stdin.read().split('\\n'), ${RUNS}))`;
  // Native CPython reads the same bytes from a temporary directory.
  const dir = mkdtempSync(join(tmpdir(), "tspy-bench-"));
  try {
    const paths = files.map((f, i) => {
      const p = join(dir, `${i}.py`);
      writeFileSync(p, f.data);
      return p;
    });
    const out = execFileSync("python3", ["-c", script], { input: paths.join("\n"), encoding: "utf8", maxBuffer: 1 << 20 });
    return { version, times: JSON.parse(out.trim()) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function line(label, bytes, times) {
  const med = median(times), best = Math.min(...times);
  return `${label.padEnd(34)} median ${fmt(med, 0).padStart(6)} ms  best ${fmt(best, 0).padStart(6)} ms  ` +
    `${fmt(bytes / MB / (med / 1000), 2).padStart(6)} MB/s (median)`;
}

async function benchParser() {
  const { parse } = await import("../dist/interp/parse/index.js");
  const { files } = stdlibPyFiles();
  const tspy = benchTspy(parse, files);
  const rssAfterTspy = peakRssMB();
  const bytes = tspy.ok.reduce((n, f) => n + f.data.length, 0);
  const totalBytes = files.reduce((n, f) => n + f.data.length, 0);

  console.log(`parser benchmark: ${files.length} stdlib .py files, ${fmt(totalBytes / MB, 2)} MB; ${RUNS} timed runs after a warm-up`);
  if (tspy.failed.length) {
    console.log(`tspy failed to parse ${tspy.failed.length} file(s); excluded from both sides:`);
    for (const f of tspy.failed.slice(0, 10)) console.log(`  ${f}`);
    if (tspy.failed.length > 10) console.log(`  ... and ${tspy.failed.length - 10} more`);
  } else {
    console.log("tspy parsed every file");
  }
  console.log(`measured: ${tspy.ok.length} files, ${fmt(bytes / MB, 2)} MB`);
  if (!tspy.ok.length) return;

  const cpy = await benchPyodide(tspy.ok);
  const native = benchNative(tspy.ok);

  console.log(line("tspy parse()", bytes, tspy.times));
  console.log(line(`CPython ${cpy.version} ast.parse (pyodide)`, bytes, cpy.times));
  if (native.times) console.log(line(`CPython ${native.version} ast.parse (native)`, bytes, native.times));
  else console.log(`native python3: skipped (${native.skipped})`);
  const ratio = median(cpy.times) / median(tspy.times);
  console.log(`ratio tspy/CPython (pyodide ${PYODIDE_VERSION}) throughput: ${fmt(ratio, 2)}x ` +
    `(tspy takes ${fmt(1 / ratio, 2)}x CPython's time)`);
  if (native.times) console.log(`ratio tspy/CPython (native) throughput: ${fmt(median(native.times) / median(tspy.times), 2)}x`);
  console.log(`memory: all ${tspy.ok.length} tspy ASTs at once hold ${fmt(tspy.retainedMB, 0)} MB of JS heap; ` +
    `peak RSS ${fmt(rssAfterTspy, 0)} MB after tspy, ${fmt(peakRssMB(), 0)} MB after pyodide (same process; pyodide load ${fmt(cpy.loadMs, 0)} ms)`);
}

async function benchPrograms() {
  const files = programFiles(only);
  const { py } = await getPyodide();
  const cpy = pyodideRunner(py, PROGRAM_RUNS);
  const nat = nativeRunner(PROGRAM_RUNS);
  const tspy = { results: new Map() }, pyodide = { version: cpy.version, results: new Map() };
  const native = { version: nat.version, skipped: nat.skipped, results: new Map() };
  process.stderr.write(`programs (tspy, pyodide, native; ${PROGRAM_RUNS + 1} runs each):`);
  for (const file of files) {
    process.stderr.write(` ${basename(file, ".py")}`);
    tspy.results.set(file, tspyRun(file, PROGRAM_RUNS));
    pyodide.results.set(file, cpy.run(file));
    if (nat.run) native.results.set(file, nat.run(file));
  }
  process.stderr.write("\n");
  report({ files, runs: PROGRAM_RUNS, tspy, pyodide, native });
}

const part = flag("--parser-only") ? "parser" : flag("--programs-only") ? "programs" : flag("--monitoring-only") ? "monitoring"
  : flag("--adapter-only") ? "adapter" : flag("--imports-only") ? "imports" : "all";
if (part === "all" && !only) {
  await benchParser();
  console.log("");
}
if (part === "parser") await benchParser();
if (part === "all" || part === "programs") await benchPrograms();
if (part === "all") console.log("");
if (part === "all" || part === "monitoring") {
  const { py } = await getPyodide();
  await benchMonitoring(programFiles(only), py);
}
if (part === "all") console.log("");
if (part === "all" || part === "adapter") await benchAdapter(only);
if (part === "all") console.log("");
if ((part === "all" && !only) || part === "imports") await benchImports();
process.exit(0); // the adapter benchmark's workers and pyodide keep handles open
