// Behaviour of the builtin types that the abstract layer reaches through slots and method
// tables: reprs of containers, constructors (int(), str(), list(), ...), and the core methods of
// str, list, dict and tuple. CPython: Objects/listobject.c, dictobject.c, unicodeobject.c, ...
import {
  BoolType, FloatType, IntType, None, NoneType, ObjectType, PyObject, PyType, StrType, TypeType, typeOf, type PyValue,
} from "./object.js";
import { PyDict, PyList, PyRange, PyTuple, tuple, ListType, TupleType, DictType, RangeType, EMPTY_TUPLE } from "./containers.js";
import {
  call, callMethod, defMethod, eq, hash, iter, iterateToArray, len, next, repr, reprEnter, reprLeave, richCompareBool,
  str, toIndex, truthy, TYPE_CONSTRUCTORS, INSTANCE_FACTORIES, typeName, Cmp, PySlice, SliceType, PyInstance,
  PyStaticMethod, PyClassMethod, PyProperty, StaticMethodType, ClassMethodType, PropertyType, contains,
} from "./abstract.js";
import { IndexError, KeyError, PyBaseException, pyError, TypeError, ValueError, OverflowError, EXCEPTION_TYPES, BaseException } from "./exceptions.js";
import { float, PyFloat, normBig, intRepr, type PyInt } from "./numbers.js";
import { PyBuiltin, PyFunction, PyMethod, FunctionType, BuiltinFunctionType, MethodType, PyModule } from "./functions.js";
import { reprFloat } from "../parse/repr.js";

// ---- reprs ------------------------------------------------------------------------------------

ListType.slots.repr = (self: PyList) => {
  if (!reprEnter(self)) return "[...]";
  try { return "[" + self.items.map(repr).join(", ") + "]"; } finally { reprLeave(); }
};
TupleType.slots.repr = (self: PyTuple) => {
  if (self.items.length === 1) return "(" + repr(self.items[0]) + ",)";
  if (!reprEnter(self)) return "(...)";
  try { return "(" + self.items.map(repr).join(", ") + ")"; } finally { reprLeave(); }
};
DictType.slots.repr = (self: PyDict) => {
  if (!reprEnter(self)) return "{...}";
  try {
    const parts: string[] = [];
    for (const [k, v] of self.entries()) parts.push(repr(k) + ": " + repr(v));
    return "{" + parts.join(", ") + "}";
  } finally { reprLeave(); }
};
RangeType.slots.repr = (self: PyRange) => (self.step === 1 ? `range(${self.start}, ${self.stop})` : `range(${self.start}, ${self.stop}, ${self.step})`);
FloatType.slots.repr = (self: PyFloat) => reprFloat(self.value);
SliceType.slots.repr = (self: PySlice) => `slice(${repr(self.start)}, ${repr(self.stop)}, ${repr(self.step)})`;
TypeType.slots.repr = (self: PyType) => `<class '${self.module === "builtins" ? "" : self.module + "."}${self.qualname}'>`;
FunctionType.slots.repr = (self: PyFunction) => `<function ${self.qualname} at ${addr(self)}>`;
BuiltinFunctionType.slots.repr = (self: PyBuiltin) =>
  self.self === null || self.self instanceof PyModule ? `<built-in function ${self.name}>` : `<built-in method ${self.name} of ${typeName(self.self)} object at ${addr(self.self)}>`;
MethodType.slots.repr = (self: PyMethod) => `<bound method ${(self.func as PyFunction).qualname ?? "?"} of ${repr(self.self)}>`;
BaseException.slots.repr = (self: PyBaseException) => {
  const args = self.args;
  const inner = args.length === 1 ? repr(args[0]) : args.length === 0 ? "" : args.map(repr).join(", ");
  return `${self.type.name}(${inner})`;
};
BaseException.slots.str = (self: PyBaseException) => {
  if (self.type === KeyError && self.args.length === 1) return repr(self.args[0]);
  return self.args.length === 0 ? "" : self.args.length === 1 ? str(self.args[0]) : repr(tuple(self.args));
};
import { addressOf as addr } from "./abstract.js";

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

