// The _weakref module (CPython: Modules/_weakref.c, Objects/weakrefobject.c): ref (subclassable,
// as weakref.KeyedRef and WeakMethod need), proxy, getweakrefcount, getweakrefs.
//
// tspy's objects live in the JavaScript heap, which has no reference counts. A ref holds its
// referent through a JS WeakRef, and a JS engine keeps every WeakRef target alive until the current
// job ends; a Python program runs as one synchronous job, so while it runs a referent never dies
// and callbacks never fire (`del x` of the last reference does not clear refs to x). Written down
// in DEVIATIONS.md ("Weak references never die while the program runs"), pinned by
// test/deviations.test.ts.
import { builtinType, None, ObjectType, PyObject, PyType, typeOf, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyFunction, PyMethod, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError, KeyError } from "../../objects/exceptions.js";
import {
  addressOf, call, Cmp, defGetter, defMethod, delattr, eq, getattr, hash, installExtraCompare, iterateToArray, PyInstance,
  PyStaticMethod, repr, setattr, str, truthy, len, iter, getitem, setitem, contains, typeName,
} from "../../objects/abstract.js";
import { PyDict, PyList, PySet } from "../../objects/containers.js";
import { PyGenerator } from "../../objects/generators.js";
import { isCallable } from "../builtins.js";

export const RefType = builtinType("ReferenceType", undefined, { module: "weakref" });
export const ProxyType = builtinType("ProxyType", undefined, { baseType: false, module: "weakref" });
export const CallableProxyType = builtinType("CallableProxyType", undefined, { baseType: false, module: "weakref" });

class PyRef extends PyInstance {
  target: WeakRef<PyObject>;
  callback: PyValue;
  hashCache: PyValue | undefined;
  constructor(type: PyType, ob: PyObject, callback: PyValue) {
    super(type);
    if (type === RefType) this.dict = null;
    this.target = new WeakRef(ob);
    this.callback = callback;
  }
  get referent(): PyObject | undefined {
    return this.target.deref();
  }
}
class PyProxy extends PyObject {
  constructor(type: PyType, readonly target: WeakRef<PyObject>, readonly callback: PyValue) { super(type); }
}

/** Every ref and proxy to an object, oldest first (the object's weakref list). */
const refsOf = new WeakMap<PyObject, Array<PyRef | PyProxy>>();

/** Whether CPython's type of `v` has a weakref slot (tp_weaklistoffset). */
function weakrefable(v: PyValue): v is PyObject {
  if (!(v instanceof PyObject) || v === None) return false;
  if (v instanceof PyFunction || v instanceof PyType || v instanceof PyMethod || v instanceof PyBuiltin || v instanceof PyModule ||
    v instanceof PyGenerator || v instanceof PySet || v instanceof PyRef) return true;
  const t = v.type;
  if (!t.heap) return ["code", "frozenset", "property", "Pattern", "partial"].includes(t.name);
  // a Python class: unless every class in the MRO has __slots__ without "__weakref__"
  for (const c of t.mro) {
    if (!c.heap) continue;
    const slots = c.ns.get("__slots__");
    if (slots === undefined) return true;
    const names = typeof slots === "string" ? [slots] : iterateToArray(slots);
    if (names.includes("__weakref__")) return true;
  }
  return t.mro.some((c) => !c.heap && c !== ObjectType && c.name !== "object" && c.name !== "int" && c.name !== "tuple" && c.name !== "str" && c.name !== "bytes");
}
function checkWeakrefable(ob: PyValue): asserts ob is PyObject {
  if (!weakrefable(ob)) throw pyError(TypeError, `cannot create weak reference to '${typeName(ob)}' object`);
}

function newRef(cls: PyType, ob: PyValue, callback: PyValue): PyRef {
  checkWeakrefable(ob);
  const list = refsOf.get(ob) ?? [];
  // a plain ref without a callback is shared (CPython: weakref___new__ reuses the basic ref)
  if (cls === RefType && callback === None) {
    const basic = list.find((r) => r instanceof PyRef && r.type === RefType && r.callback === None);
    if (basic) return basic as PyRef;
  }
  const r = new PyRef(cls, ob, callback);
  list.push(r);
  refsOf.set(ob, list);
  return r;
}

// ---- ref ----------------------------------------------------------------------------------------------

RefType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtype(RefType)) throw pyError(TypeError, "ReferenceType.__new__(X): X is not a subtype of ReferenceType");
  const npos = args.length - 1 - (kwnames ? kwnames.length : 0);
  if (cls === RefType && kwnames && kwnames.length) throw pyError(TypeError, "ref() takes no keyword arguments");
  if (npos < 1) throw pyError(TypeError, `__new__ expected at least 1 argument, got ${npos}`);
  if (npos > 2 && cls === RefType) throw pyError(TypeError, `__new__ expected at most 2 arguments, got ${npos}`);
  return newRef(cls, args[1], npos > 1 ? args[2] : None);
}, null, "ReferenceType.__new__")));
defMethod(RefType, "__init__", () => None);
defMethod(RefType, "__call__", (self: PyRef, args, kwnames) => {
  if (args.length || (kwnames && kwnames.length)) throw pyError(TypeError, `weakref() takes no arguments`);
  return self.referent ?? None;
});
RefType.slots.call = (self: PyRef) => self.referent ?? None;
defGetter(RefType, "__callback__", (self: PyRef) => self.callback, { member: true });
RefType.slots.repr = (self: PyRef) => {
  const o = self.referent;
  if (o === undefined) return `<weakref at ${addressOf(self)}; dead>`;
  let name: PyValue | undefined;
  try { name = getattr(o, "__name__"); } catch { name = undefined; }
  const base = `<weakref at ${addressOf(self)}; to '${typeOf(o).qualname}' at ${addressOf(o)}`;
  return typeof name === "string" ? `${base} (${name})>` : `${base}>`;
};
// weakref_hash: the referent's hash, remembered
function refHash(self: PyRef): PyValue {
  if (self.hashCache !== undefined) return self.hashCache;
  const o = self.referent;
  if (o === undefined) throw pyError(TypeError, "weak object has gone away");
  return (self.hashCache = hash(o));
}
defMethod(RefType, "__hash__", refHash);
RefType.slots.hash = refHash as (self: PyRef) => number;
// weakref_richcompare: alive refs compare their referents, dead ones by identity
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyRef) || !(b instanceof PyRef) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  const x = a.referent, y = b.referent;
  const same = x === undefined || y === undefined ? a === b : eq(x, y);
  return op === Cmp.EQ ? same : !same;
});
defMethod(RefType, "__class_getitem__", (_self, args) => args[0]);

