// The rest of object's methods (CPython: Objects/typeobject.c object_methods): __getattribute__,
// __sizeof__, __getstate__, __reduce__, __reduce_ex__ (the copy and pickle protocols, with
// copyreg's helpers as reduce_newobj uses them).
import { None, NotImplemented, ObjectType, PyObject, PyType, typeOf, type PyValue } from "./object.js";
import { PyDict, PyList, PyTuple, tuple, ListType, DictType } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { pyError, TypeError } from "./exceptions.js";
import {
  attributeError, call, getattr, getattrOrUndefined, genericGetattrPublic, iter, PyClassMethod, PyMethodDescr,
  WrapperDescrType, isInt,
} from "./abstract.js";

/** How native code reaches a Python module (copyreg) without importing the VM layer. */
let importHook: ((name: string) => PyValue) | null = null;
export function installObjectImportHook(h: (name: string) => PyValue): void {
  importHook = h;
}
/** PyImport_ImportModule for native code below the VM (typing, for typevarobject.c's callers). */
export function importFromNative(name: string): PyValue {
  if (!importHook) throw pyError(TypeError, `${name} is not available`);
  return importHook(name);
}
function copyreg(): PyValue {
  if (!importHook) throw pyError(TypeError, "copyreg is not available");
  return importHook("copyreg");
}

const desc = (name: string, fn: (self: PyValue, args: PyValue[], kw: readonly string[] | null) => PyValue, wrapper = false) => {
  const d = new PyMethodDescr(ObjectType, name, fn);
  if (wrapper) d.type = WrapperDescrType;
  ObjectType.ns.set(name, d);
};

desc("__getattribute__", (self, args) => {
  const name = args[0];
  if (typeof name !== "string") throw pyError(TypeError, `attribute name must be string, not '${typeOf(name).name}'`);
  const v = genericGetattrPublic(self, name);
  if (v === undefined) throw attributeError(self, name);
  return v;
}, true);

desc("__sizeof__", (self) => {
  // basicsize of the object's type, as CPython reports on 64-bit builds for plain instances
  return self instanceof PyObject && self.dict ? 16 : 16;
});

/** copyreg._slotnames without the cache: the __slots__ names along the MRO (private names mangled) */
function slotNames(t: PyType): string[] {
  const names: string[] = [];
  for (const c of t.mro) {
    const s = c.ns.get("__slots__");
    if (s === undefined) continue;
    const items = typeof s === "string" ? [s] : s instanceof PyTuple || s instanceof PyList ? s.items : [];
    for (const n of items) {
      if (typeof n !== "string" || n === "__dict__" || n === "__weakref__") continue;
      const stripped = c.name.replace(/^_+/, "");
      names.push(n.startsWith("__") && !n.endsWith("__") && stripped ? `_${stripped}${n}` : n);
    }
  }
  return names;
}

/** object_getstate_default */
function defaultState(self: PyValue, required: boolean): PyValue {
  const t = typeOf(self);
  if (required && !t.heap && t !== ObjectType) throw pyError(TypeError, `cannot pickle '${t.name}' object`);
  let state: PyValue = None;
  if (self instanceof PyObject && self.dict && self.dict.size > 0) {
    const d = new PyDict();
    for (const [k, v] of self.dict.entries()) d.set(k, v);
    state = d;
  }
  const slots = slotNames(t);
  if (slots.length) {
    const sd = new PyDict();
    for (const n of slots) {
      const v = getattrOrUndefined(self, n);
      if (v !== undefined) sd.set(n, v);
    }
    if (sd.size > 0) state = tuple([state, sd]);
  }
  return state;
}

desc("__getstate__", (self) => defaultState(self, false));

