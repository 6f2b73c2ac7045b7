// The differential runner shared by test/programs and test/stdlib: every <dir>/*.py runs under tspy
// (in process, through the embedding API) and under CPython 3.14 (pyodide, cached), and stdout,
// stderr and the exit status must be byte-identical. A file appears to both as /<dir>/<name>.py,
// with its folder first on sys.path (as `python FILE` puts it), so sibling helper modules import.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { Interpreter } from "../../src/interp/vm/interpreter.js";
import { cpythonRunBatch } from "./oracle.js";

export function runTspy(source: Uint8Array, filename: string, files?: Record<string, string>, argv: string[] = []): { stdout: string; stderr: string; exit: number } {
  let stdout = "", stderr = "";
  // an empty environment, as the oracle's (no FORCE_COLOR from the test runner: argparse and
  // traceback colour their output when it is set)
  const interp = new Interpreter({ stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, files, env: {}, isatty: false });
  interp.argv = [filename, ...argv];
  const r = interp.runMain(source, filename);
  return { stdout, stderr, exit: r.exitCode };
}

/** Every file under `dir` that is not a top-level program (helper modules `_*.py`, packages in
 *  folders), by path relative to `dir`: both interpreters see them next to the program. */
function supportFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const e of readdirSync(join(dir, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (e.name !== "__pycache__") walk(r);
      } else if (rel || e.name.startsWith("_")) {
        out[r] = readFileSync(join(dir, r), "utf8");
      }
    }
  };
  walk("");
  return out;
}

/** Run every `*.py` of `dir` (not `_*.py`: those are helper modules the programs import). */
export async function differential(dir: string, label: string, virtualDir: string, part?: { index: number; of: number }): Promise<void> {
  const only = process.env.TSPY_ONLY?.split(",");
  let files = readdirSync(dir)
    .filter((n) => n.endsWith(".py") && !n.startsWith("_"))
    .filter((n) => !only || only.some((o) => n.includes(o)))
    .sort();
  if (part) {
    // one contiguous share of the files: each test file is its own process with its own pyodide,
    // and one pyodide running all stdlib programs in a row can die of a wasm fatal error
    const n = Math.ceil(files.length / part.of);
    files = files.slice(part.index * n, (part.index + 1) * n);
    label = `${label} (part ${part.index + 1} of ${part.of})`;
  }
  const support = supportFiles(dir);
  const hasSupport = Object.keys(support).length > 0;
  const items = files.map((n) => ({
    source: new Uint8Array(readFileSync(join(dir, n))), filename: `${virtualDir}/${n}`, ...(hasSupport ? { files: support } : {}),
  }));
  const vfiles: Record<string, string> = {};
  for (const [r, t] of Object.entries(support)) vfiles[`${virtualDir}/${r}`] = t;
  const want = await cpythonRunBatch(items);
  const failures: string[] = [];
  items.forEach((it, i) => {
    let got;
    try {
      got = runTspy(it.source, it.filename, vfiles);
    } catch (e) {
      failures.push(`${files[i]}: tspy crashed: ${(e as Error).stack ?? e}`);
      return;
    }
    const w = want[i];
    for (const k of ["stdout", "stderr", "exit"] as const) {
      if (got[k] !== w[k]) {
        if (process.env.TSPY_DIFF_DIR) {
          // full outputs for `diff` (the report below is cut short)
          mkdirSync(process.env.TSPY_DIFF_DIR, { recursive: true });
          writeFileSync(join(process.env.TSPY_DIFF_DIR, `${files[i]}.${k}.cpython`), String(w[k]));
          writeFileSync(join(process.env.TSPY_DIFF_DIR, `${files[i]}.${k}.tspy`), String(got[k]));
        }
        failures.push(`${files[i]}: ${k} differs\n--- cpython\n${String(w[k]).slice(0, 1500)}\n--- tspy\n${String(got[k]).slice(0, 1500)}`);
        break;
      }
    }
  });
  console.log(`${label}: ${files.length - failures.length}/${files.length} identical to CPython`);
  if (failures.length) console.log(failures.slice(0, 15).join("\n\n"));
  expect(failures.length, `${failures.length} programs differ`).toBe(0);
}
