// The exception table codec against CPython 3.14's own tables: decoding co_exceptiontable must
// give what dis._parse_exception_table gives, and re-encoding must give back the same bytes.
import { expect, test } from "vitest";
import { decodeExceptionTable, encodeExceptionTable, findHandler } from "../src/interp/compile/exceptiontable.js";
import { cpythonEvalBatch } from "./support/oracle.js";
import { stdlibPyFiles } from "./support/stdlib.js";

type Info = [string, [number, number, number, number, boolean][]];

const COLLECT = `(lambda dis: (lambda f: f(f, compile(data, 'f.py', 'exec')))(lambda f, c: [[c.co_exceptiontable.hex(), [[e.start, e.end, e.target, e.depth, e.lasti] for e in dis._parse_exception_table(c)]]] + [y for k in c.co_consts if hasattr(k, 'co_code') for y in f(f, k)]))(__import__('dis'))`;

test("decode and re-encode CPython's exception tables", async () => {
  const files = stdlibPyFiles().files.filter((_, i) => i % 9 === 4);
  const results = await cpythonEvalBatch<Info[]>(files.map((f) => ({ expr: COLLECT, data: f.data })));
  let codes = 0, entries = 0;
  for (const infos of results) {
    for (const [hex, want] of infos) {
      const table = Uint8Array.from(Buffer.from(hex, "hex"));
      const got = decodeExceptionTable(table);
      // dis reports offsets in bytes (2 per code unit)
      expect(got.map((e) => [e.start * 2, e.end * 2, e.target * 2, e.depth, e.lasti])).toEqual(want);
      expect(Buffer.from(encodeExceptionTable(got)).toString("hex")).toBe(hex);
      for (const e of got) {
        expect(findHandler(got, e.start)).toBe(e);
        expect(findHandler(got, e.end - 1)).toBe(e);
      }
      codes++;
      entries += got.length;
    }
  }
  console.log(`exception tables: ${codes} code objects, ${entries} entries decode and re-encode exactly`);
  expect(entries).toBeGreaterThan(500);
});
