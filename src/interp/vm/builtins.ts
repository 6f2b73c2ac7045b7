// The builtins module (CPython: Python/bltinmodule.c). This first cut has the functions a small
// program needs; the rest of CPython 3.14's builtins come with the builtin-types work (issue 3).
import { BoolType, FloatType, IntType, None, NotImplemented, Ellipsis, ObjectType, PyObject, PyType, StrType, TypeType, typeOf, type PyValue } from "../objects/object.js";
import {
  call, getattr, getattrOrUndefined, hash, isInt, iter, iterateToArray, len, next, repr, setattr, str, truthy, typeName,
  richCompareBool, Cmp, StaticMethodType, ClassMethodType, PropertyType, PyInstance, delattr, SliceType, binaryOp,
} from "../objects/abstract.js";
import { DictType, ListType, PyDict, PyList, PyTuple, RangeType, TupleType, tuple, SetType, FrozenSetType } from "../objects/containers.js";
import { EXCEPTION_TYPES, pyError, TypeError, ValueError, StopIteration, PyBaseException } from "../objects/exceptions.js";
import { PyBuiltin, PyFunction, PyModule, type NativeFn } from "../objects/functions.js";
import { PyFloat, float, normBig } from "../objects/numbers.js";
import { arity, sortItems, splitKw } from "../objects/typeslots.js";
import { formatValue } from "../objects/format.js";
import { ascii, Frame, runFrame } from "./eval.js";
import type { CodeObject } from "../compile/code.js";
import "../objects/typeslots.js";
import "../objects/set.js";
import { PyGenerator } from "../objects/generators.js";

export interface Host {
  write(stream: "stdout" | "stderr", text: string): void;
}

