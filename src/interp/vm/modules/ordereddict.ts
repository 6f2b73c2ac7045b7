// collections.OrderedDict (CPython 3.14: Objects/odictobject.c). A PyDict already keeps insertion
// order, so the OrderedDict is a dict whose `moves` counter (with the dict's version) stands for
// od_state: iterators see insertions, deletions and move_to_end as "OrderedDict mutated during
// iteration". move_to_end(last=False) rebuilds the order; CPython's linked list does it in O(1).
import { None, NotImplemented, PyType, type PyValue } from "../../objects/object.js";
import {
  call, Cmp, defMethod, eq, getattr, getattrOrUndefined, installExtraBinary, installExtraCompare, iter, Nb, repr, reprEnter,
  reprLeave, setitem, typeName, INSTANCE_FACTORIES, getitem, iterateToArray,
} from "../../objects/abstract.js";
import { DictType, PyDict, PyTuple, tuple } from "../../objects/containers.js";
import { KeyError, PyBaseException, pyError, RuntimeError, TypeError, ValueError } from "../../objects/exceptions.js";
import { DictItemsType, DictKeysType, DictValuesType, PyDictView } from "../../objects/dict.js";
import { methNoArgs, unpack } from "../builtins.js";
import { defClassGetitem, defNew, iterNext, nativeIterType, nativeType, NativeIter, typeOf } from "./native.js";

export const ODictType = nativeType("collections.OrderedDict", DictType);
export class PyODict extends PyDict {
  moves = 0;
  get state(): number { return this.version + this.moves; }
}
const OdictKeysType = nativeType("builtins.odict_keys", DictKeysType, { baseType: false });
const OdictValuesType = nativeType("builtins.odict_values", DictValuesType, { baseType: false });
const OdictItemsType = nativeType("builtins.odict_items", DictItemsType, { baseType: false });
const OdictIterType = nativeIterType("builtins.odict_iterator", { baseType: false });
for (const t of [OdictKeysType, OdictValuesType, OdictItemsType, OdictIterType]) { t.name = t.qualname; t.module = "builtins"; t.ns.delete("__module__"); }
const shortName = (t: PyType): string => (t.heap ? t.name : t.qualname);
const isODict = (v: PyValue): v is PyODict => v instanceof PyODict;

function newODict(cls: PyType): PyODict {
  const d = new PyODict();
  d.type = cls;
  if (!cls.noDict) d.dict = new PyDict(); // od_inst_dict: OrderedDict instances take attributes
  return d;
}

// ---- iteration (odictiter_nextkey) -------------------------------------------------------------------

type Kind = "keys" | "values" | "items";
function odictIter(od: PyODict, kind: Kind, reverse: boolean): PyValue {
  const s = { state: od.state, size: od.size, pos: reverse ? od.rawLength - 1 : 0, done: false };
  return new NativeIter(OdictIterType, s, (st) => {
    if (st.done) return undefined;
    if (od.state !== st.state) { st.done = true; throw pyError(RuntimeError, "OrderedDict mutated during iteration"); }
    if (od.size !== st.size) { st.done = true; throw pyError(RuntimeError, "OrderedDict changed size during iteration"); }
    while (reverse ? st.pos >= 0 : st.pos < od.rawLength) {
      const e = od.entryAt(reverse ? st.pos-- : st.pos++);
      if (e) return kind === "keys" ? e[0] : kind === "values" ? e[1] : tuple([e[0], e[1]]);
    }
    st.done = true;
    return undefined;
  });
}
ODictType.slots.iter = (od: PyODict) => odictIter(od, "keys", false);
defMethod(ODictType, "__iter__", (od: PyODict) => odictIter(od, "keys", false));
defMethod(ODictType, "__reversed__", (od: PyODict) => odictIter(od, "keys", true));
for (const [kind, t] of [["keys", OdictKeysType], ["values", OdictValuesType], ["items", OdictItemsType]] as const) {
  defMethod(ODictType, kind, (od: PyODict, args, kw) => {
    methNoArgs(`OrderedDict.${kind}`, args, kw);
    const v = new PyDictView(od, kind);
    v.type = t;
    return v;
  });
  t.slots.iter = (v: PyDictView) => odictIter(v.target as PyODict, kind, false);
  defMethod(t, "__reversed__", (v: PyDictView) => odictIter(v.target as PyODict, kind, true));
  t.slots.repr = (v: PyDictView) => {
    if (!reprEnter(v)) return "...";
    try { return `${t.name}([${v.items().map(repr).join(", ")}])`; } finally { reprLeave(); }
  };
}

