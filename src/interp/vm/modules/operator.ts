// The _operator module (CPython 3.14: Modules/_operator.c, Modules/clinic/_operator.c.h): the
// operator functions over the abstract protocols, itemgetter, attrgetter, methodcaller (with
// CPython's reprs) and _compare_digest.
import { None, NotImplemented, PyObject, type PyValue } from "../../objects/object.js";
import {
  binaryOp, call, Cmp, contains, delitem, getattr, getitem, inplaceOp, invert, iter, len, Nb, negative, positive, repr,
  reprEnter, reprLeave, richCompare, setitem, truthy, typeName, callMethod, eq, isInt, binaryTypeError, defMethod,
} from "../../objects/abstract.js";
import { PyList, PyTuple, tuple } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { float, normBig, PyFloat } from "../../objects/numbers.js";
import { toIndexInt } from "../../objects/int.js";
import { ssizeArg } from "../../objects/args.js";
import { bufferOf } from "../../objects/bytes.js";
import { methNoArgs, noKw, positional, power } from "../builtins.js";
import { defFn, defNew, iterNext, nativeType, typeOf } from "./native.js";

// ---- helpers with CPython's behaviour ------------------------------------------------------------------

/** PyNumber_Absolute */
function absolute(v: PyValue): PyValue {
  if (typeof v === "number") return Math.abs(v);
  if (typeof v === "bigint") return normBig(v < 0n ? -v : v);
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return float(Math.abs(v.value));
  const m = typeOf(v).lookup("__abs__");
  if (m !== undefined) return callMethod(m, v, []);
  throw pyError(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
}
const SQ_CONCAT = new Set(["str", "list", "tuple", "bytes", "bytearray", "collections.deque"]);
const hasSqConcat = (v: PyValue): boolean => typeOf(v).mro.some((t) => !t.heap && SQ_CONCAT.has(t.name));
/** PySequence_Check: __getitem__ and not a dict */
const isSequence = (v: PyValue): boolean => typeof v === "string" || (typeOf(v).lookup("__getitem__") !== undefined && !typeOf(v).mro.some((t) => t.name === "dict" && !t.heap));
/** PySequence_Concat / PySequence_InPlaceConcat */
function concat(a: PyValue, b: PyValue, inplace: boolean): PyValue {
  if (hasSqConcat(a)) return inplace ? inplaceOp(a, b, Nb.ADD) : binaryOp(a, b, Nb.ADD);
  if (isSequence(a) && isSequence(b)) {
    try {
      return inplace ? inplaceOp(a, b, Nb.ADD) : binaryOp(a, b, Nb.ADD);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type === TypeError && String(e.args[0]).startsWith("unsupported operand"))) throw e;
    }
  }
  throw pyError(TypeError, `'${typeName(a)}' object can't be concatenated`);
}
/** _PySequence_IterSearch for countOf / indexOf */
function iterSearch(seq: PyValue, item: PyValue, count: boolean): PyValue {
  let it: PyValue;
  try {
    it = iter(seq);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw pyError(TypeError, `argument of type '${typeName(seq)}' is not iterable`);
    throw e;
  }
  let n = 0;
  for (let i = 0, v = iterNext(it); v !== undefined; i++, v = iterNext(it)) {
    if (v === item || eq(v, item)) {
      if (!count) return i;
      n++;
    }
  }
  if (!count) throw pyError(ValueError, "sequence.index(x): x not in sequence");
  return n;
}
/** PyObject_LengthHint */
function lengthHint(obj: PyValue, dflt: number): number {
  const t = typeOf(obj);
  if (t.lookup("__len__") !== undefined || t.slots.len !== undefined || obj instanceof PyList || obj instanceof PyTuple || typeof obj === "string") {
    try {
      return len(obj);
    } catch (e) {
      if (!(e instanceof PyBaseException && e.type.isSubtype(TypeError))) throw e;
    }
  }
  const hint = t.lookup("__length_hint__");
  if (hint === undefined) return dflt;
  let r: PyValue;
  try {
    r = callMethod(hint, obj, []);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) return dflt;
    throw e;
  }
  if (r === NotImplemented) return dflt;
  if (!isInt(r) && typeof r !== "boolean") throw pyError(TypeError, `__length_hint__ must be an integer, not ${typeName(r)}`);
  const n = ssizeArg(r);
  if (n < 0) throw pyError(ValueError, "__length_hint__() should return >= 0");
  return n;
}

// ---- itemgetter, attrgetter, methodcaller -------------------------------------------------------------------

