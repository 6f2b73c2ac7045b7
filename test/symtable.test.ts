// Differential test of the symbol table (src/interp/compile/symtable.ts) against CPython 3.14's
// (_symtable.symtable, what the `symtable` module wraps), run in pyodide and cached on disk:
// (a) every stdlib .py file, (b) test/corpus/symtable/*.py (scoping edge cases; there the code
// flags and cell/free variables compile() gives each code object are compared too), and
// (c) test/corpus/symtable-errors/*.py, each a SyntaxError CPython raises from its symbol table:
// class, message and location must match. Expected values always come from CPython.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { stdlibPyFiles } from "./support/stdlib.js";
import { cpythonEvalBatch, oracleStats } from "./support/oracle.js";
import { parse, PySyntaxError, type ParseMode } from "../src/interp/parse/index.js";
import { buildSymtable, PyCF_ALLOW_TOP_LEVEL_AWAIT } from "../src/interp/compile/symtable.js";
import { cpythonSymtableBatch, tspySymtable, type ScopeDump, type SymtableResult } from "./support/symtable-oracle.js";

const HERE = dirname(fileURLToPath(import.meta.url));
const SHOW_FAILURES = 15;

function corpus(dir: string): Array<{ name: string; filename: string; data: Uint8Array }> {
  const full = join(HERE, "corpus", dir);
  return readdirSync(full)
    .filter((n) => n.endsWith(".py"))
    .sort()
    .map((name) => ({ name, filename: `corpus/${dir}/${name}`, data: new Uint8Array(readFileSync(join(full, name))) }));
}

/** The first difference between two scope trees, as "path: field expected … got …", or "". */
function diffScopes(want: ScopeDump, got: ScopeDump, path: string): string {
  const here = `${path}/${want.name}@${want.lineno}`;
  for (const k of ["type", "name", "lineno", "nested"] as const) {
    if (want[k] !== got[k]) return `${here}: ${k} expected ${JSON.stringify(want[k])}, got ${JSON.stringify(got[k])}`;
  }
  if (JSON.stringify(want.varnames) !== JSON.stringify(got.varnames)) {
    return `${here}: varnames expected ${JSON.stringify(want.varnames)}, got ${JSON.stringify(got.varnames)}`;
  }
  const w = new Map(want.symbols), g = new Map(got.symbols);
  const diffs: string[] = [];
  for (const [name, flags] of w) {
    if (g.get(name) !== flags) diffs.push(`${name}: expected ${describeFlags(flags)}, got ${g.has(name) ? describeFlags(g.get(name)!) : "missing"}`);
  }
  for (const [name, flags] of g) if (!w.has(name)) diffs.push(`${name}: unexpected ${describeFlags(flags)}`);
  if (diffs.length) return `${here}: symbols differ: ${diffs.join("; ")}`;
  if (want.children.length !== got.children.length) {
    const names = (s: ScopeDump) => s.children.map((c) => `${c.name}@${c.lineno}`).join(", ");
    return `${here}: children expected [${names(want)}], got [${names(got)}]`;
  }
  for (let i = 0; i < want.children.length; i++) {
    const d = diffScopes(want.children[i], got.children[i], here);
    if (d) return d;
  }
  return "";
}

const FLAG_NAMES = ["GLOBAL", "LOCAL", "PARAM", "NONLOCAL", "USE", "FREE", "FREE_CLASS", "IMPORT", "ANNOT", "COMP_ITER", "TYPE_PARAM", "COMP_CELL"];
const SCOPE_NAMES = ["-", "LOCAL", "GLOBAL_EXPLICIT", "GLOBAL_IMPLICIT", "FREE", "CELL"];
function describeFlags(flags: number): string {
  const bits = FLAG_NAMES.filter((_, i) => flags & (1 << i));
  return `${bits.join("|") || "0"} ${SCOPE_NAMES[(flags >> 12) & 15] ?? (flags >> 12)}`;
}

const describeError = (e: { type: string; msg: string; lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null }): string =>
  `${e.type}: ${e.msg} (${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset})`;

