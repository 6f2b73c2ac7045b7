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

test("DEVIATIONS.md 'A JUMP or BRANCH callback that raises': the frame's handlers run, as for a LINE callback", async () => {
  const { cpythonRunBatch } = await import("./support/oracle.js");
  const { runTspy } = await import("./support/differential.js");
  const src = new TextEncoder().encode([
    "import sys",
    "M = sys.monitoring",
    "MODE = sys.argv[1]",
    "log = []",
    "def h():",
    "    try:",
    "        i = 0",
    "        while i < 2:",
    "            i += 1",
    "        log.append('after loop')",
    "    except BaseException as e:",
    "        log.append(('caught', type(e).__name__))",
    "    finally:",
    "        log.append('finally')",
    "    return 'returned'",
    "fired = []",
    "def cb(code, *rest):",
    "    if code is h.__code__ and not fired and (MODE == 'jump' or rest[0] == code.co_firstlineno + 4):",
    "        fired.append(rest)",
    "        raise RuntimeError('cb')",
    "ev = M.events.JUMP if MODE == 'jump' else M.events.LINE",
    "M.use_tool_id(3, 't')",
    "M.register_callback(3, ev, cb)",
    "M.set_local_events(3, h.__code__, ev)",
    "try:",
    "    r = h()",
    "except RuntimeError:",
    "    r = 'escaped'",
    "print(r, log, len(fired))",
    "",
  ].join("\n"));
  const filename = "/dev/jump_raise.py";
  const [cpJump, cpLine] = await cpythonRunBatch([{ source: src, filename, argv: ["jump"] }, { source: src, filename, argv: ["line"] }]);
  // CPython 3.14 (pyodide's): the JUMP callback's exception leaves the frame past its except and
  // finally (INSTRUMENTED_JUMP reads next_instr after overwriting it); the LINE one is handled
  expect(cpJump.stdout).toBe("escaped [] 1\n");
  expect(cpLine.stdout).toContain("returned");
  // tspy handles both in the frame, as CPython does the LINE one
  expect(runTspy(src, filename, undefined, ["jump"])).toEqual(cpLine);
  expect(runTspy(src, filename, undefined, ["line"])).toEqual(cpLine);
});
