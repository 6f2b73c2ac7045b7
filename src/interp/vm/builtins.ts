// The builtins module (CPython 3.14: Python/bltinmodule.c, Objects/enumobject.c, Objects/iterobject.c,
// Python/clinic/bltinmodule.c.h for the argument handling and its messages).
//
// Every builtin function that needs no import system: abs ... zip, with enumerate, filter, map,
// reversed and zip as types, as in CPython; open is _io.open; print and input use sys.stdout,
// sys.stdin and sys.stderr as they are at the time of the call. Not here: compile, eval, exec,
// __import__, breakpoint, help.
import { nativeCheck, nativeTick } from "../objects/interrupt.js";
import { PyUnion } from "../objects/union.js";
import { PyGenericAlias } from "../objects/genericalias.js";
import { MemoryViewType } from "../objects/memoryview.js";
import { ComplexType } from "../objects/complex.js";
import { bufferOf, ByteArrayType, BytesType, PyByteArray, PyBytesObject } from "../objects/bytes.js";
import {
  BoolType, Ellipsis, FloatType, IntType, None, NotImplemented, ObjectType, PyObject, PyType, StrType, TypeType, typeOf,
  type PyValue,
} from "../objects/object.js";
import {
  call, callMethod, Cmp, ClassMethodType, defMethod, delattr, DictKeyIteratorType, getattr, getattrOrUndefined, getitem,
  hash, iter, IteratorType, len, ListIteratorType, next, PropertyType, PyMethodDescr,
  PyNativeIterator, PyStaticMethod, RangeIteratorType, repr, richCompareBool, setattr, SliceType, StaticMethodType, str,
  StrIteratorType, TupleIteratorType, TYPE_CONSTRUCTORS, truthy, typeName, tpName, binaryOp, Nb,
} from "../objects/abstract.js";
import {
  DictType, FrozenSetType, ListType, PyDict, PyList, PyRange, PyTuple, RangeType, SetType, TupleType, tuple,
} from "../objects/containers.js";
import {
  AttributeError, EXCEPTION_TYPES, PyBaseException, pyError, StopIteration, TypeError, ValueError,
} from "../objects/exceptions.js";
import { PyBuiltin, PyFunction, PyMethod, PyModule, type NativeFn } from "../objects/functions.js";
import {
  float, floatDivmod, intDivmod, intPowMod, intToFloat, normBig, PyFloat, type PyInt,
} from "../objects/numbers.js";
import { sortItems } from "../objects/typeslots.js";
import { formatValue } from "../objects/format.js";
import { floatValue, intValue, toIndexInt } from "../objects/int.js";
import "../objects/float.js";
import "../objects/moduleobject.js";
import "../objects/objectmethods.js";
import "../objects/set.js";
import { asciiRepr } from "../objects/str.js";
import { currentGlobals, currentLocals, evalBreaker } from "./eval.js";
import { PyGenerator } from "../objects/generators.js";
import { SuperType } from "./super.js";
import { buildClass } from "./classes.js";
import type { FdTable } from "./fdtable.js";
import { OPEN } from "./modules/io/module.js";
import "../objects/oserror.js";
import { FunctionType as FunctionTypeRef, BuiltinFunctionType as BuiltinFunctionTypeRef } from "../objects/functions.js";
import { installExecBuiltins } from "./exec.js";
import { installSiteBuiltins } from "./sitebuiltins.js";
import { PyTypeDictProxy } from "../objects/mappingproxy.js";
import { anextWithDefault } from "../objects/asyncgen.js";

/**
 * What the interpreter needs from its host. Every file-system and standard-stream access goes
 * through `fds` (Python file descriptors over a HostFS and the embedder's stdio; see fdtable.ts).
 */
export interface Host {
  /** the embedder's output sinks (what fds 1 and 2 end in) */
  write(stream: "stdout" | "stderr", text: string): void;
  fds: FdTable;
  /** an attribute of this interpreter's sys module (stdout, stdin, stderr), undefined when unset */
  sysAttr(name: string): PyValue | undefined;
  /** the process environment posix.environ starts from */
  env(): Record<string, string>;
  /** the program's own changes to its environment (os.putenv sets, os.unsetenv deletes: null);
   *  the host's environment is never modified. getenv() below reads through them. */
  envChanges?: Map<string, string | null>;
  pid: number;
  // Every source of nondeterminism goes through these (DESIGN.md: record/replay later).
  // Missing members fall back to HOST_DEFAULTS (hostClock below).
  /** the wall clock, nanoseconds since the epoch (time.time_ns) */
  nowNs?: () => bigint;
  /** a monotonic clock in nanoseconds (time.monotonic_ns, time.perf_counter_ns) */
  monotonicNs?: () => bigint;
  /** CPU time of this process in nanoseconds (time.process_time_ns) */
  processTimeNs?: () => bigint;
  /** n bytes from the OS's random source (os.urandom, seeding random) */
  randomBytes?: (n: number) => Uint8Array;
  /** block the thread for `seconds` (time.sleep) */
  sleep?: (seconds: number) => void;
  /** the local time zone's offset from UTC in minutes east, at a UTC time in ms (localtime) */
  tzOffsetMinutes?: (utcMs: number) => number;
}

/** getenv(3) as the program sees it: its own putenv/unsetenv first, then the host's environment. */
export function hostGetenv(host: Host, name: string): string | undefined {
  const c = host.envChanges?.get(name);
  if (c !== undefined) return c === null ? undefined : c;
  return host.env()[name];
}

