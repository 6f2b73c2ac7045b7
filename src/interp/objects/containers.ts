// list, tuple, dict, range and their iterators: the data structures (behaviour that calls back into
// Python, like __eq__ and __hash__ of keys, goes through the hooks installed by abstract.ts).
// CPython: Objects/listobject.c, tupleobject.c, dictobject.c, rangeobject.c.
import { builtinType, PyObject, type PyValue } from "./object.js";

export const ListType = builtinType("list");
export const TupleType = builtinType("tuple");
export const DictType = builtinType("dict");
export const RangeType = builtinType("range", undefined, { baseType: false });

export class PyList extends PyObject {
  items: PyValue[];
  constructor(items: PyValue[] = []) {
    super(ListType);
    this.items = items;
  }
}

export class PyTuple extends PyObject {
  readonly items: readonly PyValue[];
  constructor(items: readonly PyValue[]) {
    super(TupleType);
    this.items = items;
  }
}

export const EMPTY_TUPLE = new PyTuple([]);
/** dst.push(...src) without spreading: a spread of ~100k items overflows the JS stack. */
export function pushAll<T>(dst: T[], src: readonly T[]): void {
  for (let i = 0; i < src.length; i++) dst.push(src[i]);
}
export const tuple = (items: readonly PyValue[]): PyTuple => (items.length === 0 ? EMPTY_TUPLE : new PyTuple(items));

/**
 * range(start, stop, step). The number fields serve the fast paths while every value is a safe
 * integer (and so is the length); otherwise `big` holds the exact values and the number fields are
 * NaN: range.ts implements such ranges through the type's methods.
 */
export class PyRange extends PyObject {
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  readonly big: { start: bigint; stop: bigint; step: bigint } | null;
  constructor(start: number | bigint, stop: number | bigint, step: number | bigint) {
    super(RangeType);
    if (typeof start === "number" && typeof stop === "number" && typeof step === "number" && Number.isSafeInteger(stop - start)) {
      this.start = start; this.stop = stop; this.step = step; this.big = null;
    } else {
      this.start = this.stop = this.step = NaN;
      this.big = { start: BigInt(start), stop: BigInt(stop), step: BigInt(step) };
    }
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
}

// ---- dict ---------------------------------------------------------------------------------------

/** Hooks into the abstract layer: Python-level hash and equality for keys that need them. */
export interface KeyOps {
  hash(k: PyValue): number | bigint;
  /** hash(k), with 3.14's "cannot use 'list' as a dict key (unhashable type: 'list')" wording */
  hashFor(k: PyValue, role: string): number | bigint;
  eq(a: PyValue, b: PyValue): boolean;
  /** A JS-native key (string/number/bigint/object identity) when Python equality coincides with it. */
  fastKey(k: PyValue): string | number | bigint | object | null;
}
let keyOps: KeyOps;
export function installKeyOps(ops: KeyOps): void {
  keyOps = ops;
}

const DELETED = Symbol("deleted");

/**
 * An insertion-ordered hash map with Python key semantics. Keys whose equality is JS equality
 * (str, int, float, bool, None, objects with identity equality) go through a JS Map; others
 * (tuples, objects with __eq__/__hash__) through buckets keyed by their Python hash.
 */
export class PyDict extends PyObject {
  keys: (PyValue | typeof DELETED)[] = [];
  vals: PyValue[] = [];
  private fast = new Map<string | number | bigint | object, number>();
  private slow: Map<number | bigint, number[]> | null = null;
  size = 0;
  /** bumped on every insertion/deletion (iteration checks it: "dictionary changed size during iteration") */
  version = 0;

  constructor() {
    super(DictType);
  }

  private find(k: PyValue): number {
    const f = keyOps.fastKey(k);
    if (f !== null) {
      const i = this.fast.get(f);
      return i === undefined ? -1 : i;
    }
    const h = keyOps.hashFor(k, "a dict key");
    if (!this.slow) return -1;
    const bucket = this.slow.get(h);
    if (!bucket) return -1;
    for (const i of bucket) {
      const kk = this.keys[i];
      if (kk !== DELETED && (kk === k || keyOps.eq(kk, k))) return i;
    }
    return -1;
  }

  get(k: PyValue): PyValue | undefined {
    const i = this.find(k);
    return i < 0 ? undefined : this.vals[i];
  }

  /** Where a str key's value is in `vals` (-1: absent); valid until `version` changes. */
  indexOfStr(k: string): number {
    const i = this.fast.get(k);
    return i === undefined ? -1 : i;
  }

  /** get() for a str key (its fast key is itself): globals, builtins, instance attributes */
  getStr(k: string): PyValue | undefined {
    const i = this.fast.get(k);
    return i === undefined ? undefined : this.vals[i];
  }

