// The _functools module (CPython 3.14: Modules/_functoolsmodule.c): reduce, partial with
// Placeholder (3.14), cmp_to_key's KeyWrapper and _lru_cache_wrapper (what functools.lru_cache
// returns).
import { None, PyObject, PyType, type PyValue } from "../../objects/object.js";
import {
  call, Cmp, defGetter, defMethod, installExtraCompare, iter, repr, reprEnter, reprLeave, richCompare, str, truthy,
  getattrOrUndefined, hash,
} from "../../objects/abstract.js";
import { PyDict, PyTuple, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyFunction, PyMethod, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError } from "../../objects/exceptions.js";
import { methNoArgs, methO, unpack } from "../builtins.js";
import { defClassGetitem, defFn, defNew, iterNext, nativeType, typeOf } from "./native.js";
import { PyMethodDescr } from "../../objects/abstract.js";

// ---- Placeholder ------------------------------------------------------------------------------------

const PlaceholderType = nativeType("functools._PlaceholderType", undefined, { baseType: false });
export const Placeholder = new PyObject(PlaceholderType);
PlaceholderType.slots.repr = () => "Placeholder";
// CPython: placeholder_new (a singleton)
defNew(PlaceholderType, (_cls, args) => {
  if (args.length) throw pyError(TypeError, "PlaceholderType takes no arguments");
  return Placeholder;
});
defMethod(PlaceholderType, "__reduce__", () => "Placeholder");

// ---- partial(func, /, *args, **keywords) -------------------------------------------------------------

export const PartialType = nativeType("functools.partial");
class PyPartial extends PyObject {
  constructor(type: PyType, public fn: PyValue, public args: readonly PyValue[], public kw: PyDict, public phcount: number) {
    super(type);
  }
}
/** PyCallable_Check */
function callable(v: PyValue): boolean {
  if (v instanceof PyBuiltin || v instanceof PyFunction || v instanceof PyMethod || v instanceof PyType || v instanceof PyMethodDescr) return true;
  const t = typeOf(v);
  return t.lookup("__call__") !== undefined || t.slots.call !== undefined;
}
const countPlaceholders = (args: readonly PyValue[]): number => args.reduce<number>((n, a) => n + (a === Placeholder ? 1 : 0), 0);

// CPython: partial_new (flattening a partial without __dict__, merging placeholders)
function partialNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos < 1) throw pyError(TypeError, "type 'partial' takes at least one argument");
  let fn = args[0];
  if (!callable(fn)) throw pyError(TypeError, "the first argument must be callable");
  const newArgs = args.slice(1, npos);
  if (newArgs.length && newArgs[newArgs.length - 1] === Placeholder) throw pyError(TypeError, "trailing Placeholders are not allowed");
  const kw = new PyDict();
  for (let i = 0; i < nkw; i++) {
    if (args[npos + i] === Placeholder) throw pyError(TypeError, "Placeholder cannot be passed as a keyword argument");
  }
  let pargs: readonly PyValue[] = [];
  if (fn instanceof PyPartial && typeOf(fn).lookup("__call__") === PARTIAL_CALL && (fn.dict === null || fn.dict.size === 0)) {
    pargs = fn.args;
    for (const [k, v] of fn.kw.entries()) kw.set(k, v);
    fn = fn.fn;
  }
  // fill the old placeholders with the new arguments, then append the rest
  const merged = pargs.slice();
  let j = 0;
  for (let i = 0; i < merged.length && j < newArgs.length; i++) if (merged[i] === Placeholder) merged[i] = newArgs[j++];
  merged.push(...newArgs.slice(j));
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[npos + i]);
  const p = new PyPartial(cls, fn, merged, kw, countPlaceholders(merged));
  if (cls.heap && !cls.noDict) p.dict = new PyDict();
  return p;
}
defNew(PartialType, partialNew);

