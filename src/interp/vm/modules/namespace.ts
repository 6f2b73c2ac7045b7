// types.SimpleNamespace instances for native modules (CPython: Objects/namespaceobject.c
// _PyNamespace_New). The type itself is the one sys.monitoring.events already uses.
import { PyObject, type PyValue } from "../../objects/object.js";
import { PyDict } from "../../objects/containers.js";
import { NamespaceType } from "../../../monitor/sys-monitoring.js";

export function makeNamespace(items: [string, PyValue][]): PyObject {
  const o = new PyObject(NamespaceType);
  o.dict = new PyDict();
  for (const [k, v] of items) o.dict.set(k, v);
  return o;
}