/** The Node (or browser) implementations of the host's clocks, random source and sleep. */
export const HOST_DEFAULTS: Required<Pick<Host, "nowNs" | "monotonicNs" | "processTimeNs" | "randomBytes" | "sleep" | "tzOffsetMinutes">> = {
  nowNs: () => BigInt(Math.round((performance.timeOrigin + performance.now()) * 1000)) * 1000n,
  monotonicNs: () => (typeof process !== "undefined" && process.hrtime ? process.hrtime.bigint() : BigInt(Math.round(performance.now() * 1e6))),
  processTimeNs: () => {
    if (typeof process === "undefined" || !process.cpuUsage) return BigInt(Math.round(performance.now() * 1e6));
    const u = process.cpuUsage();
    return BigInt(u.user + u.system) * 1000n;
  },
  randomBytes: (n) => {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i += 65536) globalThis.crypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
    return out;
  },
  sleep: (seconds) => {
    if (!(seconds > 0)) return;
    if (!(evalBreaker.buffer instanceof SharedArrayBuffer)) {
      // an honest blocking wait: Atomics.wait on a private buffer nobody notifies
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, seconds * 1000);
      return;
    }
    // an eval breaker in shared memory (a debugger's): wait on it, so that a pause or an interrupt
    // set by another thread wakes the sleep; after a stop it sleeps on until the deadline
    // (CPython: timemodule.c pysleep checks signals on EINTR and sleeps the rest, PEP 475)
    const end = performance.now() + seconds * 1000;
    for (let left = seconds * 1000; left > 0; left = end - performance.now()) {
      if (evalBreaker[0] !== 0) nativeCheck();
      else Atomics.wait(evalBreaker as Int32Array<SharedArrayBuffer>, 0, 0, left);
    }
  },
  tzOffsetMinutes: (utcMs) => -new Date(utcMs).getTimezoneOffset(),
};
/** The host's member, or its default. */
export function hostFn<K extends keyof typeof HOST_DEFAULTS>(host: Host, name: K): (typeof HOST_DEFAULTS)[K] {
  return (host[name] as (typeof HOST_DEFAULTS)[K] | undefined) ?? HOST_DEFAULTS[name];
}

// ---- argument parsing (Python/getargs.c, Python/modsupport.c) -------------------------------------

const plural = (n: number): string => (n === 1 ? "" : "s");

