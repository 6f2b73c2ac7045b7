// The CLI end to end: `tspy ast FILE` prints CPython's ast.dump(..., include_attributes=True) and
// exits 0; on a syntax error it prints CPython's report (traceback.format_exception_only, with its
// keyword-typo suggestions) to stderr and exits 1. Runs the built bin (npm test builds first).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
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

describe("tspy run -m", () => {
  // runpy._run_module_as_main's contract: the package's __main__ runs as __main__ with its spec,
  // sys.argv[0] is its file; a missing module is one line, exit 1
  const dir = mkdtempSync(join(tmpdir(), "tspy-m-"));
  mkdirSync(join(dir, "app"));
  writeFileSync(join(dir, "app", "__init__.py"), "");
  writeFileSync(join(dir, "app", "__main__.py"), "import sys\nprint(__name__, __package__, __spec__.name, sys.argv[0].endswith('app/__main__.py'), sys.argv[1:])\n");
  writeFileSync(join(dir, "tool.py"), "print(__name__, __spec__.name, __spec__.parent == '')\nraise SystemExit(3)\n");
  const run = (...a: string[]) => spawnSync(process.execPath, [join(ROOT, "bin", "tspy.js"), "run", "-m", ...a], { cwd: dir, encoding: "utf8" });

  test("a package runs its __main__ with the arguments", () => {
    const r = run("app", "x", "y");
    expect(r.stderr).toBe("");
    expect(r.stdout).toBe("__main__ app app.__main__ True ['x', 'y']\n");
    expect(r.status).toBe(0);
  });
  test("a module runs as __main__ and its SystemExit is the exit status", () => {
    const r = run("tool");
    expect(r.stdout).toBe("__main__ tool True\n");
    expect(r.status).toBe(3);
  });
  test("a missing module, and a package without __main__", () => {
    const a = run("no_such_mod");
    expect(a.stderr).toBe("tspy: No module named no_such_mod\n");
    expect(a.status).toBe(1);
    mkdirSync(join(dir, "lib"), { recursive: true });
    writeFileSync(join(dir, "lib", "__init__.py"), "");
    const b = run("lib");
    expect(b.stderr).toBe("tspy: No module named lib.__main__; 'lib' is a package and cannot be directly executed\n");
    expect(b.status).toBe(1);
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
