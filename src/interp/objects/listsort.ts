// list.sort, comparison for comparison as CPython 3.14 does it: which pairs get compared, in which
// order, is observable (a class's __lt__ runs, and shows in sys.monitoring), so this is a port of
// Objects/listobject.c's timsort with powersort merging: list_sort_impl, count_run, binarysort,
// gallop_left, gallop_right, merge_lo, merge_hi, merge_at, found_new_run, powerloop,
// merge_force_collapse, merge_compute_minrun. Pointers become indices; a "sortslice" is an index
// into `keys` (and the same index into `values`, when a key function made keys of their own).
//
// Every comparison is PyObject_RichCompareBool(v, w, Py_LT). CPython's pre-sort check picks faster
// compares for homogeneous lists; they agree with it except that unsafe_object_compare calls the
// type's __lt__ a second time when it returns NotImplemented (not reproduced).
import { nativeTick } from "./interrupt.js";
import { call, Cmp, richCompareBool } from "./abstract.js";
import { None, type PyValue } from "./object.js";

const MIN_GALLOP = 7;
const MAX_MINRUN = 64;

interface Run { base: number; len: number; power: number }

class MergeState {
  minGallop = MIN_GALLOP;
  readonly pending: Run[] = [];
  constructor(readonly keys: PyValue[], readonly values: PyValue[] | null, readonly listlen: number) {}
}

function lt(x: PyValue, y: PyValue): boolean {
  nativeTick(); // a pause or Ctrl-C inside a long sort (CPython checks in the comparisons' calls)
  return richCompareBool(x, y, Cmp.LT);
}

function reverseRange(a: PyValue[], lo: number, hi: number): void {
  for (--hi; lo < hi; ++lo, --hi) {
    const t = a[lo];
    a[lo] = a[hi];
    a[hi] = t;
  }
}

function reverseSlice(ms: MergeState, lo: number, hi: number): void {
  reverseRange(ms.keys, lo, hi);
  if (ms.values) reverseRange(ms.values, lo, hi);
}

/** The run starting at lo, made ascending in place (a descending run is reversed, stably). */
function countRun(ms: MergeState, lo: number, nremaining: number): number {
  const K = ms.keys;
  let n: number;
  for (n = 1; n < nremaining; ++n) if (lt(K[lo + n], K[lo + n - 1])) break;
  if (n === nremaining) return n;
  if (n > 1) {
    if (lt(K[lo], K[lo + n - 1])) return n;
    reverseSlice(ms, lo, lo + n);
  }
  ++n;
  let neq = 0;
  const reverseLastNeq = (): void => {
    if (neq) {
      ++neq;
      reverseSlice(ms, lo + n - neq, lo + n);
      neq = 0;
    }
  };
  for (; n < nremaining; ++n) {
    if (lt(K[lo + n], K[lo + n - 1])) reverseLastNeq();
    else if (lt(K[lo + n - 1], K[lo + n])) break;
    else ++neq;
  }
  reverseLastNeq();
  reverseSlice(ms, lo, lo + n);
  for (; n < nremaining; ++n) if (lt(K[lo + n], K[lo + n - 1])) break;
  return n;
}

/** Stable binary insertion sort of keys[lo:lo+n], keys[lo:lo+ok] being sorted already. */
function binarySort(ms: MergeState, lo: number, n: number, ok: number): void {
  const K = ms.keys, V = ms.values;
  if (!ok) ++ok;
  for (; ok < n; ++ok) {
    let L = 0, R = ok;
    const pivot = K[lo + ok];
    do {
      const M = (L + R) >> 1;
      if (lt(pivot, K[lo + M])) R = M;
      else L = M + 1;
    } while (L < R);
    for (let M = ok; M > L; --M) K[lo + M] = K[lo + M - 1];
    K[lo + L] = pivot;
    if (V) {
      const vp = V[lo + ok];
      for (let M = ok; M > L; --M) V[lo + M] = V[lo + M - 1];
      V[lo + L] = vp;
    }
  }
}

/** k such that a[k-1] < key <= a[k], over a[base:base+n], starting the search at hint. */
function gallopLeft(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let ofs = 1, lastofs = 0;
  if (lt(a[base + hint], key)) {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(a[base + hint + ofs], key)) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(a[base + hint - ofs], key)) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(a[base + m], key)) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

