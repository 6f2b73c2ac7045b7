// Differential test: for every .py file of CPython's own stdlib (pyodide's python_stdlib.zip),
// tspy's `dump(parse(bytes, name), {includeAttributes: true})` must equal CPython 3.14's
// `ast.dump(ast.parse(bytes, name), include_attributes=True)` character for character.
// Fast loop while working on the parser: `npm run build && node scripts/diff-stdlib.mjs [--only s] [--limit N]`.
import { expect, test } from "vitest";
import { dump, parse, PySyntaxError } from "../src/interp/parse/index.js";
import { cpythonStdlibAstDumps, oracleStats, type AstResult } from "./support/oracle.js";
import { differenceWindow } from "./support/diff.js";

const SHOW_FAILURES = 10;

type Outcome = { ok: true; dump: string } | { ok: false; error: unknown };

function runTspy(name: string, data: Uint8Array): Outcome {
  try {
    return { ok: true, dump: dump(parse(data, name), { includeAttributes: true }) };
  } catch (error) {
    return { ok: false, error };
  }
}

const describeError = (e: unknown): string =>
  e instanceof PySyntaxError
    ? `${e.kind}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`
    : e instanceof Error
      ? `${e.name}: ${e.message}${e.stack ? " @ " + (e.stack.split("\n")[1] ?? "").trim() : ""}`
      : `thrown ${String(e)}`;

/** Empty string when tspy agrees with CPython, else a one-paragraph explanation. */
function compare(name: string, want: AstResult, got: Outcome): string {
  if (want.ok) {
    if (!got.ok) return `${name}: tspy threw ${describeError(got.error)}`;
    return want.dump === got.dump ? "" : `${name}: AST differs\n${differenceWindow(want.dump, got.dump)}`;
  }
  const w = want.error;
  if (got.ok) return `${name}: CPython raised ${w.type}: ${w.msg} but tspy parsed it`;
  const e = got.error;
  const same = e instanceof PySyntaxError && e.kind === w.type && e.msg === w.msg && e.lineno === w.lineno && e.offset === w.offset;
  return same ? "" : `${name}: CPython raised ${w.type}: ${w.msg} (line ${w.lineno}, offset ${w.offset}); tspy: ${describeError(e)}`;
}

test("every stdlib .py file parses to CPython's AST (ast.dump with attributes)", async () => {
  const t0 = performance.now();
  const { files, results } = await cpythonStdlibAstDumps();
  const oracleMs = performance.now() - t0;

  const t1 = performance.now();
  const failures: string[] = [];
  let matches = 0;
  files.forEach((f, i) => {
    const problem = compare(f.name, results[i], runTspy(f.name, f.data));
    if (problem) failures.push(problem);
    else matches++;
  });
  const tspyMs = performance.now() - t1;

  const cache = oracleStats.pyodideLoads ? `cold: pyodide load ${oracleStats.pyodideLoadMs.toFixed(0)} ms + Python ${oracleStats.pythonMs.toFixed(0)} ms` : "cached";
  console.log(
    `stdlib AST: ${matches}/${files.length} files match CPython ` +
      `(oracle ${oracleMs.toFixed(0)} ms, ${cache}; tspy parse+dump ${tspyMs.toFixed(0)} ms)`,
  );
  if (failures.length) {
    console.log(
      `first ${Math.min(SHOW_FAILURES, failures.length)} of ${failures.length} failures:\n` +
        failures.slice(0, SHOW_FAILURES).join("\n"),
    );
  }
  expect(failures.length, `${failures.length} stdlib files differ from CPython (see log)`).toBe(0);
  expect(matches).toBe(files.length);
});
