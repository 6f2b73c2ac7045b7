// Behaviour of the builtin types that the abstract layer reaches through slots and method
// tables: reprs of containers, constructors (int(), str(), list(), ...), and the core methods of
// list, dict and tuple (str's methods are in str.ts, imported here for its side effects).
// CPython: Objects/listobject.c, dictobject.c, tupleobject.c, ...
import {
  BoolType, FloatType, IntType, None, NoneType, ObjectType, PyObject, PyType, StrType, TypeType, typeOf, type PyValue,
  STATIC_TYPES, bumpTypeVersion,
} from "./object.js";
import { pushAll, PyDict, PyList, PyRange, PyTuple, tuple, ListType, TupleType, DictType, RangeType, EMPTY_TUPLE } from "./containers.js";
import {
  call, callMethod, defMethod, eq, hash, iter, iterateToArray, iterateToListItems, len, next, repr, reprEnter, reprLeave, richCompareBool,
  str, toIndex, truthy, TYPE_CONSTRUCTORS, INSTANCE_FACTORIES, typeName, Cmp, PySlice, SliceType, PyInstance,
  PyStaticMethod, PyClassMethod, PyProperty, StaticMethodType, ClassMethodType, PropertyType, contains,
  MethodWrapperType, MethodDescrType, WrapperDescrType, PyMethodDescr,
} from "./abstract.js";
import { initException, IndexError, KeyError, PyBaseException, pyError, TypeError, ValueError, OverflowError, EXCEPTION_TYPES, BaseException } from "./exceptions.js";
import { float, PyFloat, normBig, intRepr, type PyInt } from "./numbers.js";
import { PyBuiltin, PyFunction, PyMethod, FunctionType, BuiltinFunctionType, MethodType, PyModule } from "./functions.js";
import { reprFloat } from "../parse/repr.js";
import { listSort } from "./listsort.js";
import "./str.js";
import "./excobject.js";
import "./exctypes.js";
import "./excgroup.js";

// ---- reprs ------------------------------------------------------------------------------------

ListType.slots.repr = (self: PyList) => {
  if (!reprEnter(self)) return "[...]";
  try { return "[" + self.items.map(repr).join(", ") + "]"; } finally { reprLeave(); }
};
TupleType.slots.repr = (self: PyTuple) => {
  if (self.items.length === 0) return "()";
  if (!reprEnter(self)) return "(...)";
  try {
    if (self.items.length === 1) return "(" + repr(self.items[0]) + ",)";
    return "(" + self.items.map(repr).join(", ") + ")";
  } finally { reprLeave(); }
};
DictType.slots.repr = (self: PyDict) => {
  if (!reprEnter(self)) return "{...}";
  try {
    const parts: string[] = [];
    for (const [k, v] of self.entries()) parts.push(repr(k) + ": " + repr(v));
    return "{" + parts.join(", ") + "}";
  } finally { reprLeave(); }
};
FloatType.slots.repr = (self: PyFloat) => reprFloat(self.value);
SliceType.slots.repr = (self: PySlice) => `slice(${repr(self.start)}, ${repr(self.stop)}, ${repr(self.step)})`;
// type_repr: a class's module is its __dict__['__module__'] (type_module), which may be reassigned
TypeType.slots.repr = (self: PyType) => {
  let mod = self.module;
  if (self.heap) { const m = self.ns.get("__module__"); if (typeof m === "string") mod = m; }
  return `<class '${mod === "builtins" ? "" : mod + "."}${self.qualname}'>`;
};
FunctionType.slots.repr = (self: PyFunction) => `<function ${self.qualname} at ${addr(self)}>`;
BuiltinFunctionType.slots.repr = (self: PyBuiltin) =>
  self.self === null || self.self instanceof PyModule ? `<built-in function ${self.name}>` : `<built-in method ${self.name} of ${typeName(self.self)} object at ${addr(self.self)}>`;