  /** set() for a str key (its fast key is itself): STORE_NAME, STORE_GLOBAL */
  setStr(k: string, v: PyValue): void {
    const i = this.fast.get(k);
    if (i !== undefined) { this.vals[i] = v; return; }
    this.fast.set(k, this.keys.length);
    this.keys.push(k);
    this.vals.push(v);
    this.size++;
    this.version++;
  }

  has(k: PyValue): boolean {
    return this.find(k) >= 0;
  }

  set(k: PyValue, v: PyValue): void {
    const f = keyOps.fastKey(k);
    if (f !== null) {
      const i = this.fast.get(f);
      if (i !== undefined) { this.vals[i] = v; return; }
      this.fast.set(f, this.keys.length);
    } else {
      const h = keyOps.hashFor(k, "a dict key");
      this.slow ??= new Map();
      let bucket = this.slow.get(h);
      if (bucket) {
        for (const i of bucket) {
          const kk = this.keys[i];
          if (kk !== DELETED && (kk === k || keyOps.eq(kk, k))) { this.vals[i] = v; return; }
        }
      } else {
        bucket = [];
        this.slow.set(h, bucket);
      }
      bucket.push(this.keys.length);
    }
    this.keys.push(k);
    this.vals.push(v);
    this.size++;
    this.version++;
  }

  delete(k: PyValue): boolean {
    const i = this.find(k);
    if (i < 0) return false;
    const kk = this.keys[i] as PyValue;
    const f = keyOps.fastKey(kk);
    if (f !== null) this.fast.delete(f);
    else {
      const bucket = this.slow!.get(keyOps.hash(kk))!;
      bucket.splice(bucket.indexOf(i), 1);
    }
    this.keys[i] = DELETED;
    this.vals[i] = undefined as unknown as PyValue;
    this.size--;
    this.version++;
    if (this.keys.length > 32 && this.size < this.keys.length / 2) this.compact();
    return true;
  }

  private compact(): void {
    const keys = this.keys, vals = this.vals;
    this.keys = [];
    this.vals = [];
    this.fast.clear();
    this.slow = null;
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== DELETED) this.set(keys[i] as PyValue, vals[i]);
  }

  clear(): void {
    this.keys = [];
    this.vals = [];
    this.fast.clear();
    this.slow = null;
    this.size = 0;
    this.version++;
  }

  *entries(): IterableIterator<[PyValue, PyValue]> {
    for (let i = 0; i < this.keys.length; i++) {
      const k = this.keys[i];
      if (k !== DELETED) yield [k, this.vals[i]];
    }
  }

  /** Entry at raw position i (for iterators that survive compaction-free mutation checks). */
  entryAt(i: number): [PyValue, PyValue] | null {
    const k = this.keys[i];
    return k === DELETED || k === undefined ? null : [k, this.vals[i]];
  }

  get rawLength(): number {
    return this.keys.length;
  }
}

// ---- set / frozenset ------------------------------------------------------------------------------

export const SetType = builtinType("set");
export const FrozenSetType = builtinType("frozenset");

/**
 * A set with CPython's own hash table layout (Objects/setobject.c: open addressing, LINEAR_PROBES
 * then perturbation, resize at 3/5 full), so that iteration order is CPython's wherever hashes
 * are (ints, floats, tuples of them; str hashes are randomized in CPython anyway).
 */
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5;
const SET_MINSIZE = 8;
const EMPTY = undefined;
const DUMMY_KEY = Symbol("dummy");
type SetSlot = { key: PyValue | typeof DUMMY_KEY; hash: bigint } | typeof EMPTY;
const U64 = (1n << 64n) - 1n;

export class PySet extends PyObject {
  private table: SetSlot[] = new Array(SET_MINSIZE);
  private mask = SET_MINSIZE - 1;
  private fill = 0;
  private used = 0;
  /** search finger for pop() */
  private finger = 0;
  /** bumped on every insertion/deletion (iteration detects changes) */
  version = 0;

  constructor(items: Iterable<PyValue> = [], frozen = false) {
    super(frozen ? FrozenSetType : SetType);
    this.update(items);
  }
  get size(): number {
    return this.used;
  }

  private hashOf(k: PyValue): bigint {
    const h = keyOps.hashFor(k, "a set element");
    return BigInt.asUintN(64, typeof h === "bigint" ? h : BigInt(h));
  }

  private find(k: PyValue, h: bigint): number {
    const mask = this.mask;
    let i = Number(h & BigInt(mask));
    let perturb = h;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const e = this.table[i + j];
        if (e === EMPTY) return -1;
        if (e.key !== DUMMY_KEY && e.hash === h && (e.key === k || keyOps.eq(e.key, k))) return i + j;
      }
      perturb >>= BigInt(PERTURB_SHIFT);
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  has(k: PyValue): boolean {
    return this.find(k, this.hashOf(k)) >= 0;
  }

