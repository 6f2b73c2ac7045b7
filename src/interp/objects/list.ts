// The methods of list and tuple with CPython's argument checks and messages (Objects/listobject.c,
// Objects/tupleobject.c and their clinic files), and the slot wrappers of the builtin containers
// (list.__len__, dict.__getitem__, str.__contains__, ...) that Python code can call directly.
import { None, PyType, StrType, TypeType, type PyValue } from "./object.js";
import {
  defMethod, eq, INSTANCE_FACTORIES, iterateToArray, iterateToListItems, PyStaticMethod, TYPE_CONSTRUCTORS, rawContains, rawDelitem, rawGetitem, rawIter, rawLen, rawSetitem, toIndex, truthy, typeName,
} from "./abstract.js";
import { IndexError, pyError, TypeError, ValueError } from "./exceptions.js";
import { DictType, FrozenSetType, ListType, pushAll, PyDict, PyList, PyTuple, SetType, tuple, TupleType } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { kwArgs, PY_SSIZE_T_MAX } from "./args.js";
import { dictUpdate, sortItems } from "./typeslots.js";
import { PyStrSub } from "./strtype.js";

function noKw(owner: string, name: string, kw: readonly string[] | null): void {
  if (kw && kw.length) throw pyError(TypeError, `${owner}.${name}() takes no keyword arguments`);
}
/** METH_NOARGS */
function meth0(owner: string, name: string, args: PyValue[], kw: readonly string[] | null): void {
  noKw(owner, name, kw);
  if (args.length) throw pyError(TypeError, `${owner}.${name}() takes no arguments (${args.length} given)`);
}
/** METH_O */
function meth1(owner: string, name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  noKw(owner, name, kw);
  if (args.length !== 1) throw pyError(TypeError, `${owner}.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
/** Clinic positional-only parameters: _PyArg_CheckPositional. */
function positional(owner: string, name: string, args: PyValue[], kw: readonly string[] | null, min: number, max: number): void {
  noKw(owner, name, kw);
  const n = args.length, plural = (k: number): string => (k === 1 ? "" : "s");
  if (n < min) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${n}`);
}
/** _PyEval_SliceIndexNotNone */
function sliceIndexNotNone(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return v > 0n ? PY_SSIZE_T_MAX : -PY_SSIZE_T_MAX;
  if (typeof v === "object" && v.type.heap && v.type.lookup("__index__") !== undefined) return toIndex(v);
  throw pyError(TypeError, "slice indices must be integers or have an __index__ method");
}
/** A C Py_ssize_t index argument (list.pop, list.insert). */
function ssizeIndex(v: PyValue): number {
  if (typeof v === "bigint") {
    if (v > 0x7fffffffffffffffn || v < -0x8000000000000000n) throw pyError(IndexError, "cannot fit 'int' into an index-sized integer");
    return Number(v);
  }
  return toIndex(v);
}
const same = (x: PyValue, v: PyValue): boolean => x === v || eq(x, v);

function seqIndex(owner: string, items: readonly PyValue[], args: PyValue[], kw: readonly string[] | null): number {
  positional(owner, "index", args, kw, 1, 3);
  const n = items.length;
  let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : n;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  for (let i = start; i < stop && i < items.length; i++) if (same(items[i], args[0])) return i;
  throw pyError(ValueError, `${owner}.index(x): x not in ${owner}`);
}
function seqCount(items: readonly PyValue[], v: PyValue): number {
  let c = 0;
  for (let i = 0; i < items.length; i++) if (same(items[i], v)) c++;
  return c;
}

// ---- list --------------------------------------------------------------------------------------------

defMethod(ListType, "append", (self: PyList, args, kw) => { self.items.push(meth1("list", "append", args, kw)); return None; });
defMethod(ListType, "extend", (self: PyList, args, kw) => {
  const v = meth1("list", "extend", args, kw);
  pushAll(self.items, iterateToListItems(v)); // (asks __len__/__length_hint__ first, as CPython)
  return None;
});
defMethod(ListType, "insert", (self: PyList, args, kw) => {
  positional("list", "insert", args, kw, 2, 2);
  let i = ssizeIndex(args[0]);
  const n = self.items.length;
  if (i < 0) i = Math.max(0, i + n); else if (i > n) i = n;
  self.items.splice(i, 0, args[1]);
  return None;
});
defMethod(ListType, "pop", (self: PyList, args, kw) => {
  positional("list", "pop", args, kw, 0, 1);
  let i = args.length ? ssizeIndex(args[0]) : -1;
  if (!self.items.length) throw pyError(IndexError, "pop from empty list");
  if (i < 0) i += self.items.length;
  if (i < 0 || i >= self.items.length) throw pyError(IndexError, "pop index out of range");
  return self.items.splice(i, 1)[0];
});
defMethod(ListType, "remove", (self: PyList, args, kw) => {
  const v = meth1("list", "remove", args, kw);
  for (let i = 0; i < self.items.length; i++) {
    if (same(self.items[i], v)) { self.items.splice(i, 1); return None; }
  }
  throw pyError(ValueError, "list.remove(x): x not in list");
});
defMethod(ListType, "index", (self: PyList, args, kw) => seqIndex("list", self.items, args, kw));
defMethod(ListType, "count", (self: PyList, args, kw) => seqCount(self.items, meth1("list", "count", args, kw)));
defMethod(ListType, "reverse", (self: PyList, args, kw) => { meth0("list", "reverse", args, kw); self.items.reverse(); return None; });
defMethod(ListType, "clear", (self: PyList, args, kw) => { meth0("list", "clear", args, kw); self.items.length = 0; return None; });
defMethod(ListType, "copy", (self: PyList, args, kw) => { meth0("list", "copy", args, kw); return new PyList(self.items.slice()); });
defMethod(ListType, "sort", (self: PyList, args, kwnames) => {
  const [key, reverse] = kwArgs("sort", args, kwnames, ["key", "reverse"], 0, 0, 0);
  // CPython sorts with the list emptied, and complains if a key or comparison refilled it
  const items = self.items;
  self.items = [];
  try {
    sortItems(items, key ?? None, reverse === undefined ? false : truthy(reverse));
  } finally {
    const modified = self.items.length > 0;
    self.items = items;
    if (modified) throw pyError(ValueError, "list modified during sort");
  }
  return None;
});
defMethod(ListType, "__init__", (self: PyList, args, kw) => {
  noKw("list", "__init__", kw);
  if (args.length > 1) throw pyError(TypeError, `list expected at most 1 argument, got ${args.length}`);
  self.items = args.length ? iterateToArray(args[0]) : [];
  return None;
});

