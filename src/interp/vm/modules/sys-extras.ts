// The rest of the sys module that Lib and programs reach for (CPython: Python/sysmodule.c):
// audit hooks, _getframemodulename, excepthook/displayhook and their originals, the int/str digit
// limit, sizes and reference counts (approximations, see DEVIATIONS.md), encodings, and the
// constants of a wasm-like host.
import { None, PyObject, PyType, typeOf, type PyValue } from "../../objects/object.js";
import { PyDict, PyList, PySet, tuple } from "../../objects/containers.js";
import { PyBuiltin, type PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError, EXCEPTION_TYPES, PyBaseException } from "../../objects/exceptions.js";
import { call, getattr, repr, toIndex } from "../../objects/abstract.js";
import { intMaxStrDigits, setIntMaxStrDigits } from "../../objects/numbers.js";
import { makeStructSeqType, structSeq } from "../../objects/structseq.js";
import { tstate, importModule, getImporter } from "../eval.js";
import { warn } from "../../objects/warnings.js";

const ThreadInfoType = makeStructSeqType("sys.thread_info", ["name", "lock", "version"]);

export interface SysExtrasHost {
  /** print an uncaught exception the default way (sys.__excepthook__) */
  printException(e: PyBaseException): void;
  /** write text to sys.stdout (sys.__displayhook__) */
  writeStdout(text: string): void;
  /** getenv(3) as the program sees it (its own os.putenv included) */
  getenv(name: string): string | undefined;
}