TYPE_CONSTRUCTORS.set(StrType, (args, kwnames) => {
  arity("str", args, kwnames, 0, 1);
  return args.length ? str(args[0]) : "";
});
TYPE_CONSTRUCTORS.set(BoolType, (args, kwnames) => {
  arity("bool", args, kwnames, 0, 1);
  return args.length ? truthy(args[0]) : false;
});
TYPE_CONSTRUCTORS.set(ListType, (args, kwnames) => {
  arity("list", args, kwnames, 0, 1);
  return new PyList(args.length ? iterateToArray(args[0]) : []);
});
INSTANCE_FACTORIES.set(ListType, (t) => { const l = new PyList([]); l.type = t; l.dict = new PyDict(); return l; });
TYPE_CONSTRUCTORS.set(TupleType, (args, kwnames) => {
  arity("tuple", args, kwnames, 0, 1);
  if (!args.length) return EMPTY_TUPLE;
  if (args[0] instanceof PyTuple) return args[0];
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
TYPE_CONSTRUCTORS.set(RangeType, (args, kwnames) => {
  arity("range", args, kwnames, 1, 3);
  const ints = args.map(toIndex);
  if (ints.length === 1) return new PyRange(0, ints[0], 1);
  const step = ints[2] ?? 1;
  if (step === 0) throw pyError(ValueError, "range() arg 3 must not be zero");
  return new PyRange(ints[0], ints[1], step);
});
TYPE_CONSTRUCTORS.set(ObjectType, (args, kwnames) => {
  if (args.length) throw pyError(TypeError, "object() takes no arguments");
  void kwnames;
  return new PyObject(ObjectType);
});
TYPE_CONSTRUCTORS.set(NoneType, () => None);
TYPE_CONSTRUCTORS.set(StaticMethodType, (args) => new PyStaticMethod(args[0]));
TYPE_CONSTRUCTORS.set(ClassMethodType, (args) => new PyClassMethod(args[0]));
TYPE_CONSTRUCTORS.set(PropertyType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  return new PyProperty(pos[0] ?? kw.get("fget") ?? None, pos[1] ?? kw.get("fset") ?? None, pos[2] ?? kw.get("fdel") ?? None, pos[3] ?? kw.get("doc") ?? None);
});
TYPE_CONSTRUCTORS.set(SliceType, (args) => {
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args[2] ?? None);
});
for (const t of EXCEPTION_TYPES.values()) {
  TYPE_CONSTRUCTORS.set(t, (args, kwnames) => {
    if (kwnames && kwnames.length) throw pyError(TypeError, `${t.name}() takes no keyword arguments`);
    return new PyBaseException(t, args.slice());
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
    const pair = iterateToArray(item);
    if (pair.length !== 2) throw pyError(ValueError, `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    d.set(pair[0], pair[1]);
    i++;
  }
}
import { getitem as getitemRef } from "./abstract.js";

// ---- list methods ------------------------------------------------------------------------------------

defMethod(ListType, "append", (self: PyList, args, kw) => { arity("list.append", args, kw, 1); self.items.push(args[0]); return None; });
defMethod(ListType, "extend", (self: PyList, args, kw) => { arity("list.extend", args, kw, 1); self.items.push(...iterateToArray(args[0])); return None; });
defMethod(ListType, "insert", (self: PyList, args, kw) => {
  arity("insert", args, kw, 2);
  let i = toIndex(args[0]);
  const n = self.items.length;
  if (i < 0) i = Math.max(0, i + n); else if (i > n) i = n;
  self.items.splice(i, 0, args[1]);
  return None;
});
defMethod(ListType, "pop", (self: PyList, args, kw) => {
  arity("pop", args, kw, 0, 1);
  if (!self.items.length) throw pyError(IndexError, "pop from empty list");
  let i = args.length ? toIndex(args[0]) : -1;
  if (i < 0) i += self.items.length;
  if (i < 0 || i >= self.items.length) throw pyError(IndexError, "pop index out of range");
  return self.items.splice(i, 1)[0];
});
defMethod(ListType, "remove", (self: PyList, args, kw) => {
  arity("list.remove", args, kw, 1);
  const i = self.items.findIndex((x) => x === args[0] || eq(x, args[0]));
  if (i < 0) throw pyError(ValueError, "list.remove(x): x not in list");
  self.items.splice(i, 1);
  return None;
});
defMethod(ListType, "index", (self: PyList, args, kw) => {
  arity("index", args, kw, 1, 3);
  const i = self.items.findIndex((x) => x === args[0] || eq(x, args[0]));
  if (i < 0) throw pyError(ValueError, `${repr(args[0])} is not in list`);
  return i;
});
defMethod(ListType, "count", (self: PyList, args, kw) => { arity("count", args, kw, 1); return self.items.filter((x) => x === args[0] || eq(x, args[0])).length; });
defMethod(ListType, "reverse", (self: PyList, args, kw) => { arity("reverse", args, kw, 0); self.items.reverse(); return None; });
defMethod(ListType, "clear", (self: PyList, args, kw) => { arity("clear", args, kw, 0); self.items.length = 0; return None; });
defMethod(ListType, "copy", (self: PyList, args, kw) => { arity("copy", args, kw, 0); return new PyList(self.items.slice()); });
defMethod(ListType, "sort", (self: PyList, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length) throw pyError(TypeError, "sort() takes no positional arguments");
  sortItems(self.items, kw.get("key") ?? None, truthy(kw.get("reverse") ?? false));
  return None;
});

/** Stable sort with Python's < (list.sort: only __lt__ is used). */
export function sortItems(items: PyValue[], key: PyValue, reverse: boolean): void {
  const keys = key === None ? items.slice() : items.map((x) => call(key, [x]));
  const idx = items.map((_, i) => i);
  const lt = (a: PyValue, b: PyValue) => richCompareBool(a, b, Cmp.LT);
  idx.sort((i, j) => {
    if (reverse) { if (lt(keys[i], keys[j])) return 1; if (lt(keys[j], keys[i])) return -1; return i - j; }
    if (lt(keys[i], keys[j])) return -1;
    if (lt(keys[j], keys[i])) return 1;
    return i - j;
  });
  const sorted = idx.map((i) => items[i]);
  for (let i = 0; i < items.length; i++) items[i] = sorted[i];
}

// ---- tuple methods ----

defMethod(TupleType, "index", (self: PyTuple, args, kw) => {
  arity("index", args, kw, 1, 3);
  const i = self.items.findIndex((x) => x === args[0] || eq(x, args[0]));
  if (i < 0) throw pyError(ValueError, "tuple.index(x): x not in tuple");
  return i;
});
defMethod(TupleType, "count", (self: PyTuple, args, kw) => { arity("count", args, kw, 1); return self.items.filter((x) => x === args[0] || eq(x, args[0])).length; });

// ---- dict methods ----

const dictView = (items: PyValue[]) => new PyList(items); // views: simplified as lists for now
defMethod(DictType, "get", (self: PyDict, args, kw) => { arity("get", args, kw, 1, 2); return self.get(args[0]) ?? args[1] ?? None; });
defMethod(DictType, "keys", (self: PyDict) => dictView([...self.entries()].map((e) => e[0])));
defMethod(DictType, "values", (self: PyDict) => dictView([...self.entries()].map((e) => e[1])));
defMethod(DictType, "items", (self: PyDict) => dictView([...self.entries()].map((e) => tuple([e[0], e[1]]))));
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
defMethod(DictType, "update", (self: PyDict, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length) dictUpdate(self, pos[0]);
  for (const [k, v] of kw) self.set(k, v);
  return None;
});
defMethod(DictType, "clear", (self: PyDict) => { self.clear(); return None; });
defMethod(DictType, "copy", (self: PyDict) => { const d = new PyDict(); for (const [k, v] of self.entries()) d.set(k, v); return d; });

// ---- str methods (the common core; the full set comes with the builtin-types work) ----

const S = (v: PyValue, what: string): string => {
  if (typeof v !== "string") throw pyError(TypeError, `${what} must be str, not ${typeName(v)}`);
  return v;
};
defMethod(StrType, "join", (self: string, args, kw) => {
  arity("str.join", args, kw, 1);
  const parts = iterateToArray(args[0]);
  return parts.map((p, i) => {
    if (typeof p !== "string") throw pyError(TypeError, `sequence item ${i}: expected str instance, ${typeName(p)} found`);
    return p;
  }).join(self);
});
defMethod(StrType, "upper", (self: string) => self.toUpperCase());
defMethod(StrType, "lower", (self: string) => self.toLowerCase());
defMethod(StrType, "strip", (self: string, args) => stripChars(self, args[0], true, true));
defMethod(StrType, "lstrip", (self: string, args) => stripChars(self, args[0], true, false));
defMethod(StrType, "rstrip", (self: string, args) => stripChars(self, args[0], false, true));
defMethod(StrType, "startswith", (self: string, args) => {
  const p = args[0];
  if (p instanceof PyTuple) return p.items.some((x) => self.startsWith(S(x, "tuple for startswith")));
  return self.startsWith(S(p, "startswith first arg"));
});
defMethod(StrType, "endswith", (self: string, args) => {
  const p = args[0];
  if (p instanceof PyTuple) return p.items.some((x) => self.endsWith(S(x, "tuple for endswith")));
  return self.endsWith(S(p, "endswith first arg"));
});
defMethod(StrType, "replace", (self: string, args, kw) => {
  arity("replace", args, kw, 2, 3);
  const count = args.length > 2 ? toIndex(args[2]) : -1;
  const a = S(args[0], "replace() argument 1"), b = S(args[1], "replace() argument 2");
  if (count < 0) return self.split(a).join(b);
  let out = self, n = 0, pos = 0;
  while (n < count) {
    const i = out.indexOf(a, pos);
    if (i < 0) break;
    out = out.slice(0, i) + b + out.slice(i + a.length);
    pos = i + b.length + (a === "" ? 1 : 0);
    n++;
  }
  return out;
});
defMethod(StrType, "find", (self: string, args) => self.indexOf(S(args[0], "must be str")));
defMethod(StrType, "split", (self: string, args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  const sep = pos[0] ?? kw.get("sep") ?? None;
  const maxsplit = toIndex(pos[1] ?? kw.get("maxsplit") ?? -1);
  if (sep === None) {
    const parts = self.trim().split(/\s+/).filter((x) => x !== "");
    if (maxsplit < 0 || parts.length <= maxsplit + 1) return new PyList(parts);
    const out: string[] = [];
    let rest = self.replace(/^\s+/, "");
    for (let i = 0; i < maxsplit; i++) {
      const m = /\s+/.exec(rest);
      if (!m) break;
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.index + m[0].length);
    }
    if (rest) out.push(rest);
    return new PyList(out);
  }
  const s = S(sep, "must be str or None");
  if (s === "") throw pyError(ValueError, "empty separator");
  const parts = self.split(s);
  if (maxsplit < 0 || parts.length <= maxsplit + 1) return new PyList(parts);
  return new PyList([...parts.slice(0, maxsplit), parts.slice(maxsplit).join(s)]);
});
defMethod(StrType, "count", (self: string, args) => {
  const sub = S(args[0], "must be str");
  if (sub === "") return len(self) + 1;
  return self.split(sub).length - 1;
});
defMethod(StrType, "isdigit", (self: string) => self.length > 0 && /^\p{Nd}+$/u.test(self));
defMethod(StrType, "isalpha", (self: string) => self.length > 0 && /^\p{L}+$/u.test(self));
defMethod(StrType, "isspace", (self: string) => self.length > 0 && /^\s+$/u.test(self));
defMethod(StrType, "title", (self: string) => self.toLowerCase().replace(/(^|[^\p{L}])(\p{L})/gu, (_, a, b) => a + b.toUpperCase()));
defMethod(StrType, "capitalize", (self: string) => self.charAt(0).toUpperCase() + self.slice(1).toLowerCase());
defMethod(StrType, "format", (self: string, args, kwnames) => strFormat(self, args, kwnames));
defMethod(StrType, "zfill", (self: string, args) => {
  const w = toIndex(args[0]);
  if (self.length >= w) return self;
  const sign = self[0] === "-" || self[0] === "+" ? self[0] : "";
  return sign + "0".repeat(w - self.length) + self.slice(sign.length);
});
defMethod(StrType, "center", (self: string, args) => {
  const w = toIndex(args[0]), fill = args[1] === undefined ? " " : S(args[1], "fill");
  const n = len(self);
  if (n >= w) return self;
  const marg = w - n, left = Math.floor(marg / 2) + (marg & w & 1);
  return fill.repeat(left) + self + fill.repeat(marg - left);
});
defMethod(StrType, "ljust", (self: string, args) => { const w = toIndex(args[0]); return self + (args[1] === undefined ? " " : S(args[1], "fill")).repeat(Math.max(0, w - len(self))); });
defMethod(StrType, "rjust", (self: string, args) => { const w = toIndex(args[0]); return (args[1] === undefined ? " " : S(args[1], "fill")).repeat(Math.max(0, w - len(self))) + self; });

function stripChars(s: string, chars: PyValue | undefined, left: boolean, right: boolean): string {
  if (chars === undefined || chars === None) {
    return left && right ? s.replace(/^\s+|\s+$/g, "") : left ? s.replace(/^\s+/, "") : s.replace(/\s+$/, "");
  }
  const set = new Set(Array.from(S(chars, "strip arg")));
  const cps = Array.from(s);
  let i = 0, j = cps.length;
  if (left) while (i < j && set.has(cps[i])) i++;
  if (right) while (j > i && set.has(cps[j - 1])) j--;
  return cps.slice(i, j).join("");
}

/** str.format with positional/keyword fields and format specs (simplified field_name grammar). */
export function strFormat(fmt: string, args: PyValue[], kwnames: readonly string[] | null): string {
  const [pos, kw] = splitKw(args, kwnames);
  let auto = 0;
  return fmt.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::((?:\{[^{}]*\}|[^{}])*))?\}/g, (m, field: string | undefined, conv: string | undefined, spec: string | undefined) => {
    if (m === "{{") return "{";
    if (m === "}}") return "}";
    let v: PyValue;
    const f = field ?? "";
    const [head, ...rest] = f.split(".");
    if (head === "") v = pos[auto++];
    else if (/^\d+$/.test(head)) v = pos[Number(head)];
    else {
      const x = kw.get(head);
      if (x === undefined) throw new PyBaseException(KeyError, [head]);
      v = x;
    }
    if (v === undefined) throw pyError(IndexError, `Replacement index ${head === "" ? auto - 1 : head} out of range for positional args tuple`);
    for (const attr of rest) v = getattrRef(v, attr);
    if (conv === "r") v = repr(v); else if (conv === "s") v = str(v); else if (conv === "a") v = repr(v);
    return formatValue(v, spec ?? "");
  });
}
import { getattr as getattrRef } from "./abstract.js";
import { formatValue } from "./format.js";
void contains; void hash; void next; void iter; void PyInstance; void TypeType;