export function makeBuiltins(host: Host): PyModule {
  const mod = new PyModule("builtins");
  const d = mod.dict;
  const def = (name: string, fn: NativeFn) => d.set(name, new PyBuiltin(name, fn, mod));

  for (const t of [ObjectType, TypeType, IntType, BoolType, FloatType, StrType, ListType, TupleType, DictType, RangeType,
    StaticMethodType, ClassMethodType, PropertyType, SliceType, SetType, FrozenSetType]) d.set(t.name, t);
  for (const [name, t] of EXCEPTION_TYPES) d.set(name, t);
  d.set("None", None);
  d.set("Ellipsis", Ellipsis);
  d.set("NotImplemented", NotImplemented);
  d.set("__name__", "builtins");

  def("print", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const sep = kw.get("sep") ?? None, end = kw.get("end") ?? None;
    const sepS = sep === None ? " " : sep, endS = end === None ? "\n" : end;
    if (typeof sepS !== "string") throw pyError(TypeError, `sep must be None or a string, not ${typeName(sepS)}`);
    if (typeof endS !== "string") throw pyError(TypeError, `end must be None or a string, not ${typeName(endS)}`);
    const file = kw.get("file");
    const text = pos.map(str).join(sepS) + endS;
    if (file === undefined || file === None) host.write("stdout", text);
    else call(getattr(file, "write"), [text]);
    return None;
  });
  def("len", (args, kw) => { arity("len", args, kw, 1); return len(args[0]); });
  def("repr", (args, kw) => { arity("repr", args, kw, 1); return repr(args[0]); });
  def("ascii", (args, kw) => { arity("ascii", args, kw, 1); return ascii(args[0]); });
  def("hash", (args, kw) => { arity("hash", args, kw, 1); return hash(args[0]); });
  def("id", (args, kw) => { arity("id", args, kw, 1); return idOf(args[0]); });
  def("abs", (args, kw) => {
    arity("abs", args, kw, 1);
    const v = args[0];
    if (typeof v === "number") return Math.abs(v);
    if (typeof v === "bigint") return normBig(v < 0n ? -v : v);
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v instanceof PyFloat) return float(Math.abs(v.value));
    const m = typeOf(v).lookup("__abs__");
    if (m !== undefined) return call(getattr(v, "__abs__"), []);
    throw pyError(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  });
  def("isinstance", (args, kw) => { arity("isinstance", args, kw, 2); return isinstance(args[0], args[1]); });
  def("issubclass", (args, kw) => {
    arity("issubclass", args, kw, 2);
    if (!(args[0] instanceof PyType)) throw pyError(TypeError, "issubclass() arg 1 must be a class");
    return classInfo(args[1], "issubclass").some((t) => (args[0] as PyType).isSubtype(t));
  });
  def("callable", (args, kw) => {
    arity("callable", args, kw, 1);
    const v = args[0];
    return v instanceof PyBuiltin || v instanceof PyFunction || v instanceof PyType || typeOf(v).lookup("__call__") !== undefined || typeOf(v).name === "method";
  });
  def("getattr", (args, kw) => {
    arity("getattr", args, kw, 2, 3);
    if (typeof args[1] !== "string") throw pyError(TypeError, `attribute name must be string, not '${typeName(args[1])}'`);
    if (args.length === 3) {
      try { return getattr(args[0], args[1]); } catch (e) { if (e instanceof PyBaseException && e.type.name === "AttributeError") return args[2]; throw e; }
    }
    return getattr(args[0], args[1]);
  });
  def("setattr", (args, kw) => { arity("setattr", args, kw, 3); setattr(args[0], args[1] as string, args[2]); return None; });
  def("delattr", (args, kw) => { arity("delattr", args, kw, 2); delattr(args[0], args[1] as string); return None; });
  def("hasattr", (args, kw) => {
    arity("hasattr", args, kw, 2);
    try { return getattrOrUndefined(args[0], args[1] as string) !== undefined; } catch (e) { if (e instanceof PyBaseException && e.type.name === "AttributeError") return false; throw e; }
  });
  def("iter", (args, kw) => { arity("iter", args, kw, 1, 2); return iter(args[0]); });
  def("next", (args, kw) => {
    arity("next", args, kw, 1, 2);
    if (args[0] instanceof PyGenerator && args.length === 1) return args[0].send(None); // StopIteration carries the return value
    const v = next(args[0]);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw new PyBaseException(StopIteration, []);
  });
  def("min", (args, kwnames) => minmax(args, kwnames, "min", Cmp.LT));
  def("max", (args, kwnames) => minmax(args, kwnames, "max", Cmp.GT));
  def("sum", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    let acc: PyValue = pos[1] ?? kw.get("start") ?? 0;
    if (typeof acc === "string") throw pyError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
    for (const x of iterateToArray(pos[0])) acc = binaryOp(acc, x, 0);
    return acc;
  });
  def("sorted", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length !== 1) throw pyError(TypeError, `sorted expected 1 argument, got ${pos.length}`);
    const items = iterateToArray(pos[0]);
    sortItems(items, kw.get("key") ?? None, truthy(kw.get("reverse") ?? false));
    return new PyList(items);
  });
  def("reversed", (args, kw) => {
    arity("reversed", args, kw, 1);
    return iter(new PyList(iterateToArray(args[0]).reverse()));
  });
  def("enumerate", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const it = iter(pos[0]);
    let i = Number(pos[1] ?? kw.get("start") ?? 0);
    return makeIterator("enumerate", () => {
      const v = next(it);
      return v === undefined ? undefined : tuple([i++, v]);
    });
  });
  def("zip", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    const strict = truthy(kw.get("strict") ?? false);
    const its = pos.map(iter);
    return makeIterator("zip", () => {
      if (!its.length) return undefined;
      const row: PyValue[] = [];
      for (let k = 0; k < its.length; k++) {
        const v = next(its[k]);
        if (v === undefined) {
          if (strict && (k > 0 || its.slice(1).some((o) => next(o) !== undefined))) {
            throw pyError(ValueError, k > 0 ? `zip() argument ${k + 1} is shorter than argument${k > 1 ? "s 1-" + k : " 1"}` : `zip() argument 2 is longer than argument 1`);
          }
          return undefined;
        }
        row.push(v);
      }
      return tuple(row);
    });
  });
  def("map", (args) => {
    const fn = args[0];
    const its = args.slice(1).map(iter);
    return makeIterator("map", () => {
      const row: PyValue[] = [];
      for (const it of its) { const v = next(it); if (v === undefined) return undefined; row.push(v); }
      return call(fn, row);
    });
  });
  def("filter", (args) => {
    const fn = args[0];
    const it = iter(args[1]);
    return makeIterator("filter", () => {
      for (;;) {
        const v = next(it);
        if (v === undefined) return undefined;
        if (fn === None ? truthy(v) : truthy(call(fn, [v]))) return v;
      }
    });
  });
  def("any", (args, kw) => { arity("any", args, kw, 1); const it = iter(args[0]); for (let v = next(it); v !== undefined; v = next(it)) if (truthy(v)) return true; return false; });
  def("all", (args, kw) => { arity("all", args, kw, 1); const it = iter(args[0]); for (let v = next(it); v !== undefined; v = next(it)) if (!truthy(v)) return false; return true; });
  def("chr", (args, kw) => { arity("chr", args, kw, 1); return String.fromCodePoint(Number(args[0])); });
  def("ord", (args, kw) => {
    arity("ord", args, kw, 1);
    const s = args[0];
    if (typeof s !== "string") throw pyError(TypeError, `ord() expected string of length 1, but ${typeName(s)} found`);
    const cps = Array.from(s);
    if (cps.length !== 1) throw pyError(TypeError, `ord() expected a character, but string of length ${cps.length} found`);
    return cps[0].codePointAt(0)!;
  });
  def("divmod", (args, kw) => { arity("divmod", args, kw, 2); return tuple([binaryOp(args[0], args[1], 2), binaryOp(args[0], args[1], 6)]); });
  def("pow", (args, kw) => { arity("pow", args, kw, 2, 3); return binaryOp(args[0], args[1], 8); });
  def("round", (args, kwnames) => {
    const [pos] = splitKw(args, kwnames);
    const x = pos[0], nd = pos[1];
    if (isInt(x) || typeof x === "boolean") return nd === undefined || nd === None ? (typeof x === "boolean" ? +x : x) : x;
    if (x instanceof PyFloat) {
      if (nd === undefined || nd === None) {
        const r = roundHalfEven(x.value);
        if (!Number.isFinite(r)) throw pyError(ValueError, "cannot convert float NaN to integer");
        return Number.isSafeInteger(r) ? r : normBig(BigInt(r));
      }
      const n = Number(nd);
      const m = Number(x.value.toFixed(Math.max(0, Math.min(100, n))));
      return float(n >= 0 ? roundDecimal(x.value, n) : m);
    }
    const m = typeOf(x).lookup("__round__");
    if (m !== undefined) return call(getattr(x, "__round__"), nd === undefined ? [] : [nd]);
    throw pyError(TypeError, `type ${typeName(x)} doesn't define __round__ method`);
  });
  def("format", (args, kw) => { arity("format", args, kw, 1, 2); return formatValue(args[0], (args[1] as string) ?? ""); });
  def("vars", (args) => {
    const o = args[0];
    if (o instanceof PyObject && o.dict) return o.dict;
    throw pyError(TypeError, "vars() argument must have __dict__ attribute");
  });
  def("__build_class__", (args, kwnames) => buildClass(args, kwnames));
  return mod;
}

