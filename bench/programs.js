// Interpreter benchmark (part of `npm run bench`): every bench/programs/*.py under tspy, CPython 3.14
// (pyodide) and native `python3` when present, one warm-up run then best of BENCH_RUNS (default 3).
//
// - tspy runs in-process: a fresh Interpreter per run (dist/interp/vm/interpreter.js), timing
//   runMain(source, file), which parses, compiles and executes; stdout goes to a string. Each
//   program gets its own Node process (see tspyRun), so programs do not slow each other down.
// - CPython (pyodide and native) is timed inside Python with time.perf_counter around
//   compile(source) + exec in a fresh __main__ namespace, stdout redirected to a StringIO, so
//   both sides measure the same work (no process start, no interpreter load).
// The three runtimes take turns program by program (not one after the other over all programs), so
// a change of machine load affects them alike. Each program prints a small checksum; the whole
// stdout of each runtime is compared.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const PROGRAMS_DIR = fileURLToPath(new URL("./programs/", import.meta.url));

/** bench/programs/*.py, optionally only those whose base name (without .py) is in `only`. */
export function programFiles(only) {
  const all = readdirSync(PROGRAMS_DIR).filter((f) => f.endsWith(".py")).sort();
  const picked = only ? all.filter((f) => only.includes(f.replace(/\.py$/, ""))) : all;
  if (only) for (const name of only) if (!all.includes(`${name}.py`)) throw new Error(`no program bench/programs/${name}.py`);
  return picked.map((f) => resolve(PROGRAMS_DIR, f));
}

