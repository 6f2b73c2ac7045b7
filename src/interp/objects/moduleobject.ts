// The module type's constructor and repr (CPython: Objects/moduleobject.c module___init__ and
// module_repr, which calls importlib._bootstrap._module_repr / _module_repr_from_spec).
import { None, PyObject, typeOf, type PyValue } from "./object.js";
import { ModuleType, PyModule } from "./functions.js";
import { PyBaseException, pyError, TypeError } from "./exceptions.js";
import { defMethod, getattrOrUndefined, repr, truthy, typeName } from "./abstract.js";
import { PyDict, PyList } from "./containers.js";

function attr(o: PyValue, name: string): PyValue | undefined {
  try {
    return getattrOrUndefined(o, name);
  } catch (e) {
    if (e instanceof PyBaseException) return undefined;
    throw e;
  }
}

/** _module_repr_from_spec */
function reprFromSpec(spec: PyValue): string {
  const n = attr(spec, "name");
  const name = typeof n === "string" ? n : "?";
  const origin = attr(spec, "origin");
  if (origin === undefined || origin === None) {
    const loader = attr(spec, "loader");
    if (loader === undefined || loader === None) return `<module ${repr(name)}>`;
    if (typeOf(loader).name === "NamespaceLoader") {
      const p = attr(loader, "_path");
      return `<module ${repr(name)} (namespace) from ${repr(p instanceof PyObject && attr(p, "_path") !== undefined ? attr(p, "_path")! : p ?? new PyList([]))}>`;
    }
    return `<module ${repr(name)} (${repr(loader)})>`;
  }
  if (truthy(attr(spec, "has_location") ?? false)) return `<module ${repr(name)} from ${repr(origin)}>`;
  return `<module ${repr(attr(spec, "name") ?? name)} (${typeof origin === "string" ? origin : repr(origin)})>`;
}

/** _module_repr */
export function moduleRepr(m: PyObject): string {
  const loader = attr(m, "__loader__");
  const spec = attr(m, "__spec__");
  if (spec !== undefined && spec !== None) {
    try {
      return reprFromSpec(spec);
    } catch (e) {
      if (!(e instanceof PyBaseException)) throw e;
    }
  }
  const n = attr(m, "__name__");
  const name = typeof n === "string" ? n : "?";
  const file = attr(m, "__file__");
  if (file === undefined || file === None) {
    if (loader === undefined || loader === None) return `<module ${repr(name)}>`;
    return `<module ${repr(name)} (${repr(loader)})>`;
  }
  return `<module ${repr(name)} from ${repr(file)}>`;
}

ModuleType.slots.repr = (m: PyObject) => moduleRepr(m);

// module(name, doc=None): module_init_dict on a fresh namespace
TYPE_CONSTRUCTORS.set(ModuleType, (args, kwnames) => {
  const m = new PyModule("?");
  call(ModuleType.ns.get("__init__")!, [m, ...args], kwnames);
  return m;
});
INSTANCE_FACTORIES.set(ModuleType, (t) => new PyModule("?", t));
defMethod(ModuleType, "__init__", (self: PyObject, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const vals: PyValue[] = args.slice(0, args.length - nkw);
  kwnames?.forEach((k, i) => {
    const j = ["name", "doc"].indexOf(k);
    if (j < 0) throw pyError(TypeError, `module() got an unexpected keyword argument '${k}'`);
    vals[j] = args[args.length - nkw + i];
  });
  if (vals.length < 1 || vals[0] === undefined) throw pyError(TypeError, "module() missing required argument 'name' (pos 1)");
  if (vals.length > 2) throw pyError(TypeError, `module() takes at most 2 arguments (${vals.length} given)`);
  if (typeof vals[0] !== "string") throw pyError(TypeError, `module() argument 'name' must be str, not ${typeName(vals[0])}`);
  self.dict ??= new PyDict();
  const d = self.dict;
  d.set("__name__", vals[0]);
  d.set("__doc__", vals[1] ?? None);
  if (!d.has("__package__")) d.set("__package__", None);
  if (!d.has("__loader__")) d.set("__loader__", None);
  if (!d.has("__spec__")) d.set("__spec__", None);
  return None;
});
defMethod(ModuleType, "__dir__", (self: PyObject) => {
  const d = self.dict;
  if (!d) throw pyError(TypeError, "<module>.__dict__ is not a dictionary");
  const f = d.get("__dir__");
  if (f !== undefined) return callRef(f);
  return new PyList([...d.entries()].map(([k]) => k));
});
import { call, INSTANCE_FACTORIES, TYPE_CONSTRUCTORS } from "./abstract.js";
const callRef = (f: PyValue) => call(f, []);
void PyModule;
