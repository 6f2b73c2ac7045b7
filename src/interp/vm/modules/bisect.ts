// The _bisect module (CPython 3.14: Modules/_bisectmodule.c): bisect_left/right and
// insort_left/right with lo, hi and key, over any sequence (list.insert or the sequence's insert).
import { None, type PyValue } from "../../objects/object.js";
import { call, Cmp, getattr, getitem, len, richCompareBool } from "../../objects/abstract.js";
import { ListType, PyDict, PyList } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { ssizeArg } from "../../objects/args.js";
import { unpack } from "../builtins.js";
import { defFn } from "./native.js";

/** PySequence_GetItem (a dict is refused) */
function seqItem(a: PyValue, i: number): PyValue {
  if (a instanceof PyDict) throw pyError(TypeError, "dict is not a sequence");
  return getitem(a, i);
}
// CPython: internal_bisect_right / internal_bisect_left
function bisect(a: PyValue, x: PyValue, lo: number, hi: number, key: PyValue, right: boolean): number {
  if (lo < 0) throw pyError(ValueError, "lo must be non-negative");
  if (hi === -1) hi = len(a);
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    let item = seqItem(a, mid);
    if (key !== None) item = call(key, [item]);
    if (right ? richCompareBool(x, item, Cmp.LT) : !richCompareBool(item, x, Cmp.LT)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

export function makeBisect(): PyModule {
  const m = new PyModule("_bisect");
  m.dict.set("__doc__", "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n");
  const NAMES = ["a", "x", "lo", "hi", "key"];
  const parse = (fname: string, args: PyValue[], kw: readonly string[] | null) => {
    const [a, x, loArg, hiArg, key] = unpack(fname, args, kw, NAMES, 0, 2, 4);
    const lo = loArg === undefined ? 0 : ssizeArg(loArg);
    const hi = hiArg === undefined || hiArg === None ? -1 : ssizeArg(hiArg);
    return { a: a!, x: x!, lo, hi, key: key ?? None };
  };
  for (const right of [true, false]) {
    const side = right ? "right" : "left";
    defFn(m, `bisect_${side}`, (args, kw) => {
      const p = parse(`bisect_${side}`, args, kw);
      return bisect(p.a, p.x, p.lo, p.hi, p.key, right);
    });
    // CPython: _bisect_insort_right_impl / _bisect_insort_left_impl
    defFn(m, `insort_${side}`, (args, kw) => {
      const p = parse(`insort_${side}`, args, kw);
      const k = p.key === None ? p.x : call(p.key, [p.x]);
      const index = bisect(p.a, k, p.lo, p.hi, p.key, right);
      if (p.a instanceof PyList && p.a.type === ListType) p.a.items.splice(index, 0, p.x);
      else call(getattr(p.a, "insert"), [index, p.x]);
      return None;
    });
  }
  return m;
}