let Interpreter;
/** Run one program in-process under tspy; returns { ms, out, exitCode, err }. */
export async function runTspy(file, source = readFileSync(file, "utf8")) {
  Interpreter ??= (await import("../dist/interp/vm/interpreter.js")).Interpreter;
  const out = [];
  const err = [];
  const interp = new Interpreter({ stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  interp.argv = [file];
  const t0 = performance.now();
  const r = interp.runMain(source, file);
  const ms = performance.now() - t0;
  return { ms, out: out.join(""), exitCode: r.exitCode, err: err.join("") };
}

const PY_HARNESS = `
import sys, io, time, json, traceback
def bench_program(path, runs):
    with open(path, encoding="utf-8") as f:
        src = f.read()
    times = []
    out = None
    for i in range(runs + 1):          # run 0 is the warm-up
        buf = io.StringIO()
        saved = sys.stdout, sys.argv
        sys.stdout, sys.argv = buf, [path]
        g = {"__name__": "__main__", "__file__": path, "__builtins__": __builtins__}
        try:
            t0 = time.perf_counter()
            exec(compile(src, path, "exec"), g)
            t = time.perf_counter() - t0
        except BaseException:
            sys.stdout, sys.argv = saved
            return json.dumps({"error": traceback.format_exc(limit=-3)})
        sys.stdout, sys.argv = saved
        if i:
            times.append(t * 1000)
        out = buf.getvalue()
    return json.dumps({"times": times, "out": out})
`;

/** Load the harness into pyodide (once); returns bench(file) -> {times, out} | {error}. */
export function pyodideRunner(py, runs) {
  py.runPython(PY_HARNESS);
  const bench = py.globals.get("bench_program");
  py.FS.mkdirTree("/bench/programs");
  return {
    version: py.runPython("import sys; sys.version.split()[0]"),
    run(file) {
      const p = `/bench/programs/${basename(file)}`;
      py.FS.writeFile(p, readFileSync(file));
      return JSON.parse(bench(p, runs));
    },
  };
}

/** Native python3 (any version; labelled with it): a fresh process per program, timed inside. */
export function nativeRunner(runs) {
  let version;
  try {
    version = execFileSync("python3", ["-c", "import sys; print(sys.version.split()[0])"], { encoding: "utf8" }).trim();
  } catch {
    return { skipped: "no python3 on PATH" };
  }
  const script = `${PY_HARNESS}\nprint(bench_program(sys.argv[1], ${runs}))\n`;
  return {
    version,
    run(file) {
      try {
        return JSON.parse(execFileSync("python3", ["-c", script, file], { encoding: "utf8", maxBuffer: 64 << 20 }));
      } catch (e) {
        return { error: `python3 failed: ${e.stderr ?? e}` };
      }
    },
  };
}

/**
 * tspy: a fresh Node process per program (so V8's type feedback from one program does not slow
 * the next: the eval loop is one big function), timing runMain in-process there: warm-up, then
 * `runs` timed runs, gc between runs. Returns {times, out} | {error}.
 */
export function tspyRun(file, runs) {
  try {
    return JSON.parse(execFileSync(process.execPath, ["--expose-gc", fileURLToPath(import.meta.url), "--child", file, String(runs)],
      { encoding: "utf8", maxBuffer: 64 << 20, stdio: ["ignore", "pipe", "pipe"] }));
  } catch (e) {
    return { error: `tspy child failed: ${e.stderr || e.message}`.trim() };
  }
}

async function tspyChild(file, runs) {
  const source = readFileSync(file, "utf8");
  const times = [];
  let out = "";
  for (let i = 0; i <= runs; i++) { // run 0 is the warm-up
    globalThis.gc?.();
    let r;
    try {
      r = await runTspy(file, source);
    } catch (e) {
      // e.g. a Python exception raised while compiling, which runMain does not report
      const what = e?.type?.name ? `${e.type.name}: ${(e.args ?? []).join(", ")}` : (e?.stack ?? String(e));
      return { error: `exception escaped runMain: ${what}` };
    }
    if (r.exitCode !== 0) return { error: r.err.trim().split("\n").slice(-3).join("\n") };
    if (i) times.push(r.ms);
    out = r.out;
  }
  return { times, out };
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv[2] === "--child") {
  process.stdout.write(JSON.stringify(await tspyChild(process.argv[3], Number(process.argv[4]))));
}

const best = (r) => (r && r.times ? Math.min(...r.times) / 1000 : undefined);
const digest = (s) => createHash("sha1").update(s).digest("hex").slice(0, 8);
const geomean = (xs) => (xs.length ? Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length) : undefined);
const f2 = (x, d = 2) => (x === undefined ? "-" : x.toFixed(d));

/** The table: best times (s), ratios, whether the outputs agree; geometric means of the ratios. */
export function report({ files, runs, tspy, pyodide, native }) {
  // tspy, pyodide, native: { version?, skipped?, results: Map(file -> {times, out} | {error}) }
  const nativeLabel = native.version ? `native ${native.version}` : "native";
  const cols = ["program", "tspy s", `pyodide ${pyodide.version} s`, `${nativeLabel} s`,
    "tspy/pyodide", "tspy/native", "agree", "checksum"];
  const rows = [];
  const rp = [], rn = [];
  const problems = [];
  for (const file of files) {
    const name = basename(file, ".py");
    const t = tspy.results.get(file), p = pyodide.results.get(file), n = native.results?.get(file);
    const [bt, bp, bn] = [best(t), best(p), best(n)];
    const ratioP = bt && bp ? bt / bp : undefined;
    const ratioN = bt && bn ? bt / bn : undefined;
    if (ratioP) rp.push(ratioP);
    if (ratioN) rn.push(ratioN);
    const outs = [t, p, n].filter((r) => r && r.out !== undefined).map((r) => r.out);
    const agree = outs.length === (n ? 3 : 2) && outs.every((o) => o === outs[0]);
    for (const [who, r] of [["tspy", t], ["pyodide", p], [nativeLabel, n]]) {
      if (r?.error) problems.push(`${name} under ${who} failed:\n    ${r.error.replace(/\n/g, "\n    ")}`);
    }
    if (!agree && outs.length > 1) {
      problems.push(`${name}: outputs differ: ${[t, p, n].map((r) => (r?.out === undefined ? "-" : JSON.stringify(r.out.slice(0, 200)))).join(" | ")}`);
    }
    rows.push([name, f2(bt, 3), f2(bp, 3), f2(bn, 3), f2(ratioP), f2(ratioN), agree ? "yes" : "no",
      p?.out !== undefined ? digest(p.out) : "-"]);
  }
  rows.push(["geometric mean", "", "", "", f2(geomean(rp)), f2(geomean(rn)), "", ""]);
  const widths = cols.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i].length)));
  const fmtRow = (r) => r.map((c, i) => (i === 0 || i >= 6 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ").trimEnd();
  console.log(`interpreter benchmark: ${files.length} programs (bench/programs), best of ${runs} runs after a warm-up;`);
  console.log(`tspy in-process (Interpreter.runMain), CPython timed inside Python (compile + exec); ratios > 1: tspy slower`);
  if (native.skipped) console.log(`native python3: skipped (${native.skipped})`);
  console.log(fmtRow(cols));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows.slice(0, -1)) console.log(fmtRow(r));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  console.log(fmtRow(rows[rows.length - 1]));
  for (const p of problems) console.log(p);
}
