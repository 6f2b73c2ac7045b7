// dict methods and the dict views (CPython: Objects/dictobject.c): keys()/values()/items() are live
// views over the dict with their own reprs, len, iteration, membership and (keys, items) set ops.
import { builtinType, None, PyObject, type PyValue } from "./object.js";
import { PyDict, PySet, tuple, PyTuple, DictType, setBinary } from "./containers.js";
import { Cmp, installExtraCompare, callMethod, defMethod, eq, iterateToArray, PyNativeIterator, repr, reprEnter, reprLeave, PyClassMethod, installViewSetOp, truthy } from "./abstract.js";
import { call, defIteratorMethods, setitem } from "./abstract.js";
import { KeyError, PyBaseException, pyError, RuntimeError, TypeError } from "./exceptions.js";
import { arity, dictUpdate, splitKw } from "./typeslots.js";
import { PyBuiltin } from "./functions.js";

export const DictKeysType = builtinType("dict_keys", undefined, { baseType: false });
export const DictValuesType = builtinType("dict_values", undefined, { baseType: false });
export const DictItemsType = builtinType("dict_items", undefined, { baseType: false });
const DictKeyIterType = builtinType("dict_keyiterator", undefined, { baseType: false });
const DictValueIterType = builtinType("dict_valueiterator", undefined, { baseType: false });
const DictItemIterType = builtinType("dict_itemiterator", undefined, { baseType: false });
const REVERSE_ITER = {
  keys: builtinType("dict_reversekeyiterator", undefined, { baseType: false }),
  values: builtinType("dict_reversevalueiterator", undefined, { baseType: false }),
  items: builtinType("dict_reverseitemiterator", undefined, { baseType: false }),
};
for (const t of [DictKeyIterType, DictValueIterType, DictItemIterType, ...Object.values(REVERSE_ITER)]) defIteratorMethods(t);

type ViewKind = "keys" | "values" | "items";

export class PyDictView extends PyObject {
  constructor(readonly target: PyDict, readonly kind: ViewKind) {
    super(kind === "keys" ? DictKeysType : kind === "values" ? DictValuesType : DictItemsType);
  }
  items(): PyValue[] {
    const out: PyValue[] = [];
    for (const [k, v] of this.target.entries()) out.push(this.kind === "keys" ? k : this.kind === "values" ? v : tuple([k, v]));
    return out;
  }
}

/** Iterate a dict's entries, raising CPython's errors when it changes size meanwhile. */
export function dictIterator(d: PyDict, kind: ViewKind): PyNativeIterator {
  const size = d.size;
  const version = d.version;
  let i = 0;
  const t = kind === "keys" ? DictKeyIterType : kind === "values" ? DictValueIterType : DictItemIterType;
  return new PyNativeIterator(t, () => {
    if (d.version !== version) {
      if (d.size !== size) throw pyError(RuntimeError, "dictionary changed size during iteration");
      throw pyError(RuntimeError, "dictionary keys changed during iteration");
    }
    while (i < d.rawLength) {
      const e = d.entryAt(i++);
      if (e) return kind === "keys" ? e[0] : kind === "values" ? e[1] : tuple([e[0], e[1]]);
    }
    return undefined;
  });
}

for (const t of [DictKeysType, DictValuesType, DictItemsType]) {
  t.slots.repr = (v: PyDictView) => {
    if (!reprEnter(v)) return "...";
    try { return `${t.name}([${v.items().map(repr).join(", ")}])`; } finally { reprLeave(); }
  };
  t.slots.len = (v: PyDictView) => v.target.size;
  t.slots.iter = (v: PyDictView) => dictIterator(v.target, v.kind);
  defMethod(t, "__reversed__", (v: PyDictView) => {
    const items = v.items().reverse();
    let i = 0;
    return new PyNativeIterator(REVERSE_ITER[v.kind], () => (i < items.length ? items[i++] : undefined));
  });
  if (t !== DictValuesType) {
    // a view with set comparisons has no hash (type_new's rule for tp_richcompare without tp_hash)
    t.slots.hash = (v: PyDictView) => { throw pyError(TypeError, `unhashable type: '${v.type.name}'`); };
    t.ns.set("__hash__", None);
  }
  defMethod(t, "__contains__", (v: PyDictView, args) => {
    const x = args[0];
    if (v.kind === "keys") return v.target.has(x);
    if (v.kind === "items") {
      if (!(x instanceof PyTuple) || x.items.length !== 2) return false;
      const w = v.target.get(x.items[0]);
      return w !== undefined && (w === x.items[1] || eq(w, x.items[1]));
    }
    return v.items().some((y) => y === x || eq(y, x));
  });
}
for (const t of [DictKeysType, DictItemsType]) {
  defMethod(t, "isdisjoint", (v: PyDictView, args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `${t.name}.isdisjoint() takes no keyword arguments`);
    if (args.length !== 1) throw pyError(TypeError, `${t.name}.isdisjoint() takes exactly one argument (${args.length} given)`);
    const contains = t.lookup("__contains__")!;
    return !iterateToArray(args[0]).some((x) => truthy(callMethod(contains, v, [x])));
  });
}
/** keys and items views behave like sets for |, &, -, ^ (dictviews_or etc.) */
export function viewSetOp(a: PyValue, b: PyValue, op: "|" | "&" | "-" | "^"): PyValue | undefined {
  const isView = (x: PyValue): x is PyDictView => x instanceof PyDictView && x.kind !== "values";
  if (!isView(a) && !isView(b)) return undefined;
  // dictviews_or etc.: a new set from the left operand (a view or any iterable), then the operation
  const asSet = (x: PyValue): PySet => new PySet(isView(x) ? x.items() : x instanceof PySet ? [...x.values()] : iterateToArray(x));
  return setBinary(asSet(a), asSet(b), op);
}