// ---- construction and update (mutablemapping_update: through __setitem__) ----------------------------

function odictUpdate(self: PyValue, args: PyValue[], kw: readonly string[] | null): void {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (npos > 1) throw pyError(TypeError, `expected at most 1 argument, got ${npos}`);
  if (npos === 1) {
    const arg = args[0];
    if (arg instanceof PyDict && arg.type === DictType) {
      for (const [k, v] of [...arg.entries()]) setitem(self, k, v);
    } else if (typeOf(arg).lookup("keys") !== undefined) {
      for (const k of iterateToArray(call(getattr(arg, "keys"), []))) setitem(self, k, getitem(arg, k));
    } else if (typeOf(arg).lookup("items") !== undefined) {
      for (const pair of iterateToArray(call(getattr(arg, "items"), []))) addPair(self, pair);
    } else {
      const it = iter(arg);
      for (let p = iterNext(it); p !== undefined; p = iterNext(it)) addPair(self, p);
    }
  }
  for (let i = 0; i < nkw; i++) setitem(self, kw![i], args[npos + i]);
}
function addPair(self: PyValue, pair: PyValue): void {
  const items = pair instanceof PyTuple ? pair.items : iterateToArray(pair);
  if (items.length !== 2) {
    throw pyError(ValueError, items.length < 2 ? `need more than ${items.length} value${items.length === 1 ? "" : "s"} to unpack` : "too many values to unpack (expected 2)");
  }
  setitem(self, items[0], items[1]);
}
// CPython: odict_new + odict_init
defNew(ODictType, (cls, args, kw) => {
  const od = newODict(cls);
  if (cls === ODictType) odictUpdate(od, args, kw);
  return od;
});
INSTANCE_FACTORIES.set(ODictType, newODict);
defMethod(ODictType, "__init__", (od: PyODict, args, kw) => { odictUpdate(od, args, kw); return None; });
defMethod(ODictType, "update", (od: PyODict, args, kw) => { odictUpdate(od, args, kw); return None; });

// ---- the OrderedDict methods ------------------------------------------------------------------------------