  /** set_add_entry */
  add(k: PyValue): void {
    const h = this.hashOf(k);
    const mask = this.mask;
    let i = Number(h & BigInt(mask));
    let perturb = h;
    let freeslot = -1;
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const idx = i + j;
        const e = this.table[idx];
        if (e === EMPTY) {
          if (freeslot >= 0) {
            this.table[freeslot] = { key: k, hash: h };
            this.used++;
            this.version++;
            return;
          }
          this.table[idx] = { key: k, hash: h };
          this.fill++;
          this.used++;
          this.version++;
          if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
          return;
        }
        if (e.key === DUMMY_KEY) {
          if (freeslot < 0) freeslot = idx;
        } else if (e.hash === h && (e.key === k || keyOps.eq(e.key, k))) {
          return;
        }
      }
      perturb >>= BigInt(PERTURB_SHIFT);
      i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(mask));
    }
  }

  /** set_table_resize: re-insert the live entries, in table order, into a table of the new size */
  private resize(minused: number): void {
    let size = SET_MINSIZE;
    while (size <= minused) size <<= 1;
    const old = this.table;
    this.table = new Array(size);
    this.mask = size - 1;
    this.fill = this.used;
    for (const e of old) {
      if (e === EMPTY || e.key === DUMMY_KEY) continue;
      let i = Number(e.hash & BigInt(this.mask));
      let perturb = e.hash;
      for (;;) {
        const probes = i + LINEAR_PROBES <= this.mask ? LINEAR_PROBES : 0;
        let placed = false;
        for (let j = 0; j <= probes; j++) {
          if (this.table[i + j] === EMPTY) { this.table[i + j] = e; placed = true; break; }
        }
        if (placed) break;
        perturb >>= BigInt(PERTURB_SHIFT);
        i = Number((BigInt(i) * 5n + 1n + perturb) & BigInt(this.mask));
      }
    }
  }

  /** set_update_internal: a set argument goes through set_merge (grow first; copy an equal-size
   *  table as is), any other iterable is added item by item */
  [Symbol.iterator](): IterableIterator<PyValue> {
    return this.values();
  }

  update(items: Iterable<PyValue>): void {
    if (items instanceof PySet) {
      const other = items;
      if (other.used === 0) return;
      if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
      if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
        this.table = other.table.slice();
        this.fill = other.fill;
        this.used = other.used;
        this.version++;
        return;
      }
      for (const k of other.values()) this.add(k);
      return;
    }
    for (const k of items) this.add(k);
  }

  delete(k: PyValue): boolean {
    const idx = this.find(k, this.hashOf(k));
    if (idx < 0) return false;
    this.table[idx] = { key: DUMMY_KEY, hash: U64 }; // hash -1
    this.used--;
    this.version++;
    return true;
  }

  clear(): void {
    this.table = new Array(SET_MINSIZE);
    this.mask = SET_MINSIZE - 1;
    this.fill = this.used = 0;
    this.version++;
  }

  /** set.pop(): the entry at the finger onwards (setobject.c set_pop) */
  pop(): PyValue | undefined {
    if (this.used === 0) return undefined;
    let i = this.finger & this.mask;
    for (;;) {
      const e = this.table[i];
      if (e !== EMPTY && e.key !== DUMMY_KEY) {
        const k = e.key;
        this.table[i] = { key: DUMMY_KEY, hash: U64 };
        this.used--;
        this.version++;
        this.finger = i + 1;
        return k;
      }
      i = (i + 1) & this.mask;
    }
  }

  /** Entry at raw table position i, or null (for iterators). */
  keyAt(i: number): PyValue | null {
    const e = this.table[i];
    return e === EMPTY || e.key === DUMMY_KEY ? null : e.key;
  }
  get rawLength(): number {
    return this.table.length;
  }

  *values(): IterableIterator<PyValue> {
    for (const e of this.table) if (e !== EMPTY && e.key !== DUMMY_KEY) yield e.key;
  }
}

/** Set algebra for the binary operators (set_or, set_and, set_sub, set_xor). */
export function setBinary(a: PySet, b: PySet, op: "|" | "&" | "-" | "^"): PySet {
  const frozen = a.type === FrozenSetType;
  switch (op) {
    case "|": { const r = new PySet(a.values(), frozen); for (const x of b.values()) r.add(x); return r; }
    case "&": return new PySet([...a.values()].filter((x) => b.has(x)), frozen);
    case "-": return new PySet([...a.values()].filter((x) => !b.has(x)), frozen);
    default: return new PySet([...[...a.values()].filter((x) => !b.has(x)), ...[...b.values()].filter((x) => !a.has(x))], frozen);
  }
}

