// Differential test over a hand-written corpus of valid Python 3.14 programs (test/corpus/valid/*.py),
// each dense with the newer or rarer forms the stdlib barely uses (match, PEP 695/696 type params,
// PEP 701 f-strings, PEP 750 t-strings, PEP 758 except lists, odd encodings and line endings, ...).
// For every file tspy's `dump(parse(bytes, name), {includeAttributes: true})` must equal CPython 3.14's
// `ast.dump(ast.parse(bytes, name), include_attributes=True)`. Expected output comes from the oracle
// (pyodide, cached on disk) at test time; nothing is typed by hand. Files are read as raw bytes so that
// BOMs, encoding cookies, CR/CRLF endings and form feeds reach both parsers unchanged.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";
import { dump, parse, PySyntaxError } from "../src/interp/parse/index.js";
import { cpythonAstDumpBatch, oracleStats } from "./support/oracle.js";
import { differenceWindow } from "./support/diff.js";

const CORPUS_DIR = join(dirname(fileURLToPath(import.meta.url)), "corpus", "valid");
const SHOW_FAILURES = 40;

const files = readdirSync(CORPUS_DIR)
  .filter((n) => n.endsWith(".py"))
  .sort()
  .map((name) => ({ name, filename: `corpus/valid/${name}`, data: new Uint8Array(readFileSync(join(CORPUS_DIR, name))) }));

const describeError = (e: unknown): string =>
  e instanceof PySyntaxError
    ? `${e.kind}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`
    : e instanceof Error
      ? `${e.name}: ${e.message}${e.stack ? " @ " + (e.stack.split("\n")[1] ?? "").trim() : ""}`
      : `thrown ${String(e)}`;

test("the valid corpus has at least 40 files", () => {
  expect(files.length).toBeGreaterThanOrEqual(40);
});

test("every valid-corpus file parses to CPython's AST (ast.dump with attributes)", async () => {
  const want = await cpythonAstDumpBatch(files.map((f) => ({ source: f.data, filename: f.filename })));

  // A file CPython rejects is a bug in the corpus, not in tspy: fix the file.
  const invalid = files
    .map((f, i) => [f, want[i]] as const)
    .filter(([, w]) => !w.ok)
    .map(([f, w]) => (w.ok ? "" : `${f.name}: ${w.error.report.trim()}`));
  expect(invalid, `corpus files CPython rejects:\n${invalid.join("\n")}`).toEqual([]);

  const failures: string[] = [];
  files.forEach((f, i) => {
    const w = want[i];
    if (!w.ok) return;
    let got: string;
    try {
      got = dump(parse(f.data, f.filename), { includeAttributes: true });
    } catch (e) {
      failures.push(`${f.name}: tspy threw ${describeError(e)}`);
      return;
    }
    if (got !== w.dump) failures.push(`${f.name}: AST differs\n${differenceWindow(w.dump, got)}`);
  });

  const cache = oracleStats.pyodideLoads ? `cold: pyodide load ${oracleStats.pyodideLoadMs.toFixed(0)} ms` : "cached";
  console.log(`valid corpus: ${files.length - failures.length}/${files.length} files match CPython (oracle ${cache})`);
  if (failures.length) {
    console.log(
      `first ${Math.min(SHOW_FAILURES, failures.length)} of ${failures.length} failures:\n` +
        failures.slice(0, SHOW_FAILURES).join("\n"),
    );
  }
  expect(failures.length, `${failures.length} corpus files differ from CPython (see log)`).toBe(0);
});