// CPython: partial_vectorcall / partial_call
function partialCall(p: PyPartial, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (p.phcount > npos) {
    throw pyError(TypeError, `missing positional arguments in 'partial' call; expected at least ${p.phcount}, got ${npos}`);
  }
  const pos: PyValue[] = [];
  let j = 0;
  for (const a of p.args) pos.push(a === Placeholder ? args[j++] : a);
  for (; j < npos; j++) pos.push(args[j]);
  if (p.kw.size === 0) return call(p.fn, [...pos, ...args.slice(npos)], kwnames);
  const kw = new PyDict();
  for (const [k, v] of p.kw.entries()) kw.set(k, v);
  for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[npos + i]);
  const names: string[] = [];
  for (const [k, v] of kw.entries()) {
    if (typeof k !== "string") throw pyError(TypeError, "keywords must be strings");
    names.push(k);
    pos.push(v);
  }
  return call(p.fn, pos, names);
}
const PARTIAL_CALL = new PyMethodDescr(PartialType, "__call__", (self, args, kwnames) => partialCall(self as PyPartial, args, kwnames));
PartialType.ns.set("__call__", PARTIAL_CALL);
import { WrapperDescrType } from "../../objects/abstract.js";
PARTIAL_CALL.type = WrapperDescrType;
PartialType.slots.call = (p: PyPartial, args, kwnames) => partialCall(p, args, kwnames);

// CPython: partial_repr
function partialRepr(p: PyPartial): string {
  if (!reprEnter(p)) return "...";
  try {
    let argList = "";
    for (const a of p.args) argList += ", " + repr(a);
    for (const [k, v] of p.kw.entries()) argList += `, ${str(k)}=${repr(v)}`;
    const t = p.type;
    const mod = t.heap ? (getattrOrUndefined(t, "__module__") ?? "builtins") : t.module;
    return `${str(mod)}.${t.qualname}(${repr(p.fn)}${argList})`;
  } finally {
    reprLeave();
  }
}
PartialType.slots.repr = partialRepr;
defMethod(PartialType, "__repr__", (p: PyPartial) => partialRepr(p));
defGetter(PartialType, "func", (p: PyPartial) => p.fn, { member: true });
defGetter(PartialType, "args", (p: PyPartial) => tuple(p.args), { member: true });
defGetter(PartialType, "keywords", (p: PyPartial) => p.kw, { member: true });
// partial_descr_get: a method bound to the instance
PartialType.slots.descrGet = (p: PyPartial, obj: PyValue | null) => (obj === null || obj === None ? p : new PyMethod(p, obj));
defMethod(PartialType, "__get__", (p: PyPartial, args) => (args[0] === None ? p : new PyMethod(p, args[0])));
defMethod(PartialType, "__reduce__", (p: PyPartial) =>
  tuple([p.type, tuple([p.fn]), tuple([p.fn, tuple(p.args), p.kw.size ? p.kw : None, p.dict && p.dict.size ? p.dict : None])]));
// CPython: partial_setstate (what copy and pickle restore a partial with)
defMethod(PartialType, "__setstate__", (p: PyPartial, args, kwnames) => {
  const state = methO("partial.__setstate__", args, kwnames);
  if (!(state instanceof PyTuple) || state.items.length !== 4) throw pyError(TypeError, "invalid partial state");
  const [fn, fnargs, kw, dict] = state.items;
  if (!callable(fn) || !(fnargs instanceof PyTuple) || (kw !== None && !(kw instanceof PyDict)) || (dict !== None && !(dict instanceof PyDict))) {
    throw pyError(TypeError, "invalid partial state");
  }
  if (fnargs.items.length && fnargs.items[fnargs.items.length - 1] === Placeholder) throw pyError(TypeError, "trailing Placeholders are not allowed");
  p.fn = fn;
  p.args = fnargs.items.slice();
  p.phcount = countPlaceholders(p.args);
  const k = new PyDict();
  if (kw instanceof PyDict) for (const [a, b] of kw.entries()) k.set(a, b);
  p.kw = k;
  p.dict = dict instanceof PyDict ? dict : null;
  return None;
});
defClassGetitem(PartialType);
PartialType.slots.getattr = (p: PyPartial, name: string) => {
  if (name !== "__dict__") return undefined;
  if (!p.dict) p.dict = new PyDict();
  return p.dict;
};
// partial objects take attributes (they have a __dict__)
PartialType.slots.setattr = (p: PyPartial, name: string, value: PyValue) => {
  if (name === "func" || name === "args" || name === "keywords") return false;
  if (!p.dict) p.dict = new PyDict();
  p.dict.set(name, value);
  return true;
};