/** Put `key` first: the dict is rebuilt with it in front. */
function moveToFront(od: PyODict, key: PyValue): void {
  const entries = [...od.entries()];
  const i = entries.findIndex(([k]) => k === key || eq(k, key));
  const [first] = entries.splice(i, 1);
  od.clear();
  od.set(first[0], first[1]);
  for (const [k, v] of entries) od.set(k, v);
}
// CPython: OrderedDict_move_to_end_impl
defMethod(ODictType, "move_to_end", (od: PyODict, args, kw) => {
  const [key, last = true] = unpack("move_to_end", args, kw, ["key", "last"], 0, 1, 2) as PyValue[];
  const v = od.get(key);
  if (v === undefined) throw new PyBaseException(KeyError, [key]);
  od.moves++;
  if (truthyArg(last)) {
    od.delete(key);
    od.set(key, v);
  } else moveToFront(od, key);
  return None;
});
import { truthy } from "../../objects/abstract.js";
const truthyArg = (v: PyValue): boolean => truthy(v);
// CPython: OrderedDict_popitem_impl
defMethod(ODictType, "popitem", (od: PyODict, args, kw) => {
  const [last = true] = unpack("popitem", args, kw, ["last"], 0, 0, 1) as PyValue[];
  if (od.size === 0) throw new PyBaseException(KeyError, ["dictionary is empty"]);
  const entries = [...od.entries()];
  const [k, v] = truthyArg(last) ? entries[entries.length - 1] : entries[0];
  od.delete(k);
  return tuple([k, v]);
});
// CPython: OrderedDict_copy (type(od)(od) for a subclass)
defMethod(ODictType, "copy", (od: PyODict, args, kw) => {
  methNoArgs("OrderedDict.copy", args, kw);
  if (od.type !== ODictType) return call(od.type, [od]);
  const r = newODict(ODictType);
  for (const [k, v] of od.entries()) r.set(k, v);
  return r;
});
defMethod(ODictType, "__reduce__", (od: PyODict) => {
  const state = getattrOrUndefined(od, "__dict__");
  const st = state instanceof PyDict && state.size ? state : None;
  return tuple([od.type, tuple([]), st, None, odictIter(od, "items", false)]);
});
// CPython: odict_repr ("..." when recursive)
function odictRepr(od: PyODict): string {
  if (!reprEnter(od)) return "...";
  try {
    if (od.size === 0) return `${shortName(od.type)}()`;
    return `${shortName(od.type)}(${DictType.slots.repr!(dictCopy(od))})`;
  } finally {
    reprLeave();
  }
}
function dictCopy(od: PyODict): PyDict {
  const d = new PyDict();
  for (const [k, v] of od.entries()) d.set(k, v);
  return d;
}
ODictType.slots.repr = odictRepr;
defMethod(ODictType, "__repr__", (od: PyODict) => odictRepr(od));
ODictType.slots.hash = (od: PyODict) => { throw pyError(TypeError, `unhashable type: '${typeName(od)}'`); };
ODictType.ns.set("__hash__", None);
defClassGetitem(ODictType);

// odict_richcompare: two OrderedDicts are equal with their items in the same order
function odictEq(a: PyODict, b: PyODict): boolean {
  if (a.size !== b.size) return false;
  const ea = [...a.entries()], eb = [...b.entries()];
  for (let i = 0; i < ea.length; i++) {
    const [ka, va] = ea[i], [kb] = eb[i];
    if (!(ka === kb || eq(ka, kb))) return false;
    const w = b.get(ka);
    if (w === undefined || !(w === va || eq(va, w))) return false;
  }
  return true;
}
installExtraCompare((a, b, op) => {
  if (!isODict(a) || !isODict(b) || (op !== Cmp.EQ && op !== Cmp.NE)) return undefined;
  return odictEq(a, b) === (op === Cmp.EQ);
});
defMethod(ODictType, "__eq__", (od: PyODict, args) => {
  const o = args[0];
  if (isODict(o)) return odictEq(od, o);
  if (!(o instanceof PyDict)) return NotImplemented;
  return od.size === o.size && [...od.entries()].every(([k, v]) => { const w = o.get(k); return w !== undefined && (w === v || eq(v, w)); });
});

// odict_or / odict_ror: a copy of the OrderedDict operand updated with the other
function odictOr(left: PyValue, right: PyValue): PyValue | undefined {
  const leftIs = isODict(left);
  const self = (leftIs ? left : right) as PyODict, other = leftIs ? right : left;
  if (!(other instanceof PyDict)) return undefined;
  const r = call(self.type, [left]);
  odictUpdate(r, [right], null);
  return r;
}
installExtraBinary((a, b, op) => (op === Nb.OR && ((isODict(a) && a.type === ODictType) || (isODict(b) && b.type === ODictType)) ? odictOr(a, b) : undefined));
defMethod(ODictType, "__or__", (od: PyODict, args) => odictOr(od, args[0]) ?? NotImplemented);
defMethod(ODictType, "__ror__", (od: PyODict, args) => odictOr(args[0], od) ?? NotImplemented);
defMethod(ODictType, "__ior__", (od: PyODict, args) => { odictUpdate(od, [args[0]], null); return od; });
