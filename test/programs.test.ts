// Differential test of whole programs (issue 3): every test/programs/*.py runs under tspy (in
// process, through the embedding API) and under CPython 3.14 (pyodide, cached), and stdout, stderr
// and the exit status must be byte-identical. The file appears to both as /programs/<name>.py.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { Interpreter } from "../src/interp/vm/interpreter.js";
import { cpythonRunBatch } from "./support/oracle.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "programs");
const files = readdirSync(DIR).filter((n) => n.endsWith(".py")).sort();

function runTspy(source: Uint8Array, filename: string): { stdout: string; stderr: string; exit: number } {
  let stdout = "", stderr = "";
  const interp = new Interpreter({ stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; } });
  const r = interp.runMain(source, filename);
  return { stdout, stderr, exit: r.exitCode };
}

test("programs behave byte-for-byte as under CPython 3.14", async () => {
  const items = files.map((n) => ({ source: new Uint8Array(readFileSync(join(DIR, n))), filename: `/programs/${n}` }));
  const want = await cpythonRunBatch(items);
  const failures: string[] = [];
  items.forEach((it, i) => {
    let got;
    try {
      got = runTspy(it.source, it.filename);
    } catch (e) {
      failures.push(`${files[i]}: tspy crashed: ${(e as Error).stack ?? e}`);
      return;
    }
    const w = want[i];
    for (const k of ["stdout", "stderr", "exit"] as const) {
      if (got[k] !== w[k]) {
        failures.push(`${files[i]}: ${k} differs\n--- cpython\n${String(w[k]).slice(0, 1500)}\n--- tspy\n${String(got[k]).slice(0, 1500)}`);
        break;
      }
    }
  });
  console.log(`programs: ${files.length - failures.length}/${files.length} identical to CPython`);
  if (failures.length) console.log(failures.slice(0, 15).join("\n\n"));
  expect(failures.length, `${failures.length} programs differ`).toBe(0);
});
