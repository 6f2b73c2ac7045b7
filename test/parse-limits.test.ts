// Deeply nested source: within the limits tspy parses exactly as CPython; past them it raises
// CPython's MemoryError("Parser stack overflowed - Python source too complex to parse") instead of
// crashing the host with a JS stack overflow.
import { expect, test } from "vitest";
import { dump, parse, PySourceTooComplex } from "../src/interp/parse/index.js";
import { cpythonAstDumpBatch } from "./support/oracle.js";

const nest = (unit: string, n: number, tail: string) => unit.repeat(n) + tail;

test("moderately deep unary/not/lambda/ternary/power chains match CPython", async () => {
  // (kept below ~500 levels: pyodide's own WebAssembly stack dies on much deeper input)
  const srcs = [nest("-", 400, "1"), nest("not ", 300, "x"), nest("lambda: ", 150, "x"), nest("x if y else ", 200, "x"), nest("x**", 300, "x"), nest("~+", 150, "1")];
  const want = await cpythonAstDumpBatch(srcs.map((source) => ({ source, filename: "<deep>" })));
  srcs.forEach((src, i) => {
    const w = want[i];
    expect(w.ok).toBe(true);
    if (w.ok) expect(dump(parse(src, "<deep>"), { includeAttributes: true })).toBe(w.dump);
  });
});

test("source nested past the host stack raises MemoryError, like CPython past MAXSTACK", () => {
  // CPython 3.14 (pyodide with a large stack, and native builds) raises this MemoryError for
  // "-"*8000+"1"; the oracle cannot run it in-process (its WebAssembly stack overflows fatally).
  for (const src of [nest("-", 50_000, "1"), nest("not ", 50_000, "x"), nest("lambda: ", 50_000, "x")]) {
    let err: unknown;
    try { parse(src, "<deep>"); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(PySourceTooComplex);
    expect((err as PySourceTooComplex).msg).toBe("Parser stack overflowed - Python source too complex to parse");
  }
});