function roundHalfEven(x: number): number {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}

function roundDecimal(x: number, n: number): number {
  // correctly rounded via the shortest repr digits (CPython uses dtoa with mode 3)
  const s = x.toFixed(Math.min(100, n + 2));
  const exact = Number(x.toPrecision(17));
  void exact;
  const m = Math.pow(10, n);
  const y = roundHalfEven(x * m) / m;
  return Number.isFinite(y) ? y : Number(s);
}

function classInfo(v: PyValue, fn: string): PyType[] {
  if (v instanceof PyType) return [v];
  if (v instanceof PyTuple) return v.items.flatMap((x) => classInfo(x, fn));
  throw pyError(TypeError, `${fn}() arg 2 must be a type, a tuple of types, or a union`);
}

function isinstance(v: PyValue, t: PyValue): boolean {
  const vt = typeOf(v);
  return classInfo(t, "isinstance").some((c) => vt.isSubtype(c));
}

function minmax(args: PyValue[], kwnames: readonly string[] | null, name: string, op: Cmp): PyValue {
  const [pos, kw] = splitKw(args, kwnames);
  const key = kw.get("key") ?? None;
  const dflt = kw.get("default");
  const items = pos.length === 1 ? iterateToArray(pos[0]) : pos;
  if (pos.length === 0) throw pyError(TypeError, `${name} expected at least 1 argument, got 0`);
  if (!items.length) {
    if (dflt !== undefined) return dflt;
    throw pyError(ValueError, `${name}() iterable argument is empty`);
  }
  let best = items[0];
  let bestKey = key === None ? best : call(key, [best]);
  for (let i = 1; i < items.length; i++) {
    const k = key === None ? items[i] : call(key, [items[i]]);
    if (richCompareBool(k, bestKey, op)) { best = items[i]; bestKey = k; }
  }
  return best;
}

