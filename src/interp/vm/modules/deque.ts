// collections.deque and its iterators (CPython 3.14: Modules/_collectionsmodule.c, deque_* and
// dequeiter_*; Modules/clinic/_collectionsmodule.c.h for the argument handling). The items live in
// a JS array; `state` counts structural mutations as CPython's deque->state does, so iterators,
// index(), count(), remove() and comparisons notice a deque changed under them.
import { None, NotImplemented, PyObject, PyType, type PyValue } from "../../objects/object.js";
import {
  call, Cmp, defGetter, defMethod, eq, installExtraBinary, installExtraCompare, isInt, iter, Nb,
  repr, reprEnter, reprLeave, richCompare, richCompareBool, toIndex, truthy, typeName, INSTANCE_FACTORIES,
} from "../../objects/abstract.js";
import { PyDict, PyList, tuple } from "../../objects/containers.js";
import { IndexError, OverflowError, pyError, RuntimeError, TypeError, ValueError } from "../../objects/exceptions.js";
import { checkSize, ssizeArg } from "../../objects/args.js";
import { methNoArgs, methO, noKw, positional, unpack } from "../builtins.js";
import { defClassGetitem, defNew, iterNext, nativeType, NativeIter, nativeIterType, typeOf } from "./native.js";

export const DequeType = nativeType("collections.deque");
export const DequeIterType = nativeIterType("collections._deque_iterator", { baseType: false });
export const DequeRevIterType = nativeIterType("collections._deque_reverse_iterator", { baseType: false });

/** The items are buf[head..]: popleft and appendleft move `head` instead of shifting the array
 *  (CPython's deque is a list of blocks; both ends are O(1) there too). */
export class PyDeque extends PyObject {
  private buf: PyValue[] = [];
  private head = 0;
  /** -1: unbounded */
  maxlen = -1;
  state = 0;
  constructor(type: PyType) {
    super(type);
  }
  get length(): number { return this.buf.length - this.head; }
  at(i: number): PyValue { return this.buf[this.head + i]; }
  setAt(i: number, v: PyValue): void { this.buf[this.head + i] = v; }
  push(v: PyValue): void { this.buf.push(v); }
  pop(): PyValue {
    const v = this.buf.pop()!;
    if (this.buf.length === this.head) { this.buf = []; this.head = 0; }
    return v;
  }
  shift(): PyValue {
    const v = this.buf[this.head];
    this.buf[this.head++] = undefined as unknown as PyValue;
    if (this.head === this.buf.length) { this.buf = []; this.head = 0; }
    else if (this.head > 1024 && this.head * 2 > this.buf.length) { this.buf = this.buf.slice(this.head); this.head = 0; }
    return v;
  }
  unshift(v: PyValue): void {
    if (this.head === 0) {
      const gap = Math.max(16, this.buf.length);
      const nb: PyValue[] = new Array(gap + this.buf.length);
      for (let i = 0; i < this.buf.length; i++) nb[gap + i] = this.buf[i];
      this.buf = nb;
      this.head = gap;
    }
    this.buf[--this.head] = v;
  }
  /** The items as one array (for the operations that touch all of them). */
  get items(): PyValue[] {
    if (this.head > 0) { this.buf = this.buf.slice(this.head); this.head = 0; }
    return this.buf;
  }
  set items(a: PyValue[]) { this.buf = a; this.head = 0; }
}

const isDeque = (v: PyValue): v is PyDeque => v instanceof PyDeque;
const shortName = (t: PyType): string => (t.heap ? t.name : t.qualname);
const mutated = () => pyError(RuntimeError, "deque mutated during iteration");

// ---- the mutations (each bumps state, as deque_append_lock_held & co.) ---------------------------------

