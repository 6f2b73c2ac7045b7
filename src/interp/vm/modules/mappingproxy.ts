// mappingproxy (types.MappingProxyType): a read-only view of a mapping, for re.Pattern.groupindex.
// CPython: Objects/descrobject.c (mappingproxy_new, mappingproxy_*, mappingproxy_check_mapping).
import { builtinType, PyObject, typeOf, type PyValue } from "../../objects/object.js";
import { PyDict, PyList, PyTuple } from "../../objects/containers.js";
import {
  call, contains, defMethod, getattr, getitem, installExtraCompare, iter, len, repr, richCompare, str, TYPE_CONSTRUCTORS,
  typeName,
} from "../../objects/abstract.js";
import { pyError, TypeError } from "../../objects/exceptions.js";
import { kwArgs } from "../../objects/args.js";

export const MappingProxyType = builtinType("mappingproxy", undefined, { baseType: false });

export class PyMappingProxy extends PyObject {
  constructor(readonly mapping: PyValue) {
    super(MappingProxyType);
  }
}

TYPE_CONSTRUCTORS.set(MappingProxyType, (args, kw) => {
  const [mapping] = kwArgs("mappingproxy", args, kw, ["mapping"], 0, 1, 1);
  if (mapping === undefined) throw pyError(TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
  // mappingproxy_check_mapping: a mapping, but not a list or a tuple
  if (mapping instanceof PyList || mapping instanceof PyTuple || typeOf(mapping).lookup("__getitem__") === undefined && !(mapping instanceof PyDict)) {
    throw pyError(TypeError, `mappingproxy() argument must be a mapping, not ${typeName(mapping)}`);
  }
  return new PyMappingProxy(mapping);
});
MappingProxyType.slots.repr = (m: PyMappingProxy) => `mappingproxy(${repr(m.mapping)})`;
MappingProxyType.slots.str = (m: PyMappingProxy) => str(m.mapping);
MappingProxyType.slots.len = (m: PyMappingProxy) => len(m.mapping);
MappingProxyType.slots.iter = (m: PyMappingProxy) => iter(m.mapping);
defMethod(MappingProxyType, "__getitem__", (m: PyMappingProxy, args) => getitem(m.mapping, args[0]));
defMethod(MappingProxyType, "__contains__", (m: PyMappingProxy, args) => contains(m.mapping, args[0]));
for (const name of ["get", "keys", "values", "items", "copy", "__reversed__"]) {
  defMethod(MappingProxyType, name, (m: PyMappingProxy, args, kw) => call(getattr(m.mapping, name), args, kw));
}
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyMappingProxy)) return undefined;
  const r = richCompare(a.mapping, b instanceof PyMappingProxy ? b.mapping : b, op);
  return typeof r === "boolean" ? r : undefined;
});
