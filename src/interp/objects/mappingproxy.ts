// types.MappingProxyType (CPython: Objects/descrobject.c mappingproxy): a read-only view of a
// mapping; `cls.__dict__` is one over the class namespace.
import { None, ObjectType, PyObject, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import { PyDict, PyList, tuple } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { pyError, TypeError } from "./exceptions.js";
import {
  call, Cmp, contains, defMethod, getattr, getitem, installExtraCompare, iter, len, PyStaticMethod, repr, richCompareBool,
  binaryOp, Nb, str, TYPE_CONSTRUCTORS,
} from "./abstract.js";

export const MappingProxyType = new PyType(TypeType, "mappingproxy", [ObjectType]);
MappingProxyType.baseType = false;

export class PyMappingProxy extends PyObject {
  constructor(private readonly target: PyValue) {
    super(MappingProxyType);
  }
  get mapping(): PyValue {
    return this.target;
  }
}

/** A live view of a class namespace: a dict rebuilt from the type's namespace on each use. */
export class PyTypeDictProxy extends PyMappingProxy {
  constructor(readonly owner: PyType) {
    super(None);
  }
  override get mapping(): PyValue {
    const d = new PyDict();
    for (const [k, v] of this.owner.ns) d.set(k, v);
    return d;
  }
}

const isMapping = (v: PyValue): boolean => {
  if (v instanceof PyDict) return true;
  const t = typeOf(v);
  return t.lookup("__getitem__") !== undefined && t.lookup("keys") !== undefined && !(t.name === "list" || t.name === "tuple");
};

TYPE_CONSTRUCTORS.set(MappingProxyType, (args, kwnames) => {
  if (kwnames?.length) {
    if (kwnames.length === 1 && kwnames[0] === "mapping" && args.length === 1) return proxyOf(args[0]);
    throw pyError(TypeError, `mappingproxy() got an unexpected keyword argument '${kwnames.find((k) => k !== "mapping")}'`);
  }
  if (args.length !== 1) throw pyError(TypeError, `mappingproxy() takes exactly one argument (${args.length} given)`);
  return proxyOf(args[0]);
});
function proxyOf(m: PyValue): PyMappingProxy {
  if (!isMapping(m)) throw pyError(TypeError, `mappingproxy() argument must be a mapping, not ${typeOf(m).name}`);
  return new PyMappingProxy(m);
}
void PyStaticMethod;

const M = (p: PyMappingProxy) => p.mapping;
MappingProxyType.slots.repr = (p: PyMappingProxy) => `mappingproxy(${repr(M(p))})`;
MappingProxyType.slots.str = (p: PyMappingProxy) => str(M(p)); // mappingproxy_str
MappingProxyType.slots.len = (p: PyMappingProxy) => len(M(p));
MappingProxyType.slots.iter = (p: PyMappingProxy) => iter(M(p));
defMethod(MappingProxyType, "__getitem__", (p: PyMappingProxy, a) => getitem(M(p), a[0]));
defMethod(MappingProxyType, "__contains__", (p: PyMappingProxy, a) => contains(M(p), a[0]));
defMethod(MappingProxyType, "__len__", (p: PyMappingProxy) => len(M(p)));
defMethod(MappingProxyType, "__iter__", (p: PyMappingProxy) => iter(M(p)));
defMethod(MappingProxyType, "get", (p: PyMappingProxy, a) => call(getattr(M(p), "get"), a));
defMethod(MappingProxyType, "keys", (p: PyMappingProxy) => call(getattr(M(p), "keys"), []));
defMethod(MappingProxyType, "values", (p: PyMappingProxy) => call(getattr(M(p), "values"), []));
defMethod(MappingProxyType, "items", (p: PyMappingProxy) => call(getattr(M(p), "items"), []));
defMethod(MappingProxyType, "copy", (p: PyMappingProxy) => call(getattr(M(p), "copy"), []));
defMethod(MappingProxyType, "__reversed__", (p: PyMappingProxy) => call(getattr(M(p), "__reversed__"), []));
defMethod(MappingProxyType, "__or__", (p: PyMappingProxy, a) => binaryOp(M(p), a[0] instanceof PyMappingProxy ? M(a[0]) : a[0], Nb.OR));
defMethod(MappingProxyType, "__ror__", (p: PyMappingProxy, a) => binaryOp(a[0], M(p), Nb.OR));
defMethod(MappingProxyType, "__ior__", (p: PyMappingProxy) => {
  throw pyError(TypeError, `'|=' is not supported by ${typeOf(p).name}; use '|' instead`);
});
defMethod(MappingProxyType, "__str__", (p: PyMappingProxy) => call(getattr(M(p), "__str__"), []));
MappingProxyType.ns.set("__hash__", None);
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyMappingProxy)) return undefined;
  return richCompareBool(M(a), b instanceof PyMappingProxy ? M(b) : b, op as Cmp);
});
void PyList; void tuple; void PyBuiltin;
