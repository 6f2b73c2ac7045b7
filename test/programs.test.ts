// Differential test of whole programs (issue 3): see support/differential.ts.
// TSPY_ONLY=name1,name2 runs only the programs whose names contain one of the parts.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "vitest";
import { differential } from "./support/differential.js";

test("programs behave byte-for-byte as under CPython 3.14", async () => {
  await differential(join(dirname(fileURLToPath(import.meta.url)), "programs"), "programs", "/programs");
}, 600_000);
