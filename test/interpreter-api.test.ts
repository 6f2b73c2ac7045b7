// The embedding API (README "Embedding"): output sinks, results, and the host-side interrupt.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "vitest";
import { Interpreter } from "../src/interp/vm/interpreter.js";
import { PyBuiltin } from "../src/interp/objects/functions.js";
import { None } from "../src/interp/objects/object.js";

function make() {
  let out = "", err = "";
  const interp = new Interpreter({ stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { interp, out: () => out, err: () => err };
}

test("stdout and stderr go to the embedder's sinks; results report the exit status", () => {
  const { interp, out, err } = make();
  const r = interp.runMain("import sys\nprint(6 * 7)\nprint('oops', file=sys.stderr)\n", "<embed>");
  expect(out()).toBe("42\n");
  expect(err()).toBe("oops\n");
  expect(r).toEqual({ exitCode: 0, exception: null });
});

test("an uncaught exception is returned and printed as a traceback", () => {
  const { interp, err } = make();
  const r = interp.runMain("def f():\n    raise ValueError('bad')\nf()\n", "<embed>");
  expect(r.exitCode).toBe(1);
  expect(r.exception?.type.name).toBe("ValueError");
  expect(err()).toMatch(/^Traceback \(most recent call last\):\n/);
  expect(err()).toMatch(/ValueError: bad\n$/);
});

test("interrupt() raises KeyboardInterrupt inside a runaway loop", () => {
  const { interp, err } = make();
  // a builtin the program calls after a while, standing in for a host thread or signal
  interp.builtins.dict.set("host_tick", new PyBuiltin("host_tick", () => { interp.interrupt(); return None; }));
  const r = interp.runMain("i = 0\nwhile True:\n    i += 1\n    if i == 1000:\n        host_tick()\n", "<embed>");
  expect(r.exception?.type.name).toBe("KeyboardInterrupt");
  expect(r.exitCode).toBe(130);
  expect(err()).toMatch(/KeyboardInterrupt\n$/);
});

// The embedder's say over what `import` can read (README "Imports and the standard library")
function makeWith(opts: ConstructorParameters<typeof Interpreter>[0]) {
  let out = "", err = "";
  const interp = new Interpreter({ ...opts, stdout: (t) => { out += t; }, stderr: (t) => { err += t; } });
  return { interp, out: () => out, err: () => err };
}

test("files given to one interpreter import, and only there", () => {
  const a = makeWith({ files: { "/app/util.py": "def hello():\n    return 'hi'\n", "/app/pkg/__init__.py": "from .m import X\n", "/app/pkg/m.py": "X = 7\n" } });
  const r = a.interp.runMain("import util, pkg\nprint(util.hello(), pkg.X, util.__file__)\n", "/app/main.py");
  expect(a.err()).toBe("");
  expect(a.out()).toBe("hi 7 /app/util.py\n");
  expect(r.exitCode).toBe(0);
  const b = makeWith({});
  expect(b.interp.runMain("import util\n", "/app/main.py").exception?.type.name).toBe("ModuleNotFoundError");
});

test("hostFiles: false hides the host's files; stdlib: null hides the standard library", () => {
  const dir = mkdtempSync(join(tmpdir(), "tspy-api-"));
  writeFileSync(join(dir, "onhost.py"), "print('host module')\n");
  const withHost = makeWith({});
  withHost.interp.runMain("import onhost\n", join(dir, "main.py"));
  expect(withHost.out()).toBe("host module\n");
  const noHost = makeWith({ hostFiles: false });
  expect(noHost.interp.runMain("import onhost\n", join(dir, "main.py")).exception?.type.name).toBe("ModuleNotFoundError");
  const noLib = makeWith({ stdlib: null });
  expect(noLib.interp.runMain("import keyword\n", "<embed>").exception?.type.name).toBe("ModuleNotFoundError");
  const lib = makeWith({});
  lib.interp.runMain("import keyword\nprint(keyword.iskeyword('def'), keyword.__file__)\n", "<embed>");
  expect(lib.out()).toBe("True /lib/python314.zip/keyword.py\n");
});

test("an uncaught exception goes to a replaced sys.excepthook; a failing hook is reported with the original", () => {
  const a = make();
  a.interp.runMain("import sys\ndef hook(t, v, tb):\n    print('hook', t.__name__, v, tb.tb_lineno)\nsys.excepthook = hook\nraise KeyError('k')\n", "<embed>");
  expect(a.out()).toBe("hook KeyError 'k' 5\n");
  expect(a.err()).toBe("");
  const b = make();
  const r = b.interp.runMain("import sys\ndef hook(t, v, tb):\n    1/0\nsys.excepthook = hook\nraise ValueError('v')\n", "<embed>");
  expect(r.exitCode).toBe(1);
  expect(b.err()).toMatch(/^Error in sys\.excepthook:\nTraceback \(most recent call last\):\n[\s\S]*ZeroDivisionError: division by zero\n\nOriginal exception was:\nTraceback [\s\S]*ValueError: v\n$/);
});

test("a JS stack overflow under native-nested recursion is a catchable RecursionError", () => {
  // On a small host stack (this test thread's ~1 MB), recursion through native calls (type call ->
  // __init__, repr -> __repr__, a key function) runs out of JS stack before a raised recursion
  // limit; that must be CPython's RecursionError, and the interpreter must stay usable
  let out = "";
  const interp = new Interpreter({ stdout: (t) => { out += t; }, stderr: (t) => { out += t; } });
  const r = interp.runMain(`import sys
sys.setrecursionlimit(1_000_000)
class A:
    def __init__(self, n):
        A(n + 1)
class R:
    def __repr__(self):
        return repr(R())
def key(x):
    return sorted([x], key=key)
for f in (lambda: A(0), lambda: repr(R()), lambda: sorted([0], key=key)):
    try:
        f()
    except RecursionError as e:
        print(type(e).__name__, e)
sys.setrecursionlimit(1000)
def count(n):
    return n if n == 0 else 1 + count(n - 1)
print(count(900))
`, "<deep>");
  expect(out).toBe("RecursionError maximum recursion depth exceeded\n".repeat(3) + "900\n");
  expect(r.exitCode).toBe(0);
});

test("source nested past the host stack is reported as CPython reports it, not a host crash", () => {
  let err = "";
  const interp = new Interpreter({ stdout: () => {}, stderr: (t) => { err += t; } });
  const r = interp.runMain("x = " + "-".repeat(200_000) + "1\n", "<deep source>");
  expect(err).toBe("MemoryError: Parser stack overflowed - Python source too complex to parse\n");
  expect(r.exitCode).toBe(1);
});
