// range and slice objects (CPython: Objects/rangeobject.c, Objects/sliceobject.c): construction,
// attributes, len/bool/hash/equality, range indexing and slicing (exact for ranges of any size),
// range.index/count, slice.indices. The fast paths for small ranges are in abstract.ts.
import { None, type PyValue } from "./object.js";
import {
  Cmp, defGetter, defMethod, hash, PyNativeIterator, PySlice, RangeIteratorType, richCompareBool, SliceType, toIndex,
  TYPE_CONSTRUCTORS, typeName, eq, installExtraCompare,
} from "./abstract.js";
import { IndexError, OverflowError, pyError, TypeError, ValueError } from "./exceptions.js";
import { PyRange, RangeType, tuple } from "./containers.js";
import { normBig, type PyInt } from "./numbers.js";

// ---- range ---------------------------------------------------------------------------------------

type BigRange = { start: bigint; stop: bigint; step: bigint };
const vals = (r: PyRange): BigRange => r.big ?? { start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step) };

function bigLength({ start, stop, step }: BigRange): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}
const SSIZE_MAX = (1n << 63n) - 1n;
function ssize(n: bigint): number {
  if (n > SSIZE_MAX || n < -SSIZE_MAX - 1n) throw pyError(OverflowError, "Python int too large to convert to C ssize_t");
  return Number(n);
}
const toBig = (v: PyValue): bigint => {
  const i = typeof v === "bigint" ? v : toIndex(v);
  return BigInt(i);
};
const bigIndex = (v: PyValue): bigint => (typeof v === "bigint" ? v : typeof v === "number" ? BigInt(v) : toBig(v));

TYPE_CONSTRUCTORS.set(RangeType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "range() takes no keyword arguments");
  if (args.length === 0) throw pyError(TypeError, "range expected at least 1 argument, got 0");
  if (args.length > 3) throw pyError(TypeError, `range expected at most 3 arguments, got ${args.length}`);
  const ints = args.map((a) => (typeof a === "number" ? a : normBig(bigIndex(a))));
  if (ints.length === 1) return new PyRange(0, ints[0], 1);
  const step = ints[2] ?? 1;
  if (step === 0 || step === 0n) throw pyError(ValueError, "range() arg 3 must not be zero");
  return new PyRange(ints[0], ints[1], step);
});

const show = (v: bigint): string => v.toString();
RangeType.slots.repr = (r: PyRange) => {
  const { start, stop, step } = vals(r);
  return step === 1n ? `range(${show(start)}, ${show(stop)})` : `range(${show(start)}, ${show(stop)}, ${show(step)})`;
};
RangeType.slots.len = (r: PyRange) => (r.big === null ? r.length : ssize(bigLength(r.big)));
RangeType.slots.bool = (r: PyRange) => (r.big === null ? r.length > 0 : bigLength(r.big) > 0n);
RangeType.slots.iter = (r: PyRange) => {
  const { start, step } = vals(r);
  let k = 0n;
  const n = bigLength(vals(r));
  return new PyNativeIterator(RangeIteratorType, () => (k < n ? normBig(start + step * k++) : undefined));
};
RangeType.slots.hash = (r: PyRange) => {
  const v = vals(r), n = bigLength(v);
  const h = n === 0n ? hash(tuple([0, None, None])) : n === 1n ? hash(tuple([1, normBig(v.start), None]))
    : hash(tuple([normBig(n), normBig(v.start), normBig(v.step)]));
  return h as number;
};
defGetter(RangeType, "start", (r: PyRange) => normBig(vals(r).start), { member: true });
defGetter(RangeType, "stop", (r: PyRange) => normBig(vals(r).stop), { member: true });
defGetter(RangeType, "step", (r: PyRange) => normBig(vals(r).step), { member: true });

/** range == range: equal as sequences (range_equals). */
export function rangeEquals(a: PyRange, b: PyRange): boolean {
  if (a === b) return true;
  const x = vals(a), y = vals(b);
  const n = bigLength(x);
  if (n !== bigLength(y)) return false;
  if (n === 0n) return true;
  if (x.start !== y.start) return false;
  return n === 1n || x.step === y.step;
}

function rangeItem(r: PyRange, key: PyValue): PyValue {
  const v = vals(r), n = bigLength(v);
  if (key instanceof PySlice) {
    // compute_slice: the indices over the length, applied to the range's values
    const [start, stop, step] = bigSliceIndices(key, n);
    return new PyRange(normBig(v.start + start * v.step), normBig(v.start + stop * v.step), normBig(v.step * step));
  }
  if (!(typeof key === "number" || typeof key === "bigint" || typeof key === "boolean" || typeOf2(key))) {
    throw pyError(TypeError, `range indices must be integers or slices, not ${typeName(key)}`);
  }
  let i = bigIndex(key);
  if (i < 0n) i += n;
  if (i < 0n || i >= n) throw pyError(IndexError, "range object index out of range");
  return normBig(v.start + i * v.step);
}
const typeOf2 = (k: PyValue): boolean => typeof k === "object" && k.type.heap && k.type.lookup("__index__") !== undefined;

