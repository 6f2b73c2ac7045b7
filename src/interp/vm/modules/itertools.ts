// The itertools module (CPython 3.14: Modules/itertoolsmodule.c, Modules/clinic/itertoolsmodule.c.h):
// every iterator type with CPython's argument handling, messages and reprs. Each object is a
// NativeIter whose state `s` mirrors the C struct's fields.
import { None, PyType, type PyValue } from "../../objects/object.js";
import {
  binaryOp, call, getattrOrUndefined, iter, iterateToArray, Nb, repr, richCompareBool, Cmp, truthy, typeName,
  defMethod, isInt,
} from "../../objects/abstract.js";
import { EMPTY_TUPLE, PyTuple, tuple } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";
import { pyError, RuntimeError, TypeError, ValueError } from "../../objects/exceptions.js";
import { ssizeArg } from "../../objects/args.js";
import { PyFloat } from "../../objects/numbers.js";
import { methNoArgs, methO, noKw, positional, unpack } from "../builtins.js";
import { defClassGetitem, defClassMethod, defFn, defNew, iterNext, NativeIter, nativeIterType, nativeType, typeOf } from "./native.js";
import { ComplexType } from "../../objects/complex.js";

const T = (name: string) => nativeIterType(`itertools.${name}`);
export const CountType = T("count"), CycleType = T("cycle"), RepeatType = T("repeat"), AccumulateType = T("accumulate");
export const BatchedType = T("batched"), ChainType = T("chain"), CompressType = T("compress"), DropwhileType = T("dropwhile");
export const FilterfalseType = T("filterfalse"), GroupbyType = T("groupby"), IsliceType = T("islice"), PairwiseType = T("pairwise");
export const StarmapType = T("starmap"), TakewhileType = T("takewhile"), ZipLongestType = T("zip_longest"), ProductType = T("product");
export const PermutationsType = T("permutations"), CombinationsType = T("combinations");
export const CwrType = T("combinations_with_replacement");
const GrouperType = nativeIterType("itertools._grouper", { baseType: false });
const TeeType = nativeIterType("itertools._tee", { baseType: false });
const TeeDataType = nativeType("itertools._tee_dataobject", undefined, { baseType: false });

/** A subclass's name in reprs (_PyType_Name). */
const shortName = (t: PyType): string => (t.heap ? t.name : t.qualname);

// ---- count(start=0, step=1) ------------------------------------------------------------------------

interface CountState { cnt: PyValue; step: PyValue }
/** PyNumber_Check: an int, float or complex, or anything with __index__/__int__/__float__ */
function isNumber(v: PyValue): boolean {
  if (isInt(v) || typeof v === "boolean" || v instanceof PyFloat || typeOf(v).isSubtype(ComplexType)) return true;
  const t = typeOf(v);
  return t.lookup("__index__") !== undefined || t.lookup("__int__") !== undefined || t.lookup("__float__") !== undefined;
}
// CPython: itertools_count_impl, count_nextlong, count_repr
defNew(CountType, (cls, args, kw) => {
  const [start = 0, step = 1] = unpack("count", args, kw, ["start", "step"], 0, 0, 2) as PyValue[];
  if (!isNumber(start) || !isNumber(step)) throw pyError(TypeError, "a number is required");
  // the fast mode (an int start that fits a Py_ssize_t, an int step of 1) keeps plain ints
  const intLike = (v: PyValue) => isInt(v) || typeof v === "boolean";
  const fast = intLike(start) && intLike(step) && Number(step) === 1 && (typeof start !== "bigint" || (start < 2n ** 63n && start >= -(2n ** 63n)));
  const s: CountState = fast ? { cnt: typeof start === "boolean" ? Number(start) : start, step: 1 } : { cnt: start, step };
  return new NativeIter(cls, s, (st) => { const r = st.cnt; st.cnt = binaryOp(st.cnt, st.step, Nb.ADD); return r; });
});
CountType.slots.repr = (o: NativeIter<CountState>) => {
  const { cnt, step } = o.s;
  const one = (typeof step === "number" && step === 1) || step === true;
  return one ? `${shortName(o.type)}(${repr(cnt)})` : `${shortName(o.type)}(${repr(cnt)}, ${repr(step)})`;
};

// ---- cycle(iterable) ----------------------------------------------------------------------------------