// ---- dict methods ----

defMethod(DictType, "keys", (self: PyDict, args, kw) => { arity("dict.keys", args, kw, 0); return new PyDictView(self, "keys"); });
defMethod(DictType, "values", (self: PyDict, args, kw) => { arity("dict.values", args, kw, 0); return new PyDictView(self, "values"); });
defMethod(DictType, "items", (self: PyDict, args, kw) => { arity("dict.items", args, kw, 0); return new PyDictView(self, "items"); });
defMethod(DictType, "get", (self: PyDict, args, kw) => { arity("get", args, kw, 1, 2); return self.get(args[0]) ?? args[1] ?? None; });
defMethod(DictType, "setdefault", (self: PyDict, args, kw) => {
  arity("setdefault", args, kw, 1, 2);
  const v = self.get(args[0]);
  if (v !== undefined) return v;
  const d = args[1] ?? None;
  self.set(args[0], d);
  return d;
});
defMethod(DictType, "pop", (self: PyDict, args, kw) => {
  arity("pop", args, kw, 1, 2);
  const v = self.get(args[0]);
  if (v === undefined) {
    if (args.length > 1) return args[1];
    throw new PyBaseException(KeyError, [args[0]]);
  }
  self.delete(args[0]);
  return v;
});
defMethod(DictType, "popitem", (self: PyDict, args, kw) => {
  arity("dict.popitem", args, kw, 0);
  let last: [PyValue, PyValue] | null = null;
  for (const e of self.entries()) last = e;
  if (!last) throw pyError(KeyError, "popitem(): dictionary is empty");
  self.delete(last[0]);
  return tuple(last);
});
defMethod(DictType, "update", (self: PyDict, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length > 1) throw pyError(TypeError, `update expected at most 1 argument, got ${pos.length}`);
  if (pos.length) dictUpdate(self, pos[0]);
  for (const [k, v] of kw) self.set(k, v);
  return None;
});
defMethod(DictType, "clear", (self: PyDict, args, kw) => { arity("clear", args, kw, 0); self.clear(); return None; });
defMethod(DictType, "copy", (self: PyDict, args, kw) => {
  arity("dict.copy", args, kw, 0);
  const d = new PyDict();
  for (const [k, v] of self.entries()) d.set(k, v);
  return d;
});
defMethod(DictType, "__contains__", (self: PyDict, args) => self.has(args[0]));
defMethod(DictType, "__reversed__", (self: PyDict) => {
  const keys = [...self.entries()].map((e) => e[0]).reverse();
  let i = 0;
  return new PyNativeIterator(DictKeyIterType, () => (i < keys.length ? keys[i++] : undefined));
});
DictType.ns.set("fromkeys", new PyClassMethod(new PyBuiltin("fromkeys", (args, kw) => {
  arity("fromkeys", args.slice(1), kw, 1, 2);
  // dict_fromkeys: cls() then item assignment (a subclass's own __setitem__ included)
  const cls = args[0];
  const value = args[2] ?? None;
  if (cls === DictType || cls === undefined) {
    const d = new PyDict();
    for (const k of iterateToArray(args[1])) d.set(k, value);
    return d;
  }
  const d = call(cls, []);
  for (const k of iterateToArray(args[1])) setitem(d, k, value);
  return d;
})));

installViewSetOp(viewSetOp);

/** dictview_richcompare: keys and items views compare as sets with any set-like operand. */
installExtraCompare((a, b, op) => {
  const setLike = (x: PyValue): PySet | null => {
    if (x instanceof PySet) return x;
    if (x instanceof PyDictView && x.kind !== "values") return new PySet(x.items());
    return null;
  };
  if (!((a instanceof PyDictView && a.kind !== "values") || (b instanceof PyDictView && b.kind !== "values"))) return undefined;
  const sa = setLike(a), sb = setLike(b);
  if (sa === null || sb === null) return undefined;
  const sub = (x: PySet, y: PySet) => x.size <= y.size && [...x.values()].every((k) => y.has(k));
  switch (op) {
    case Cmp.EQ: return sa.size === sb.size && sub(sa, sb);
    case Cmp.NE: return !(sa.size === sb.size && sub(sa, sb));
    case Cmp.LE: return sub(sa, sb);
    case Cmp.LT: return sa.size < sb.size && sub(sa, sb);
    case Cmp.GE: return sub(sb, sa);
    default: return sb.size < sa.size && sub(sb, sa);
  }
});
