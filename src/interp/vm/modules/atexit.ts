// The atexit module (CPython: Modules/atexitmodule.c). The interpreter calls _run_exitfuncs when
// the main program ends (Interpreter.runCompiled, as Py_FinalizeEx calls _PyAtExit_Call).
import { None, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError } from "../../objects/exceptions.js";
import { call, eq, repr } from "../../objects/abstract.js";
import { isCallable as callable } from "../builtins.js";
import type { NativeContext } from "./index.js";

interface Callback { func: PyValue; args: PyValue[]; kwnames: string[] | null }

export function makeAtexit(ctx: NativeContext): PyModule {
  const m = new PyModule("atexit");
  const callbacks: Callback[] = [];
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn, m));
  const noArgs = (name: string, a: PyValue[], k: readonly string[] | null): void => {
    if ((k && k.length) || a.length) throw pyError(TypeError, `atexit.${name}() takes no arguments (${a.length} given)`);
  };
  // atexit_register: register(func, *args, **kwargs) returns func
  def("register", (args, kwnames) => {
    const npos = args.length - (kwnames ? kwnames.length : 0);
    if (npos < 1) throw pyError(TypeError, "register() takes at least 1 argument (0 given)");
    const func = args[0];
    if (!callable(func)) throw pyError(TypeError, "the first argument must be callable");
    callbacks.push({ func, args: args.slice(1), kwnames: kwnames ? [...kwnames] : null });
    return func;
  });
  // atexit_unregister: every registration of an equal function goes
  def("unregister", (args, kwnames) => {
    if ((kwnames && kwnames.length) || args.length !== 1) throw pyError(TypeError, `atexit.unregister() takes exactly one argument (${args.length} given)`);
    for (let i = callbacks.length - 1; i >= 0; i--) if (eq(callbacks[i].func, args[0])) callbacks.splice(i, 1);
    return None;
  });
  // atexit_callfuncs: last registered first; an exception is reported and the others still run
  def("_run_exitfuncs", (a, k) => {
    noArgs("_run_exitfuncs", a, k);
    while (callbacks.length) {
      const cb = callbacks.pop()!;
      try {
        call(cb.func, cb.args, cb.kwnames);
      } catch (e) {
        if (!(e instanceof PyBaseException)) throw e;
        ctx.unraisable?.(`Exception ignored in atexit callback ${repr(cb.func)}`, e);
      }
    }
    return None;
  });
  def("_clear", (a, k) => { noArgs("_clear", a, k); callbacks.length = 0; return None; });
  def("_ncallbacks", (a, k) => { noArgs("_ncallbacks", a, k); return callbacks.length; });
  return m;
}