/** reduce_newobj */
function reduceNewobj(self: PyValue): PyValue {
  const t = typeOf(self);
  if (t.lookup("__new__") === undefined) throw pyError(TypeError, `cannot pickle '${t.name}' object`);
  let args: PyValue = None, kwargs: PyValue = None;
  const gnx = getattrOrUndefined(self, "__getnewargs_ex__");
  if (gnx !== undefined) {
    const r = call(gnx, []);
    if (!(r instanceof PyTuple)) throw pyError(TypeError, `__getnewargs_ex__ should return a tuple, not '${typeOf(r).name}'`);
    if (r.items.length !== 2) throw pyError(TypeError, `__getnewargs_ex__ should return a tuple of length 2, not ${r.items.length}`);
    [args, kwargs] = r.items;
    if (!(args instanceof PyTuple)) throw pyError(TypeError, `first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${typeOf(args).name}'`);
    if (!(kwargs instanceof PyDict)) throw pyError(TypeError, `second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${typeOf(kwargs).name}'`);
  } else {
    const gn = getattrOrUndefined(self, "__getnewargs__");
    if (gn !== undefined) {
      args = call(gn, []);
      if (!(args instanceof PyTuple)) throw pyError(TypeError, `__getnewargs__ should return a tuple, not '${typeOf(args).name}'`);
    }
  }
  const hasArgs = args !== None;
  const cr = copyreg();
  let newobj: PyValue, newargs: PyValue;
  if (kwargs === None || (kwargs as PyDict).size === 0) {
    newobj = getattr(cr, "__newobj__");
    newargs = tuple([t, ...(args instanceof PyTuple ? args.items : [])]);
  } else {
    newobj = getattr(cr, "__newobj_ex__");
    newargs = tuple([t, args, kwargs]);
  }
  const isList = t.isSubtype(ListType), isDict = t.isSubtype(DictType);
  const getstate = getattr(self, "__getstate__");
  const state = getstate instanceof PyObject && (getstate as { fn?: unknown }).fn !== undefined && t.lookup("__getstate__") === ObjectType.ns.get("__getstate__")
    ? defaultState(self, !hasArgs && !isList && !isDict)
    : call(getstate, []);
  const listitems = isList ? iter(self) : None;
  const dictitems = isDict ? iter(call(getattr(self, "items"), [])) : None;
  return tuple([newobj, newargs, state, listitems, dictitems]);
}

function commonReduce(self: PyValue, proto: number): PyValue {
  if (proto >= 2) return reduceNewobj(self);
  return call(getattr(copyreg(), "_reduce_ex"), [self, proto]);
}

const OBJECT_REDUCE = (self: PyValue) => commonReduce(self, 0);
desc("__reduce__", OBJECT_REDUCE);
desc("__reduce_ex__", (self, args) => {
  const p = args[0];
  if (!isInt(p)) throw pyError(TypeError, `'${typeOf(p).name}' object cannot be interpreted as an integer`);
  const t = typeOf(self);
  const reduce = t.lookup("__reduce__");
  if (reduce !== undefined && reduce !== ObjectType.ns.get("__reduce__")) return call(getattr(self, "__reduce__"), []);
  return commonReduce(self, Number(p));
});

void PyBuiltin; void PyClassMethod; void NotImplemented;

// The __reduce__ of builtin types pickle cannot dispatch on itself (rangeobject.c range_reduce,
// sliceobject.c slice_reduce, complexobject.c complex___getnewargs__, bytearrayobject.c
// bytearray_reduce_ex)
defMethod(RangeType, "__reduce__", (r: PyRange) => tuple([RangeType, tuple(r.big ? [normBig(r.big.start), normBig(r.big.stop), normBig(r.big.step)] : [r.start, r.stop, r.step])]));
defMethod(SliceType, "__reduce__", (s: PySlice) => tuple([SliceType, tuple([s.start, s.stop, s.step])]));
defMethod(ComplexType, "__getnewargs__", (c: PyComplexObj) => tuple([float(c.real), float(c.imag)]));
defMethod(ByteArrayType, "__reduce_ex__", (b: PyByteArray, args) => {
  const proto = Number(args[0] ?? 0);
  const state = b.dict && b.dict.size ? b.dict : None;
  const data = b.buf.slice(0, b.len);
  if (proto < 3) {
    return tuple([ByteArrayType, tuple([String.fromCharCode(...data), "latin-1"]), state]);
  }
  return tuple([ByteArrayType, tuple([new PyBytesObject(data)]), state]);
});
import { RangeType, PyRange } from "./containers.js";
import { defMethod, PySlice, SliceType } from "./abstract.js";
import { ComplexType, PyComplexObj } from "./complex.js";
import { ByteArrayType, PyByteArray, PyBytesObject } from "./bytes.js";
import { float, normBig } from "./numbers.js";