MethodWrapperType.slots.repr = (self: PyBuiltin) => `<method-wrapper '${self.name}' of ${typeName(self.self!)} object at ${addr(self.self!)}>`;
MethodDescrType.slots.repr = (d: PyMethodDescr) => `<method '${d.name}' of '${tpName(d.owner)}' objects>`;
WrapperDescrType.slots.repr = (d: PyMethodDescr) => `<slot wrapper '${d.name}' of '${tpName(d.owner)}' objects>`;
MethodType.slots.repr = (self: PyMethod) => `<bound method ${(self.func as PyFunction).qualname ?? "?"} of ${repr(self.self)}>`;
BaseException.slots.repr = (self: PyBaseException) => {
  const args = self.args;
  const inner = args.length === 1 ? repr(args[0]) : args.length === 0 ? "" : args.map(repr).join(", ");
  return `${self.type.name}(${inner})`;
};
BaseException.slots.str = (self: PyBaseException) => {
  return self.args.length === 0 ? "" : self.args.length === 1 ? str(self.args[0]) : repr(tuple(self.args));
};
// CPython: Objects/exceptions.c KeyError_str: a lone argument is shown by its repr (for subclasses too)
KeyError.slots.str = (self: PyBaseException) => {
  if (self.args.length === 1) return repr(self.args[0]);
  return BaseException.slots.str!(self);
};
import { addressOf as addr, tpName } from "./abstract.js";

/** A builtin type's tp_repr is visible as its own `__repr__` slot wrapper (typeobject.c
 *  add_operators makes one per slot the type defines): `dict.__repr__` is not `object.__repr__`,
 *  which pprint's dispatch table (keyed by `type(obj).__repr__`) relies on. Run once the native
 *  types exist; types that define `__repr__` in their namespace keep it. */
export function installReprWrappers(): void {
  let changed = false;
  for (const t of STATIC_TYPES) {
    // PyType_Ready (type_dict_set_doc): every type's dict has __doc__, None without a tp_doc, so
    // `"s".__doc__` is found on the type (email._policybase reads attr.__doc__ of str attributes)
    if (!t.ns.has("__doc__")) { t.ns.set("__doc__", None); changed = true; }
    const slot = t.slots.repr;
    if (!slot || t.ns.has("__repr__") || t === ObjectType) continue;
    defMethod(t, "__repr__", (self, args, kw) => {
      arity(`${t.name}.__repr__`, args, kw, 0);
      return slot(self);
    });
    changed = true;
  }
  if (changed) bumpTypeVersion();
}


// ---- argument helpers ----------------------------------------------------------------------------