// ---- cmp_to_key -> KeyWrapper ---------------------------------------------------------------------------

const KeyWrapperType = nativeType("functools.KeyWrapper", undefined, { baseType: false });
class PyKeyWrapper extends PyObject {
  constructor(readonly cmp: PyValue, public obj: PyValue | null) {
    super(KeyWrapperType);
  }
}
// CPython: keyobject_call
KeyWrapperType.slots.call = (k: PyKeyWrapper, args, kwnames) => {
  const [obj] = unpack("K", args, kwnames, ["obj"], 0, 1, 1);
  return new PyKeyWrapper(k.cmp, obj!);
};
KeyWrapperType.slots.hash = () => { throw pyError(TypeError, "unhashable type: 'functools.KeyWrapper'"); };
KeyWrapperType.ns.set("__hash__", None);
defGetter(KeyWrapperType, "obj", (k: PyKeyWrapper) => k.obj ?? None, { member: true, set: (k: PyKeyWrapper, v) => { k.obj = v ?? null; } });
// CPython: keyobject_richcompare
function keyCompare(a: PyKeyWrapper, b: PyValue, op: Cmp): PyValue {
  if (!(b instanceof PyKeyWrapper)) throw pyError(TypeError, "other argument must be K instance");
  if (a.obj === null || b.obj === null) throw pyError(AttributeError_(), "object");
  const res = call(a.cmp, [a.obj, b.obj]);
  return richCompare(res, 0, op);
}
import { AttributeError } from "../../objects/exceptions.js";
const AttributeError_ = () => AttributeError;
const SWAP = [Cmp.GT, Cmp.GE, Cmp.EQ, Cmp.NE, Cmp.LT, Cmp.LE];
installExtraCompare((a, b, op) => {
  if (a instanceof PyKeyWrapper) return truthy(keyCompare(a, b, op));
  if (b instanceof PyKeyWrapper) return truthy(keyCompare(b, a, SWAP[op]));
  return undefined;
});

// ---- reduce(function, iterable, /[, initial]) -------------------------------------------------------------

// CPython: functools_reduce_impl
function reduce(args: PyValue[], kw: readonly string[] | null): PyValue {
  const [fn, seq, initial] = unpack("reduce", args, kw, ["function", "iterable", "initial"], 2, 2, 3) as [PyValue, PyValue, PyValue | undefined];
  let it: PyValue;
  try {
    it = iter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw pyError(TypeError, "reduce() arg 2 must support iteration");
    throw e;
  }
  let result = initial;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) result = result === undefined ? v : call(fn, [result, v]);
  if (result === undefined) throw pyError(TypeError, "reduce() of empty iterable with no initial value");
  return result;
}

// ---- _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type) ----------------------------------

