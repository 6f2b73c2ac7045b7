// Differential test of syntax errors: every program in test/corpus/invalid/ must fail in tspy as in
// CPython 3.14 — same exception class, line and offset for every file; the same message for at least
// 90% of them; and the printed report (formatSyntaxError vs traceback.format_exception_only) for at
// least 90%. Rates and every mismatch are printed so progress is visible before they reach 100%.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { parse, PySyntaxError } from "../src/interp/parse/index.js";
import { formatSyntaxError, type SyntaxErrorMetadata } from "../src/interp/parse/report.js";
import { cpythonAstDumpBatch, type CPythonError } from "./support/oracle.js";

const MESSAGE_RATE = 0.9;
const REPORT_RATE = 0.9;

const CORPUS_DIR = join(import.meta.dirname, "corpus", "invalid");
const corpus = readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".py")).sort()
  .map((name) => ({ name, data: new Uint8Array(readFileSync(join(CORPUS_DIR, name))) }));

function tspyError(name: string, data: Uint8Array): PySyntaxError | string {
  try {
    parse(data, name);
    return "parsed without error";
  } catch (e) {
    if (e instanceof PySyntaxError) return e;
    return e instanceof Error ? `threw ${e.name}: ${e.message}` : `threw ${String(e)}`;
  }
}

/**
 * The metadata CPython attaches (SyntaxError._metadata) as far as the test can know it: the error's
 * own when the parser provides one, else "no statement parsed yet" and the decoded source. CPython
 * has none when the source could not be decoded (bad UTF-8, null bytes).
 */
function metadataFor(err: PySyntaxError, data: Uint8Array): SyntaxErrorMetadata | null {
  const own = (err as { metadata?: SyntaxErrorMetadata | null }).metadata;
  if (own !== undefined) return own;
  let source: string;
  try {
    source = new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return null;
  }
  return source.includes("\0") ? null : { line: 0, offset: 0, source };
}

const where = (e: { lineno: number | null; offset: number | null; end_lineno: number | null; end_offset: number | null }) =>
  `${e.lineno}:${e.offset}-${e.end_lineno}:${e.end_offset}`;

test(`invalid corpus (${corpus.length} programs): tspy raises CPython's SyntaxError`, async () => {
  const want = await cpythonAstDumpBatch(corpus.map((f) => ({ source: f.data, filename: f.name })), { bundle: "corpus-invalid" });

  const positionMismatches: string[] = [];
  const messageMismatches: string[] = [];
  const reportMismatches: string[] = [];
  let sameMessage = 0, sameReport = 0;
  corpus.forEach((f, i) => {
    const r = want[i];
    if (r.ok) throw new Error(`${f.name} is valid Python; the corpus must hold only invalid programs`);
    const w: CPythonError = r.error;
    const got = tspyError(f.name, f.data);
    if (typeof got === "string") {
      positionMismatches.push(`${f.name}: CPython ${w.type} at ${where(w)}: ${w.msg}\n    tspy ${got}`);
      messageMismatches.push(`${f.name}: tspy ${got}`);
      reportMismatches.push(`${f.name}: tspy ${got}`);
      return;
    }
    if (got.kind !== w.type || got.lineno !== w.lineno || got.offset !== w.offset) {
      positionMismatches.push(`${f.name}: CPython ${w.type} at ${where(w)}: ${w.msg}\n    tspy ${got.kind} at ${where(got)}: ${got.msg}`);
    }
    if (got.msg === w.msg) sameMessage++;
    else messageMismatches.push(`${f.name}:\n    cpython: ${w.msg}\n    tspy:    ${got.msg}`);
    const report = formatSyntaxError(got, { metadata: metadataFor(got, f.data) });
    if (report === w.report) sameReport++;
    else reportMismatches.push(`${f.name}:\n--- cpython\n${w.report}--- tspy\n${report}`);
  });

  const n = corpus.length;
  const pct = (k: number) => `${k}/${n} (${((100 * k) / n).toFixed(1)}%)`;
  console.log(
    `syntax errors: class+line+offset ${pct(n - positionMismatches.length)}, message ${pct(sameMessage)}, ` +
      `report ${pct(sameReport)}`,
  );
  if (positionMismatches.length) console.log(`class/line/offset mismatches:\n${positionMismatches.join("\n")}`);
  if (messageMismatches.length) console.log(`message mismatches:\n${messageMismatches.join("\n")}`);
  if (reportMismatches.length) console.log(`report mismatches:\n${reportMismatches.join("\n")}`);

  expect(positionMismatches.length, "class/line/offset must match CPython for every file").toBe(0);
  expect(sameMessage / n, "message agreement rate").toBeGreaterThanOrEqual(MESSAGE_RATE);
  expect(sameReport / n, "report agreement rate").toBeGreaterThanOrEqual(REPORT_RATE);
});