export function addSysExtras(m: PyModule, host: SysExtrasHost): void {
  const d = m.dict;
  const def = (name: string, fn: (a: PyValue[], kw: readonly string[] | null) => PyValue) => {
    const f = new PyBuiltin(name, (a, kw) => fn(a, kw), m);
    d.set(name, f);
    return f;
  };
  const hooks: PyValue[] = [];
  // PEP 578: hooks see every audit event raised from Python (sys.audit); tspy raises none itself
  def("addaudithook", (a) => { hooks.push(a[0]); return None; });
  def("audit", (a) => {
    if (typeof a[0] !== "string") throw pyError(TypeError, `audit() argument 1 must be str, not ${typeOf(a[0]).name}`);
    for (const h of hooks) call(h, [a[0], tuple(a.slice(1))]);
    return None;
  });
  // sys._getframemodulename(depth=0): the __name__ of the module a caller runs in
  def("_getframemodulename", (a, kw) => {
    const depth = a.length - (kw?.length ?? 0) > 0 ? toIndex(a[0]) : kw?.includes("depth") ? toIndex(a[a.length - 1]) : 0;
    let f = tstate.frame;
    for (let i = 0; f && i < depth; i++) f = f.back;
    if (!f) return None;
    const n = f.func ? f.func.module : f.globals.get("__name__");
    return n ?? None;
  });
  def("get_int_max_str_digits", () => intMaxStrDigits);
  def("set_int_max_str_digits", (a) => {
    const n = toIndex(a[0]);
    if (n !== 0 && n < 640) throw pyError(ValueError, "maxdigits must be >= 640 or 0 for unlimited");
    setIntMaxStrDigits(n);
    return None;
  });
  def("getfilesystemencoding", () => "utf-8");
  def("getfilesystemencodeerrors", () => "surrogateescape");
  let switchInterval = 0.005;
  def("getswitchinterval", () => floatOf(switchInterval));
  def("setswitchinterval", (a) => {
    const v = typeof a[0] === "number" ? a[0] : Number((a[0] as { value?: number }).value ?? NaN);
    if (!(v > 0)) throw pyError(ValueError, "switch interval must be strictly positive");
    switchInterval = v;
    return None;
  });
  def("is_finalizing", () => false);
  def("getrefcount", () => 2);
  def("getallocatedblocks", () => 0);
  def("getunicodeinternedsize", () => 0);
  def("_is_gil_enabled", () => true);
  def("is_remote_debug_enabled", () => false);
  def("is_stack_trampoline_active", () => false);
  def("_clear_type_cache", () => None);
  def("_clear_internal_caches", () => None);
  // (3.14: drops a class's __dict__/__weakref__ descriptors before dataclasses re-creates it with
  // __slots__; tspy keeps no such descriptors on the class)
  def("_clear_type_descriptors", () => None);
  def("call_tracing", (a) => call(a[0], a[1] instanceof PyObject && "items" in a[1] ? [...(a[1] as unknown as { items: PyValue[] }).items] : []));
  def("getsizeof", (a) => sizeOf(a[0], a[1]));
  def("_current_frames", () => new PyDict());
  def("_current_exceptions", () => new PyDict());
  def("get_asyncgen_hooks", () => tuple([None, None]));
  def("set_asyncgen_hooks", () => None);
  def("get_coroutine_origin_tracking_depth", () => 0);
  def("set_coroutine_origin_tracking_depth", () => None);
  // excepthook / displayhook, and the originals under their dunder names
  const excepthook = def("excepthook", (a) => {
    if (a.length !== 3) throw pyError(TypeError, `excepthook expected 3 arguments, got ${a.length}`);
    if (a[1] instanceof PyBaseException) host.printException(a[1]);
    else throw pyError(TypeError, "TypeError: print_exception(): Exception expected for value, " + typeOf(a[1]).name + " found");
    return None;
  });
  d.set("__excepthook__", excepthook);
  const displayhook = def("displayhook", (a) => {
    const v = a[0];
    if (v === None) return None;
    const b = tstate.frame?.builtins;
    b?.set("_", None);
    host.writeStdout(repr(v) + "\n");
    b?.set("_", v);
    return None;
  });
  d.set("__displayhook__", displayhook);
  const unraisable = def("unraisablehook", () => None);
  d.set("__unraisablehook__", unraisable);
  // CPython: Python/sysmodule.c sys_breakpointhook: $PYTHONBREAKPOINT names the hook ("0": none;
  // unset or empty: pdb.set_trace; no dot: a builtin); an unimportable one is a RuntimeWarning
  const breakpointhook = def("breakpointhook", (a, kw) => {
    let envar = host.getenv("PYTHONBREAKPOINT");
    if (envar === undefined || envar === "") envar = "pdb.set_trace";
    else if (envar === "0") return None;
    const dot = envar.lastIndexOf(".");
    let hook: PyValue | undefined;
    if (dot !== 0) {
      const modulePath = dot < 0 ? "builtins" : envar.slice(0, dot);
      const attr = dot < 0 ? envar : envar.slice(dot + 1);
      try {
        importModule(modulePath);
        const mod = getImporter()?.modules.get(modulePath);
        if (mod === undefined) throw pyError(EXCEPTION_TYPES.get("ImportError")!, `No module named '${modulePath}'`);
        hook = getattr(mod, attr);
      } catch (e) {
        if (!(e instanceof PyBaseException) || !(e.type.isSubtype(EXCEPTION_TYPES.get("ImportError")!) || e.type.isSubtype(EXCEPTION_TYPES.get("AttributeError")!))) throw e;
      }
    }
    if (hook === undefined) {
      warn(EXCEPTION_TYPES.get("RuntimeWarning")!, `Ignoring unimportable $PYTHONBREAKPOINT: "${envar}"`);
      return None;
    }
    return call(hook, a, kw);
  });
  d.set("__breakpointhook__", breakpointhook);
  d.set("thread_info", structSeq(ThreadInfoType, ["pthread-stubs", "mutex+cond", None]));
  d.set("platlibdir", "lib");
  d.set("_stdlib_dir", "/lib/python3.14");
  d.set("_git", tuple(["tspy", "", ""]));
  void PyType; void PyList; void PySet; void getattr; void EXCEPTION_TYPES;
}

import { float, PyFloat } from "../../objects/numbers.js";
const floatOf = (x: number) => float(x);

/** sys.getsizeof: __sizeof__ plus the GC header CPython adds for tracked objects (16 bytes). */
function sizeOf(v: PyValue, dflt: PyValue | undefined): PyValue {
  try {
    const f = getattr(v, "__sizeof__");
    const r = call(f, []);
    if (typeof r !== "number" && typeof r !== "bigint") throw pyError(TypeError, "an integer is required");
    if (Number(r) < 0) throw pyError(ValueError, "__sizeof__() should return >= 0");
    return Number(r) + (typeof v === "object" && !(v instanceof PyFloat) ? 16 : 0);
  } catch (e) {
    if (dflt !== undefined && e instanceof PyBaseException && e.type.isSubtype(TypeError)) return dflt;
    throw e;
  }
}
