// The gc module (CPython: Modules/gcmodule.c). tspy's objects are collected by the host's garbage
// collector, so there is nothing to collect here: collect() finds 0 unreachable objects and the
// thresholds and counters are CPython 3.14's defaults (DEVIATIONS.md, "garbage collection").
import { None, PyObject, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule, PyFunction } from "../../objects/functions.js";
import { pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { PyDict, PyList, tuple } from "../../objects/containers.js";
import { PyFloat } from "../../objects/numbers.js";
import { PyBytesObject } from "../../objects/bytes.js";
import { toIndexInt } from "../../objects/int.js";
import { kwArgs } from "../../objects/args.js";

export function makeGc(): PyModule {
  const m = new PyModule("gc");
  const d = m.dict;
  let enabled = true, debug = 0;
  let threshold: PyValue[] = [2000, 10, 0];
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  const noArgs = (name: string, a: PyValue[], k: readonly string[] | null): void => {
    if ((k && k.length) || a.length) throw pyError(TypeError, `gc.${name}() takes no arguments (${a.length} given)`);
  };
  const oneArg = (name: string, a: PyValue[], k: readonly string[] | null): PyValue => {
    if ((k && k.length) || a.length !== 1) throw pyError(TypeError, `gc.${name}() takes exactly one argument (${a.length} given)`);
    return a[0];
  };
  def("enable", (a, k) => { noArgs("enable", a, k); enabled = true; return None; });
  def("disable", (a, k) => { noArgs("disable", a, k); enabled = false; return None; });
  def("isenabled", (a, k) => { noArgs("isenabled", a, k); return enabled; });
  def("collect", (a, k) => {
    const [g] = kwArgs("collect", a, k, ["generation"], 0, 0, 1);
    if (g !== undefined) {
      const n = toIndexInt(g);
      if (n < 0 || n > 2) throw pyError(ValueError, "invalid generation");
    }
    return 0;
  });
  def("get_count", (a, k) => { noArgs("get_count", a, k); return tuple([0, 0, 0]); });
  def("get_threshold", (a, k) => { noArgs("get_threshold", a, k); return tuple(threshold); });
  def("set_threshold", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "set_threshold() takes no keyword arguments");
    if (a.length < 1) throw pyError(TypeError, "set_threshold() takes at least 1 argument (0 given)");
    if (a.length > 3) throw pyError(TypeError, `set_threshold() takes at most 3 arguments (${a.length} given)`);
    const t = threshold.slice();
    a.forEach((v, i) => { t[i] = toIndexInt(v); });
    threshold = t;
    return None;
  });
  def("get_debug", (a, k) => { noArgs("get_debug", a, k); return debug; });
  def("set_debug", (a, k) => { debug = Number(toIndexInt(oneArg("set_debug", a, k))); return None; });
  def("get_objects", (a, k) => { kwArgs("get_objects", a, k, ["generation"], 0, 0, 1); return new PyList([]); });
  def("get_referrers", () => new PyList([]));
  def("get_referents", () => new PyList([]));
  def("get_stats", (a, k) => {
    noArgs("get_stats", a, k);
    return new PyList([0, 1, 2].map(() => {
      const s = new PyDict();
      s.set("collections", 0); s.set("collected", 0); s.set("uncollectable", 0);
      return s;
    }));
  });
  // CPython tracks containers, not atomic objects (ints, strs, floats, bytes, None)
  def("is_tracked", (a, k) => {
    const o = oneArg("is_tracked", a, k);
    return o instanceof PyObject && o !== None && !(o instanceof PyFloat) && !(o instanceof PyBytesObject) &&
      (o.dict !== null || o instanceof PyList || o instanceof PyDict || o instanceof PyFunction || o.type.name === "set" || o.type.heap);
  });
  def("is_finalized", (a, k) => { oneArg("is_finalized", a, k); return false; });
  def("freeze", (a, k) => { noArgs("freeze", a, k); return None; });
  def("unfreeze", (a, k) => { noArgs("unfreeze", a, k); return None; });
  def("get_freeze_count", (a, k) => { noArgs("get_freeze_count", a, k); return 0; });
  d.set("callbacks", new PyList([]));
  d.set("garbage", new PyList([]));
  for (const [name, v] of [["DEBUG_STATS", 1], ["DEBUG_COLLECTABLE", 2], ["DEBUG_UNCOLLECTABLE", 4], ["DEBUG_SAVEALL", 32], ["DEBUG_LEAK", 38]] as const) d.set(name, v);
  return m;
}
