// The _collections module (CPython 3.14: Modules/_collectionsmodule.c): deque (deque.ts),
// defaultdict, _count_elements (Counter's counting loop) and _tuplegetter (namedtuple's field
// descriptors). OrderedDict is left to Lib/collections's pure-Python version.
import { None, PyObject, PyType, type PyValue } from "../../objects/object.js";
import {
  call, callMethod, defMethod, getattr, installExtraBinary, iter, Nb, PyMethodDescr, repr, reprEnter, reprLeave, setitem,
  typeName, INSTANCE_FACTORIES, defGetter, binaryOp, hash,
} from "../../objects/abstract.js";
import { DictType, PyDict, PyTuple, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyFunction, PyMethod, PyModule } from "../../objects/functions.js";
import { AttributeError, IndexError, KeyError, PyBaseException, pyError, TypeError } from "../../objects/exceptions.js";
import { ssizeArg } from "../../objects/args.js";
import { methO, methNoArgs, noKw, positional } from "../builtins.js";
import { defClassGetitem, defFn, defNew, iterNext, nativeType, typeOf } from "./native.js";
import { DequeIterType, DequeRevIterType, DequeType } from "./deque.js";
import { ODictType } from "./ordereddict.js";

// ---- defaultdict --------------------------------------------------------------------------------------

export const DefaultDictType = nativeType("collections.defaultdict", DictType);
export class PyDefaultDict extends PyDict {
  factory: PyValue = None;
}
const shortName = (t: PyType): string => (t.heap ? t.name : t.qualname);

function newDefaultDict(cls: PyType): PyDefaultDict {
  const d = new PyDefaultDict();
  d.type = cls;
  if (cls.heap && !cls.noDict) d.dict = new PyDict();
  return d;
}
/** PyCallable_Check */
function callable(v: PyValue): boolean {
  if (v instanceof PyBuiltin || v instanceof PyFunction || v instanceof PyMethod || v instanceof PyType || v instanceof PyMethodDescr) return true;
  const t = typeOf(v);
  return t.lookup("__call__") !== undefined || t.slots.call !== undefined;
}
// defdict_init: the first argument is the factory, the rest go to dict.__init__
function defaultDictInit(d: PyDefaultDict, args: PyValue[], kw: readonly string[] | null): void {
  const npos = args.length - (kw ? kw.length : 0);
  let factory: PyValue = None;
  let rest = args;
  if (npos > 0) {
    factory = args[0];
    if (factory !== None && !callable(factory)) throw pyError(TypeError, "first argument must be callable or None");
    rest = args.slice(1);
  }
  d.factory = factory;
  (DictType.ns.get("__init__") as PyMethodDescr).fn(d, rest, kw);
}
defNew(DefaultDictType, (cls, args, kw) => {
  const d = newDefaultDict(cls);
  if (cls === DefaultDictType) defaultDictInit(d, args, kw);
  return d;
});
INSTANCE_FACTORIES.set(DefaultDictType, newDefaultDict);
defMethod(DefaultDictType, "__init__", (d: PyDefaultDict, args, kw) => { defaultDictInit(d, args, kw); return None; });
// defdict_missing
defMethod(DefaultDictType, "__missing__", (d: PyDefaultDict, args, kw) => {
  const key = methO("defaultdict.__missing__", args, kw);
  if (d.factory === None) throw new PyBaseException(KeyError, [key]);
  const value = call(d.factory, []);
  setitem(d, key, value);
  return value;
});
// defdict_copy: type(dd)(dd.default_factory, dd)
const copyDefaultDict = (d: PyDefaultDict): PyValue => call(d.type, [d.factory, d]);
defMethod(DefaultDictType, "copy", (d: PyDefaultDict, args, kw) => { methNoArgs("defaultdict.copy", args, kw); return copyDefaultDict(d); });
defMethod(DefaultDictType, "__copy__", (d: PyDefaultDict, args, kw) => { methNoArgs("defaultdict.__copy__", args, kw); return copyDefaultDict(d); });
defMethod(DefaultDictType, "__reduce__", (d: PyDefaultDict, args, kw) => {
  methNoArgs("defaultdict.__reduce__", args, kw);
  const items = iter(call(getattr(d, "items"), []));
  return tuple([d.type, d.factory === None ? tuple([]) : tuple([d.factory]), None, None, items]);
});
// defdict_repr
function defaultDictRepr(d: PyDefaultDict): string {
  const base = DictType.slots.repr!(d);
  let factory: string;
  if (d.factory === None) factory = "None";
  else if (!reprEnter(d.factory)) factory = "...";
  else {
    try { factory = repr(d.factory); } finally { reprLeave(); }
  }
  return `${shortName(d.type)}(${factory}, ${base})`;
}
DefaultDictType.slots.repr = defaultDictRepr;
defMethod(DefaultDictType, "__repr__", (d: PyDefaultDict, args, kw) => { methNoArgs("defaultdict.__repr__", args, kw); return defaultDictRepr(d); });
defGetter(DefaultDictType, "default_factory", (d: PyDefaultDict) => d.factory, {
  member: true,
  set: (d: PyDefaultDict, v: PyValue | undefined) => { d.factory = v ?? None; },
});
// defdict_or: a copy of the defaultdict operand updated with the right one
function defaultDictOr(left: PyValue, right: PyValue): PyValue | undefined {
  const leftIs = left instanceof PyDefaultDict && typeOf(left).isSubtype(DefaultDictType);
  const self = (leftIs ? left : right) as PyDefaultDict, other = leftIs ? right : left;
  if (!(other instanceof PyDict)) return undefined;
  const r = call(self.type, [self.factory, left]);
  callMethod(DictType.ns.get("update")!, r, [right]);
  return r;
}
installExtraBinary((a, b, op) => {
  if (op !== Nb.OR) return undefined;
  if ((a instanceof PyDefaultDict && a.type === DefaultDictType) || (b instanceof PyDefaultDict && b.type === DefaultDictType)) return defaultDictOr(a, b);
  return undefined;
});
defMethod(DefaultDictType, "__or__", (d: PyDefaultDict, args) => defaultDictOr(d, args[0]) ?? NotImplementedRef());
defMethod(DefaultDictType, "__ror__", (d: PyDefaultDict, args) => defaultDictOr(args[0], d) ?? NotImplementedRef());
import { NotImplemented } from "../../objects/object.js";
const NotImplementedRef = () => NotImplemented;
defClassGetitem(DefaultDictType);

