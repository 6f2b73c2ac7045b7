// set and frozenset behaviour (CPython: Objects/setobject.c): reprs, the protocols and the core
// methods. The data structure is PySet in containers.ts.
import { None, NotImplemented, PyType, TypeType, type PyValue } from "./object.js";
import { PyDict } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { FrozenSetType, PySet, SetType } from "./containers.js";
import {
  defMethod, hash, INSTANCE_FACTORIES, iterateToArray, PyNativeIterator, PyStaticMethod, repr, reprEnter, reprLeave, TYPE_CONSTRUCTORS,
} from "./abstract.js";
import { defIteratorMethods } from "./abstract.js";
import { KeyError, PyBaseException, pyError, TypeError } from "./exceptions.js";
import { builtinType } from "./object.js";

const SetIteratorType = builtinType("set_iterator", undefined, { baseType: false });
for (const t of [SetIteratorType]) defIteratorMethods(t);

function setRepr(self: PySet): string {
  const name = self.type === FrozenSetType ? "frozenset" : self.type.name;
  if (self.size === 0) return `${name}()`;
  if (!reprEnter(self)) return `${name}(...)`;
  try {
    const body = "{" + [...self.values()].map(repr).join(", ") + "}";
    return self.type === SetType ? body : `${name}(${body})`;
  } finally {
    reprLeave();
  }
}

// frozenset_hash (Objects/setobject.c), with 64-bit Py_uhash_t
const U64 = (x: bigint): bigint => BigInt.asUintN(64, x);
const shuffleBits = (h: bigint): bigint => U64(((h ^ 89869747n) ^ U64(h << 16n)) * 3644798167n);
FrozenSetType.slots.hash = (s: PySet) => {
  let h = 0n;
  for (const k of s.values()) {
    const kh = hash(k);
    h ^= shuffleBits(U64(BigInt(kh)));
  }
  h ^= U64((BigInt(s.size) + 1n) * 1927868237n);
  h ^= (h >> 11n) ^ (h >> 25n);
  h = U64(h * 69069n + 907133923n);
  if (h === U64(-1n)) h = 590923713n;
  return Number(BigInt.asIntN(64, h)) as number;
};

for (const t of [SetType, FrozenSetType]) {
  t.slots.repr = setRepr;
  t.slots.len = (s: PySet) => s.size;
  t.slots.iter = (s: PySet) => {
    const version = s.version;
    let i = 0;
    return new PyNativeIterator(SetIteratorType, () => {
      if (s.version !== version) throw pyError(RuntimeErrorRef(), "Set changed size during iteration");
      while (i < s.rawLength) {
        const k = s.keyAt(i++);
        if (k !== null) return k;
      }
      return undefined;
    });
  };
  defMethod(t, "__contains__", (s: PySet, args) => has(s, wrapperArg("__contains__", args)));
}

// ---- methods (Objects/setobject.c; Objects/clinic/setobject.c.h for the argument checks) ---------

const isFrozen = (s: PySet): boolean => s.type.isSubtype(FrozenSetType);
/** A new set of the receiver's base type (make_new_set_basetype). */
const newLike = (s: PySet, items: Iterable<PyValue> = []): PySet => new PySet(items, isFrozen(s));
/** The elements of an iterable argument as a set (a PySet is used as it is). */
const asSet = (v: PyValue): PySet => (v instanceof PySet ? v : new PySet(iterateToArray(v)));

/** set_contains_key: an unhashable set argument is looked up as a frozenset. */
function has(s: PySet, k: PyValue): boolean {
  if (k instanceof PySet && !isFrozen(k)) return s.has(new PySet(k.values(), true));
  return s.has(k);
}