function append(d: PyDeque, v: PyValue): void {
  d.push(v);
  d.state++;
  if (d.maxlen >= 0 && d.length > d.maxlen) d.shift();
}
function appendleft(d: PyDeque, v: PyValue): void {
  d.unshift(v);
  d.state++;
  if (d.maxlen >= 0 && d.length > d.maxlen) d.pop();
}
/** deque_extend / deque_extendleft: the deque itself is copied first; maxlen 0 just consumes. */
function extend(d: PyDeque, iterable: PyValue, left: boolean): void {
  if (iterable === d) {
    for (const v of d.items.slice()) (left ? appendleft : append)(d, v);
    return;
  }
  const it = iter(iterable);
  for (let v = iterNext(it); v !== undefined; v = iterNext(it)) {
    if (d.maxlen === 0) continue;
    (left ? appendleft : append)(d, v);
  }
}
/** _deque_rotate: n steps moved one by one from one end to the other (the shorter way) */
function rotate(d: PyDeque, n: number): void {
  const len = d.length;
  if (len <= 1) return;
  d.state++;
  n = ((n % len) + len) % len;
  if (n === 0) return;
  if (n <= len / 2) { for (let i = 0; i < n; i++) d.unshift(d.pop()); }
  else { for (let i = 0; i < len - n; i++) d.push(d.shift()); }
}

/** A new deque like `d` (deque_copy: a subclass is called as type(d)(d[, maxlen])). */
function copyDeque(d: PyDeque): PyValue {
  if (d.type === DequeType) {
    const r = new PyDeque(DequeType);
    r.items = d.items.slice();
    r.maxlen = d.maxlen;
    return r;
  }
  const r = d.maxlen < 0 ? call(d.type, [d]) : call(d.type, [d, d.maxlen]);
  if (!isDeque(r)) throw pyError(TypeError, `${shortName(d.type)}() must return a deque, not ${typeName(r)}`);
  return r;
}

// ---- construction: deque_new + deque_init ------------------------------------------------------------

function dequeInit(d: PyDeque, args: PyValue[], kw: readonly string[] | null): void {
  const [iterable, maxlenArg] = unpack("deque", args, kw, ["iterable", "maxlen"], 0, 0, 2);
  let maxlen = -1;
  if (maxlenArg !== undefined && maxlenArg !== None) {
    // PyLong_AsSsize_t: an int (no __index__)
    if (!isInt(maxlenArg) && typeof maxlenArg !== "boolean") throw pyError(TypeError, "an integer is required");
    maxlen = ssizeArg(maxlenArg);
    if (maxlen < 0) throw pyError(ValueError, "maxlen must be non-negative");
  }
  d.maxlen = maxlen;
  if (d.length > 0) { d.items = []; d.state++; }
  if (iterable !== undefined) extend(d, iterable, false);
}
defNew(DequeType, (cls, args, kw) => {
  const d = new PyDeque(cls);
  if (cls.heap && !cls.noDict) d.dict = new PyDict();
  if (cls === DequeType) dequeInit(d, args, kw); // type_call's __init__ for the exact type
  return d;
});
INSTANCE_FACTORIES.set(DequeType, (t) => { const d = new PyDeque(t); if (!t.noDict) d.dict = new PyDict(); return d; });
defMethod(DequeType, "__init__", (d: PyDeque, args, kw) => { dequeInit(d, args, kw); return None; });

// ---- methods (the deque_* functions of _collectionsmodule.c) ------------------------------------------

const m1 = (name: string, fn: (d: PyDeque, v: PyValue) => PyValue) =>
  defMethod(DequeType, name, (d: PyDeque, args, kw) => fn(d, methO(`deque.${name}`, args, kw)));
const m0 = (name: string, fn: (d: PyDeque) => PyValue) =>
  defMethod(DequeType, name, (d: PyDeque, args, kw) => { methNoArgs(`deque.${name}`, args, kw); return fn(d); });