// ---- _count_elements(mapping, iterable) -----------------------------------------------------------------

// CPython: _collections__count_elements_impl (dict's own get/__setitem__: the fast path)
function countElements(mapping: PyValue, iterable: PyValue): PyValue {
  const it = iter(iterable);
  const t = typeOf(mapping);
  const fast = mapping instanceof PyDict && t.lookup("get") === DictType.ns.get("get") && t.lookup("__setitem__") === DictType.ns.get("__setitem__");
  if (fast) {
    for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
      hash(k); // PyObject_Hash first: a plain "unhashable type"
      const old = (mapping as PyDict).get(k);
      (mapping as PyDict).set(k, old === undefined ? 1 : binaryOp(old, 1, Nb.ADD));
    }
    return None;
  }
  const get = getattr(mapping, "get");
  for (let k = iterNext(it); k !== undefined; k = iterNext(it)) {
    const old = call(get, [k, 0]);
    setitem(mapping, k, binaryOp(old, 1, Nb.ADD));
  }
  return None;
}

// ---- _tuplegetter(index, doc) -----------------------------------------------------------------------------

const TupleGetterType = nativeType("collections._tuplegetter", undefined, { baseType: false });
class PyTupleGetter extends PyObject {
  constructor(readonly index: number, public doc: PyValue) {
    super(TupleGetterType);
  }
}
// CPython: tuplegetter_descr_get, tuplegetter_descr_set, tuplegetter_repr
function tupleGetterGet(g: PyTupleGetter, obj: PyValue | null): PyValue {
  if (obj === null || obj === None) return g;
  if (!(obj instanceof PyTuple)) {
    throw pyError(TypeError, `descriptor for index '${g.index}' for tuple subclasses doesn't apply to '${typeName(obj)}' object`);
  }
  if (g.index < 0 || g.index >= obj.items.length) throw pyError(IndexError, "tuple index out of range");
  return obj.items[g.index];
}
function tupleGetterSet(_g: PyTupleGetter, _obj: PyValue, value: PyValue | undefined): void {
  throw pyError(AttributeError, value === undefined ? "can't delete attribute" : "can't set attribute");
}
TupleGetterType.slots.descrGet = (g: PyTupleGetter, obj: PyValue | null) => tupleGetterGet(g, obj);
TupleGetterType.slots.descrSet = tupleGetterSet;
TupleGetterType.slots.repr = (g: PyTupleGetter) => `${shortName(g.type)}(${g.index}, ${repr(g.doc)})`;
defMethod(TupleGetterType, "__get__", (g: PyTupleGetter, args) => {
  if (args.length < 1 || args.length > 2) throw pyError(TypeError, `__get__ expected at least 1 argument, got ${args.length}`);
  return tupleGetterGet(g, args[0]);
});
defMethod(TupleGetterType, "__set__", (g: PyTupleGetter, args) => { tupleGetterSet(g, args[0], args[1]); return None; });
defMethod(TupleGetterType, "__delete__", (g: PyTupleGetter, args) => { tupleGetterSet(g, args[0], undefined); return None; });
defGetter(TupleGetterType, "__doc__", (g: PyTupleGetter) => g.doc, { member: true, set: (g: PyTupleGetter, v) => { g.doc = v ?? None; } });
defMethod(TupleGetterType, "__reduce__", (g: PyTupleGetter) => tuple([g.type, tuple([g.index, g.doc])]));
defNew(TupleGetterType, (_cls, args, kw) => {
  noKw("_tuplegetter", kw);
  positional("_tuplegetter", args, null, 2, 2);
  return new PyTupleGetter(ssizeArg(args[0]), args[1]);
});

export function makeCollections(): PyModule {
  const m = new PyModule("_collections");
  m.dict.set("__doc__", "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n");
  for (const t of [DequeType, DefaultDictType, DequeIterType, DequeRevIterType, TupleGetterType, ODictType]) m.dict.set(t.qualname, t);
  defFn(m, "_count_elements", (args, kw) => {
    noKw("_count_elements", kw);
    positional("_count_elements", args, null, 2, 2);
    return countElements(args[0], args[1]);
  });
  return m;
}
