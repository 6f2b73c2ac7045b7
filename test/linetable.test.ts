// The location table codec (src/interp/compile/linetable.ts) against CPython 3.14's own tables:
// for the code objects CPython compiles from a slice of the stdlib, decoding co_linetable must give
// co_positions() and co_lines(), and re-encoding the decoded runs must give back the same bytes.
import { expect, test } from "vitest";
import { coLines, coPositions, decodeLineTable, LineTableWriter, type Location } from "../src/interp/compile/linetable.js";
import { cpythonEvalBatch } from "./support/oracle.js";
import { stdlibPyFiles } from "./support/stdlib.js";

type CodeInfo = [number, string, (number | null)[][], [number, number, number | null][]];

const COLLECT = `(lambda f: f(f, compile(data, 'f.py', 'exec')))(lambda f, c: [[c.co_firstlineno, c.co_linetable.hex(), [list(p) for p in c.co_positions()], [list(l) for l in c.co_lines()]]] + [y for k in c.co_consts if hasattr(k, 'co_code') for y in f(f, k)])`;

const sameLoc = (a: Location, b: Location) =>
  a.lineno === b.lineno && a.end_lineno === b.end_lineno && a.col_offset === b.col_offset && a.end_col_offset === b.end_col_offset;

test("decode and re-encode CPython's location tables", async () => {
  const files = stdlibPyFiles().files.filter((_, i) => i % 9 === 0);
  const results = await cpythonEvalBatch<CodeInfo[]>(files.map((f) => ({ expr: COLLECT, data: f.data })));
  let codes = 0;
  for (const infos of results) {
    for (const [first, hex, positions, lines] of infos) {
      const table = Uint8Array.from(Buffer.from(hex, "hex"));
      expect(coPositions(table, first)).toEqual(positions);
      expect(coLines(table, first)).toEqual(lines);
      // re-encode: runs of identical locations, as CPython's assembler merges them
      const w = new LineTableWriter(first);
      let run: Location | null = null, len = 0;
      for (const e of decodeLineTable(table, first)) {
        const n = e.end - e.start;
        if (run && sameLoc(run, e)) len += n;
        else { if (run) w.add(run, len); run = e; len = n; }
      }
      if (run) w.add(run, len);
      expect(Buffer.from(w.bytes()).toString("hex")).toBe(hex);
      codes++;
    }
  }
  console.log(`location tables: ${codes} code objects from ${files.length} stdlib files decode and re-encode exactly`);
  expect(codes).toBeGreaterThan(500);
});