m1("append", (d, v) => { append(d, v); return None; });
m1("appendleft", (d, v) => { appendleft(d, v); return None; });
m1("extend", (d, v) => { extend(d, v, false); return None; });
m1("extendleft", (d, v) => { extend(d, v, true); return None; });
m0("pop", (d) => {
  if (d.length === 0) throw pyError(IndexError, "pop from an empty deque");
  d.state++;
  return d.pop();
});
m0("popleft", (d) => {
  if (d.length === 0) throw pyError(IndexError, "pop from an empty deque");
  d.state++;
  return d.shift();
});
m0("clear", (d) => { if (d.length) { d.items = []; d.state++; } return None; });
m0("copy", copyDeque);
m0("__copy__", copyDeque);
m0("reverse", (d) => { d.items.reverse(); return None; });
defMethod(DequeType, "rotate", (d: PyDeque, args, kw) => {
  noKw("deque.rotate", kw);
  positional("rotate", args, null, 0, 1);
  rotate(d, args.length ? ssizeArg(toIndex(args[0])) : 1);
  return None;
});
// deque_count: comparisons may mutate the deque
m1("count", (d, v) => {
  const start = d.state;
  let n = 0;
  for (let i = 0; i < d.length; i++) {
    const item = d.at(i);
    const c = richCompareBool(item, v, Cmp.EQ);
    if (start !== d.state) throw mutated();
    if (c) n++;
  }
  return n;
});
/** _PyEval_SliceIndexNotNone */
function sliceIndexNotNone(v: PyValue): number {
  if (isInt(v) || typeof v === "boolean") return typeof v === "bigint" ? (v > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER) : Number(v);
  if (typeOf(v).lookup("__index__") !== undefined) return toIndex(v);
  throw pyError(TypeError, "slice indices must be integers or have an __index__ method");
}
defMethod(DequeType, "index", (d: PyDeque, args, kw) => {
  noKw("deque.index", kw);
  positional("index", args, null, 1, 3);
  const n = d.length;
  let start = args.length > 1 ? sliceIndexNotNone(args[1]) : 0;
  let stop = args.length > 2 ? sliceIndexNotNone(args[2]) : Number.MAX_SAFE_INTEGER;
  if (start < 0) { start += n; if (start < 0) start = 0; }
  if (stop < 0) { stop += n; if (stop < 0) stop = 0; }
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  const st = d.state;
  for (let i = start; i < stop; i++) {
    const c = richCompareBool(d.at(i), args[0], Cmp.EQ);
    if (st !== d.state) throw mutated();
    if (c) return i;
  }
  throw pyError(ValueError, "deque.index(x): x not in deque");
});
defMethod(DequeType, "insert", (d: PyDeque, args, kw) => {
  noKw("deque.insert", kw);
  positional("insert", args, null, 2, 2);
  let i = ssizeArg(toIndex(args[0]));
  const n = d.items.length;
  if (d.maxlen === n) throw pyError(IndexError, "deque already at its maximum size");
  if (i < 0) { i += n; if (i < 0) i = 0; }
  if (i > n) i = n;
  d.items.splice(i, 0, args[1]);
  d.state++;
  return None;
});
m1("remove", (d, v) => {
  const st = d.state;
  for (let i = 0; i < d.length; i++) {
    const c = richCompareBool(d.at(i), v, Cmp.EQ);
    if (st !== d.state) throw pyError(IndexError, "deque mutated during iteration");
    if (c) {
      d.items.splice(i, 1);
      d.state++;
      return None;
    }
  }
  throw pyError(ValueError, "deque.remove(x): x not in deque");
});
defGetter(DequeType, "maxlen", (d: PyDeque) => (d.maxlen < 0 ? None : d.maxlen));

// ---- the sequence protocol -------------------------------------------------------------------------------

/** deque_item's index: an int or __index__ ("sequence index must be integer" otherwise). */
function itemIndex(d: PyDeque, key: PyValue): number {
  if (!isInt(key) && typeof key !== "boolean" && typeOf(key).lookup("__index__") === undefined) {
    throw pyError(TypeError, `sequence index must be integer, not '${typeName(key)}'`);
  }
  const k = toIndex(key);
  if (typeof k === "bigint" || !Number.isSafeInteger(k)) throw pyError(IndexError, "cannot fit 'int' into an index-sized integer");
  const i = k < 0 ? k + d.length : k;
  if (i < 0 || i >= d.length) throw pyError(IndexError, "deque index out of range");
  return i;
}
const wrap = (name: string, n: number, fn: (d: PyDeque, args: PyValue[]) => PyValue) =>
  defMethod(DequeType, name, (d: PyDeque, args, kw) => {
    if (kw && kw.length) throw pyError(TypeError, `wrapper ${name}() takes no keyword arguments`);
    if (args.length !== n) throw pyError(TypeError, n === 2 ? `${name} expected 2 arguments, got ${args.length}` : `expected ${n} argument${n === 1 ? "" : "s"}, got ${args.length}`);
    return fn(d, args);
  });