const ItemGetterType = nativeType("operator.itemgetter", undefined, { baseType: false });
const AttrGetterType = nativeType("operator.attrgetter", undefined, { baseType: false });
const MethodCallerType = nativeType("operator.methodcaller", undefined, { baseType: false });
class PyGetter extends PyObject {
  constructor(type: typeof ItemGetterType, readonly items: PyValue[]) {
    super(type);
  }
}
class PyMethodCaller extends PyObject {
  constructor(readonly name: string, readonly args: PyValue[], readonly kwnames: string[]) {
    super(MethodCallerType);
  }
}
/** The single positional argument of a getter's call (itemgetter_call & co.) */
function oneCallArg(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKw(name, kwnames);
  if (args.length !== 1) throw pyError(TypeError, `${name} expected 1 argument, got ${args.length}`);
  return args[0];
}
function getterRepr(o: PyObject, inner: () => string): string {
  if (!reprEnter(o)) return `${o.type.name}(...)`;
  try { return `${o.type.name}(${inner()})`; } finally { reprLeave(); }
}
// CPython: itemgetter_new, itemgetter_call, itemgetter_repr
defNew(ItemGetterType, (_cls, args, kw) => {
  noKw("itemgetter", kw);
  if (args.length < 1) throw pyError(TypeError, `itemgetter expected 1 argument, got 0`);
  return new PyGetter(ItemGetterType, args.slice());
});
ItemGetterType.slots.call = (g: PyGetter, args, kw) => {
  const obj = oneCallArg("itemgetter", args, kw);
  if (g.items.length === 1) return getitem(obj, g.items[0]);
  return tuple(g.items.map((k) => getitem(obj, k)));
};
ItemGetterType.slots.repr = (g: PyGetter) => getterRepr(g, () => g.items.map(repr).join(", "));
// CPython: attrgetter_new (dotted names), attrgetter_call, attrgetter_repr
defNew(AttrGetterType, (_cls, args, kw) => {
  noKw("attrgetter", kw);
  if (args.length < 1) throw pyError(TypeError, `attrgetter expected 1 argument, got 0`);
  for (const a of args) if (typeof a !== "string") throw pyError(TypeError, "attribute name must be a string");
  return new PyGetter(AttrGetterType, args.slice());
});
const dotted = (obj: PyValue, name: string): PyValue => name.split(".").reduce((o, part) => getattr(o, part), obj);
AttrGetterType.slots.call = (g: PyGetter, args, kw) => {
  const obj = oneCallArg("attrgetter", args, kw);
  if (g.items.length === 1) return dotted(obj, g.items[0] as string);
  return tuple(g.items.map((n) => dotted(obj, n as string)));
};
AttrGetterType.slots.repr = (g: PyGetter) => getterRepr(g, () => g.items.map(repr).join(", "));
// CPython: methodcaller_new, methodcaller_call, methodcaller_repr
defNew(MethodCallerType, (_cls, args, kw) => {
  const nkw = kw ? kw.length : 0;
  const npos = args.length - nkw;
  if (npos < 1) throw pyError(TypeError, "methodcaller needs at least one argument, the method name");
  if (typeof args[0] !== "string") throw pyError(TypeError, "method name must be a string");
  return new PyMethodCaller(args[0], args.slice(1), kw ? kw.slice() : []);
});
MethodCallerType.slots.call = (m: PyMethodCaller, args, kw) => {
  const obj = oneCallArg("methodcaller", args, kw);
  return call(getattr(obj, m.name), m.args, m.kwnames.length ? m.kwnames : null);
};
MethodCallerType.slots.repr = (m: PyMethodCaller) => getterRepr(m, () => {
  const npos = m.args.length - m.kwnames.length;
  const parts = [repr(m.name), ...m.args.slice(0, npos).map(repr), ...m.kwnames.map((k, i) => `${k}=${repr(m.args[npos + i])}`)];
  return parts.join(", ");
});

// the __reduce__ of the three (itemgetter_reduce, attrgetter_reduce, methodcaller_reduce)
defMethod(ItemGetterType, "__reduce__", (g: PyGetter, args, kw) => { methNoArgs("itemgetter.__reduce__", args, kw); return tuple([g.type, tuple(g.items)]); });
defMethod(AttrGetterType, "__reduce__", (g: PyGetter, args, kw) => { methNoArgs("attrgetter.__reduce__", args, kw); return tuple([g.type, tuple(g.items)]); });
defMethod(MethodCallerType, "__reduce__", (m: PyMethodCaller, args, kw) => {
  methNoArgs("methodcaller.__reduce__", args, kw);
  const npos = m.args.length - m.kwnames.length;
  if (m.kwnames.length === 0) return tuple([m.type, tuple([m.name, ...m.args])]);
  const partial = partialType();
  const ctor = call(partial, [m.type, m.name, ...m.args.slice(npos)], m.kwnames);
  return tuple([ctor, tuple(m.args.slice(0, npos))]);
});
import { PartialType } from "./functools.js";
const partialType = () => PartialType;

// ---- _compare_digest(a, b) ---------------------------------------------------------------------------------

