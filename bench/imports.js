// Import time of a heavy set of standard-library modules (issue 4): tspy vs CPython 3.14 (pyodide).
//
//   cold: the first import in a fresh process. tspy: a new `node` process constructs an Interpreter
//         and imports the module (timed inside, after the interpreter exists: nothing compiled
//         yet). CPython: a freshly loaded pyodide, with the modules its own start-up imported
//         beyond what \`python -c pass\` has removed from sys.modules, imports it (timed inside with
//         perf_counter; pyodide's stdlib has no .pyc files, so CPython compiles from source too).
//   cached: a fresh process again, with tspy's on-disk code cache filled (CPython's .pyc role;
//         pyodide's stdlib has none, so CPython's column stays "cold").
//   warm: the import again in the same process. tspy: a new Interpreter (tspy's per-process
//         compile cache is hot; modules run again). CPython: the module and everything it pulled
//         in are removed from sys.modules and imported again (sources are read and compiled again).
// Each module alone, then the whole set; median of BENCH_RUNS (default 5) warm runs, one cold run.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const HEAVY = ["dataclasses", "enum", "typing", "re", "json", "collections", "argparse"];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** In a child node process: { cold, warm[], error } for `import <names>` (comma-separated). */
const TSPY_CHILD = `
const { Interpreter } = await import(process.argv[1]);
const names = process.argv[2], runs = Number(process.argv[3]);
const once = () => {
  let err = "";
  const interp = new Interpreter({ stdout: () => {}, stderr: (t) => { err += t; } });
  const t0 = performance.now();
  const r = interp.runMain("import " + names + "\\n", "<bench>");
  const ms = performance.now() - t0;
  return { ms, error: r.exitCode ? err.trim().split("\\n").pop() : null };
};
const cold = once();
const warm = [];
if (!cold.error) for (let i = 0; i < runs; i++) warm.push(once().ms);
console.log(JSON.stringify({ cold: cold.ms, warm, error: cold.error }));
`;

function tspyImport(names, runs, env = {}) {
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", TSPY_CHILD, join(ROOT, "dist/interp/vm/interpreter.js"), names, String(runs)],
    { encoding: "utf8", env: { ...process.env, ...env } });
  return JSON.parse(out.trim().split("\n").pop());
}

const PY_TIMER = `
import sys, time
# pyodide's own start-up imports much of the stdlib (re, enum, json, ...): forget every module
# that a plain \`python -c pass\` would not have loaded, so the first import really is cold
_KEEP = {"builtins", "sys", "_frozen_importlib", "_frozen_importlib_external", "_imp", "_thread",
         "_warnings", "_weakref", "_io", "marshal", "posix", "time", "zipimport", "_codecs", "codecs",
         "encodings", "encodings.aliases", "encodings.utf_8", "_signal", "__main__", "_abc", "abc", "io",
         "_stat", "stat", "_collections_abc", "genericpath", "posixpath", "os.path", "os", "_sitebuiltins",
         "site", "_distutils_hack", "_bench_import"}
def _bench_import(names, runs):
    for m in list(sys.modules):
        if m not in _KEEP and m != "js" and not m.startswith(("_pyodide", "pyodide", "js.")):
            del sys.modules[m]
    names = names.split(",")
    def once():
        before = set(sys.modules)
        t0 = time.perf_counter()
        for n in names:
            __import__(n)
        ms = (time.perf_counter() - t0) * 1000
        for m in set(sys.modules) - before:
            del sys.modules[m]
        return ms
    cold = once()
    warm = [once() for _ in range(runs)]
    return f"{cold} {' '.join(map(str, warm))}"
`;

async function pyodideImport(loadPyodide, names, runs) {
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  py.runPython(PY_TIMER);
  const r = py.runPython(`_bench_import(${JSON.stringify(names)}, ${runs})`).split(" ").map(Number);
  return { cold: r[0], warm: r.slice(1) };
}

export async function benchImports() {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
  const { loadPyodide } = await import("pyodide");
  console.log(`imports (heavy set; cold = first import in a fresh process, warm = median of ${runs} re-imports):`);
  console.log("tspy cold = nothing compiled yet (TSPY_CODE_CACHE=off); tspy cached = a fresh process with the on-disk code cache filled");
  console.log(`${"module".padEnd(22)} ${"tspy cold".padStart(10)} ${"CPy cold".padStart(10)} ${"ratio".padStart(7)} ${"tspy cached".padStart(12)} ${"ratio".padStart(7)} ${"tspy warm".padStart(10)} ${"CPy warm".padStart(10)} ${"ratio".padStart(7)}`);
  const cacheDir = mkdtempSync(join(tmpdir(), "tspy-bench-cache-"));
  const rows = [...HEAVY.map((m) => [m]), HEAVY];
  for (const set of rows) {
    const names = set.join(",");
    const label = set.length > 1 ? "all seven together" : names;
    const t = tspyImport(names, runs, { TSPY_CODE_CACHE: "off" });
    const c = await pyodideImport(loadPyodide, names, runs);
    if (t.error) {
      console.log(`${label.padEnd(22)} ${"—".padStart(10)} ${c.cold.toFixed(1).padStart(10)} ${"".padStart(7)} tspy cannot import it yet: ${t.error}`);
      continue;
    }
    tspyImport(names, 0, { TSPY_CODE_CACHE: cacheDir }); // fill the cache
    const cached = tspyImport(names, 0, { TSPY_CODE_CACHE: cacheDir }).cold;
    const tw = median(t.warm), cw = median(c.warm);
    const r = (a, b) => `${(a / b).toFixed(2).padStart(6)}x`;
    console.log(`${label.padEnd(22)} ${t.cold.toFixed(1).padStart(10)} ${c.cold.toFixed(1).padStart(10)} ${r(t.cold, c.cold)} ${cached.toFixed(1).padStart(12)} ${r(cached, c.cold)} ${tw.toFixed(1).padStart(10)} ${cw.toFixed(1).padStart(10)} ${r(tw, cw)}`);
  }
  rmSync(cacheDir, { recursive: true, force: true });
  console.log("(times in ms; ratio = tspy / CPython-in-WebAssembly, lower is better)");
}