/** Empty string when tspy agrees with CPython, else a one-paragraph explanation. */
function compare(name: string, want: SymtableResult, got: ReturnType<typeof tspySymtable>): string {
  if ("thrown" in got) {
    const e = got.thrown;
    return `${name}: tspy threw ${e instanceof Error ? `${e.name}: ${e.message} @ ${(e.stack ?? "").split("\n")[1]?.trim()}` : String(e)}`;
  }
  if (want.ok) {
    if (!got.ok) return `${name}: tspy raised ${describeError(got.error)}`;
    const d = diffScopes(want.top, got.top, "");
    if (d) return `${name}: ${d}`;
    if (want.code && JSON.stringify(want.code) !== JSON.stringify(got.code)) {
      const missing = want.code.filter((c) => !got.code!.includes(c));
      const extra = got.code!.filter((c) => !want.code!.includes(c));
      return `${name}: code objects differ: expected ${JSON.stringify(missing)}, got ${JSON.stringify(extra)}`;
    }
    return "";
  }
  if (got.ok) return `${name}: CPython raised ${describeError(want.error)} but tspy built a symtable`;
  const same = (["type", "msg", "lineno", "offset", "end_lineno", "end_offset"] as const).every((k) => want.error[k] === got.error[k]);
  return same ? "" : `${name}: CPython raised ${describeError(want.error)}; tspy ${describeError(got.error)}`;
}

function report(label: string, total: number, failures: string[]): void {
  const cache = oracleStats.pyodideLoads ? `cold: pyodide load ${oracleStats.pyodideLoadMs.toFixed(0)} ms + Python ${oracleStats.pythonMs.toFixed(0)} ms` : "cached";
  console.log(`${label}: ${total - failures.length}/${total} files match CPython (oracle ${cache})`);
  if (failures.length) {
    console.log(`first ${Math.min(SHOW_FAILURES, failures.length)} of ${failures.length} failures:\n` + failures.slice(0, SHOW_FAILURES).join("\n"));
  }
}

test("every stdlib .py file has CPython's symbol table", async () => {
  const { files, sha256 } = stdlibPyFiles();
  const want = await cpythonSymtableBatch(files.map((f) => ({ data: f.data, filename: f.name })), {
    bundle: "stdlib-symtable", labels: files.map((f) => f.name), bundleMeta: { zipSha256: sha256 },
  });
  const failures: string[] = [];
  let errors = 0;
  files.forEach((f, i) => {
    if (!want[i].ok) errors++;
    const problem = compare(f.name, want[i], tspySymtable(f.data, f.name));
    if (problem) failures.push(problem);
  });
  report(`stdlib symtable (${errors} rejected by CPython)`, files.length, failures);
  expect(failures.length, `${failures.length} stdlib files differ from CPython (see log)`).toBe(0);
});

test("symtable corpus: scopes, flags and code-object facts match CPython", async () => {
  const files = corpus("symtable");
  expect(files.length).toBeGreaterThanOrEqual(40);
  const want = await cpythonSymtableBatch(files.map((f) => ({ data: f.data, filename: f.filename })), { withCode: true });
  // A file CPython rejects is a bug in the corpus: fix the file.
  const rejected = files
    .map((f, i) => [f, want[i]] as const)
    .filter(([, w]) => !w.ok || w.code?.some((c) => c.startsWith("compile() failed")))
    .map(([f, w]) => `${f.name}: ${JSON.stringify(w.ok ? w.code : w.error)}`);
  expect(rejected, rejected.join("\n")).toEqual([]);
  const failures: string[] = [];
  files.forEach((f, i) => {
    const problem = compare(f.name, want[i], tspySymtable(f.data, f.filename, true));
    if (problem) failures.push(problem);
  });
  report("symtable corpus", files.length, failures);
  expect(failures.length, `${failures.length} corpus files differ from CPython (see log)`).toBe(0);
});