function wrapperArg(name: string, args: PyValue[]): PyValue {
  if (args.length !== 1) throw pyError(TypeError, `expected 1 argument, got ${args.length}`);
  return args[0];
}
function noKw(owner: string, name: string, kw: readonly string[] | null): void {
  if (kw && kw.length) throw pyError(TypeError, `${owner}.${name}() takes no keyword arguments`);
}
function meth0(name: string, args: PyValue[], kw: readonly string[] | null, owner = "set"): void {
  noKw(owner, name, kw);
  if (args.length) throw pyError(TypeError, `${owner}.${name}() takes no arguments (${args.length} given)`);
}
function meth1(name: string, args: PyValue[], kw: readonly string[] | null, owner = "set"): PyValue {
  noKw(owner, name, kw);
  if (args.length !== 1) throw pyError(TypeError, `${owner}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
const ownerName = (s: PySet): string => (isFrozen(s) ? "frozenset" : "set");

function union(s: PySet, others: readonly PyValue[]): PySet {
  const r = newLike(s, s.values());
  for (const o of others) r.update(o instanceof PySet ? o : iterateToArray(o));
  return r;
}
function intersection(s: PySet, others: readonly PyValue[]): PySet {
  let items = [...s.values()];
  for (const o of others) {
    const other = asSet(o);
    items = items.filter((x) => other.has(x));
  }
  return newLike(s, items);
}
function difference(s: PySet, others: readonly PyValue[]): PySet {
  let items = [...s.values()];
  for (const o of others) {
    const other = asSet(o);
    items = items.filter((x) => !other.has(x));
  }
  return newLike(s, items);
}
function symmetricDifference(s: PySet, o: PyValue): PySet {
  const other = asSet(o);
  return newLike(s, [...[...s.values()].filter((x) => !other.has(x)), ...[...other.values()].filter((x) => !s.has(x))]);
}
const isSubset = (a: PySet, b: PySet): boolean => a.size <= b.size && [...a.values()].every((x) => b.has(x));

for (const t of [SetType, FrozenSetType]) {
  defMethod(t, "copy", (s: PySet, args, kw) => {
    meth0("copy", args, kw, ownerName(s));
    return s.type === FrozenSetType ? s : newLike(s, s.values());
  });
  defMethod(t, "union", (s: PySet, args, kw) => { noKw(ownerName(s), "union", kw); return union(s, args); });
  defMethod(t, "intersection", (s: PySet, args, kw) => { noKw(ownerName(s), "intersection", kw); return intersection(s, args); });
  defMethod(t, "difference", (s: PySet, args, kw) => { noKw(ownerName(s), "difference", kw); return difference(s, args); });
  defMethod(t, "symmetric_difference", (s: PySet, args, kw) => symmetricDifference(s, meth1("symmetric_difference", args, kw, ownerName(s))));
  defMethod(t, "issubset", (s: PySet, args, kw) => isSubset(s, asSet(meth1("issubset", args, kw, ownerName(s)))));
  defMethod(t, "issuperset", (s: PySet, args, kw) => {
    const o = meth1("issuperset", args, kw, ownerName(s));
    return o instanceof PySet ? isSubset(o, s) : iterateToArray(o).every((x) => s.has(x));
  });
  defMethod(t, "isdisjoint", (s: PySet, args, kw) => !iterateToArray(meth1("isdisjoint", args, kw, ownerName(s))).some((x) => s.has(x)));
  // the number protocol as methods: NotImplemented unless both operands are sets
  const binop = (name: string, f: (a: PySet, b: PySet) => PySet) => {
    defMethod(t, `__${name}__`, (s: PySet, args) => { const o = wrapperArg(`__${name}__`, args); return o instanceof PySet ? f(s, o) : NotImplemented; });
    defMethod(t, `__r${name}__`, (s: PySet, args) => { const o = wrapperArg(`__r${name}__`, args); return o instanceof PySet ? f(o, s) : NotImplemented; });
  };
  binop("or", (a, b) => union(a, [b]));
  binop("and", (a, b) => intersection(a, [b]));
  binop("sub", (a, b) => difference(a, [b]));
  binop("xor", (a, b) => symmetricDifference(a, b));
  defMethod(t, "__len__", (s: PySet, args) => { if (args.length) throw pyError(TypeError, `expected 0 arguments, got ${args.length}`); return s.size; });
}

defMethod(SetType, "add", (s: PySet, args, kw) => { s.add(meth1("add", args, kw)); return None; });
defMethod(SetType, "discard", (s: PySet, args, kw) => {
  const k = meth1("discard", args, kw);
  s.delete(k instanceof PySet ? new PySet(k.values(), true) : k);
  return None;
});
defMethod(SetType, "remove", (s: PySet, args, kw) => {
  const k = meth1("remove", args, kw);
  if (!s.delete(k instanceof PySet ? new PySet(k.values(), true) : k)) throw new PyBaseException(KeyError, [k]);
  return None;
});
defMethod(SetType, "pop", (s: PySet, args, kw) => {
  meth0("pop", args, kw);
  const x = s.pop();
  if (x === undefined) throw pyError(KeyError, "pop from an empty set");
  return x;
});
defMethod(SetType, "clear", (s: PySet, args, kw) => { meth0("clear", args, kw); s.clear(); return None; });
defMethod(SetType, "update", (s: PySet, args, kw) => {
  noKw("set", "update", kw);
  for (const a of args) s.update(a instanceof PySet ? a : iterateToArray(a));
  return None;
});
/** Replace a set's contents in place (the *_update methods). */
function replaceContents(s: PySet, items: PyValue[]): void {
  s.clear();
  s.update(items);
}
defMethod(SetType, "intersection_update", (s: PySet, args, kw) => {
  noKw("set", "intersection_update", kw);
  replaceContents(s, [...intersection(s, args).values()]);
  return None;
});
defMethod(SetType, "difference_update", (s: PySet, args, kw) => {
  noKw("set", "difference_update", kw);
  for (const o of args) for (const x of [...asSet(o).values()]) s.delete(x);
  return None;
});
defMethod(SetType, "symmetric_difference_update", (s: PySet, args, kw) => {
  const o = asSet(meth1("symmetric_difference_update", args, kw));
  for (const x of [...o.values()]) if (!s.delete(x)) s.add(x);
  return None;
});
const inplace = (name: string, f: (s: PySet, o: PySet) => void) => {
  defMethod(SetType, name, (s: PySet, args) => {
    const o = wrapperArg(name, args);
    if (!(o instanceof PySet)) return NotImplemented;
    f(s, o);
    return s;
  });
};
inplace("__ior__", (s, o) => s.update(o === s ? [...o.values()] : o));
inplace("__iand__", (s, o) => replaceContents(s, [...intersection(s, [o]).values()]));
inplace("__isub__", (s, o) => { for (const x of [...o.values()]) s.delete(x); });
inplace("__ixor__", (s, o) => { if (o === s) s.clear(); else for (const x of [...o.values()]) if (!s.delete(x)) s.add(x); });

TYPE_CONSTRUCTORS.set(SetType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "set() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `set expected at most 1 argument, got ${args.length}`);
  const a = args[0];
  return new PySet(a === undefined ? [] : a instanceof PySet ? a : iterateToArray(a));
});
INSTANCE_FACTORIES.set(SetType, (t) => { const s = new PySet([]); s.type = t; s.dict = new PyDict(); return s; });
defMethod(SetType, "__init__", (s: PySet, args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "set() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `set expected at most 1 argument, got ${args.length}`);
  s.clear();
  if (args.length) s.update(args[0] instanceof PySet ? [...args[0].values()] : iterateToArray(args[0]));
  return None;
});
function frozensetNew(cls: PyType, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (cls === FrozenSetType && kwnames && kwnames.length) throw pyError(TypeError, "frozenset() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `frozenset expected at most 1 argument, got ${args.length}`);
  const a = args[0];
  if (cls === FrozenSetType && a instanceof PySet && a.type === FrozenSetType) return a;
  const r = new PySet(a === undefined ? [] : a instanceof PySet ? a : iterateToArray(a), true);
  if (cls !== FrozenSetType) { r.type = cls; r.dict = new PyDict(); }
  return r;
}
TYPE_CONSTRUCTORS.set(FrozenSetType, (args, kwnames) => frozensetNew(FrozenSetType, args, kwnames));
FrozenSetType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  const cls = args[0];
  if (!(cls instanceof PyType) || !cls.isSubtype(FrozenSetType)) throw pyError(TypeError, "frozenset.__new__(X): X is not a subtype of frozenset");
  return frozensetNew(cls, args.slice(1), kwnames);
}, TypeType)));

import { RuntimeError } from "./exceptions.js";
const RuntimeErrorRef = () => RuntimeError;
