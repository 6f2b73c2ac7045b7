// The compiled tier (src/interp/vm/jit.ts) under the differential corpora: every code object is
// compiled at its first call or backward jump (not after JIT_HOT of them), so every function of every
// program and every monitoring recording runs as compiled code wherever the compiler takes it, and
// all output must still be CPython 3.14's, byte for byte.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, test } from "vitest";
import { JIT_HOT, setJitHot } from "../src/interp/vm/jit.js";
import { differential } from "./support/differential.js";
import { monitoringCorpus } from "./support/monitoring-corpus.js";

const saved = JIT_HOT;
beforeAll(() => setJitHot(1));
afterAll(() => setJitHot(saved));

test("programs behave as under CPython 3.14 with every code object compiled", async () => {
  await differential(join(dirname(fileURLToPath(import.meta.url)), "programs"), "programs (compiled)", "/programs");
}, 600_000);

test("sys.monitoring event streams are CPython's with every code object compiled", async () => {
  await monitoringCorpus("monitoring (compiled)");
}, 600_000);