wrap("__len__", 0, (d) => d.length);
wrap("__getitem__", 1, (d, a) => d.at(itemIndex(d, a[0])));
wrap("__setitem__", 2, (d, a) => { d.setAt(itemIndex(d, a[0]), a[1]); return None; });
wrap("__delitem__", 1, (d, a) => { d.items.splice(itemIndex(d, a[0]), 1); d.state++; return None; });
wrap("__contains__", 1, (d, a) => {
  const st = d.state;
  for (let i = 0; i < d.length; i++) {
    const c = richCompareBool(d.at(i), a[0], Cmp.EQ);
    if (st !== d.state) throw mutated();
    if (c) return true;
  }
  return false;
});
wrap("__iter__", 0, (d) => dequeIter(DequeIterType, d));
m0("__reversed__", (d) => dequeIter(DequeRevIterType, d));
wrap("__add__", 1, (d, a) => concat(d, a[0]));
wrap("__mul__", 1, (d, a) => repeatNew(d, a[0]));
wrap("__rmul__", 1, (d, a) => repeatNew(d, a[0]));
wrap("__iadd__", 1, (d, a) => { extend(d, a[0], false); return d; });
wrap("__imul__", 1, (d, a) => inplaceRepeat(d, repeatCount(a[0])));
DequeType.slots.len = (d: PyDeque) => d.length;
DequeType.slots.hash = (d: PyDeque) => { throw pyError(TypeError, `unhashable type: '${typeName(d)}'`); };
DequeType.ns.set("__hash__", None);
defClassGetitem(DequeType);
m0("__reduce__", (d) => {
  // deque___reduce___impl: (type, () or ((), maxlen), __dict__ or None, iterator)
  const state = d.dict && d.dict.size ? d.dict : None;
  const args = d.maxlen < 0 ? tuple([]) : tuple([tuple([]), d.maxlen]);
  return tuple([d.type, args, state, dequeIter(DequeIterType, d)]);
});

function concat(d: PyDeque, other: PyValue): PyValue {
  if (!isDeque(other)) {
    throw pyError(TypeError, `can only concatenate ${shortName(d.type)} (not "${shortName(typeOf(other))}") to ${shortName(d.type)}`);
  }
  const r = copyDeque(d);
  extend(r as PyDeque, other, false);
  return r;
}
function repeatCount(n: PyValue): number {
  if (!isInt(n) && typeof n !== "boolean" && typeOf(n).lookup("__index__") === undefined) {
    throw pyError(TypeError, `can't multiply sequence by non-int of type '${typeName(n)}'`);
  }
  const k = toIndex(n);
  if (typeof k === "bigint" || !Number.isSafeInteger(k)) throw pyError(OverflowError, "cannot fit 'int' into an index-sized integer");
  return k;
}
function inplaceRepeat(d: PyDeque, n: number): PyDeque {
  if (n <= 0 || d.items.length === 0) { if (d.items.length) { d.items = []; d.state++; } return d; }
  if (n === 1) return d;
  // the result is the last maxlen items of the items repeated n times
  const src = d.items, L = src.length, full = L * n;
  if (d.maxlen < 0) checkSize(full);
  const k = d.maxlen >= 0 ? Math.min(d.maxlen, full) : full;
  const out: PyValue[] = new Array(k);
  for (let p = full - k, j = 0; j < k; p++, j++) out[j] = src[p % L];
  d.items = out;
  d.state++;
  return d;
}
function repeatNew(d: PyDeque, n: PyValue): PyValue {
  const k = repeatCount(n);
  return inplaceRepeat(copyDeque(d) as PyDeque, k);
}