/** PySlice_GetIndicesEx over a length of any size (_PySlice_GetLongIndices). */
export function bigSliceIndices(s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const sliceIdx = (v: PyValue): bigint => {
    if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean" || typeOf2(v)) return bigIndex(v);
    throw pyError(TypeError, "slice indices must be integers or None or have an __index__ method");
  };
  const step = s.step === None ? 1n : sliceIdx(s.step);
  if (step === 0n) throw pyError(ValueError, "slice step cannot be zero");
  const lower = step < 0n ? -1n : 0n, upper = step < 0n ? length - 1n : length;
  const clamp = (v: PyValue, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let k = sliceIdx(v);
    if (k < 0n) { k += length; if (k < lower) k = lower; } else if (k > upper) k = upper;
    return k;
  };
  return [clamp(s.start, step < 0n ? upper : lower), clamp(s.stop, step < 0n ? lower : upper), step];
}

defMethod(RangeType, "__getitem__", (r: PyRange, args) => rangeItem(r, args[0]));
defMethod(RangeType, "__len__", (r: PyRange) => RangeType.slots.len!(r));
defMethod(RangeType, "__iter__", (r: PyRange) => RangeType.slots.iter!(r));

/** The position of an int in the range, or -1n. */
function intPosition(r: PyRange, x: bigint): bigint {
  const v = vals(r), n = bigLength(v);
  const d = x - v.start;
  if (d % v.step !== 0n) return -1n;
  const i = d / v.step;
  return i >= 0n && i < n ? i : -1n;
}
const isExactInt = (x: PyValue): x is number | bigint | boolean => typeof x === "number" || typeof x === "bigint" || typeof x === "boolean";

function rangeContains(r: PyRange, x: PyValue): boolean {
  if (isExactInt(x)) return intPosition(r, BigInt(typeof x === "boolean" ? +x : x)) >= 0n;
  // anything else: compare with each element (PySequence_Contains' iteration)
  const { start, step } = vals(r), n = bigLength(vals(r));
  for (let k = 0n; k < n; k++) if (eq(normBig(start + step * k), x)) return true;
  return false;
}
defMethod(RangeType, "__contains__", (r: PyRange, args) => rangeContains(r, args[0]));

function oneArg(name: string, args: PyValue[], kw: readonly string[] | null): PyValue {
  if (kw && kw.length) throw pyError(TypeError, `range.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyError(TypeError, `range.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
defMethod(RangeType, "count", (r: PyRange, args, kw) => {
  const x = oneArg("count", args, kw);
  if (isExactInt(x)) return rangeContains(r, x) ? 1 : 0;
  const { start, step } = vals(r), n = bigLength(vals(r));
  let c = 0;
  for (let k = 0n; k < n; k++) if (eq(normBig(start + step * k), x)) c++;
  return c;
});
defMethod(RangeType, "index", (r: PyRange, args, kw) => {
  const x = oneArg("index", args, kw);
  if (isExactInt(x)) {
    const i = intPosition(r, BigInt(typeof x === "boolean" ? +x : x));
    if (i < 0n) throw pyError(ValueError, "range.index(x): x not in range");
    return normBig(i);
  }
  const { start, step } = vals(r), n = bigLength(vals(r));
  for (let k = 0n; k < n; k++) if (eq(normBig(start + step * k), x)) return normBig(k);
  throw pyError(ValueError, "range.index(x): x not in range");
});
defMethod(RangeType, "__reversed__", (r: PyRange) => {
  const { start, step } = vals(r), n = bigLength(vals(r));
  let k = n - 1n;
  return new PyNativeIterator(RangeIteratorType, () => (k >= 0n ? normBig(start + step * k--) : undefined));
});

// ---- slice ---------------------------------------------------------------------------------------

TYPE_CONSTRUCTORS.set(SliceType, (args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, "slice() takes no keyword arguments");
  if (args.length === 0) throw pyError(TypeError, "slice expected at least 1 argument, got 0");
  if (args.length > 3) throw pyError(TypeError, `slice expected at most 3 arguments, got ${args.length}`);
  if (args.length === 1) return new PySlice(None, args[0], None);
  return new PySlice(args[0], args[1], args[2] ?? None);
});
defGetter(SliceType, "start", (s: PySlice) => s.start, { member: true });
defGetter(SliceType, "stop", (s: PySlice) => s.stop, { member: true });
defGetter(SliceType, "step", (s: PySlice) => s.step, { member: true });
SliceType.slots.hash = (s: PySlice) => hash(tuple([s.start, s.stop, s.step])) as number;
defMethod(SliceType, "indices", (s: PySlice, args, kw) => {
  if (kw && kw.length) throw pyError(TypeError, "slice.indices() takes no keyword arguments");
  if (args.length !== 1) throw pyError(TypeError, `slice.indices() takes exactly one argument (${args.length} given)`);
  const n = bigIndex(args[0]);
  if (n < 0n) throw pyError(ValueError, "length should not be negative");
  const [a, b, c] = bigSliceIndices(s, n);
  return tuple([normBig(a), normBig(b), normBig(c)]);
});

/** slice comparisons: as the tuples (start, stop, step) (slice_richcompare). */
export function sliceCompare(a: PySlice, b: PySlice, op: Cmp): boolean {
  return richCompareBool(tuple([a.start, a.stop, a.step]), tuple([b.start, b.stop, b.step]), op);
}
installExtraCompare((a, b, op) => {
  if (a instanceof PyRange && b instanceof PyRange && (op === Cmp.EQ || op === Cmp.NE)) return rangeEquals(a, b) === (op === Cmp.EQ);
  if (a instanceof PySlice && b instanceof PySlice) return sliceCompare(a, b, op);
  return undefined;
});
void (0 as unknown as PyInt);