const LruType = nativeType("functools._lru_cache_wrapper", undefined, { baseType: false });
class PyLruCache extends PyObject {
  cache = new PyDict();
  hits = 0;
  misses = 0;
  constructor(type: PyType, readonly fn: PyValue, readonly maxsize: number, readonly typed: boolean, readonly infoType: PyValue) {
    super(type);
    this.dict = new PyDict();
  }
}
/** kwd_mark: separates positional arguments from keyword items in a key */
const KWD_MARK = new PyObject(nativeType("functools._kwd_mark"));
// CPython: lru_cache_make_key
function makeKey(args: PyValue[], kwnames: readonly string[] | null, typed: boolean): PyValue {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (!typed && nkw === 0) {
    if (npos === 1) {
      const k = args[0];
      if (typeof k === "string" || typeof k === "number" || typeof k === "bigint") return k;
    }
    return tuple(args);
  }
  const key: PyValue[] = args.slice(0, npos);
  if (nkw) {
    key.push(KWD_MARK);
    for (let i = 0; i < nkw; i++) key.push(kwnames![i], args[npos + i]);
  }
  if (typed) {
    for (let i = 0; i < npos; i++) key.push(typeOf(args[i]));
    for (let i = 0; i < nkw; i++) key.push(typeOf(args[npos + i]));
  }
  return tuple(key);
}
// CPython: uncached_lru_cache_wrapper, infinite_lru_cache_wrapper, bounded_lru_cache_wrapper
function lruCall(w: PyLruCache, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (w.maxsize === 0) {
    w.misses++;
    return call(w.fn, args, kwnames);
  }
  const key = makeKey(args, kwnames, w.typed);
  hash(key); // PyObject_Hash first: "unhashable type" of the key's item
  const hit = w.cache.get(key);
  if (hit !== undefined) {
    w.hits++;
    if (w.maxsize > 0) { w.cache.delete(key); w.cache.set(key, hit); } // most recently used last
    return hit;
  }
  w.misses++;
  const result = call(w.fn, args, kwnames);
  if (w.maxsize < 0) { w.cache.set(key, result); return result; }
  if (w.cache.get(key) !== undefined) return result; // added by a recursive call meanwhile
  if (w.cache.size >= w.maxsize) {
    const oldest = w.cache.entryAt(firstLive(w.cache));
    if (oldest) w.cache.delete(oldest[0]);
  }
  w.cache.set(key, result);
  return result;
}
function firstLive(d: PyDict): number {
  for (let i = 0; i < d.rawLength; i++) if (d.entryAt(i)) return i;
  return 0;
}
defNew(LruType, (cls, args, kw) => {
  const [fn, maxsizeArg, typed, infoType] = unpack("lru_cache", args, kw, ["user_function", "maxsize", "typed", "cache_info_type"], 0, 4, 4) as PyValue[];
  if (!callable(fn)) throw pyError(TypeError, "the first argument must be callable");
  let maxsize: number;
  if (maxsizeArg === None) maxsize = -1;
  else if (typeof maxsizeArg === "number" || typeof maxsizeArg === "bigint" || typeof maxsizeArg === "boolean") {
    const n = typeof maxsizeArg === "bigint" ? (maxsizeArg > 0n ? Number.MAX_SAFE_INTEGER : 0) : Number(maxsizeArg);
    maxsize = n < 0 ? 0 : n;
  } else throw pyError(TypeError, "maxsize should be integer or None");
  return new PyLruCache(cls, fn, maxsize, truthy(typed), infoType);
});
LruType.slots.call = (w: PyLruCache, args, kwnames) => lruCall(w, args, kwnames);
const LRU_CALL = new PyMethodDescr(LruType, "__call__", (self, args, kwnames) => lruCall(self as PyLruCache, args, kwnames));
LRU_CALL.type = WrapperDescrType;
LruType.ns.set("__call__", LRU_CALL);
LruType.slots.descrGet = (w: PyLruCache, obj: PyValue | null) => (obj === null || obj === None ? w : new PyMethod(w, obj));
defMethod(LruType, "__get__", (w: PyLruCache, args) => (args[0] === None ? w : new PyMethod(w, args[0])));
defMethod(LruType, "cache_info", (w: PyLruCache, args, kw) => {
  methNoArgs("_lru_cache_wrapper.cache_info", args, kw);
  return call(w.infoType, [w.hits, w.misses, w.maxsize < 0 ? None : w.maxsize, w.cache.size]);
});
defMethod(LruType, "cache_clear", (w: PyLruCache, args, kw) => {
  methNoArgs("_lru_cache_wrapper.cache_clear", args, kw);
  w.cache = new PyDict();
  w.hits = w.misses = 0;
  return None;
});
defMethod(LruType, "__copy__", (w: PyLruCache) => w);
defMethod(LruType, "__deepcopy__", (w: PyLruCache) => w);
defMethod(LruType, "__reduce__", (w: PyLruCache) => getattrOrUndefined(w, "__qualname__") ?? None);
LruType.slots.getattr = (w: PyLruCache, name: string) => (name === "__dict__" ? w.dict! : undefined);

export function makeFunctools(): PyModule {
  const m = new PyModule("_functools");
  m.dict.set("__doc__", "Tools that operate on functions.");
  for (const t of [PartialType, PlaceholderType, LruType]) m.dict.set(t.qualname, t);
  m.dict.set("Placeholder", Placeholder);
  defFn(m, "reduce", reduce);
  defFn(m, "cmp_to_key", (args, kw) => {
    const [cmp] = unpack("cmp_to_key", args, kw, ["mycmp"], 0, 1, 1);
    return new PyKeyWrapper(cmp!, null);
  });
  return m;
}