// CPython: itertools_cycle_impl, cycle_next
defNew(CycleType, (cls, args, kw) => {
  noKw("cycle", kw);
  positional("cycle", args, null, 1, 1);
  const s = { it: iter(args[0]) as PyValue | null, saved: [] as PyValue[], index: 0 };
  return new NativeIter(cls, s, (st) => {
    if (st.it !== null) {
      const v = iterNext(st.it);
      if (v !== undefined) { st.saved.push(v); return v; }
      st.it = null;
    }
    if (st.saved.length === 0) return undefined;
    const v = st.saved[st.index];
    st.index = (st.index + 1) % st.saved.length;
    return v;
  });
});

// ---- repeat(object, times=<forever>) -----------------------------------------------------------------

interface RepeatState { element: PyValue; cnt: number }
// CPython: repeat_new, repeat_next, repeat_repr, repeat_len
defNew(RepeatType, (cls, args, kw) => {
  const [element, times] = unpack("repeat", args, kw, ["object", "times"], 0, 1, 2);
  let cnt = -1;
  if (times !== undefined) cnt = Math.max(0, ssizeArg(times));
  return new NativeIter(cls, { element: element!, cnt } as RepeatState, (st) => {
    if (st.cnt === 0) return undefined;
    if (st.cnt > 0) st.cnt--;
    return st.element;
  });
});
RepeatType.slots.repr = (o: NativeIter<RepeatState>) =>
  o.s.cnt === -1 ? `${shortName(o.type)}(${repr(o.s.element)})` : `${shortName(o.type)}(${repr(o.s.element)}, ${o.s.cnt})`;
defMethod(RepeatType, "__length_hint__", (o: NativeIter<RepeatState>, args, kw) => {
  methNoArgs("repeat.__length_hint__", args, kw);
  if (o.s.cnt === -1) throw pyError(TypeError, "len() of unsized object");
  return o.s.cnt;
});

// ---- accumulate(iterable, func=None, *, initial=None) ------------------------------------------------

// CPython: itertools_accumulate_impl, accumulate_next
defNew(AccumulateType, (cls, args, kw) => {
  const [iterable, func = None, initial = None] = unpack("accumulate", args, kw, ["iterable", "func", "initial"], 0, 1, 2) as PyValue[];
  const s = { it: iter(iterable), func, total: undefined as PyValue | undefined, initial: initial === None ? undefined : initial };
  return new NativeIter(cls, s, (st) => {
    if (st.initial !== undefined) {
      st.total = st.initial;
      st.initial = undefined;
      return st.total;
    }
    const v = iterNext(st.it);
    if (v === undefined) return undefined;
    st.total = st.total === undefined ? v : st.func === None ? binaryOp(st.total, v, Nb.ADD) : call(st.func, [st.total, v]);
    return st.total;
  });
});

// ---- batched(iterable, n, *, strict=False) ------------------------------------------------------------

// CPython: batched_new_impl, batched_next
defNew(BatchedType, (cls, args, kw) => {
  const [iterable, nArg, strict = false] = unpack("batched", args, kw, ["iterable", "n", "strict"], 0, 2, 2) as PyValue[];
  const n = ssizeArg(nArg);
  if (n < 1) throw pyError(ValueError, "n must be at least one");
  const s = { it: iter(iterable) as PyValue | null, n, strict: truthy(strict) };
  return new NativeIter(cls, s, (st) => {
    if (st.it === null) return undefined;
    const items: PyValue[] = [];
    while (items.length < st.n) {
      const v = iterNext(st.it);
      if (v === undefined) break;
      items.push(v);
    }
    if (items.length < st.n) {
      if (items.length === 0) { st.it = null; return undefined; }
      if (st.strict) { st.it = null; throw pyError(ValueError, "batched(): incomplete batch"); }
    }
    return tuple(items);
  });
});

// ---- chain(*iterables), chain.from_iterable(iterable) ---------------------------------------------------

interface ChainState { source: PyValue | null; active: PyValue | null }
function chainStep(st: ChainState): PyValue | undefined {
  for (;;) {
    if (st.active === null) {
      if (st.source === null) return undefined;
      const iterable = iterNext(st.source);
      if (iterable === undefined) { st.source = null; return undefined; }
      try {
        st.active = iter(iterable);
      } catch (e) {
        st.source = null;
        throw e;
      }
    }
    const v = iterNext(st.active);
    if (v !== undefined) return v;
    st.active = null;
  }
}
// CPython: chain_new, chain_new_from_iterable, chain_next
defNew(ChainType, (cls, args, kw) => {
  if (cls === ChainType) noKw("chain", kw);
  return new NativeIter(cls, { source: iter(tuple(args)), active: null } as ChainState, chainStep);
});
defClassMethod(ChainType, "from_iterable", (args, kw) => {
  const arg = methO("chain.from_iterable", args.slice(1), kw);
  return new NativeIter(args[0] as PyType, { source: iter(arg), active: null } as ChainState, chainStep);
});
defClassGetitem(ChainType);

