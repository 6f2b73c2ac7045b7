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
export const tuple = (items: readonly PyValue[]): PyTuple => (items.length === 0 ? EMPTY_TUPLE : new PyTuple(items));

export class PyRange extends PyObject {
  constructor(readonly start: number, readonly stop: number, readonly step: number) {
    super(RangeType);
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
    if (!this.slow) return -1;
    const bucket = this.slow.get(keyOps.hash(k));
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
      const h = keyOps.hash(k);
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

/** A set: a PyDict's key table with no values (CPython: Objects/setobject.c). */
export class PySet extends PyObject {
  readonly table = new PyDict();
  constructor(items: Iterable<PyValue> = [], frozen = false) {
    super(frozen ? FrozenSetType : SetType);
    for (const x of items) this.table.set(x, true);
  }
  get size(): number {
    return this.table.size;
  }
  has(k: PyValue): boolean {
    return this.table.has(k);
  }
  add(k: PyValue): void {
    this.table.set(k, true);
  }
  delete(k: PyValue): boolean {
    return this.table.delete(k);
  }
  *values(): IterableIterator<PyValue> {
    for (const [k] of this.table.entries()) yield k;
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