// ---- tuple -------------------------------------------------------------------------------------------

defMethod(TupleType, "index", (self: PyTuple, args, kw) => seqIndex("tuple", self.items, args, kw));
defMethod(TupleType, "count", (self: PyTuple, args, kw) => seqCount(self.items, meth1("tuple", "count", args, kw)));

// ---- slot wrappers ------------------------------------------------------------------------------------

function wrapperArgs(t: PyType, name: string, args: PyValue[], kw: readonly string[] | null, n: number): void {
  if (name === "__getitem__" && (t === ListType || t === DictType)) {
    // a METH_O method, not a slot wrapper
    meth1(t.name, name, args, kw);
    return;
  }
  if (kw && kw.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
  if (args.length !== n) {
    // check_num_args for one argument, PyArg_UnpackTuple(args, name, 2, 2) for two
    throw pyError(TypeError, n === 2 ? `${name} expected 2 arguments, got ${args.length}` : `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
  }
}
function wrapper(types: PyType[], name: string, n: number, fn: (self: PyValue, args: PyValue[]) => PyValue): void {
  for (const t of types) {
    if (!t.ns.has(name)) defMethod(t, name, (self: PyValue, args, kw) => { wrapperArgs(t, name, args, kw, n); return fn(self, args); });
  }
}
const SEQS = [ListType, TupleType, DictType, StrType];
/** The receiver itself, or the value of an instance of a str subclass (so the wrapper does not recurse). */
const base = (self: PyValue): PyValue => (self instanceof PyStrSub ? self.value : self);
wrapper([...SEQS, SetType, FrozenSetType], "__len__", 0, (self) => rawLen(base(self)));
wrapper(SEQS, "__getitem__", 1, (self, a) => rawGetitem(base(self), a[0]));
wrapper([...SEQS, SetType, FrozenSetType], "__contains__", 1, (self, a) => rawContains(base(self), a[0]));
wrapper([...SEQS], "__iter__", 0, (self) => rawIter(base(self)));
wrapper([ListType, DictType], "__setitem__", 2, (self, a) => { rawSetitem(self, a[0], a[1]); return None; });
wrapper([ListType, DictType], "__delitem__", 1, (self, a) => { rawDelitem(self, a[0]); return None; });
void typeName;

// ---- __new__ and __init__ of the containers (for subclasses: super().__new__(cls, ...)) ----------------

function newChecks(owner: PyType, args: PyValue[]): PyType {
  if (args.length === 0) throw pyError(TypeError, `${owner.name}.__new__(): not enough arguments`);
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, `${owner.name}.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(owner)) throw pyError(TypeError, `${owner.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${owner.name}`);
  return cls;
}
for (const t of [ListType, DictType, SetType]) {
  // the contents come from __init__
  t.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => {
    const cls = newChecks(t, args);
    return cls === t ? TYPE_CONSTRUCTORS.get(t)!([], null) : INSTANCE_FACTORIES.get(t)!(cls);
  }, TypeType)));
}
TupleType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
  const cls = newChecks(TupleType, args);
  if (kw && kw.length) throw pyError(TypeError, "tuple() takes no keyword arguments");
  if (args.length > 2) throw pyError(TypeError, `tuple expected at most 1 argument, got ${args.length - 1}`);
  const items = args.length > 1 ? iterateToArray(args[1]) : [];
  if (cls === TupleType) return tuple(items);
  const r = new PyTuple(items);
  r.type = cls;
  r.dict = new PyDict();
  return r;
}, TypeType)));
defMethod(DictType, "__init__", (self: PyDict, args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 1) throw pyError(TypeError, `dict expected at most 1 argument, got ${npos}`);
  if (npos) dictUpdate(self, args[0]);
  for (let i = 0; i < nkw; i++) self.set(kwnames![i], args[npos + i]);
  return None;
});