/** Check an exact positional arity for builtin functions with CPython's messages. */
export function arity(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max = min): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
  const n = args.length;
  if (n < min || n > max) {
    if (min === max) {
      if (min === 0) throw pyError(TypeError, `${name}() takes no arguments (${n} given)`);
      if (min === 1) throw pyError(TypeError, `${name}() takes exactly one argument (${n} given)`);
      throw pyError(TypeError, `${name} expected ${min} arguments, got ${n}`);
    }
    if (n < min) throw pyError(TypeError, `${name} expected at least ${min} argument${min === 1 ? "" : "s"}, got ${n}`);
    throw pyError(TypeError, `${name} expected at most ${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

/** Split vectorcall args into positional and a keyword map. */
export function splitKw(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], Map<string, PyValue>] {
  const kw = new Map<string, PyValue>();
  if (!kwnames || kwnames.length === 0) return [args, kw];
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => kw.set(k, args[npos + i]));
  return [args.slice(0, npos), kw];
}

// ---- constructors ----------------------------------------------------------------------------------

function parseIntLiteral(s: string, base: number): PyInt | null {
  let t = s.trim().replace(/_/g, (m, i) => (i > 0 ? "" : m));
  if (s.trim().includes("__") || /^_|_$/.test(s.trim())) return null;
  let neg = false;
  if (t[0] === "+" || t[0] === "-") { neg = t[0] === "-"; t = t.slice(1); }
  if (base === 0) {
    if (/^0[xX]/.test(t)) { base = 16; t = t.slice(2); }
    else if (/^0[oO]/.test(t)) { base = 8; t = t.slice(2); }
    else if (/^0[bB]/.test(t)) { base = 2; t = t.slice(2); }
    else { base = 10; if (/^0+[1-9]/.test(t)) return null; }
  } else if (base === 16 && /^0[xX]/.test(t)) t = t.slice(2);
  else if (base === 8 && /^0[oO]/.test(t)) t = t.slice(2);
  else if (base === 2 && /^0[bB]/.test(t)) t = t.slice(2);
  if (!t) return null;
  const digits = "0123456789abcdefghijklmnopqrstuvwxyz".slice(0, base);
  let v = 0n;
  const B = BigInt(base);
  for (const ch of t.toLowerCase()) {
    const d = digits.indexOf(ch);
    if (d < 0) return null;
    v = v * B + BigInt(d);
  }
  return normBig(neg ? -v : v);
}

TYPE_CONSTRUCTORS.set(IntType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  const x = pos[0] ?? kw.get("x");
  const baseArg = pos[1] ?? kw.get("base");
  if (x === undefined) return 0;
  if (baseArg !== undefined) {
    if (typeof x !== "string") throw pyError(TypeError, "int() can't convert non-string with explicit base");
    const b = toIndex(baseArg);
    const r = parseIntLiteral(x, b);
    if (r === null) throw pyError(ValueError, `invalid literal for int() with base ${b}: ${repr(x)}`);
    return r;
  }
  if (typeof x === "number" || typeof x === "bigint") return x;
  if (typeof x === "boolean") return x ? 1 : 0;
  if (x instanceof PyFloat) {
    if (!Number.isFinite(x.value)) {
      throw pyError(Number.isNaN(x.value) ? ValueError : OverflowError, Number.isNaN(x.value) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
    }
    const t = Math.trunc(x.value);
    return Number.isSafeInteger(t) ? (t === 0 ? 0 : t) : normBig(BigInt(t));
  }
  if (typeof x === "string") {
    const r = parseIntLiteral(x, 10);
    if (r === null) throw pyError(ValueError, `invalid literal for int() with base 10: ${repr(x)}`);
    return r;
  }
  const t = typeOf(x);
  for (const m of ["__int__", "__index__", "__trunc__"]) {
    const f = t.lookup(m);
    if (f !== undefined) return callMethod(f, x, []);
  }
  throw pyError(TypeError, `int() argument must be a string, a bytes-like object or a real number, not '${t.name}'`);
});

TYPE_CONSTRUCTORS.set(FloatType, (args, kwnames) => {
  arity("float", args, kwnames, 0, 1);
  const x = args[0];
  if (x === undefined) return float(0);
  if (x instanceof PyFloat) return x;
  if (typeof x === "number") return float(x);
  if (typeof x === "bigint") {
    const f = Number(x);
    if (!Number.isFinite(f)) throw pyError(OverflowError, "int too large to convert to float");
    return float(f);
  }
  if (typeof x === "boolean") return float(x ? 1 : 0);
  if (typeof x === "string") {
    const s = x.trim().toLowerCase().replace(/(\d)_(?=\d)/g, "$1");
    if (/^[+-]?(inf|infinity)$/.test(s)) return float(s[0] === "-" ? -Infinity : Infinity);
    if (/^[+-]?nan$/.test(s)) return float(NaN);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return float(Number(s));
    throw pyError(ValueError, `could not convert string to float: ${repr(x)}`);
  }
  const f = typeOf(x).lookup("__float__");
  if (f !== undefined) return callMethod(f, x, []);
  throw pyError(TypeError, `float() argument must be a string or a real number, not '${typeName(x)}'`);
});

TYPE_CONSTRUCTORS.set(BoolType, (args, kwnames) => {
  arity("bool", args, kwnames, 0, 1);
  return args.length ? truthy(args[0]) : false;
});
TYPE_CONSTRUCTORS.set(ListType, (args, kwnames) => {
  arity("list", args, kwnames, 0, 1);
  return new PyList(args.length ? iterateToListItems(args[0]) : []);
});
INSTANCE_FACTORIES.set(ListType, (t) => { const l = new PyList([]); l.type = t; l.dict = new PyDict(); return l; });
TYPE_CONSTRUCTORS.set(TupleType, (args, kwnames) => {
  arity("tuple", args, kwnames, 0, 1);
  if (!args.length) return EMPTY_TUPLE;
  if (args[0] instanceof PyTuple && args[0].type === TupleType) return args[0]; // (a subclass's instance is copied)
  return tuple(iterateToArray(args[0]));
});
TYPE_CONSTRUCTORS.set(DictType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  const d = new PyDict();
  if (pos.length > 1) throw pyError(TypeError, `dict expected at most 1 argument, got ${pos.length}`);
  if (pos.length) dictUpdate(d, pos[0]);
  for (const [k, v] of kw) d.set(k, v);
  return d;
});
INSTANCE_FACTORIES.set(DictType, (t) => { const d = new PyDict(); d.type = t; d.dict = new PyDict(); return d; });
TYPE_CONSTRUCTORS.set(ObjectType, (args, kwnames) => {
  if (args.length) throw pyError(TypeError, "object() takes no arguments");
  void kwnames;
  return new PyObject(ObjectType);
});
TYPE_CONSTRUCTORS.set(NoneType, () => None);
// types.MethodType(func, obj) (CPython: Objects/classobject.c method_new)
TYPE_CONSTRUCTORS.set(MethodType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "method() takes no keyword arguments");
  if (args.length !== 2) throw pyError(TypeError, `method expected 2 arguments, got ${args.length}`);
  const [func, self] = args;
  const t = typeOf(func);
  if (!(func instanceof PyFunction || func instanceof PyBuiltin || func instanceof PyMethod || func instanceof PyType) &&
    t.lookup("__call__") === undefined && t.slots.call === undefined) throw pyError(TypeError, "first argument must be callable");
  if (self === None) throw pyError(TypeError, "instance must not be None");
  return new PyMethod(func, self);
});
TYPE_CONSTRUCTORS.set(StaticMethodType, (args) => new PyStaticMethod(args[0]));
TYPE_CONSTRUCTORS.set(ClassMethodType, (args) => new PyClassMethod(args[0]));
TYPE_CONSTRUCTORS.set(PropertyType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  return new PyProperty(pos[0] ?? kw.get("fget") ?? None, pos[1] ?? kw.get("fset") ?? None, pos[2] ?? kw.get("fdel") ?? None, pos[3] ?? kw.get("doc") ?? None);
});
for (const t of EXCEPTION_TYPES.values()) {
  if (!TYPE_CONSTRUCTORS.has(t)) TYPE_CONSTRUCTORS.set(t, (args, kwnames) => {
    const e = new PyBaseException(t, []);
    initException(e, args, kwnames);
    return e;
  });
  INSTANCE_FACTORIES.set(t, (sub) => new PyBaseException(sub, []));
}

export function dictUpdate(d: PyDict, src: PyValue): void {
  if (src instanceof PyDict) {
    for (const [k, v] of src.entries()) d.set(k, v);
    return;
  }
  const keys = typeOf(src).lookup("keys");
  if (keys !== undefined) {
    for (const k of iterateToArray(callMethod(keys, src, []))) d.set(k, getitemRef(src, k));
    return;
  }
  let i = 0;
  for (const item of iterateToArray(src)) {
    let pair: PyValue[];
    try {
      pair = iterateToArray(item);
    } catch (e) {
      // dict_merge_from_seq2 replaces the iteration error's message
      if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw pyError(TypeError, "object is not iterable");
      throw e;
    }
    if (pair.length !== 2) throw pyError(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
    i++;
  }
}
import { getitem as getitemRef } from "./abstract.js";

// ---- list methods ------------------------------------------------------------------------------------

// list's and tuple's methods: list.ts

/** list.sort's algorithm (listsort.ts: CPython's timsort, comparison for comparison). */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): void {
  listSort(items, key, reverse);
}

// ---- dict methods ----

// dict methods and views: dict.ts
import "./dict.js";
import "./funcattrs.js";
import "./bytes.js";
import "./range.js";
import "./list.js";
import "./strtype.js";
import "./union.js";
import "./genericalias.js";
import "./complex.js";
import "./slotwrappers.js";
import "./memoryview.js";

void contains; void hash; void next; void iter; void PyInstance; void TypeType;

// list.__init__ and dict.__init__ (listobject.c list___init___impl, dictobject.c dict_init): what a
// Python subclass's instance gets when the class does not define its own __init__ (or calls super's).
defMethod(ListType, "__init__", (self: PyList, args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "list() takes no keyword arguments");
  if (args.length > 1) throw pyError(TypeError, `list expected at most 1 argument, got ${args.length}`);
  self.items.length = 0;
  if (args.length) pushAll(self.items, iterateToArray(args[0]));
  return None;
});
defMethod(DictType, "__init__", (self: PyDict, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length > 1) throw pyError(TypeError, `dict expected at most 1 argument, got ${pos.length}`);
  if (pos.length) dictUpdate(self, pos[0]);
  for (const [k, v] of kw) self.set(k, v);
  return None;
});
