// Differential test of the standard library (issue 4), part 1 of 4: programs that import CPython's
// own Lib (and tspy's native modules under it) and must print exactly what CPython 3.14 prints. See
// support/differential.ts. The programs are split over four test files so that each runs in its own
// process with its own pyodide (one pyodide running all of them in a row can hit a wasm fatal error).
// TSPY_ONLY=name1,name2 runs a subset.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "vitest";
import { differential } from "./support/differential.js";

test("standard-library programs behave byte-for-byte as under CPython 3.14 (part 1 of 4)", async () => {
  await differential(join(dirname(fileURLToPath(import.meta.url)), "stdlib"), "stdlib", "/stdlib", { index: 0, of: 4 });
}, 600_000);