// CPython: _operator__compare_digest_impl (str: ASCII only; otherwise the buffer protocol)
function compareDigest(a: PyValue, b: PyValue): boolean {
  if (typeof a === "string" && typeof b === "string") {
    if (/[^\x00-\x7f]/.test(a) || /[^\x00-\x7f]/.test(b)) throw pyError(TypeError, "comparing strings with non-ASCII characters is not supported");
    return a === b;
  }
  const x = bufferOf(a), y = bufferOf(b);
  if (x === null && y === null) throw pyError(TypeError, `unsupported operand types(s) or combination of types: '${typeName(a)}' and '${typeName(b)}'`);
  if (x === null) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(a)}'`);
  if (y === null) throw pyError(TypeError, `a bytes-like object is required, not '${typeName(b)}'`);
  let diff = x.length ^ y.length;
  for (let i = 0; i < y.length; i++) diff |= (x[i % Math.max(1, x.length)] ?? 0) ^ y[i];
  return diff === 0 && x.length === y.length;
}

// ---- the module ------------------------------------------------------------------------------------------------

export function makeOperator(): PyModule {
  const m = new PyModule("_operator");
  m.dict.set("__doc__", "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.");
  // METH_O functions: "_operator.NAME() takes exactly one argument"; two-argument ones: "NAME expected 2 arguments"
  const f1 = (name: string, fn: (a: PyValue) => PyValue) => defFn(m, name, (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `_operator.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw pyError(TypeError, `_operator.${name}() takes exactly one argument (${args.length} given)`);
    return fn(args[0]);
  });
  const f2 = (name: string, fn: (a: PyValue, b: PyValue) => PyValue) => defFn(m, name, (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `_operator.${name}() takes no keyword arguments`);
    positional(name, args, null, 2, 2);
    return fn(args[0], args[1]);
  });
  const cmps: [string, Cmp][] = [["lt", Cmp.LT], ["le", Cmp.LE], ["eq", Cmp.EQ], ["ne", Cmp.NE], ["ge", Cmp.GE], ["gt", Cmp.GT]];
  for (const [name, op] of cmps) f2(name, (a, b) => richCompare(a, b, op));
  f1("not_", (a) => !truthy(a));
  f1("truth", (a) => truthy(a));
  f2("is_", (a, b) => a === b);
  f2("is_not", (a, b) => a !== b);
  f1("is_none", (a) => a === None);
  f1("is_not_none", (a) => a !== None);
  f1("abs", absolute);
  f1("index", (a) => toIndexInt(a));
  f1("inv", invert);
  f1("invert", invert);
  f1("neg", negative);
  f1("pos", positive);
  const bins: [string, Nb][] = [["add", Nb.ADD], ["and_", Nb.AND], ["floordiv", Nb.FLOOR_DIVIDE], ["lshift", Nb.LSHIFT],
    ["mod", Nb.REMAINDER], ["mul", Nb.MULTIPLY], ["matmul", Nb.MATRIX_MULTIPLY], ["or_", Nb.OR], ["rshift", Nb.RSHIFT],
    ["sub", Nb.SUBTRACT], ["truediv", Nb.TRUE_DIVIDE], ["xor", Nb.XOR]];
  for (const [name, op] of bins) {
    f2(name, (a, b) => binaryOp(a, b, op));
    f2("i" + name.replace(/_$/, ""), (a, b) => inplaceOp(a, b, op));
  }
  f2("pow", (a, b) => power(a, b, None));
  f2("ipow", (a, b) => {
    try {
      return inplaceOp(a, b, Nb.POWER);
    } catch (e) {
      if (e instanceof PyBaseException && e.type === TypeError && String(e.args[0]).startsWith("unsupported operand type(s) for **=")) {
        throw binaryTypeError(a, b, "**=");
      }
      throw e;
    }
  });
  f2("concat", (a, b) => concat(a, b, false));
  f2("iconcat", (a, b) => concat(a, b, true));
  f2("contains", (a, b) => contains(a, b));
  f2("countOf", (a, b) => iterSearch(a, b, true));
  f2("indexOf", (a, b) => iterSearch(a, b, false));
  f2("getitem", (a, b) => getitem(a, b));
  f2("delitem", (a, b) => { delitem(a, b); return None; });
  defFn(m, "setitem", (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, "_operator.setitem() takes no keyword arguments");
    positional("setitem", args, null, 3, 3);
    setitem(args[0], args[1], args[2]);
    return None;
  });
  defFn(m, "length_hint", (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, "_operator.length_hint() takes no keyword arguments");
    positional("length_hint", args, null, 1, 2);
    const d = args.length > 1 ? args[1] : 0;
    if (!isInt(d) && typeof d !== "boolean") throw pyError(TypeError, `'${typeName(d)}' object cannot be interpreted as an integer`);
    return lengthHint(args[0], ssizeArg(d));
  });
  defFn(m, "call", (args, kw) => {
    const npos = args.length - (kw ? kw.length : 0);
    if (npos < 1) throw pyError(TypeError, `call expected at least 1 argument, got ${npos}`);
    return call(args[0], args.slice(1), kw);
  });
  defFn(m, "_compare_digest", (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, "_compare_digest() takes no keyword arguments");
    positional("_compare_digest", args, null, 2, 2);
    return compareDigest(args[0], args[1]);
  });
  for (const t of [ItemGetterType, AttrGetterType, MethodCallerType]) m.dict.set(t.qualname, t);
  return m;
}