/** k such that a[k-1] <= key < a[k], over a[base:base+n], starting the search at hint. */
function gallopRight(key: PyValue, a: PyValue[], base: number, n: number, hint: number): number {
  let ofs = 1, lastofs = 0;
  if (lt(key, a[base + hint])) {
    const maxofs = hint + 1;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint - ofs])) {
        lastofs = ofs;
        ofs = ofs * 2 + 1;
      } else break;
    }
    if (ofs > maxofs) ofs = maxofs;
    const k = lastofs;
    lastofs = hint - ofs;
    ofs = hint - k;
  } else {
    const maxofs = n - hint;
    while (ofs < maxofs) {
      if (lt(key, a[base + hint + ofs])) break;
      lastofs = ofs;
      ofs = ofs * 2 + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  ++lastofs;
  while (lastofs < ofs) {
    const m = lastofs + ((ofs - lastofs) >> 1);
    if (lt(key, a[base + m])) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

/** Merge runs [pa, pa+na) and [pb, pb+nb) (pb = pa+na), na <= nb, with A copied aside. */
function mergeLo(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const K = ms.keys, V = ms.values;
  const TK = K.slice(pa, pa + na), TV = V ? V.slice(pa, pa + na) : null;
  let dest = pa, a = 0, b = pb;
  const fromB = (): void => { K[dest] = K[b]; if (V) V[dest] = V[b]; dest++; b++; };
  const fromA = (): void => { K[dest] = TK[a]; if (V) V[dest] = TV![a]; dest++; a++; };
  // Succeed / Fail: what is left of A goes after dest
  const restA = (): void => { for (let i = 0; i < na; i++) { K[dest + i] = TK[a + i]; if (V) V[dest + i] = TV![a + i]; } };
  // CopyB: the rest of B, then A's last element
  const copyB = (): void => {
    for (let i = 0; i < nb; i++) { K[dest + i] = K[b + i]; if (V) V[dest + i] = V[b + i]; }
    K[dest + nb] = TK[a];
    if (V) V[dest + nb] = TV![a];
  };
  try {
    fromB();
    --nb;
    if (nb === 0) return restA();
    if (na === 1) return copyB();
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        if (lt(K[b], TK[a])) {
          fromB(); ++bcount; acount = 0; --nb;
          if (nb === 0) return restA();
          if (bcount >= minGallop) break;
        } else {
          fromA(); ++acount; bcount = 0; --na;
          if (na === 1) return copyB();
          if (acount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        if (minGallop > 1) minGallop--;
        ms.minGallop = minGallop;
        let k = gallopRight(K[b], TK, a, na, 0);
        acount = k;
        if (k) {
          for (let i = 0; i < k; i++) { K[dest + i] = TK[a + i]; if (V) V[dest + i] = TV![a + i]; }
          dest += k; a += k; na -= k;
          if (na === 1) return copyB();
          if (na === 0) return restA();
        }
        fromB(); --nb;
        if (nb === 0) return restA();
        k = gallopLeft(TK[a], K, b, nb, 0);
        bcount = k;
        if (k) {
          for (let i = 0; i < k; i++) { K[dest + i] = K[b + i]; if (V) V[dest + i] = V[b + i]; }
          dest += k; b += k; nb -= k;
          if (nb === 0) return restA();
        }
        fromA(); --na;
        if (na === 1) return copyB();
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  } catch (e) {
    restA();
    throw e;
  }
}

/** Merge runs [pa, pa+na) and [pb, pb+nb) (pb = pa+na), na >= nb, with B copied aside, from the end. */
function mergeHi(ms: MergeState, pa: number, na: number, pb: number, nb: number): void {
  const K = ms.keys, V = ms.values;
  const TK = K.slice(pb, pb + nb), TV = V ? V.slice(pb, pb + nb) : null;
  const basea = pa;
  let dest = pb + nb - 1, a = pa + na - 1, b = nb - 1;
  const fromA = (): void => { K[dest] = K[a]; if (V) V[dest] = V[a]; dest--; a--; };
  const fromB = (): void => { K[dest] = TK[b]; if (V) V[dest] = TV![b]; dest--; b--; };
  // Succeed / Fail: what is left of B goes to dest-(nb-1)..dest
  const restB = (): void => {
    for (let i = 0; i < nb; i++) { K[dest - (nb - 1) + i] = TK[i]; if (V) V[dest - (nb - 1) + i] = TV![i]; }
  };
  // CopyA: the rest of A slides right, then B's first element in front
  const copyA = (): void => {
    for (let i = na - 1; i >= 0; i--) { K[dest + 1 - na + i] = K[a + 1 - na + i]; if (V) V[dest + 1 - na + i] = V[a + 1 - na + i]; }
    dest -= na;
    a -= na;
    K[dest] = TK[b];
    if (V) V[dest] = TV![b];
  };
  try {
    fromA();
    --na;
    if (na === 0) return restB();
    if (nb === 1) return copyA();
    let minGallop = ms.minGallop;
    for (;;) {
      let acount = 0, bcount = 0;
      for (;;) {
        if (lt(TK[b], K[a])) {
          fromA(); ++acount; bcount = 0; --na;
          if (na === 0) return restB();
          if (acount >= minGallop) break;
        } else {
          fromB(); ++bcount; acount = 0; --nb;
          if (nb === 1) return copyA();
          if (bcount >= minGallop) break;
        }
      }
      ++minGallop;
      do {
        if (minGallop > 1) minGallop--;
        ms.minGallop = minGallop;
        let k = gallopRight(TK[b], K, basea, na, na - 1);
        k = na - k;
        acount = k;
        if (k) {
          dest -= k; a -= k;
          for (let i = k - 1; i >= 0; i--) { K[dest + 1 + i] = K[a + 1 + i]; if (V) V[dest + 1 + i] = V[a + 1 + i]; }
          na -= k;
          if (na === 0) return restB();
        }
        fromB(); --nb;
        if (nb === 1) return copyA();
        k = gallopLeft(K[a], TK, 0, nb, nb - 1);
        k = nb - k;
        bcount = k;
        if (k) {
          dest -= k; b -= k;
          for (let i = 0; i < k; i++) { K[dest + 1 + i] = TK[b + 1 + i]; if (V) V[dest + 1 + i] = TV![b + 1 + i]; }
          nb -= k;
          if (nb === 1) return copyA();
          if (nb === 0) return restB();
        }
        fromA(); --na;
        if (na === 0) return restB();
      } while (acount >= MIN_GALLOP || bcount >= MIN_GALLOP);
      ++minGallop;
      ms.minGallop = minGallop;
    }
  } catch (e) {
    restB();
    throw e;
  }
}

/** Merge the pending runs i and i+1. */
function mergeAt(ms: MergeState, i: number): void {
  const p = ms.pending;
  let pa = p[i].base, na = p[i].len;
  const pb = p[i + 1].base;
  let nb = p[i + 1].len;
  p[i].len = na + nb;
  if (i === p.length - 3) p[i + 1] = { ...p[i + 2] };
  p.pop();
  const K = ms.keys;
  const k = gallopRight(K[pb], K, pa, na, 0);
  pa += k;
  na -= k;
  if (na === 0) return;
  nb = gallopLeft(K[pa + na - 1], K, pb, nb, nb - 1);
  if (nb <= 0) return;
  if (na <= nb) mergeLo(ms, pa, na, pb, nb);
  else mergeHi(ms, pa, na, pb, nb);
}

/** The "power" of the run at s1 (length n1) followed by one of length n2, in a list of n. */
function powerloop(s1: number, n1: number, n2: number, n: number): number {
  let result = 0;
  let a = 2 * s1 + n1;
  let b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a *= 2;
    b *= 2;
  }
  return result;
}

function foundNewRun(ms: MergeState, n2: number): void {
  const p = ms.pending;
  if (!p.length) return;
  const top = p[p.length - 1];
  const power = powerloop(top.base, top.len, n2, ms.listlen);
  while (p.length > 1 && p[p.length - 2].power > power) mergeAt(ms, p.length - 2);
  p[p.length - 1].power = power;
}

function mergeForceCollapse(ms: MergeState): void {
  const p = ms.pending;
  while (p.length > 1) {
    let n = p.length - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    mergeAt(ms, n);
  }
}

function computeMinrun(n: number): number {
  let r = 0;
  while (n >= MAX_MINRUN) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

/** Sort `items` in place as list.sort(key=key, reverse=reverse). If a comparison raises, items are
 * left in some permutation, as in CPython. CPython: listobject.c list_sort_impl. */
export function listSort(items: PyValue[], key: PyValue, reverse: boolean): void {
  const n = items.length;
  const keys = key === None ? items : items.map((x) => { nativeTick(); return call(key, [x]); });
  const values = key === None ? null : items;
  if (n < 2) return;
  // reverse stability: reverse, sort stably, reverse back
  if (reverse) {
    if (values) reverseRange(keys, 0, n);
    reverseRange(items, 0, n);
  }
  try {
    const ms = new MergeState(keys, values, n);
    let lo = 0, nremaining = n;
    const minrun = computeMinrun(n);
    do {
      let run = countRun(ms, lo, nremaining);
      if (run < minrun) {
        const force = nremaining <= minrun ? nremaining : minrun;
        binarySort(ms, lo, force, run);
        run = force;
      }
      foundNewRun(ms, run);
      ms.pending.push({ base: lo, len: run, power: 0 });
      lo += run;
      nremaining -= run;
    } while (nremaining);
    mergeForceCollapse(ms);
  } finally {
    if (reverse) reverseRange(items, 0, n);
  }
}
