// types.MappingProxyType: the read-only view a class's __dict__ is (CPython: Objects/descrobject.c
// mappingproxy_*). It reads through to the class namespace; every read builds a dict snapshot.
import { builtinType, PyObject, PyType, type PyValue } from "./object.js";
import { pyError, TypeError } from "./exceptions.js";
import { callMethod, defMethod, iter, repr } from "./abstract.js";
import { DictType, PyDict } from "./containers.js";

export const MappingProxyType = builtinType("mappingproxy", undefined, { baseType: false });

export class PyMappingProxy extends PyObject {
  constructor(readonly owner: PyType) {
    super(MappingProxyType);
  }
  snapshot(): PyDict {
    const d = new PyDict();
    for (const [k, v] of this.owner.ns) d.set(k, v);
    return d;
  }
}

MappingProxyType.slots.repr = (m: PyMappingProxy) => `mappingproxy(${repr(m.snapshot())})`;
MappingProxyType.slots.iter = (m: PyMappingProxy) => iter(m.snapshot());
MappingProxyType.slots.len = (m: PyMappingProxy) => m.owner.ns.size;
// the read-only mapping methods delegate to dict's on a snapshot
for (const name of ["keys", "values", "items", "get", "copy", "__getitem__", "__contains__", "__or__", "__ror__", "__reversed__", "__eq__"]) {
  defMethod(MappingProxyType, name, (m: PyMappingProxy, args, kw) => {
    const f = DictType.lookup(name);
    if (f === undefined) throw pyError(TypeError, `mappingproxy has no ${name}`);
    return callMethod(f, m.snapshot(), args, kw);
  });
}
defMethod(MappingProxyType, "__setitem__", () => {
  throw pyError(TypeError, "'mappingproxy' object does not support item assignment");
});
defMethod(MappingProxyType, "__delitem__", () => {
  throw pyError(TypeError, "'mappingproxy' object does not support item deletion");
});
void (null as unknown as PyValue);
