// atexit callbacks run when the program ends (Interpreter.runCompiled, as Py_FinalizeEx): the
// pyodide oracle never finalizes, so this compares with native python3 when one is installed.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { runTspy } from "./support/differential.js";

const file = join(dirname(fileURLToPath(import.meta.url)), "native", "atexit_at_exit.py");
let python: string | null = null;
try {
  execFileSync("python3", ["--version"]);
  python = "python3";
} catch { /* no native python */ }

test.skipIf(python === null)("atexit callbacks run at exit, last first, after SystemExit (vs native python3)", () => {
  const want = spawnSync(python!, [file], { encoding: "utf8" });
  const got = runTspy(new Uint8Array(readFileSync(file)), file);
  expect(got.stdout).toBe(want.stdout);
  expect(got.exit).toBe(want.status);
  expect(got.stdout).toContain("registered last");
});