export function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
}
/** METH_O */
export function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  noKw(name, kwnames);
  if (args.length !== 1) throw pyError(TypeError, `${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
/** METH_NOARGS */
export function methNoArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): void {
  noKw(name, kwnames);
  if (args.length) throw pyError(TypeError, `${name}() takes no arguments (${args.length} given)`);
}
/** Positional-only parameters checked by _PyArg_CheckPositional. */
export function positional(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  noKw(name, kwnames);
  const n = args.length;
  if (n < min) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${n}`);
  if (n > max) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${n}`);
}

/**
 * _PyArg_UnpackKeywords: `names` are the parameters, the first `posonly` positional-only, the first
 * `maxpos` positional, the first `required` required. Returns one slot per parameter.
 */
export function unpack(fname: string, args: PyValue[], kwnames: readonly string[] | null, names: readonly string[], posonly: number,
  required: number, maxpos: number): Array<PyValue | undefined> {
  const nkw = kwnames ? kwnames.length : 0;
  const nargs = args.length - nkw;
  const out: Array<PyValue | undefined> = new Array(names.length).fill(undefined);
  if (nargs + nkw > names.length) {
    throw pyError(TypeError, `${fname}() takes at most ${names.length} ${nargs === 0 ? "keyword " : ""}argument${plural(names.length)} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw pyError(TypeError, `${fname}() takes no positional arguments`);
    throw pyError(TypeError, `${fname}() takes ${required < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${plural(maxpos)} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, required);
  if (nargs < minposonly) {
    throw pyError(TypeError, `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${plural(minposonly)} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  let used = 0;
  for (let i = Math.max(nargs, posonly); i < names.length; i++) {
    const k = kwnames ? kwnames.indexOf(names[i]) : -1;
    if (k >= 0) { out[i] = args[nargs + k]; used++; }
    else if (i < required) throw pyError(TypeError, `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  if (used < nkw) {
    for (const k of kwnames!) {
      const i = names.indexOf(k);
      if (i >= posonly && i < nargs) throw pyError(TypeError, `argument for ${fname}() given by name ('${k}') and position (${i + 1})`);
      if (i < 0 || i < posonly) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
    }
  }
  return out;
}

/** Split vectorcall arguments into positional ones and a keyword map. */
function splitKw(args: PyValue[], kwnames: readonly string[] | null): [PyValue[], Map<string, PyValue>] {
  const kw = new Map<string, PyValue>();
  if (!kwnames || kwnames.length === 0) return [args, kw];
  const npos = args.length - kwnames.length;
  kwnames.forEach((k, i) => kw.set(k, args[npos + i]));
  return [args.slice(0, npos), kw];
}

/** A keyword-only parameter set like "|$OO:max": anything else is unexpected. */
function onlyKeywords(fname: string, kw: Map<string, PyValue>, allowed: readonly string[]): void {
  for (const k of kw.keys()) if (!allowed.includes(k)) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
}

function attrName(v: PyValue): string {
  if (typeof v !== "string") throw pyError(TypeError, `attribute name must be string, not '${typeName(v)}'`);
  return v;
}

const isAttributeError = (e: unknown): boolean => e instanceof PyBaseException && e.type.isSubtype(AttributeError);

// ---- iterator types ---------------------------------------------------------------------------------

/** __iter__ and __next__ of a native iterator type (they run its nextFn). */
function iteratorMethods(t: PyType): void {
  if (!t.ns.has("__iter__")) {
    defMethod(t, "__iter__", (self, args, kw) => { methNoArgs("__iter__", args, kw); return self; });
  }
  if (!t.ns.has("__next__")) {
    defMethod(t, "__next__", (self, args, kw) => {
      methNoArgs("__next__", args, kw);
      const v = next(self);
      if (v === undefined) throw new PyBaseException(StopIteration, []);
      return v;
    });
  }
}
const iteratorType = (name: string): PyType => {
  const t = new PyType(TypeType, name, [ObjectType]);
  iteratorMethods(t);
  return t;
};
for (const t of [IteratorType, ListIteratorType, TupleIteratorType, RangeIteratorType, StrIteratorType, DictKeyIteratorType]) iteratorMethods(t);

export const EnumerateType = iteratorType("enumerate");
export const FilterType = iteratorType("filter");
export const MapType = iteratorType("map");
export const ZipType = iteratorType("zip");
export const ReversedType = iteratorType("reversed");
export const CallableIteratorType = iteratorType("callable_iterator");
const ListReverseIteratorType = iteratorType("list_reverseiterator");
const DictReverseKeyIteratorType = iteratorType("dict_reversekeyiterator");

/** PyIter_Next that lets exceptions other than exhaustion propagate; undefined = exhausted. The
 *  builtins consume iterators with it (sum, min, max, any, all, sorted, map, zip, ...): each item is
 *  a tick of the interrupt check, so a pause or Ctrl-C reaches sum(range(10**9)). */
function iterNext(it: PyValue): PyValue | undefined {
  nativeTick();
  return next(it);
}

// enumerate(iterable, start=0) (enum_new / enum_vectorcall)
TYPE_CONSTRUCTORS.set(EnumerateType, (args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const nargs = args.length - nkw;
  if (nargs + nkw > 2) throw pyError(TypeError, `enumerate() takes at most 2 arguments (${nargs + nkw} given)`);
  let iterable: PyValue | undefined = nargs > 0 ? args[0] : undefined;
  let start: PyValue | undefined = nargs > 1 ? args[1] : undefined;
  for (let k = 0; k < nkw; k++) {
    const name = kwnames![k], v = args[nargs + k];
    if (name === "iterable" && iterable === undefined) iterable = v;
    else if (name === "start" && start === undefined) start = v;
    else if (name === "iterable" || name === "start") throw pyError(TypeError, `argument for enumerate() given by name ('${name}') and position (${name === "iterable" ? 1 : 2})`);
    else throw pyError(TypeError, `'${name}' is an invalid keyword argument for enumerate()`);
  }
  if (iterable === undefined) throw pyError(TypeError, "enumerate() missing required argument 'iterable'");
  let i: PyInt = start === undefined ? 0 : toIndexInt(start);
  const it = iter(iterable);
  return new PyNativeIterator(EnumerateType, () => {
    const v = iterNext(it);
    if (v === undefined) return undefined;
    const r = tuple([i, v]);
    i = typeof i === "number" && i < Number.MAX_SAFE_INTEGER ? i + 1 : normBig(BigInt(i) + 1n);
    return r;
  });
});

// filter(function or None, iterable)
TYPE_CONSTRUCTORS.set(FilterType, (args, kwnames) => {
  noKw("filter", kwnames);
  positional("filter", args, null, 2, 2);
  const fn = args[0];
  const it = iter(args[1]);
  return new PyNativeIterator(FilterType, () => {
    for (;;) {
      const v = iterNext(it);
      if (v === undefined) return undefined;
      if (fn === None || fn === BoolType ? truthy(v) : truthy(call(fn, [v]))) return v;
    }
  });
});

/** The strict-mode checks of zip and map (zip_next / map_next "check:"). */
/** One item from each iterator per call, undefined once one of them ends (or there are none); with
 *  strict, the others must end there too (CPython: bltinmodule.c map_next, zip_next). */
function rowsOf(fname: string, its: PyValue[], strict: boolean): () => PyValue[] | undefined {
  let done = its.length === 0;
  return () => {
    if (done) return undefined;
    const row: PyValue[] = [];
    for (let i = 0; i < its.length; i++) {
      const v = iterNext(its[i]);
      if (v === undefined) {
        done = true;
        return strict ? strictCheck(fname, its, i) : undefined;
      }
      row.push(v);
    }
    return row;
  };
}

function strictCheck(fname: string, its: PyValue[], i: number): never | undefined {
  if (i > 0) {
    throw pyError(ValueError, `${fname}() argument ${i + 1} is shorter than argument${i === 1 ? " " : "s 1-"}${i}`);
  }
  for (let k = 1; k < its.length; k++) {
    if (iterNext(its[k]) !== undefined) {
      throw pyError(ValueError, `${fname}() argument ${k + 1} is longer than argument${k === 1 ? " " : "s 1-"}${k}`);
    }
  }
  return undefined;
}

// map(function, iterable, /, *iterables, strict=False)
TYPE_CONSTRUCTORS.set(MapType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  // (map_new parses its keywords as "|$p:map": more than one is counted first)
  if (kw.size > 1) throw pyError(TypeError, `map() takes at most 1 keyword argument (${kw.size} given)`);
  onlyKeywords("map", kw, ["strict"]);
  if (pos.length < 2) throw pyError(TypeError, "map() must have at least two arguments.");
  const strict = truthy(kw.get("strict") ?? false);
  const fn = pos[0];
  const its = pos.slice(1).map(iter);
  const rows = rowsOf("map", its, strict);
  return new PyNativeIterator(MapType, () => {
    const row = rows();
    return row === undefined ? undefined : call(fn, row);
  });
});

// zip(*iterables, strict=False)
TYPE_CONSTRUCTORS.set(ZipType, (args, kwnames) => {
  const [pos, kw] = splitKw(args, kwnames);
  // (zip_new parses its keywords as "|$p:zip": more than one is counted first)
  if (kw.size > 1) throw pyError(TypeError, `zip() takes at most 1 keyword argument (${kw.size} given)`);
  onlyKeywords("zip", kw, ["strict"]);
  const strict = truthy(kw.get("strict") ?? false);
  const its = pos.map(iter);
  const rows = rowsOf("zip", its, strict);
  return new PyNativeIterator(ZipType, () => {
    const row = rows();
    return row === undefined ? undefined : tuple(row);
  });
});

/** list_reverseiterator (list.__reversed__) */
function listReversed(seq: PyList): PyValue {
  let i = seq.items.length - 1;
  return new PyNativeIterator(ListReverseIteratorType, () => {
    if (i >= 0 && i < seq.items.length) return seq.items[i--];
    i = -1;
    return undefined;
  });
}
defMethod(ListType, "__reversed__", (self: PyList, args, kw) => {
  methNoArgs("list.__reversed__", args, kw);
  return listReversed(self);
});

// reversed(sequence, /) (reversed_new_impl)
TYPE_CONSTRUCTORS.set(ReversedType, (args, kwnames) => {
  noKw("reversed", kwnames);
  positional("reversed", args, null, 1, 1);
  const seq = args[0];
  if (seq instanceof PyList && !seq.type.heap) return listReversed(seq);
  if (seq instanceof PyRange && seq.big === null) {
    const n = seq.length;
    let k = n - 1;
    return new PyNativeIterator(RangeIteratorType, () => (k >= 0 ? seq.start + seq.step * k-- : undefined));
  }
  if (seq instanceof PyDict && !seq.type.heap) {
    const keys = [...seq.entries()].map((e) => e[0]).reverse();
    let i = 0;
    return new PyNativeIterator(DictReverseKeyIteratorType, () => (i < keys.length ? keys[i++] : undefined));
  }
  const t = typeOf(seq);
  const rev = t.lookup("__reversed__");
  if (rev === None) throw pyError(TypeError, `'${t.name}' object is not reversible`);
  if (rev !== undefined) return callMethod(rev, seq, []);
  // the sequence protocol: __len__ and __getitem__ (and not a dict)
  const isSeq = typeof seq === "string" || seq instanceof PyTuple || seq instanceof PyList ||
    (!(seq instanceof PyDict) && t.lookup("__getitem__") !== undefined);
  if (!isSeq) throw pyError(TypeError, `'${t.name}' object is not reversible`);
  let i = len(seq) - 1;
  return new PyNativeIterator(ReversedType, () => {
    if (i < 0) return undefined;
    try {
      return getitem(seq, i--);
    } catch (e) {
      if (e instanceof PyBaseException && (e.type.isSubtype(StopIteration) || e.type.name === "IndexError")) { i = -1; return undefined; }
      throw e;
    }
  });
});

// ---- numbers ----------------------------------------------------------------------------------------

/** binary_op1 for an operator without a BINARY_OP code (divmod): __op__ / __rop__ with subclass priority. */
function binaryDunder(v: PyValue, w: PyValue, name: string, rname: string, what: string): PyValue {
  const tv = typeOf(v), tw = typeOf(w);
  const lv = tv.lookup(name);
  let rw = tw !== tv ? tw.lookup(rname) : undefined;
  if (rw !== undefined && rw === tv.lookup(rname)) rw = undefined;
  if (lv !== undefined) {
    if (rw !== undefined && tw.isSubtype(tv)) {
      const r = callMethod(rw, w, [v]);
      if (r !== NotImplemented) return r;
      rw = undefined;
    }
    const r = callMethod(lv, v, [w]);
    if (r !== NotImplemented) return r;
  }
  if (rw !== undefined) {
    const r = callMethod(rw, w, [v]);
    if (r !== NotImplemented) return r;
  }
  throw pyError(TypeError, `unsupported operand type(s) for ${what}: '${tv.name}' and '${tw.name}'`);
}

/** PyNumber_Divmod */
function divmod(v: PyValue, w: PyValue): PyValue {
  const a = plainInt(v), b = plainInt(w);
  if (a !== null && b !== null) return tuple(intDivmod(a, b));
  const fa = plainReal(v), fb = plainReal(w);
  if (fa !== null && fb !== null && (v instanceof PyFloat || w instanceof PyFloat)) return tuple(floatDivmod(fa, fb).map(float));
  return binaryDunder(v, w, "__divmod__", "__rdivmod__", "divmod()");
}
/** The value of a plain int or bool (not a subclass instance), else null. */
function plainInt(v: PyValue): PyInt | null {
  return typeof v === "number" || typeof v === "bigint" ? v : typeof v === "boolean" ? (v ? 1 : 0) : null;
}
function plainReal(v: PyValue): number | null {
  if (v instanceof PyFloat) return v.value;
  const i = plainInt(v);
  return i === null ? null : intToFloat(i);
}

const POW3 = "pow() 3rd argument not allowed unless all arguments are integers";

/** PyNumber_Power(v, w, z) */
export function power(v: PyValue, w: PyValue, z: PyValue): PyValue {
  if (z === None) {
    try {
      return binaryOp(v, w, Nb.POWER);
    } catch (e) {
      // the operator says "**"; pow() says "** or pow()"
      if (e instanceof PyBaseException && e.type === TypeError && typeof e.args[0] === "string" && e.args[0].startsWith("unsupported operand type(s) for **:")) {
        throw pyError(TypeError, `unsupported operand type(s) for ** or pow(): '${typeName(v)}' and '${typeName(w)}'`);
      }
      throw e;
    }
  }
  const a = plainInt(v), b = plainInt(w), m = plainInt(z);
  if (a !== null && b !== null && m !== null) return intPowMod(a, b, m);
  const tv = typeOf(v), tw = typeOf(w), tz = typeOf(z);
  const lv = tv.lookup("__pow__");
  if (lv !== undefined) {
    const r = callMethod(lv, v, [w, z]);
    if (r !== NotImplemented) return r;
  }
  if (tw !== tv && !tw.heap) {
    const rw = tw.lookup("__rpow__");
    if (rw !== undefined && rw !== tv.lookup("__rpow__")) {
      const r = callMethod(rw, w, [v, z]);
      if (r !== NotImplemented) return r;
    }
  }
  // the modulus's own slot (ternary_op's slotz): float_pow refuses any third argument first thing
  if (tz !== tv && tz !== tw && z instanceof PyFloat) throw pyError(TypeError, POW3);
  throw pyError(TypeError, `unsupported operand type(s) for ** or pow(): '${tpName(tv)}', '${tpName(tw)}', '${tpName(tz)}'`);
}

/** PyNumber_ToBase for bin(), oct(), hex() */
function toBase(v: PyValue, base: 2 | 8 | 16): string {
  const i = toIndexInt(v);
  const neg = i < 0;
  const abs = typeof i === "number" ? Math.abs(i) : neg ? -i : i;
  return (neg ? "-" : "") + (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + abs.toString(base);
}

/** sum(iterable, /, start=0) (builtin_sum_impl, with its int and float fast paths) */
function sum(iterable: PyValue, start: PyValue): PyValue {
  let result = start;
  if (typeof result === "string" || (result instanceof PyObject && typeOf(result).isSubtype(StrType))) {
    throw pyError(TypeError, "sum() can't sum strings [use ''.join(seq) instead]");
  }
  if (result instanceof PyBytesObject) throw pyError(TypeError, "sum() can't sum bytes [use b''.join(seq) instead]");
  if (result instanceof PyByteArray) throw pyError(TypeError, "sum() can't sum bytearray [use b''.join(seq) instead]");
  const it = iter(iterable);
  let item: PyValue | undefined;
  if ((typeof result === "number" || typeof result === "bigint") && fitsCLong(result)) {
    // CPython adds in a C long while the sum fits; an int that does not, or any other item, ends
    // this fast path with one generic addition (and a big int result then stays on the generic path)
    let acc: PyInt = result;
    for (;;) {
      item = iterNext(it);
      if (item === undefined) return acc;
      if (typeof item === "number" && typeof acc === "number" && Number.isSafeInteger(acc + item)) { acc += item; continue; }
      if (typeof item === "number" || typeof item === "bigint" || typeof item === "boolean") {
        const r = BigInt(acc) + BigInt(typeof item === "boolean" ? +item : item);
        if (fitsCLong(item) && fitsCLong(r)) { acc = normBig(r); continue; }
      }
      result = binaryOp(acc, item, Nb.ADD);
      break;
    }
  }
  if (result instanceof PyFloat && !result.type.heap) {
    // Neumaier's compensated summation (CPython 3.12+; ints too since 3.14)
    let f = result.value, c = 0;
    for (;;) {
      item = iterNext(it);
      if (item === undefined) {
        if (c && Number.isFinite(c)) f += c;
        return float(f);
      }
      if (item instanceof PyFloat && !item.type.heap) {
        const x = item.value;
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
        else c += (x - t) + f;
        f = t;
        continue;
      }
      const iv = intValue(item);
      if (iv !== null) {
        // ints join the compensated sum as floats (3.14; OverflowError when too large)
        const x = intToFloat(iv);
        const t = f + x;
        if (Math.abs(f) >= Math.abs(x)) c += (f - t) + x;
        else c += (x - t) + f;
        f = t;
        continue;
      }
      if (c && Number.isFinite(c)) f += c;
      result = binaryOp(float(f), item, Nb.ADD);
      break;
    }
  }
  for (;;) {
    item = iterNext(it);
    if (item === undefined) return result;
    result = binaryOp(result, item, Nb.ADD);
  }
}

// ---- comparison helpers -----------------------------------------------------------------------------

function fitsCLong(v: PyInt | boolean): boolean {
  return typeof v !== "bigint" || (v >= -(2n ** 63n) && v < 2n ** 63n);
}

/** min() and max() (builtin min_max) */
function minMax(args: PyValue[], kwnames: readonly string[] | null, name: "min" | "max"): PyValue {
  const [pos, kw] = splitKw(args, kwnames);
  if (pos.length === 0) throw pyError(TypeError, `${name} expected at least 1 argument, got 0`);
  onlyKeywords(name, kw, ["key", "default"]);
  const key = kw.get("key") ?? None;
  const dflt = kw.get("default");
  if (pos.length > 1 && dflt !== undefined) {
    throw pyError(TypeError, `Cannot specify a default for ${name}() with multiple positional arguments`);
  }
  const op = name === "min" ? Cmp.LT : Cmp.GT;
  const it = iter(pos.length === 1 ? pos[0] : tuple(pos));
  let best: PyValue | undefined, bestKey: PyValue | undefined;
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    const k = key === None ? v : call(key, [v]);
    if (best === undefined || richCompareBool(k, bestKey!, op)) { best = v; bestKey = k; }
  }
  if (best !== undefined) return best;
  if (dflt !== undefined) return dflt;
  throw pyError(ValueError, `${name}() iterable argument is empty`);
}

/** isinstance() and issubclass() (Objects/abstract.c object_isinstance / object_issubclass) */
function classInfoError(fn: "isinstance" | "issubclass") {
  return pyError(TypeError, fn === "isinstance"
    ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
    : "issubclass() arg 2 must be a class, a tuple of classes, or a union");
}
function userCheck(cls: PyType, name: "__instancecheck__" | "__subclasscheck__"): PyValue | undefined {
  const meta = cls.type;
  if (meta === TypeType || !meta.heap) return undefined;
  const m = meta.lookup(name);
  return m instanceof PyMethodDescr ? undefined : m;
}
function isInstance(inst: PyValue, cls: PyValue, depth = 0): boolean {
  const t = typeOf(inst);
  if (t === cls) return true;
  if (cls instanceof PyType) {
    const chk = userCheck(cls, "__instancecheck__");
    if (chk !== undefined) return truthy(callMethod(chk, cls, [inst]));
    if (t.isSubtype(cls)) return true;
    // object_isinstance: an instance whose __class__ differs from its type is checked by that class
    if (!t.heap) return false;
    let icls: PyValue | undefined;
    try {
      icls = getattrOrUndefined(inst, "__class__");
    } catch (e) {
      if (!isAttributeError(e)) throw e;
    }
    return icls instanceof PyType && icls !== t && icls.isSubtype(cls);
  }
  if (cls instanceof PyTuple) {
    if (depth > 1000) throw pyError(TypeError, "maximum recursion depth exceeded in __instancecheck__");
    return cls.items.some((c) => isInstance(inst, c, depth + 1));
  }
  if (cls instanceof PyUnion) return cls.args.some((c) => isInstance(inst, c, depth + 1));
  if (cls instanceof PyGenericAlias) throw pyError(TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  const chk = typeOf(cls).lookup("__instancecheck__");
  if (chk !== undefined) return truthy(callMethod(chk, cls, [inst]));
  throw classInfoError("isinstance");
}
function isSubclass(derived: PyValue, cls: PyValue, depth = 0): boolean {
  if (cls instanceof PyType) {
    const chk = userCheck(cls, "__subclasscheck__");
    if (chk !== undefined) return truthy(callMethod(chk, cls, [derived]));
    if (!(derived instanceof PyType)) throw pyError(TypeError, "issubclass() arg 1 must be a class");
    return derived.isSubtype(cls);
  }
  if (cls instanceof PyTuple) {
    if (depth > 1000) throw pyError(TypeError, "maximum recursion depth exceeded in __subclasscheck__");
    return cls.items.some((c) => isSubclass(derived, c, depth + 1));
  }
  if (cls instanceof PyGenericAlias) throw pyError(TypeError, "issubclass() argument 2 cannot be a parameterized generic");
  if (cls instanceof PyUnion) {
    if (!(derived instanceof PyType)) throw pyError(TypeError, "issubclass() arg 1 must be a class");
    return cls.args.some((c) => isSubclass(derived, c, depth + 1));
  }
  const chk = typeOf(cls).lookup("__subclasscheck__");
  if (chk !== undefined) return truthy(callMethod(chk, cls, [derived]));
  if (!(derived instanceof PyType)) throw pyError(TypeError, "issubclass() arg 1 must be a class");
  throw classInfoError("issubclass");
}

/** PyCallable_Check */
export function isCallable(v: PyValue): boolean {
  if (v instanceof PyBuiltin || v instanceof PyFunction || v instanceof PyMethod || v instanceof PyType ||
    v instanceof PyMethodDescr || v instanceof PyStaticMethod) return true;
  const t = typeOf(v);
  return t.lookup("__call__") !== undefined || t.slots.call !== undefined;
}

// ---- frames: globals(), locals(), dir(), vars() ------------------------------------------------------

function sortedNames(names: Iterable<PyValue>): PyList {
  const items = [...names];
  sortItems(items, None, false);
  return new PyList(items);
}

/** object.__dir__: the instance __dict__ plus the attributes of its class and the class's bases. */
function objectDir(self: PyValue): PyList {
  const names = new PyDict();
  if (self instanceof PyObject && self.dict) for (const [k] of self.dict.entries()) names.set(k, None);
  for (const t of typeOf(self).mro) for (const k of t.ns.keys()) names.set(k, None);
  addImplicitNames(typeOf(self), names);
  return new PyList([...names.entries()].map((e) => e[0]));
}
/** Attributes the object model answers without a namespace entry: object's __class__ and __doc__,
 *  and a Python class's __dict__/__weakref__ descriptors. */
const IMPLICIT_NAMES = new Map<PyType, string[]>([
  [FunctionTypeRef, ["__builtins__", "__call__", "__closure__", "__code__", "__dict__", "__globals__", "__type_params__", "__name__", "__qualname__", "__module__", "__defaults__", "__kwdefaults__"]],
  [BuiltinFunctionTypeRef, ["__call__", "__module__", "__name__", "__qualname__", "__self__", "__text_signature__"]],
  [TypeType, ["__abstractmethods__", "__annotate__", "__annotations__", "__base__", "__bases__", "__basicsize__", "__dict__",
    "__dictoffset__", "__flags__", "__instancecheck__", "__itemsize__", "__module__", "__mro__", "__name__", "__prepare__",
    "__qualname__", "__subclasscheck__", "__text_signature__", "__type_params__", "__weakrefoffset__"]],
]);
function addImplicitNames(t: PyType, names: PyDict): void {
  names.set("__class__", None);
  names.set("__doc__", None);
  for (const b of t.mro) for (const n of IMPLICIT_NAMES.get(b) ?? []) names.set(n, None);
  if (t.heap && !t.noDict) { names.set("__dict__", None); names.set("__weakref__", None); }
}
/** type.__dir__: the attributes of the class and its bases. */
function typeDir(self: PyType): PyList {
  const names = new PyDict();
  for (const t of self.mro) for (const k of t.ns.keys()) names.set(k, None);
  addImplicitNames(self, names);
  return new PyList([...names.entries()].map((e) => e[0]));
}
defMethod(RangeType, "__bool__", (self, args, kw) => { methNoArgs("__bool__", args, kw); return len(self) > 0; });
defMethod(TupleType, "__getnewargs__", (self, args, kw) => { methNoArgs("__getnewargs__", args, kw); return tuple([tuple((self as PyTuple).items.slice())]); });
// tp_iter / sq_contains of these types as Python-visible slot wrappers (calling the slot itself:
// iter()/in look the methods up first)
for (const t of [SetType, FrozenSetType, BytesType, ByteArrayType]) {
  const slot = t.slots.iter;
  if (slot && !t.ns.has("__iter__")) defMethod(t, "__iter__", (self, args, kw) => { methNoArgs("__iter__", args, kw); return slot(self); });
}
defMethod(ObjectType, "__dir__", (self, args, kw) => { methNoArgs("object.__dir__", args, kw); return objectDir(self); });
defMethod(TypeType, "__dir__", (self, args, kw) => { methNoArgs("type.__dir__", args, kw); return typeDir(self as PyType); });

function dir(obj: PyValue): PyList {
  if (obj instanceof PyModule) {
    const keys = [...obj.dict.entries()].map((e) => e[0]);
    return sortedNames(keys);
  }
  const t = typeOf(obj);
  const m = t.lookup("__dir__");
  const r = m === undefined ? objectDir(obj) : callMethod(m, obj, []);
  const items = r instanceof PyList ? r.items.slice() : iterToArray(r);
  return sortedNames(items);
}
function iterToArray(v: PyValue): PyValue[] {
  const it = iter(v);
  const out: PyValue[] = [];
  for (let x = iterNext(it); x !== undefined; x = iterNext(it)) out.push(x);
  return out;
}

function vars(obj: PyValue): PyValue {
  if (obj instanceof PyType) return new PyTypeDictProxy(obj);
  if (obj instanceof PyObject && obj.dict) return obj.dict;
  let d: PyValue | undefined;
  try {
    d = getattrOrUndefined(obj, "__dict__");
  } catch (e) {
    if (!isAttributeError(e)) throw e;
  }
  if (d === undefined) throw pyError(TypeError, "vars() argument must have __dict__ attribute");
  return d;
}

// ---- ids --------------------------------------------------------------------------------------------

const ids = new WeakMap<object, number>();
let nextId = 140000000000000;
export function idOf(v: PyValue): PyValue {
  if (typeof v !== "object") {
    // value types have no identity in JS; equal values share an id (as small ints and interned strings do)
    let h = 0;
    const s = typeof v + ":" + String(v);
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
    return 130000000000000 + (h >>> 0) * 16;
  }
  let i = ids.get(v);
  if (i === undefined) { i = nextId; nextId += 16; ids.set(v, i); }
  return i;
}

// ---- the module -------------------------------------------------------------------------------------

const RuntimeErrorT = EXCEPTION_TYPES.get("RuntimeError")!;

export function makeBuiltins(host: Host): PyModule {
  const mod = new PyModule("builtins");
  const d = mod.dict;
  const def = (name: string, fn: NativeFn) => d.set(name, new PyBuiltin(name, fn, mod));

  d.set("__doc__", "Built-in functions, types, exceptions, and other objects.");
  d.set("__package__", "");
  d.set("__loader__", None);
  d.set("__spec__", None);
  d.set("__build_class__", new PyBuiltin("__build_class__", buildClass, mod));
  d.set("None", None);
  d.set("Ellipsis", Ellipsis);
  d.set("NotImplemented", NotImplemented);
  d.set("False", false);
  d.set("True", true);
  d.set("__debug__", true);
  for (const t of [BoolType, ClassMethodType, DictType, EnumerateType, FilterType, FloatType, FrozenSetType, PropertyType,
    IntType, ListType, MapType, ObjectType, RangeType, ReversedType, SetType, SliceType, StaticMethodType, StrType,
    SuperType, TupleType, TypeType, ZipType, BytesType, ByteArrayType, MemoryViewType, ComplexType]) d.set(t.name, t);
  for (const [name, t] of EXCEPTION_TYPES) d.set(name, t);
  if (EXCEPTION_TYPES.has("OSError")) {
    d.set("EnvironmentError", EXCEPTION_TYPES.get("OSError")!);
    d.set("IOError", EXCEPTION_TYPES.get("OSError")!);
  }

  installExecBuiltins(d, mod);
  installSiteBuiltins(d, (text) => { call(d.get("print") as PyValue, [text, ""], ["end"]); });
  def("abs", (args, kw) => {
    const v = methO("abs", args, kw);
    if (typeof v === "number") return Math.abs(v);
    if (typeof v === "bigint") return normBig(v < 0n ? -v : v);
    if (typeof v === "boolean") return v ? 1 : 0;
    if (v instanceof PyFloat) return float(Math.abs(v.value));
    const m = typeOf(v).lookup("__abs__");
    if (m !== undefined) return callMethod(m, v, []);
    throw pyError(TypeError, `bad operand type for abs(): '${typeName(v)}'`);
  });
  def("all", (args, kw) => {
    const it = iter(methO("all", args, kw));
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (!truthy(v)) return false;
    return true;
  });
  def("any", (args, kw) => {
    const it = iter(methO("any", args, kw));
    for (let v = iterNext(it); v !== undefined; v = iterNext(it)) if (truthy(v)) return true;
    return false;
  });
  def("ascii", (args, kw) => asciiRepr(methO("ascii", args, kw)));
  def("bin", (args, kw) => toBase(methO("bin", args, kw), 2));
  def("oct", (args, kw) => toBase(methO("oct", args, kw), 8));
  def("hex", (args, kw) => toBase(methO("hex", args, kw), 16));
  def("callable", (args, kw) => isCallable(methO("callable", args, kw)));
  def("chr", (args, kw) => {
    const i = toIndexInt(methO("chr", args, kw));
    if (i < 0 || i > 0x10ffff) throw pyError(ValueError, "chr() arg not in range(0x110000)");
    return String.fromCodePoint(Number(i));
  });
  def("delattr", (args, kw) => {
    positional("delattr", args, kw, 2, 2);
    delattr(args[0], attrName(args[1]));
    return None;
  });
  def("dir", (args, kw) => {
    positional("dir", args, kw, 0, 1);
    if (args.length === 0) return sortedNames([...currentLocals().entries()].map((e) => e[0]));
    return dir(args[0]);
  });
  def("divmod", (args, kw) => {
    positional("divmod", args, kw, 2, 2);
    return divmod(args[0], args[1]);
  });
  def("format", (args, kw) => {
    positional("format", args, kw, 1, 2);
    const spec = args.length > 1 ? args[1] : "";
    if (typeof spec !== "string") throw pyError(TypeError, `format() argument 2 must be str, not ${typeName(spec)}`);
    return formatValue(args[0], spec);
  });
  def("getattr", (args, kw) => {
    positional("getattr", args, kw, 2, 3);
    const name = attrName(args[1]);
    if (args.length === 3) {
      try {
        const v = getattrOrUndefined(args[0], name);
        return v === undefined ? args[2] : v;
      } catch (e) {
        if (isAttributeError(e)) return args[2];
        throw e;
      }
    }
    return getattr(args[0], name);
  });
  def("globals", (args, kw) => {
    methNoArgs("globals", args, kw);
    return currentGlobals();
  });
  def("hasattr", (args, kw) => {
    positional("hasattr", args, kw, 2, 2);
    const name = attrName(args[1]);
    try {
      return getattrOrUndefined(args[0], name) !== undefined;
    } catch (e) {
      if (isAttributeError(e)) return false;
      throw e;
    }
  });
  def("hash", (args, kw) => hash(methO("hash", args, kw)));
  def("id", (args, kw) => idOf(methO("id", args, kw)));
  // CPython: Python/bltinmodule.c builtin_breakpoint: sys.breakpointhook(*args, **kws), after the
  // "builtins.breakpoint" audit event
  def("breakpoint", (args, kw) => {
    const hook = host.sysAttr("breakpointhook");
    if (hook === undefined) throw pyError(RuntimeErrorT, "lost sys.breakpointhook");
    const audit = host.sysAttr("audit");
    if (audit !== undefined) call(audit, ["builtins.breakpoint", hook]);
    return call(hook, args, kw);
  });
  def("isinstance", (args, kw) => {
    positional("isinstance", args, kw, 2, 2);
    return isInstance(args[0], args[1]);
  });
  def("issubclass", (args, kw) => {
    positional("issubclass", args, kw, 2, 2);
    return isSubclass(args[0], args[1]);
  });
  def("iter", (args, kw) => {
    positional("iter", args, kw, 1, 2);
    if (args.length === 1) return iter(args[0]);
    const [fn, sentinel] = args;
    if (!isCallable(fn)) throw pyError(TypeError, "iter(v, w): v must be callable");
    let done = false;
    return new PyNativeIterator(CallableIteratorType, () => {
      if (done) return undefined;
      let v: PyValue;
      try {
        v = call(fn, []);
      } catch (e) {
        if (e instanceof PyBaseException && e.type.isSubtype(StopIteration)) { done = true; return undefined; }
        throw e;
      }
      if (richCompareBool(v, sentinel, Cmp.EQ)) { done = true; return undefined; }
      return v;
    });
  });
  def("aiter", (args, kw) => {
    const v = methO("aiter", args, kw);
    const t = typeOf(v);
    const m = t.lookup("__aiter__");
    if (m === undefined) throw pyError(TypeError, `'${t.name}' object is not an async iterable`);
    const it = callMethod(m, v, []);
    if (typeOf(it).lookup("__anext__") === undefined) throw pyError(TypeError, `aiter() returned not an async iterator of type '${typeName(it)}'`);
    return it;
  });
  def("anext", (args, kw) => {
    positional("anext", args, kw, 1, 2);
    const t = typeOf(args[0]);
    const m = t.lookup("__anext__");
    if (m === undefined) throw pyError(TypeError, `'${t.name}' object is not an async iterator`);
    const awaitable = callMethod(m, args[0], []);
    return args.length > 1 ? anextWithDefault(awaitable, args[1]) : awaitable;
  });
  def("len", (args, kw) => len(methO("len", args, kw)));
  def("locals", (args, kw) => {
    methNoArgs("locals", args, kw);
    return currentLocals();
  });
  def("max", (args, kw) => minMax(args, kw, "max"));
  def("min", (args, kw) => minMax(args, kw, "min"));
  def("next", (args, kw) => {
    positional("next", args, kw, 1, 2);
    const it = args[0];
    if (it instanceof PyGenerator && args.length === 1) return it.send(None); // StopIteration carries the return value
    const t = typeOf(it);
    if (t.heap && args.length === 1) {
      const n = t.lookup("__next__");
      if (n === undefined) throw pyError(TypeError, `'${t.name}' object is not an iterator`);
      return callMethod(n, it, []); // its StopIteration propagates as raised
    }
    const v = next(it);
    if (v !== undefined) return v;
    if (args.length > 1) return args[1];
    throw new PyBaseException(StopIteration, []);
  });
  def("ord", (args, kw) => {
    const s = methO("ord", args, kw);
    const b = bufferOf(s);
    if (b !== null) {
      if (b.length !== 1) throw pyError(TypeError, `ord() expected a character, but string of length ${b.length} found`);
      return b[0];
    }
    if (typeof s !== "string") throw pyError(TypeError, `ord() expected string of length 1, but ${typeName(s)} found`);
    const n = s.length === 2 && s.codePointAt(0)! > 0xffff ? 1 : s.length;
    if (n !== 1) throw pyError(TypeError, `ord() expected a character, but string of length ${Array.from(s).length} found`);
    return s.codePointAt(0)!;
  });
  def("pow", (args, kw) => {
    const [base, exp, m] = unpack("pow", args, kw, ["base", "exp", "mod"], 0, 2, 3);
    return power(base!, exp!, m ?? None);
  });
  // builtin_print_impl: writes through sys.stdout's write (or file's); nothing when it is None
  def("print", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    onlyKeywords("print", kw, ["sep", "end", "file", "flush"]);
    const sep = kw.get("sep") ?? None, end = kw.get("end") ?? None;
    let file = kw.get("file") ?? None;
    if (file === None) {
      const so = host.sysAttr("stdout");
      if (so === undefined) throw pyError(RuntimeErrorT, "lost sys.stdout");
      file = so;
      if (file === None) return None;
    }
    if (sep !== None && typeof sep !== "string") throw pyError(TypeError, `sep must be None or a string, not ${typeName(sep)}`);
    if (end !== None && typeof end !== "string") throw pyError(TypeError, `end must be None or a string, not ${typeName(end)}`);
    const w = getattr(file, "write");
    const write = (s: string) => { call(w, [s]); };
    const sepS = typeof sep === "string" ? sep : " ", endS = typeof end === "string" ? end : "\n";
    for (let i = 0; i < pos.length; i++) {
      if (i > 0) write(sepS);
      write(str(pos[i]));
    }
    write(endS);
    if (truthy(kw.get("flush") ?? false)) call(getattr(file, "flush"), []);
    return None;
  });
  // builtin_input_impl (the non-interactive path): prompt to sys.stdout, a line from sys.stdin
  def("input", (args, kw) => {
    positional("input", args, kw, 0, 1);
    const fin = host.sysAttr("stdin"), fout = host.sysAttr("stdout"), ferr = host.sysAttr("stderr");
    if (fin === undefined || fin === None) throw pyError(RuntimeErrorT, "input(): lost sys.stdin");
    if (fout === undefined || fout === None) throw pyError(RuntimeErrorT, "input(): lost sys.stdout");
    if (ferr !== undefined && ferr !== None) {
      try { call(getattr(ferr, "flush"), []); } catch (e) { if (!(e instanceof PyBaseException)) throw e; }
    }
    if (args.length && args[0] !== None) call(getattr(fout, "write"), [str(args[0])]);
    call(getattr(fout, "flush"), []);
    const line = call(getattr(fin, "readline"), []);
    if (typeof line !== "string") throw pyError(TypeError, "object.readline() returned non-string");
    if (line.length === 0) throw pyError(EXCEPTION_TYPES.get("EOFError")!, "EOF when reading a line");
    return line.endsWith("\n") ? line.slice(0, -1) : line;
  });
  d.set("open", OPEN);
  def("repr", (args, kw) => repr(methO("repr", args, kw)));
  def("round", (args, kw) => {
    const [number, ndigits] = unpack("round", args, kw, ["number", "ndigits"], 0, 1, 2);
    const x = number!;
    const t = typeOf(x);
    const m = t.lookup("__round__");
    if (m === undefined) throw pyError(TypeError, `type ${t.name} doesn't define __round__ method`);
    return callMethod(m, x, ndigits === undefined || ndigits === None ? [] : [ndigits]);
  });
  def("setattr", (args, kw) => {
    positional("setattr", args, kw, 3, 3);
    setattr(args[0], attrName(args[1]), args[2]);
    return None;
  });
  def("sorted", (args, kwnames) => {
    const [pos, kw] = splitKw(args, kwnames);
    if (pos.length !== 1) throw pyError(TypeError, `sorted expected 1 argument, got ${pos.length}`);
    onlyKeywords("sort", kw, ["key", "reverse"]);
    const items = iterToArray(pos[0]);
    const rev = kw.get("reverse");
    const reverse = rev === undefined ? false : truthy(rev);
    sortItems(items, kw.get("key") ?? None, reverse);
    return new PyList(items);
  });
  def("sum", (args, kw) => {
    const [iterable, start] = unpack("sum", args, kw, ["iterable", "start"], 1, 1, 2);
    return sum(iterable!, start ?? 0);
  });
  def("vars", (args, kw) => {
    positional("vars", args, kw, 0, 1);
    if (args.length === 0) return currentLocals();
    return vars(args[0]);
  });
  return mod;
}