// ---- compress(data, selectors) ----------------------------------------------------------------------------

// CPython: itertools_compress_impl, compress_next
defNew(CompressType, (cls, args, kw) => {
  const [data, selectors] = unpack("compress", args, kw, ["data", "selectors"], 0, 2, 2) as PyValue[];
  const s = { data: iter(data), selectors: iter(selectors) };
  return new NativeIter(cls, s, (st) => {
    for (;;) {
      const d = iterNext(st.data);
      if (d === undefined) return undefined;
      const sel = iterNext(st.selectors);
      if (sel === undefined) return undefined;
      if (truthy(sel)) return d;
    }
  });
});

// ---- dropwhile, takewhile, filterfalse, starmap (predicate/function, iterable) ----------------------------

function twoArgs(cls: PyType, base: PyType, name: string, args: PyValue[], kw: readonly string[] | null): [PyValue, PyValue] {
  if (cls === base) noKw(name, kw);
  positional(name, args, null, 2, 2);
  return [args[0], iter(args[1])];
}
// CPython: itertools_dropwhile_impl, dropwhile_next
defNew(DropwhileType, (cls, args, kw) => {
  const [pred, it] = twoArgs(cls, DropwhileType, "dropwhile", args, kw);
  return new NativeIter(cls, { pred, it, start: false }, (st) => {
    for (;;) {
      const v = iterNext(st.it);
      if (v === undefined) return undefined;
      if (st.start) return v;
      if (!truthy(call(st.pred, [v]))) { st.start = true; return v; }
    }
  });
});
// CPython: itertools_takewhile_impl, takewhile_next
defNew(TakewhileType, (cls, args, kw) => {
  const [pred, it] = twoArgs(cls, TakewhileType, "takewhile", args, kw);
  return new NativeIter(cls, { pred, it, stop: false }, (st) => {
    if (st.stop) return undefined;
    const v = iterNext(st.it);
    if (v === undefined) return undefined;
    if (truthy(call(st.pred, [v]))) return v;
    st.stop = true;
    return undefined;
  });
});
// CPython: itertools_filterfalse_impl, filterfalse_next
defNew(FilterfalseType, (cls, args, kw) => {
  const [func, it] = twoArgs(cls, FilterfalseType, "filterfalse", args, kw);
  return new NativeIter(cls, { func, it }, (st) => {
    for (;;) {
      const v = iterNext(st.it);
      if (v === undefined) return undefined;
      const ok = st.func === None || st.func === BoolTypeRef() ? truthy(v) : truthy(call(st.func, [v]));
      if (!ok) return v;
    }
  });
});
import { BoolType } from "../../objects/object.js";
const BoolTypeRef = () => BoolType;
// CPython: itertools_starmap_impl, starmap_next
defNew(StarmapType, (cls, args, kw) => {
  const [func, it] = twoArgs(cls, StarmapType, "starmap", args, kw);
  return new NativeIter(cls, { func, it }, (st) => {
    const v = iterNext(st.it);
    if (v === undefined) return undefined;
    const argv = v instanceof PyTuple ? v.items.slice() : iterateToArray(v);
    return call(st.func, argv);
  });
});

// ---- groupby(iterable, key=None) and _grouper ---------------------------------------------------------