// d + d2, d * n, n * d, d += it, d *= n for the exact types (the abstract layer's hooks)
installExtraBinary((a, b, op) => {
  if (op === Nb.ADD && isDeque(a)) return concat(a, b);
  if (op === Nb.MULTIPLY && isDeque(a)) return repeatNew(a, b);
  if (op === Nb.MULTIPLY && isDeque(b)) return repeatNew(b, a);
  return undefined;
}, (a, b, op) => {
  if (op === Nb.ADD && isDeque(a)) { extend(a, b, false); return a; }
  if (op === Nb.MULTIPLY && isDeque(a)) return inplaceRepeat(a, repeatCount(b));
  return undefined;
});

// deque_richcompare: deques only; element by element through iterators that see mutation
installExtraCompare((a, b, op) => {
  if (!isDeque(a) || !isDeque(b)) return undefined;
  const r = dequeCompare(a, b, op);
  return r === NotImplemented ? undefined : truthy(r);
});
function dequeCompare(a: PyDeque, b: PyDeque, op: Cmp): PyValue {
  const la = a.length, lb = b.length;
  if (la !== lb && (op === Cmp.EQ || op === Cmp.NE)) return op === Cmp.NE;
  const ia = dequeIter(DequeIterType, a), ib = dequeIter(DequeIterType, b);
  for (;;) {
    const x = iterNext(ia), y = iterNext(ib);
    if (x === undefined || y === undefined) {
      const c = (x === undefined ? 0 : 1) - (y === undefined ? 0 : 1);
      switch (op) {
        case Cmp.LT: return c < 0; case Cmp.LE: return c <= 0; case Cmp.EQ: return c === 0;
        case Cmp.NE: return c !== 0; case Cmp.GT: return c > 0; default: return c >= 0;
      }
    }
    if (!(x === y || eq(x, y))) {
      if (op === Cmp.EQ) return false;
      if (op === Cmp.NE) return true;
      return richCompare(x, y, op);
    }
  }
}

DequeType.slots.repr = (d: PyDeque) => {
  if (!reprEnter(d)) return "[...]";
  try {
    const list = repr(new PyList(d.items.slice()));
    const name = shortName(d.type);
    return d.maxlen >= 0 ? `${name}(${list}, maxlen=${d.maxlen})` : `${name}(${list})`;
  } finally {
    reprLeave();
  }
};

// ---- iterators (dequeiter_next, dequereviter_next, dequeiter_new) --------------------------------------

interface DequeIterState { deque: PyDeque; index: number; counter: number; state: number; reverse: boolean }
function dequeIter(t: PyType, d: PyDeque): NativeIter<DequeIterState> {
  const s: DequeIterState = { deque: d, index: 0, counter: d.length, state: d.state, reverse: t === DequeRevIterType };
  return new NativeIter(t, s, (st) => {
    if (st.deque.state !== st.state) { st.counter = 0; throw mutated(); }
    if (st.counter === 0) return undefined;
    const dq = st.deque;
    const v = st.reverse ? dq.at(dq.length - 1 - st.index) : dq.at(st.index);
    st.index++;
    st.counter--;
    return v;
  });
}
for (const t of [DequeIterType, DequeRevIterType]) {
  defMethod(t, "__length_hint__", (it: NativeIter<DequeIterState>, args, kw) => { methNoArgs(`${t.qualname}.__length_hint__`, args, kw); return it.s.counter; });
  defNew(t, (_cls, args, kw) => {
    noKw(t.qualname, kw);
    const name = t.qualname;
    if (args.length < 1 || args.length > 2) positional(name, args, null, 1, 2);
    if (!isDeque(args[0])) throw pyError(TypeError, `argument 1 must be collections.deque, not ${typeName(args[0])}`);
    const it = dequeIter(t, args[0]);
    const n = args.length > 1 ? ssizeArg(args[1]) : 0;
    for (let i = 0; i < n && iterNext(it) !== undefined; i++) { /* advance */ }
    return it;
  });
}
