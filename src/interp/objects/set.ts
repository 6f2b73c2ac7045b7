// set and frozenset behaviour (CPython: Objects/setobject.c): reprs, the protocols and the core
// methods. The data structure is PySet in containers.ts.
import { None, type PyValue } from "./object.js";
import { FrozenSetType, PySet, SetType } from "./containers.js";
import { defMethod, iterateToArray, repr, reprEnter, reprLeave, TYPE_CONSTRUCTORS, PyNativeIterator } from "./abstract.js";
import { KeyError, PyBaseException, pyError, TypeError } from "./exceptions.js";
import { builtinType } from "./object.js";

const SetIteratorType = builtinType("set_iterator", undefined, { baseType: false });

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
  defMethod(t, "__contains__", (s: PySet, args) => s.has(args[0]));
  defMethod(t, "copy", (s: PySet) => new PySet(s.values(), s.type === FrozenSetType));
  defMethod(t, "union", (s: PySet, args) => { const r = new PySet(s.values(), s.type === FrozenSetType); for (const a of args) for (const x of iterateToArray(a)) r.add(x); return r; });
  defMethod(t, "intersection", (s: PySet, args) => {
    let items = [...s.values()];
    for (const a of args) { const o = new PySet(iterateToArray(a)); items = items.filter((x) => o.has(x)); }
    return new PySet(items, s.type === FrozenSetType);
  });
  defMethod(t, "difference", (s: PySet, args) => {
    let items = [...s.values()];
    for (const a of args) { const o = new PySet(iterateToArray(a)); items = items.filter((x) => !o.has(x)); }
    return new PySet(items, s.type === FrozenSetType);
  });
  defMethod(t, "issubset", (s: PySet, args) => { const o = new PySet(iterateToArray(args[0])); return [...s.values()].every((x) => o.has(x)); });
  defMethod(t, "issuperset", (s: PySet, args) => iterateToArray(args[0]).every((x) => s.has(x)));
  defMethod(t, "isdisjoint", (s: PySet, args) => !iterateToArray(args[0]).some((x) => s.has(x)));
}
defMethod(SetType, "add", (s: PySet, args) => { s.add(args[0]); return None; });
defMethod(SetType, "discard", (s: PySet, args) => { s.delete(args[0]); return None; });
defMethod(SetType, "remove", (s: PySet, args) => {
  if (!s.delete(args[0])) throw new PyBaseException(KeyError, [args[0]]);
  return None;
});
defMethod(SetType, "pop", (s: PySet) => {
  const x = s.pop();
  if (x === undefined) throw pyError(KeyError, "pop from an empty set");
  return x;
});
defMethod(SetType, "clear", (s: PySet) => { s.clear(); return None; });
defMethod(SetType, "update", (s: PySet, args) => { for (const a of args) s.update(a instanceof PySet ? a : iterateToArray(a)); return None; });

TYPE_CONSTRUCTORS.set(SetType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "set() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `set expected at most 1 argument, got ${args.length}`);
  const a = args[0];
  return new PySet(a === undefined ? [] : a instanceof PySet ? a : iterateToArray(a));
});
TYPE_CONSTRUCTORS.set(FrozenSetType, (args) => {
  const a = args[0];
  return new PySet(a === undefined ? [] : a instanceof PySet ? a : iterateToArray(a), true);
});

import { RuntimeError } from "./exceptions.js";
const RuntimeErrorRef = () => RuntimeError;