interface GroupbyState {
  it: PyValue; keyfunc: PyValue;
  tgtkey: PyValue | undefined; currkey: PyValue | undefined; currvalue: PyValue | undefined;
  currgrouper: NativeIter<GrouperState> | null;
}
interface GrouperState { parent: NativeIter<GroupbyState>; tgtkey: PyValue }
/** groupby_step: false when the underlying iterator is exhausted */
function groupbyStep(g: GroupbyState): boolean {
  const v = iterNext(g.it);
  if (v === undefined) return false;
  const k = g.keyfunc === None ? v : call(g.keyfunc, [v]);
  g.currvalue = v;
  g.currkey = k;
  return true;
}
function makeGrouper(parent: NativeIter<GroupbyState>, tgtkey: PyValue): NativeIter<GrouperState> {
  const gr: NativeIter<GrouperState> = new NativeIter(GrouperType, { parent, tgtkey }, (st) => {
    const g = st.parent.s;
    if (g.currgrouper !== gr) return undefined;
    if (g.currvalue === undefined && !groupbyStep(g)) return undefined;
    if (!richCompareBool(st.tgtkey, g.currkey!, Cmp.EQ)) return undefined;
    const r = g.currvalue!;
    g.currvalue = undefined;
    g.currkey = undefined;
    return r;
  });
  parent.s.currgrouper = gr;
  return gr;
}
// CPython: itertools_groupby_impl, groupby_next, _grouper_create, _grouper_next
defNew(GroupbyType, (cls, args, kw) => {
  const [iterable, keyfunc = None] = unpack("groupby", args, kw, ["iterable", "key"], 0, 1, 2) as PyValue[];
  const s: GroupbyState = { it: iter(iterable), keyfunc, tgtkey: undefined, currkey: undefined, currvalue: undefined, currgrouper: null };
  const gb: NativeIter<GroupbyState> = new NativeIter(cls, s, (g) => {
    g.currgrouper = null;
    for (;;) {
      if (g.currkey === undefined) { /* step */ }
      else if (g.tgtkey === undefined) break;
      else if (!richCompareBool(g.tgtkey, g.currkey, Cmp.EQ)) break;
      if (!groupbyStep(g)) return undefined;
    }
    g.tgtkey = g.currkey!;
    return tuple([g.currkey!, makeGrouper(gb, g.tgtkey)]);
  });
  return gb;
});
defNew(GrouperType, (_cls, args, kw) => {
  noKw("_grouper", kw);
  positional("_grouper", args, null, 2, 2);
  if (!(args[0] instanceof NativeIter) || !typeOf(args[0]).isSubtype(GroupbyType)) {
    throw pyError(TypeError, `_grouper() argument 1 must be itertools.groupby, not ${typeName(args[0])}`);
  }
  return makeGrouper(args[0] as NativeIter<GroupbyState>, args[1]);
});

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]) -------------------------------------