test("symtable-errors corpus: CPython's SyntaxErrors, messages and locations", async () => {
  const files = corpus("symtable-errors");
  expect(files.length).toBeGreaterThanOrEqual(30);
  const want = await cpythonSymtableBatch(files.map((f) => ({ data: f.data, filename: f.filename })));
  // Each file must fail in CPython's symbol table pass (or its __future__ scan, which
  // _symtable.symtable runs first; CPython 3.14's ast.parse reports those two as well).
  const bad = files.filter((_, i) => want[i].ok).map((f) => f.name);
  expect(bad, `files CPython's symtable accepts: ${bad.join(", ")}`).toEqual([]);
  const failures: string[] = [];
  files.forEach((f, i) => {
    const problem = compare(f.name, want[i], tspySymtable(f.data, f.filename));
    if (problem) failures.push(problem);
  });
  report("symtable-errors corpus", files.length, failures);
  expect(failures.length, `${failures.length} error files differ from CPython (see log)`).toBe(0);
});

// Inputs other than files: `eval` and `single` (interactive) mode, and PyCF_ALLOW_TOP_LEVEL_AWAIT
// (asyncio REPL), where a module may await and is then a coroutine (CO_COROUTINE on its code).
const MODE_CASES: Array<{ mode: ParseMode; src: string }> = [
  { mode: "eval", src: "[x for x in y] + [lambda: z for z in w]" },
  { mode: "eval", src: "(lambda a, *b, c=d, **e: (a, b, c, e, f))(g)" },
  { mode: "eval", src: "{k: (v := k) for k in ks}" },
  { mode: "eval", src: "(yield)" },
  { mode: "eval", src: "await x" },
  { mode: "eval", src: "[(i := 0) for i in r]" },
  { mode: "single", src: "x = [y for y in range(3)]\n" },
  { mode: "single", src: "def f():\n    global g\n    g = 1\n\n" },
  { mode: "single", src: "class C:\n    a: int\n    def m(self): return super()\n\n" },
  { mode: "single", src: "nonlocal q\n" },
  { mode: "single", src: "async with a: pass\n" },
];

// compile() with the flag: the module code's CO_COROUTINE bit, or the SyntaxError.
const TLA_PY = String.raw`
def tla(data):
    import ast
    try:
        co = compile(data, '<tla>', 'exec', flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError as e:
        return 'SyntaxError: %s (%s:%s)' % (e.msg, e.lineno, e.offset)
    return 'coroutine' if co.co_flags & 0x80 else 'plain'
`;

const TOP_LEVEL_AWAIT_CASES = [
  "await x\n",
  "async with a as b:\n    pass\n",
  "async for i in a:\n    pass\n",
  "r = [i async for i in a]\n",
  "r = [await i for i in a]\n",
  "g = (await i for i in a)\n",
  "def f():\n    await x\n",
  "class C:\n    await x\n",
  "x = 1\n",
  "def f():\n    return [i async for i in a]\n",
];

test("symtable of eval and single input matches CPython", async () => {
  const enc = new TextEncoder();
  const items = MODE_CASES.map((c, i) => ({ data: enc.encode(c.src), filename: `<mode-${i}>`, mode: c.mode }));
  const want = await cpythonSymtableBatch(items);
  const failures = items
    .map((it, i) => compare(`${it.mode} ${JSON.stringify(MODE_CASES[i].src)}`, want[i], tspySymtable(it.data, it.filename, false, it.mode)))
    .filter(Boolean);
  expect(failures, failures.join("\n")).toEqual([]);
});

test("PyCF_ALLOW_TOP_LEVEL_AWAIT: the module becomes a coroutine where CPython's does", async () => {
  const answers = await cpythonEvalBatch<string>(
    TOP_LEVEL_AWAIT_CASES.map((src) => ({
      expr: `(lambda g: (exec(${JSON.stringify(TLA_PY)}, g), g['tla'](data))[1])({})`,
      data: new TextEncoder().encode(src),
    })),
  );
  const got = TOP_LEVEL_AWAIT_CASES.map((src) => {
    try {
      const st = buildSymtable(parse(src, "<tla>"), "<tla>", { flags: PyCF_ALLOW_TOP_LEVEL_AWAIT });
      return st.top.coroutine ? "coroutine" : "plain";
    } catch (e) {
      return e instanceof PySyntaxError ? `SyntaxError: ${e.msg} (${e.lineno}:${e.offset})` : String(e);
    }
  });
  expect(got).toEqual(answers);
});