const IteratorType = new PyType(TypeType, "iterator", [ObjectType]);
const iteratorTypes = new Map<string, PyType>();
import { PyNativeIterator } from "../objects/abstract.js";
function makeIterator(name: string, nextFn: () => PyValue | undefined): PyValue {
  let t = iteratorTypes.get(name);
  if (!t) { t = new PyType(TypeType, name, [ObjectType]); iteratorTypes.set(name, t); }
  return new PyNativeIterator(t, nextFn);
}
void IteratorType;

const ids = new WeakMap<object, number>();
let nextId = 140000000000000;
function idOf(v: PyValue): PyValue {
  if (typeof v !== "object") return hash(v);
  let i = ids.get(v);
  if (i === undefined) { i = nextId; nextId += 16; ids.set(v, i); }
  return i;
}

/** __build_class__(func, name, *bases, metaclass=..., **kwds) (bltinmodule.c builtin___build_class__) */
function buildClass(args: PyValue[], kwnames: readonly string[] | null): PyValue {
  const [pos, kw] = splitKw(args, kwnames);
  const func = pos[0] as PyFunction;
  const name = pos[1] as string;
  const bases = pos.slice(2) as PyType[];
  for (const b of bases) if (!(b instanceof PyType)) throw pyError(TypeError, `bases must be types`);
  for (const b of bases) if (!b.baseType) throw pyError(TypeError, `type '${b.name}' is not an acceptable base type`);
  const ns = new PyDict();
  const frame = new Frame(func.code as CodeObject, func.globals, (func.globals.get("__builtins__") as PyDict) ?? new PyDict(), ns, func);
  if (func.closure) {
    const base = frame.code.nlocalsplus - func.closure.length;
    func.closure.forEach((c, i) => { frame.fast[base + i] = c; });
  }
  const cell = runFrame(frame);
  const nsMap = new Map<string, PyValue>();
  for (const [k, v] of ns.entries()) nsMap.set(k as string, v);
  const meta = (kw.get("metaclass") as PyType | undefined) ?? TypeType;
  void meta;
  const t = new PyType(TypeType, name, bases.length ? bases : [ObjectType], nsMap, true, (nsMap.get("__module__") as string) ?? "__main__");
  t.qualname = (nsMap.get("__qualname__") as string) ?? name;
  for (const [k, v] of nsMap) {
    if (k === "__init_subclass__" || k === "__class_getitem__") {
      if (v instanceof PyFunction) nsMap.set(k, new (ClassMethodCtor())(v));
    }
  }
  if (cell && typeof cell === "object" && "value" in (cell as object)) (cell as unknown as { value: PyValue }).value = t;
  bumpTypeVersion();
  return t;
}
import { bumpTypeVersion } from "../objects/object.js";
import { PyClassMethod } from "../objects/abstract.js";
const ClassMethodCtor = () => PyClassMethod;
void PyInstance;