// ---- proxies --------------------------------------------------------------------------------------------

function alive(p: PyProxy): PyObject {
  const o = p.target.deref();
  if (o === undefined) throw pyError(EXC_REFERENCE(), "weakly-referenced object no longer exists");
  return o;
}
import { EXCEPTION_TYPES } from "../../objects/exceptions.js";
const EXC_REFERENCE = () => EXCEPTION_TYPES.get("ReferenceError") ?? TypeError;
for (const t of [ProxyType, CallableProxyType]) {
  t.slots.customGetattr = true;
  t.slots.getattr = (p: PyProxy, name: string) => {
    if (name === "__class__") return typeOf(alive(p));
    return getattr(alive(p), name);
  };
  t.slots.setattr = (p: PyProxy, name: string, value: PyValue) => { setattr(alive(p), name, value); return true; };
  t.slots.repr = (p: PyProxy) => {
    const o = alive(p);
    return `<weakproxy at ${addressOf(p)}; to '${typeOf(o).qualname}' at ${addressOf(o)}>`;
  };
  t.slots.str = (p: PyProxy) => str(alive(p));
  t.slots.bool = (p: PyProxy) => truthy(alive(p));
  t.slots.len = (p: PyProxy) => len(alive(p));
  t.slots.iter = (p: PyProxy) => iter(alive(p));
  t.slots.hash = () => { throw pyError(TypeError, `unhashable type: 'weakref.ProxyType'`); };
  defMethod(t, "__getitem__", (p: PyProxy, a) => getitem(alive(p), a[0]));
  defMethod(t, "__setitem__", (p: PyProxy, a) => { setitem(alive(p), a[0], a[1]); return None; });
  defMethod(t, "__contains__", (p: PyProxy, a) => contains(alive(p), a[0]));
  defMethod(t, "__delattr__", (p: PyProxy, a) => { delattr(alive(p), a[0] as string); return None; });
}
CallableProxyType.slots.call = (p: PyProxy, args: PyValue[], kwnames: readonly string[] | null) => call(alive(p), args, kwnames);
installExtraCompare((a, b, op) => {
  if (!(a instanceof PyProxy) && !(b instanceof PyProxy)) return undefined;
  const x = a instanceof PyProxy ? alive(a) : a, y = b instanceof PyProxy ? alive(b) : b;
  if (op === Cmp.EQ) return eq(x, y);
  if (op === Cmp.NE) return !eq(x, y);
  return undefined;
});

// ---- the module -------------------------------------------------------------------------------------------

export function makeWeakref(): PyModule {
  const m = new PyModule("_weakref");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  d.set("ref", RefType);
  d.set("ReferenceType", RefType);
  d.set("ProxyType", ProxyType);
  d.set("CallableProxyType", CallableProxyType);
  def("proxy", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "proxy() takes no keyword arguments");
    if (a.length < 1 || a.length > 2) throw pyError(TypeError, `proxy expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
    const ob = a[0], callback = a[1] ?? None;
    checkWeakrefable(ob);
    const list = refsOf.get(ob) ?? [];
    if (callback === None) {
      const existing = list.find((r) => r instanceof PyProxy && r.callback === None);
      if (existing) return existing;
    }
    const p = new PyProxy(isCallable(ob) ? CallableProxyType : ProxyType, new WeakRef(ob), callback);
    list.push(p);
    refsOf.set(ob, list);
    return p;
  });
  const oneArg = (name: string, a: PyValue[], k: readonly string[] | null): PyValue => {
    if ((k && k.length) || a.length !== 1) throw pyError(TypeError, `_weakref.${name}() takes exactly one argument (${a.length} given)`);
    return a[0];
  };
  def("getweakrefcount", (a, k) => {
    const ob = oneArg("getweakrefcount", a, k);
    return ob instanceof PyObject ? (refsOf.get(ob)?.length ?? 0) : 0;
  });
  def("getweakrefs", (a, k) => {
    const ob = oneArg("getweakrefs", a, k);
    return new PyList(ob instanceof PyObject ? [...(refsOf.get(ob) ?? [])] : []);
  });
  // _remove_dead_weakref(dct, key): delete dct[key] if it is a dead weak reference
  def("_remove_dead_weakref", (a) => {
    const [dct, key] = a;
    if (!(dct instanceof PyDict)) throw pyError(TypeError, `_remove_dead_weakref() argument 1 must be dict, not ${typeName(dct)}`);
    const v = dct.get(key);
    if (v instanceof PyRef && v.referent === undefined) {
      dct.delete(key);
    }
    return None;
  });
  return m;
}
