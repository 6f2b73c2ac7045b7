// _imp (CPython: Python/import.c's _imp module), what Lib/importlib needs of it: builtin modules
// are created by the import system; there are no frozen modules and no extension modules; the
// import lock is a no-op with one thread. And _warnings's warn (Python/_warnings.c), which
// importlib._bootstrap loads at setup; Lib/warnings.py keeps its pure-Python filters because the
// rest of _warnings's names are absent.
import { None, PyType, type PyValue } from "../../objects/object.js";
import { PyList, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { EXCEPTION_TYPES, ImportError, pyError, TypeError } from "../../objects/exceptions.js";
import { getattr, str, typeName } from "../../objects/abstract.js";
import { PyBytesObject } from "../../objects/bytes.js";
import { warn } from "../../objects/warnings.js";

/** The import system's view that _imp exposes (set by imports.ts). */
export interface ImpBackend {
  isBuiltin(name: string): boolean;
  createBuiltin(name: string): PyValue;
}
let backend: ImpBackend | null = null;
export function installImpBackend(b: ImpBackend): void {
  backend = b;
}

// CPython 3.14's MAGIC_NUMBER 3627 | '\r\n' << 16 (Include/internal/pycore_magic_number.h)
const PYC_MAGIC_NUMBER_TOKEN = 3627 | (0x0d << 16) | (0x0a << 24);

export function makeImp(): PyModule {
  const m = new PyModule("_imp");
  const d = m.dict;
  const def = (name: string, fn: (a: PyValue[]) => PyValue) => d.set(name, new PyBuiltin(name, (a) => fn(a), m));
  d.set("pyc_magic_number_token", PYC_MAGIC_NUMBER_TOKEN);
  d.set("check_hash_based_pycs", "never");
  def("is_builtin", (a) => (backend?.isBuiltin(String(a[0])) ? 1 : 0));
  def("create_builtin", (a) => {
    const name = getattr(a[0], "name");
    if (typeof name !== "string") throw pyError(TypeError, `name must be string, not ${typeName(name)}`);
    if (!backend?.isBuiltin(name)) throw pyError(ImportError, `no built-in module named ${name}`);
    return backend.createBuiltin(name);
  });
  def("exec_builtin", () => 0);
  def("is_frozen", () => false);
  def("is_frozen_package", () => false);
  def("find_frozen", () => None);
  def("get_frozen_object", (a) => { throw pyError(ImportError, `No such frozen object named ${str(a[0])}`); });
  def("init_frozen", () => None);
  def("_frozen_module_names", () => tuple([]));
  def("acquire_lock", () => None);
  def("release_lock", () => None);
  def("lock_held", () => false);
  def("_fix_co_filename", () => None);
  def("extension_suffixes", () => new PyList([]));
  def("create_dynamic", () => { throw pyError(ImportError, "tspy cannot load extension modules"); });
  def("exec_dynamic", () => 0);
  def("_override_frozen_modules_for_tests", () => None);
  def("_override_multi_interp_extensions_check", () => -1);
  def("source_hash", () => new PyBytesObject(new Uint8Array(8)));
  return m;
}

export function makeWarningsC(): PyModule {
  const m = new PyModule("_warnings");
  m.dict.set("warn", new PyBuiltin("warn", (args, kwnames) => {
    const npos = args.length - (kwnames?.length ?? 0);
    const message = args[0];
    let category: PyValue = npos > 1 ? args[1] : None;
    kwnames?.forEach((k, i) => { if (k === "category") category = args[npos + i]; });
    const W = EXCEPTION_TYPES.get("UserWarning")!;
    const cat = category instanceof PyType ? category : W;
    warn(cat, str(message));
    return None;
  }, m));
  return m;
}
