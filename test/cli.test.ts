// The CLI end to end: `tspy ast FILE` prints CPython's ast.dump(..., include_attributes=True) and
// exits 0; on a syntax error it prints CPython's report (traceback.format_exception_only, with its
// keyword-typo suggestions) to stderr and exits 1. Runs the built bin (npm test builds first).
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { cpythonAstDumpBatch, cpythonRunBatch } from "./support/oracle.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const tspy = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "tspy.js"), ...args], { cwd: ROOT, encoding: "utf8" });

describe("tspy run", () => {
  test("the README's demo prints what CPython prints, exit 0", async () => {
    const file = "examples/demo.py";
    const [want] = await cpythonRunBatch([{ source: new Uint8Array(readFileSync(join(ROOT, file))), filename: file }]);
    const r = tspy("run", file);
    expect(r.stderr).toBe(want.stderr);
    expect(r.stdout).toBe(want.stdout);
    expect(r.status).toBe(want.exit);
  });

  test("-c CODE, sys.argv and the exit status of an uncaught exception", () => {
    const r = tspy("run", "-c", "import sys; print(sys.argv); 1/0", "x");
    expect(r.stdout).toBe("['-c', 'x']\n");
    expect(r.stderr).toContain("ZeroDivisionError: division by zero");
    expect(r.status).toBe(1);
  });
});

describe("tspy ast", () => {
  test("valid programs: stdout is CPython's dump, exit 0", async () => {
    const files = ["examples/fib.py", ...readdirSync(join(ROOT, "test/corpus/valid")).sort().slice(0, 12).map((n) => `test/corpus/valid/${n}`)];
    const want = await cpythonAstDumpBatch(files.map((f) => ({ source: new Uint8Array(readFileSync(join(ROOT, f))), filename: f })));
    files.forEach((f, i) => {
      const r = tspy("ast", f);
      const w = want[i];
      expect(w.ok, `${f} is valid for CPython`).toBe(true);
      if (!w.ok) return;
      expect(r.status, `${f}: ${r.stderr}`).toBe(0);
      expect(r.stdout).toBe(w.dump + "\n");
    });
  });

  test("invalid programs: stderr is CPython's report, exit 1", async () => {
    const dir = join(ROOT, "test/corpus/invalid");
    // a spread of error kinds: every 7th file of the corpus, plus keyword-typo cases
    const names = readdirSync(dir).sort().filter((_, i) => i % 7 === 0);
    const files = names.map((n) => relative(ROOT, join(dir, n)));
    const want = await cpythonAstDumpBatch(files.map((f) => ({ source: new Uint8Array(readFileSync(join(ROOT, f))), filename: f })));
    let checked = 0;
    files.forEach((f, i) => {
      const w = want[i];
      if (w.ok) throw new Error(`${f} should be invalid`);
      const r = tspy("ast", f);
      expect(r.status, f).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr, f).toBe(w.error.report);
      checked++;
    });
    expect(checked).toBeGreaterThan(15);
  });

  test("a missing file and a bad command give clear errors", () => {
    const r = tspy("ast", "no/such/file.py");
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("tspy: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n");
    const u = tspy("frobnicate");
    expect(u.status).toBe(2);
    expect(u.stderr).toContain("unknown command 'frobnicate'");
  });
});
