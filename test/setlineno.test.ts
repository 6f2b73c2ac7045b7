// Setting f_lineno (issue 5, "What to build" 5): test/setlineno/*.py jump from trace functions'
// 'line', 'call' (a resumed generator) and 'return' (a yield) events and from sys.monitoring LINE,
// JUMP, BRANCH_LEFT, PY_RESUME and PY_YIELD callbacks, forwards, backwards, out of loops, except and
// finally blocks, and try every refused jump; stdout, stderr and the exit status must be CPython
// 3.14's. Once in the eval loop, once with every code object compiled (jit.ts hands the frame back
// to the eval loop at the target).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "vitest";
import { JIT_HOT, setJitHot } from "../src/interp/vm/jit.js";
import { readFileSync } from "node:fs";
import { expect } from "vitest";
import { differential, runTspy } from "./support/differential.js";
import { cpythonRunBatch } from "./support/oracle.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "setlineno");

test("f_lineno jumps as under CPython 3.14", async () => {
  await differential(DIR, "setlineno", "/setlineno");
}, 300_000);

test("f_lineno jumps as under CPython 3.14, every code object compiled", async () => {
  const saved = JIT_HOT;
  setJitHot(1);
  try {
    await differential(DIR, "setlineno (compiled)", "/setlineno");
  } finally {
    setJitHot(saved);
  }
}, 300_000);

// BRANCH jumps where CPython 3.14 is no oracle (a taken conditional jump, FOR_ITER's next item,
// POP_ITER: its stack is one value off after the jump, and pyodide dies of it on some of these
// cases): tspy jumping from the BRANCH event must do what CPython does jumping from the LINE event
// the branch leads to, with the stack the branch left (test/setlineno/_branch_equiv.py).
test("f_lineno from a BRANCH event jumps as CPython does from the line the branch leads to", async () => {
  const source = new Uint8Array(readFileSync(join(DIR, "_branch_equiv.py")));
  const filename = "/setlineno/_branch_equiv.py";
  const [want] = await cpythonRunBatch([{ source, filename, argv: ["line"] }]);
  expect(want.exit).toBe(0);
  expect(want.stdout.split("\n").length).toBeGreaterThan(20);
  const saved = JIT_HOT;
  try {
    for (const hot of [saved, 1]) {
      setJitHot(hot);
      const got = runTspy(source, filename, undefined, ["branch"]);
      expect({ hot, ...got }).toEqual({ hot, ...want });
      // and the LINE jumps themselves are CPython's
      expect(runTspy(source, filename, undefined, ["line"])).toEqual(want);
    }
  } finally {
    setJitHot(saved);
  }
}, 300_000);
