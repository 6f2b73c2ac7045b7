// Setting f_lineno (issue 5, "What to build" 5): test/setlineno/*.py jump from trace functions'
// 'line' events and from a sys.monitoring LINE callback, forwards, backwards, out of loops, except
// and finally blocks, and try every refused jump; stdout, stderr and the exit status must be CPython
// 3.14's. Once in the eval loop, once with every code object compiled (jit.ts hands the frame back
// to the eval loop at the target).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { test } from "vitest";
import { JIT_HOT, setJitHot } from "../src/interp/vm/jit.js";
import { differential } from "./support/differential.js";

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