const STOP_MSG = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
/** PyNumber_AsSsize_t(v, NULL) where any failure leaves -1 */
function sliceArg(v: PyValue): number {
  try {
    return ssizeArg(v);
  } catch {
    return -1;
  }
}
// CPython: islice_new, islice_next
defNew(IsliceType, (cls, args, kw) => {
  if (cls === IsliceType) noKw("islice", kw);
  positional("islice", args, null, 2, 4);
  let start = 0, stop = -1, step = 1;
  if (args.length === 2) {
    if (args[1] !== None) {
      stop = sliceArg(args[1]);
      if (stop === -1) throw pyError(ValueError, STOP_MSG);
    }
  } else {
    if (args[1] !== None) start = sliceArg(args[1]);
    if (args[2] !== None) {
      stop = sliceArg(args[2]);
      if (stop === -1) throw pyError(ValueError, STOP_MSG);
    }
  }
  if (start < 0 || stop < -1) throw pyError(ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
  if (args.length === 4 && args[3] !== None) step = sliceArg(args[3]);
  if (step < 1) throw pyError(ValueError, "Step for islice() must be a positive integer or None.");
  const s = { it: iter(args[0]) as PyValue | null, next: start, stop, step, cnt: 0 };
  return new NativeIter(cls, s, (st) => {
    if (st.it === null) return undefined;
    while (st.cnt < st.next) {
      if (iterNext(st.it) === undefined) { st.it = null; return undefined; }
      st.cnt++;
    }
    if (st.stop !== -1 && st.cnt >= st.stop) { st.it = null; return undefined; }
    const v = iterNext(st.it);
    if (v === undefined) { st.it = null; return undefined; }
    st.cnt++;
    st.next += st.step;
    if (st.stop !== -1 && st.next > st.stop) st.next = st.stop;
    return v;
  });
});

// ---- pairwise(iterable) -------------------------------------------------------------------------------------

// CPython: pairwise_new_impl, pairwise_next
defNew(PairwiseType, (cls, args, kw) => {
  if (cls === PairwiseType) noKw("pairwise", kw);
  positional("pairwise", args, null, 1, 1);
  const s = { it: iter(args[0]) as PyValue | null, old: undefined as PyValue | undefined };
  return new NativeIter(cls, s, (st) => {
    if (st.it === null) return undefined;
    if (st.old === undefined) {
      st.old = iterNext(st.it);
      if (st.old === undefined) { st.it = null; return undefined; }
    }
    const nv = iterNext(st.it);
    if (nv === undefined) { st.it = null; st.old = undefined; return undefined; }
    const r = tuple([st.old, nv]);
    st.old = nv;
    return r;
  });
});

// ---- zip_longest(*iterables, fillvalue=None) ---------------------------------------------------------------

// CPython: zip_longest_new, zip_longest_next
defNew(ZipLongestType, (cls, args, kw) => {
  const npos = args.length - (kw ? kw.length : 0);
  let fill: PyValue = None;
  if (kw && kw.length) {
    if (kw.length > 1 || kw[0] !== "fillvalue") throw pyError(TypeError, "zip_longest() got an unexpected keyword argument");
    fill = args[npos];
  }
  const its: Array<PyValue | null> = args.slice(0, npos).map(iter);
  const s = { its, active: its.length, fill };
  return new NativeIter(cls, s, (st) => {
    if (st.its.length === 0 || st.active === 0) return undefined;
    const row: PyValue[] = [];
    for (let i = 0; i < st.its.length; i++) {
      const it = st.its[i];
      let v: PyValue | undefined;
      if (it === null) v = st.fill;
      else {
        v = iterNext(it);
        if (v === undefined) {
          st.its[i] = null;
          if (--st.active === 0) return undefined;
          v = st.fill;
        }
      }
      row.push(v);
    }
    return tuple(row);
  });
});

// ---- product, permutations, combinations, combinations_with_replacement -----------------------------------

/** Index-vector iteration shared by the combinatoric types: `advance` moves the indices to the next
 *  result (false when done); results are tuples of pool items. */
function indexIter(cls: PyType, first: number[] | null, advance: (ix: number[]) => boolean,
  pick: (ix: number[]) => PyValue[]): PyValue {
  const s = { ix: first, started: false };
  return new NativeIter(cls, s, (st) => {
    if (st.ix === null) return undefined;
    if (st.started && !advance(st.ix)) { st.ix = null; return undefined; }
    st.started = true;
    return tuple(pick(st.ix));
  });
}
// CPython: product_new, product_next
defNew(ProductType, (cls, args, kw) => {
  const npos = args.length - (kw ? kw.length : 0);
  let repeat = 1;
  if (kw && kw.length) {
    for (let i = 0; i < kw.length; i++) {
      if (kw[i] !== "repeat") throw pyError(TypeError, `product() got an unexpected keyword argument '${kw[i]}'`);
      repeat = ssizeArg(args[npos + i]);
    }
    if (repeat < 0) throw pyError(ValueError, "repeat argument cannot be negative");
  }
  const base = args.slice(0, npos).map((a) => iterateToArray(a));
  const pools: PyValue[][] = [];
  for (let r = 0; r < repeat; r++) pools.push(...base);
  const empty = pools.some((p) => p.length === 0);
  const ix = pools.map(() => 0);
  return indexIter(cls, empty ? null : ix, (idx) => {
    for (let i = idx.length - 1; i >= 0; i--) {
      if (++idx[i] < pools[i].length) return true;
      idx[i] = 0;
    }
    return false;
  }, (idx) => idx.map((k, i) => pools[i][k]));
});
function rArg(v: PyValue | undefined, dflt: number, exact: boolean): number {
  if (v === undefined || v === None) {
    if (v === None && exact) ssizeArg(v);
    return dflt;
  }
  if (!exact && !isInt(v) && typeof v !== "boolean") throw pyError(TypeError, "Expected int as r");
  const r = ssizeArg(v);
  if (r < 0) throw pyError(ValueError, "r must be non-negative");
  return r;
}
// CPython: itertools_permutations_impl, permutations_next
defNew(PermutationsType, (cls, args, kw) => {
  const [iterable, rv] = unpack("permutations", args, kw, ["iterable", "r"], 0, 1, 2);
  const pool = iterateToArray(iterable!);
  const n = pool.length;
  const r = rArg(rv, n, false);
  const indices = Array.from({ length: n }, (_, i) => i);
  const cycles = Array.from({ length: r }, (_, i) => n - i);
  return indexIter(cls, r > n ? null : indices, (idx) => {
    for (let i = r - 1; i >= 0; i--) {
      cycles[i]--;
      if (cycles[i] === 0) {
        const x = idx[i];
        idx.splice(i, 1);
        idx.push(x);
        cycles[i] = n - i;
      } else {
        const j = cycles[i];
        [idx[i], idx[n - j]] = [idx[n - j], idx[i]];
        return true;
      }
    }
    return false;
  }, (idx) => idx.slice(0, r).map((k) => pool[k]));
});
// CPython: itertools_combinations_impl, combinations_next
defNew(CombinationsType, (cls, args, kw) => {
  const [iterable, rv] = unpack("combinations", args, kw, ["iterable", "r"], 0, 2, 2);
  const pool = iterateToArray(iterable!);
  const r = rArg(rv, 0, true), n = pool.length;
  return indexIter(cls, r > n ? null : Array.from({ length: r }, (_, i) => i), (idx) => {
    let i = r - 1;
    while (i >= 0 && idx[i] === i + n - r) i--;
    if (i < 0) return false;
    idx[i]++;
    for (let j = i + 1; j < r; j++) idx[j] = idx[j - 1] + 1;
    return true;
  }, (idx) => idx.map((k) => pool[k]));
});
// CPython: itertools_combinations_with_replacement_impl, cwr_next
defNew(CwrType, (cls, args, kw) => {
  const [iterable, rv] = unpack("combinations_with_replacement", args, kw, ["iterable", "r"], 0, 2, 2);
  const pool = iterateToArray(iterable!);
  const r = rArg(rv, 0, true), n = pool.length;
  return indexIter(cls, n === 0 && r > 0 ? null : new Array(r).fill(0), (idx) => {
    let i = r - 1;
    while (i >= 0 && idx[i] === n - 1) i--;
    if (i < 0) return false;
    const v = idx[i] + 1;
    for (let j = i; j < r; j++) idx[j] = v;
    return true;
  }, (idx) => idx.map((k) => pool[k]));
});

// ---- tee(iterable, n=2) and _tee ------------------------------------------------------------------------------

/** The values read from the shared iterator (teedataobject's linked cells, as one growing array). */
interface TeeData { it: PyValue; values: PyValue[]; running: boolean }
interface TeeState { data: TeeData; index: number }
function teeStep(st: TeeState): PyValue | undefined {
  const d = st.data;
  if (st.index < d.values.length) return d.values[st.index++];
  if (d.running) throw pyError(RuntimeError, "cannot re-enter the tee iterator");
  d.running = true;
  let v: PyValue | undefined;
  try { v = iterNext(d.it); } finally { d.running = false; }
  if (v === undefined) return undefined;
  d.values.push(v);
  st.index++;
  return v;
}
const newTee = (data: TeeData, index: number): NativeIter<TeeState> => new NativeIter(TeeType, { data, index }, teeStep);
/** tee_fromiterable: a _tee over `iterable` (a copy when it already is one) */
function teeFromIterable(iterable: PyValue): PyValue {
  const it = iter(iterable);
  if (it instanceof NativeIter && it.type === TeeType) return newTee((it.s as TeeState).data, (it.s as TeeState).index);
  return newTee({ it, values: [], running: false }, 0);
}
defMethod(TeeType, "__copy__", (o: NativeIter<TeeState>, args, kw) => {
  methNoArgs("_tee.__copy__", args, kw);
  return newTee(o.s.data, o.s.index);
});
defNew(TeeType, (_cls, args, kw) => {
  noKw("_tee", kw);
  positional("_tee", args, null, 1, 1);
  return teeFromIterable(args[0]);
});

export function makeItertools(): PyModule {
  const m = new PyModule("itertools");
  const d = m.dict;
  d.set("__doc__", "Functional tools for creating and using iterators.");
  for (const t of [AccumulateType, BatchedType, ChainType, CombinationsType, CwrType, CompressType, CountType, CycleType,
    DropwhileType, FilterfalseType, GroupbyType, IsliceType, PairwiseType, PermutationsType, ProductType, RepeatType,
    StarmapType, TakewhileType, ZipLongestType, GrouperType, TeeType, TeeDataType]) d.set(t.qualname, t);
  // CPython: itertools_tee_impl
  defFn(m, "tee", (args, kw) => {
    noKw("tee", kw);
    positional("tee", args, null, 1, 2);
    const n = args.length > 1 ? ssizeArg(args[1]) : 2;
    if (n < 0) throw pyError(ValueError, "n must be >= 0");
    if (n === 0) { iter(args[0]); return EMPTY_TUPLE; }
    const it = iter(args[0]);
    let copyfunc = getattrOrUndefined(it, "__copy__");
    let copyable: PyValue = it;
    if (copyfunc === undefined) {
      copyable = teeFromIterable(it);
      copyfunc = getattrOrUndefined(copyable, "__copy__")!;
    }
    const out: PyValue[] = [copyable];
    for (let i = 1; i < n; i++) out.push(call(copyfunc, []));
    return tuple(out);
  }).fn;
  return m;
}
