// The embedding API (README "Embedding"): output sinks, results, and the host-side interrupt.
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
