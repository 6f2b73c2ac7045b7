// Pins the deliberate differences from CPython listed in DEVIATIONS.md: each test asserts that the
// difference is exactly the documented one (CPython's side comes from the oracle). When one of these
// fails, tspy changed: update DEVIATIONS.md (or delete the entry if the deviation is gone).
import { expect, test } from "vitest";
import { dump, parse } from "../src/interp/parse/index.js";
import { cpythonAstDump } from "./support/oracle.js";

test("DEVIATIONS.md 'Strings are UTF-16 in the host': an escaped high+low surrogate pair becomes one character", async () => {
  const src = 'x = "\\ud83d\\ude00"\n';
  const cpython = await cpythonAstDump(src, "<dev>");
  const tspy = dump(parse(src, "<dev>"), { includeAttributes: true });
  expect(cpython.ok).toBe(true);
  if (!cpython.ok) return;
  // CPython keeps two code points; tspy's JS string is the astral character they encode
  expect(cpython.dump).toContain("value='\\ud83d\\ude00'");
  expect(tspy).toBe(cpython.dump.replace("'\\ud83d\\ude00'", "'\u{1F600}'"));
});

test("DEVIATIONS.md 'Weak references never die while the program runs' and 'One thread'", async () => {
  const { runTspy } = await import("./support/differential.js");
  const { cpythonRunBatch } = await import("./support/oracle.js");
  const src = new TextEncoder().encode([
    "import _weakref, gc",
    "class A: pass",
    "a = A()",
    "fired = []",
    "r = _weakref.ref(a, lambda ref: fired.append('callback'))",
    "del a",
    "gc.collect()",
    "print(r() is None, fired)",
    "",
  ].join("\n"));
  const [cpython] = await cpythonRunBatch([{ source: src, filename: "/dev/weak.py" }]);
  const tspy = runTspy(src, "/dev/weak.py");
  // CPython frees the object at `del a` and calls the callback; in tspy the referent stays alive
  expect(cpython.stdout).toBe("True ['callback']\n");
  expect(tspy.stdout).toBe("False []\n");

  const lock = new TextEncoder().encode("import _thread\nl = _thread.allocate_lock()\nl.acquire()\nl.acquire()\n");
  const t = runTspy(lock, "/dev/lock.py");
  // CPython would wait forever here; tspy says why it cannot
  expect(t.stderr).toContain("RuntimeError: deadlock: the only thread waits without a timeout for a lock it holds");
});

test("DEVIATIONS.md 'math: log2 in the last bit': correctly rounded where musl's log2 is not", async () => {
  const { runTspy } = await import("./support/differential.js");
  const { cpythonRunBatch } = await import("./support/oracle.js");
  const src = new TextEncoder().encode("import math\nprint(repr(math.log2(0.9304017660622379)))\n");
  const [cpython] = await cpythonRunBatch([{ source: src, filename: "/dev/log2.py" }]);
  const tspy = runTspy(src, "/dev/log2.py");
  // the two results are neighbouring doubles: one unit in the last place apart
  const a = parseFloat(cpython.stdout), b = parseFloat(tspy.stdout);
  expect(a).not.toBe(b);
  const ulp = 2 ** (Math.floor(Math.log2(Math.abs(a))) - 52);
  expect(Math.abs(a - b)).toBe(ulp);
});

test("DEVIATIONS.md 'struct's native sizes are x86-64's': long, size_t and pointers are 8 bytes", async () => {
  const { cpythonRunBatch } = await import("./support/oracle.js");
  const { runTspy } = await import("./support/differential.js");
  const src = 'import struct\nprint(struct.calcsize("@l"), struct.calcsize("@n"), struct.calcsize("@P"), struct.calcsize("@i"), struct.calcsize("<l"))\n';
  const bytes = new TextEncoder().encode(src);
  const [cpython] = await cpythonRunBatch([{ source: bytes, filename: "/dev/struct_native.py" }]);
  const tspy = runTspy(bytes, "/dev/struct_native.py");
  // the oracle is CPython on wasm32 (pyodide): 4-byte long/size_t/pointers
  expect(cpython.stdout).toBe("4 4 4 4 4\n");
  expect(tspy.stdout).toBe("8 8 8 4 4\n");
});
