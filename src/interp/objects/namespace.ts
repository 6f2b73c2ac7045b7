// types.SimpleNamespace (CPython: Objects/namespaceobject.c): attributes from keyword arguments
// (and, since 3.13, one positional mapping or iterable of pairs); repr "namespace(a=1, b='x')" for
// the exact type, the class name for subclasses, "namespace(...)" on recursion; equality by
// attribute dicts; __replace__ for copy.replace.
import { None, PyObject, PyType, TypeType, ObjectType, typeOf, type PyValue } from "./object.js";
import { PyDict, tuple } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { pyError, TypeError } from "./exceptions.js";
import { Cmp, defMethod, eq, installExtraCompare, PyInstance, PyStaticMethod, repr } from "./abstract.js";
import { dictUpdate } from "./typeslots.js";

export const SimpleNamespaceType = new PyType(TypeType, "SimpleNamespace", [ObjectType], new Map(), false, "types");

export function simpleNamespace(entries: [string, PyValue][]): PyObject {
  const o = new PyInstance(SimpleNamespaceType);
  for (const [k, v] of entries) o.dict!.set(k, v);
  return o;
}

SimpleNamespaceType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => {
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, "SimpleNamespace.__new__(X): X is not a type object");
  return new PyInstance(cls);
}, TypeType)));

defMethod(SimpleNamespaceType, "__init__", (self: PyObject, args, kwnames) => {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (npos > 1) throw pyError(TypeError, `SimpleNamespace expected at most 1 positional argument, got ${npos}`);
  const d = self.dict!;
  if (npos === 1) {
    const tmp = new PyDict();
    dictUpdate(tmp, args[0]);
    for (const [k, v] of tmp.entries()) {
      if (typeof k !== "string") throw pyError(TypeError, `keywords must be strings, not '${typeOf(k).name}'`);
      d.set(k, v);
    }
  }
  for (let i = 0; i < nkw; i++) d.set(kwnames![i], args[npos + i]);
  return None;
});

const inRepr = new Set<PyObject>();
SimpleNamespaceType.slots.repr = (self: PyObject) => namespaceRepr(self);
installExtraCompare((a, b, op) => {
  if (op !== Cmp.EQ && op !== Cmp.NE) return undefined;
  if (!(a instanceof PyObject && typeOf(a).isSubtype(SimpleNamespaceType) && b instanceof PyObject && typeOf(b).isSubtype(SimpleNamespaceType))) return undefined;
  return eq(a.dict!, b.dict!) === (op === Cmp.EQ);
});
function namespaceRepr(self: PyObject): string {
  const name = self.type === SimpleNamespaceType ? "namespace" : self.type.name;
  if (inRepr.has(self)) return `${name}(...)`;
  inRepr.add(self);
  try {
    const parts: string[] = [];
    for (const [k, v] of self.dict!.entries()) if (typeof k === "string") parts.push(`${k}=${repr(v)}`);
    return `${name}(${parts.join(", ")})`;
  } finally {
    inRepr.delete(self);
  }
}
defMethod(SimpleNamespaceType, "__repr__", (self: PyObject) => namespaceRepr(self));

defMethod(SimpleNamespaceType, "__eq__", (self: PyObject, args) => {
  const o = args[0];
  if (!(o instanceof PyObject) || !typeOf(o).isSubtype(SimpleNamespaceType)) return NotImplementedRef();
  return eq(self.dict!, o.dict!);
});

defMethod(SimpleNamespaceType, "__replace__", (self: PyObject, args, kwnames) => {
  if (args.length - (kwnames?.length ?? 0) > 0) throw pyError(TypeError, "__replace__() takes no positional arguments");
  const o = new PyInstance(self.type);
  for (const [k, v] of self.dict!.entries()) o.dict!.set(k, v);
  kwnames?.forEach((k, i) => o.dict!.set(k, args[i]));
  return o;
});

SimpleNamespaceType.ns.set("__hash__", None);
import { NotImplemented } from "./object.js";
const NotImplementedRef = () => NotImplemented;
void tuple;
