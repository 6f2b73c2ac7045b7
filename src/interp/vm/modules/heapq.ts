// The _heapq module (CPython 3.14: Modules/_heapqmodule.c): the min-heap and max-heap functions
// over a list, comparing with `<` only, with CPython's sift order (including the cache-friendly
// heapify of large lists) and its checks for a list resized by a comparison.
import { None, type PyValue } from "../../objects/object.js";
import { Cmp, richCompareBool, typeName } from "../../objects/abstract.js";
import { PyList } from "../../objects/containers.js";
import { PyModule } from "../../objects/functions.js";
import { IndexError, pyError, RuntimeError, TypeError } from "../../objects/exceptions.js";
import { defFn } from "./native.js";

/** a < b, or b < a for the max-heap variants */
type Less = (a: PyValue, b: PyValue) => boolean;
const lt: Less = (a, b) => richCompareBool(a, b, Cmp.LT);
const gt: Less = (a, b) => richCompareBool(b, a, Cmp.LT);
const resized = () => pyError(RuntimeError, "list changed size during iteration");

// CPython: siftdown / siftdown_max
function siftdown(heap: PyList, startpos: number, pos: number, less: Less): void {
  const size = heap.items.length;
  if (pos >= size) throw pyError(IndexError, "index out of range");
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const c = less(heap.items[pos], heap.items[parentpos]);
    if (size !== heap.items.length) throw resized();
    if (!c) break;
    const arr = heap.items;
    [arr[parentpos], arr[pos]] = [arr[pos], arr[parentpos]];
    pos = parentpos;
  }
}
// CPython: siftup / siftup_max (bubble the smaller child up to a leaf, then sift down)
function siftup(heap: PyList, pos: number, less: Less): void {
  const endpos = heap.items.length;
  const startpos = pos;
  if (pos >= endpos) throw pyError(IndexError, "index out of range");
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const c = less(heap.items[childpos], heap.items[childpos + 1]);
      if (!c) childpos++;
      if (endpos !== heap.items.length) throw resized();
    }
    const arr = heap.items;
    [arr[childpos], arr[pos]] = [arr[pos], arr[childpos]];
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}
/** keep_top_bit */
function keepTopBit(n: number): number {
  let i = 0;
  while (n > 1) { n >>= 1; i++; }
  return n << i;
}
// CPython: heapify_internal / cache_friendly_heapify
function heapify(heap: PyList, less: Less): void {
  const n = heap.items.length;
  if (n > 2500) {
    const m = n >> 1, leftmost = keepTopBit(m + 1) - 1, mhalf = m >> 1;
    const run = (i: number) => {
      for (let j = i; ; j >>= 1) {
        siftup(heap, j, less);
        if (!(j & 1)) break;
      }
    };
    for (let i = leftmost - 1; i >= mhalf; i--) run(i);
    for (let i = m - 1; i >= leftmost; i--) run(i);
    return;
  }
  for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
}

function listArg(fname: string, v: PyValue, single: boolean): PyList {
  if (!(v instanceof PyList)) throw pyError(TypeError, `${fname}() argument${single ? "" : " 1"} must be list, not ${v === None ? "None" : typeName(v)}`);
  return v;
}

export function makeHeapq(): PyModule {
  const m = new PyModule("_heapq");
  m.dict.set("__doc__", "Heap queue algorithm (a.k.a. priority queue).");
  const two = (name: string, fn: (heap: PyList, item: PyValue) => PyValue) => defFn(m, name, (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 2) throw pyError(TypeError, `${name} expected 2 arguments, got ${args.length}`);
    return fn(listArg(name, args[0], false), args[1]);
  });
  const one = (name: string, fn: (heap: PyList) => PyValue) => defFn(m, name, (args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `_heapq.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw pyError(TypeError, `_heapq.${name}() takes exactly one argument (${args.length} given)`);
    return fn(listArg(name, args[0], true));
  });
  for (const [suffix, less] of [["", lt], ["_max", gt]] as const) {
    // CPython: heappush / heappush_max
    two("heappush" + suffix, (heap, item) => {
      heap.items.push(item);
      siftdown(heap, 0, heap.items.length - 1, less);
      return None;
    });
    // heappop_internal
    one("heappop" + suffix, (heap) => {
      const n = heap.items.length;
      if (n === 0) throw pyError(IndexError, "index out of range");
      const last = heap.items.pop()!;
      if (n - 1 === 0) return last;
      const r = heap.items[0];
      heap.items[0] = last;
      siftup(heap, 0, less);
      return r;
    });
    // heapreplace_internal
    two("heapreplace" + suffix, (heap, item) => {
      if (heap.items.length === 0) throw pyError(IndexError, "index out of range");
      const r = heap.items[0];
      heap.items[0] = item;
      siftup(heap, 0, less);
      return r;
    });
    // heappushpop / heappushpop_max
    two("heappushpop" + suffix, (heap, item) => {
      if (heap.items.length === 0) return item;
      const top = heap.items[0];
      if (!less(top, item)) return item;
      if (heap.items.length === 0) throw pyError(IndexError, "index out of range");
      const r = heap.items[0];
      heap.items[0] = item;
      siftup(heap, 0, less);
      return r;
    });
    one("heapify" + suffix, (heap) => { heapify(heap, less); return None; });
  }
  return m;
}
