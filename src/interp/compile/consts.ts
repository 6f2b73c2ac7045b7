// Compile-time constants (co_consts entries before the VM turns them into objects) and the Python
// semantics the optimizer needs to fold them: identity keys (_PyCode_ConstantKey), truth values
// (PyObject_IsTrue) and the unary/binary operators of flowgraph.c's fold_const_unaryop /
// fold_const_binop with their size guards (const_folding_safe_*).
// An operation this module cannot evaluate exactly as CPython would returns undefined: the caller
// then leaves the instructions alone, which is always correct code (only less folded).
import { PY_ELLIPSIS, PyBytes, PyComplex, type ConstantValue } from "../parse/constants.js";
import { CodeObject } from "./code.js";
import { NbOp } from "./opcodes.js";

/** Constants as they live in co_consts before the VM turns them into objects. */
export type ConstKey = ConstantValue | CodeObject | ConstTuple | ConstFrozenSet | ConstSlice;

export class ConstTuple {
  constructor(readonly items: ConstKey[]) {}
}

/** A frozenset constant (flowgraph.c optimize_lists_and_sets: `x in {1, 2}`). Items deduplicated. */
export class ConstFrozenSet {
  constructor(readonly items: ConstKey[]) {}
}

/** A slice constant (codegen.c codegen_slice: `x[1:2]`). */
export class ConstSlice {
  constructor(readonly start: ConstKey, readonly stop: ConstKey, readonly step: ConstKey) {}
}

/**
 * A key under which equal constants share a co_consts slot: type-sensitive, as CPython's
 * _PyCode_ConstantKey (1, 1.0 and True differ; 0.0 and -0.0 differ). Code objects compare by
 * value (code_richcompare), so that a unit compiled twice (the all()/any() genexp) is one constant.
 */
export function constKey(v: ConstKey): string {
  if (v === null) return "None";
  switch (typeof v) {
    case "string": return "s" + JSON.stringify(v);
    case "bigint": return "i" + v;
    case "number": return Object.is(v, -0) ? "f-0" : "f" + v;
    case "boolean": return "b" + v;
    case "symbol": return "...";
  }
  if (v instanceof ConstTuple) return "t(" + v.items.map(constKey).join(",") + ")";
  if (v instanceof ConstFrozenSet) return "F(" + v.items.map(constKey).sort().join(",") + ")";
  if (v instanceof ConstSlice) return `S(${constKey(v.start)},${constKey(v.stop)},${constKey(v.step)})`;
  if (v instanceof PyBytes) return "y" + Array.from(v.bytes).join(",");
  if (v instanceof PyComplex) return `c${Object.is(v.real, -0) ? "-0" : v.real},${Object.is(v.imag, -0) ? "-0" : v.imag}`;
  return codeKey(v);
}

/** The code units / bytes of an array as a string (cheap, exact). */
function arrayKey(a: Uint16Array | Uint8Array): string {
  let s = "";
  for (let i = 0; i < a.length; i += 4096) s += String.fromCharCode(...a.subarray(i, i + 4096));
  return s;
}

const codeKeys = new WeakMap<CodeObject, string>();
function codeKey(c: CodeObject): string {
  let k = codeKeys.get(c);
  if (k === undefined) {
    k = "code(" + [
      c.co_name, c.co_qualname, c.co_firstlineno, c.co_flags, c.co_argcount, c.co_posonlyargcount,
      c.co_kwonlyargcount, arrayKey(c.code), arrayKey(c.co_linetable), arrayKey(c.co_exceptiontable),
      c.co_names.join("\0"), c.localsplusnames.join("\0"), c.localspluskinds.join(","),
    ].join("\x01") + "\x01" + (c.co_consts as ConstKey[]).map(constKey).join("\x02") + ")";
    codeKeys.set(c, k);
  }
  return k;
}

/** PyObject_IsTrue of a constant. */
export function constTruth(v: ConstKey): boolean {
  if (v === null) return false;
  switch (typeof v) {
    case "boolean": return v;
    case "bigint": return v !== 0n;
    case "number": return v !== 0;
    case "string": return v.length > 0;
    case "symbol": return true;
  }
  if (v instanceof ConstTuple || v instanceof ConstFrozenSet) return v.items.length > 0;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  return true;
}

// ---- numbers --------------------------------------------------------------------------------

type Num = bigint | number; // int (bool as int) or float

/** int or bool as an integer, else undefined. */
const asInt = (v: ConstKey): bigint | undefined =>
  typeof v === "bigint" ? v : typeof v === "boolean" ? (v ? 1n : 0n) : undefined;

/** int -> float as CPython converts (round-half-even; too large: OverflowError, undefined here). */
function intToFloat(v: bigint): number | undefined {
  const f = Number(v);
  return Number.isFinite(f) ? f : undefined;
}

/** Both operands as numbers of one kind: two ints, or two floats when either is a float. */
function coerce(a: ConstKey, b: ConstKey): [Num, Num] | undefined {
  const ia = asInt(a), ib = asInt(b);
  if (ia !== undefined && ib !== undefined) return [ia, ib];
  const fa = typeof a === "number" ? a : ia !== undefined ? intToFloat(ia) : undefined;
  const fb = typeof b === "number" ? b : ib !== undefined ? intToFloat(ib) : undefined;
  if (fa === undefined || fb === undefined) return undefined;
  return [fa, fb];
}

const numBits = (v: bigint): number => (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);

const floorDivInt = (a: bigint, b: bigint): bigint => {
  const q = a / b;
  return (a % b !== 0n && (a < 0n) !== (b < 0n)) ? q - 1n : q;
};
const modInt = (a: bigint, b: bigint): bigint => {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
};

/** float_divmod (Objects/floatobject.c _float_div_mod). */
function floatDivMod(vx: number, wx: number): [number, number] {
  const copysign0 = (x: number) => (x < 0 || Object.is(x, -0) ? -0 : 0);
  let mod = vx % wx; // fmod
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) { mod += wx; div -= 1.0; }
  } else {
    mod = copysign0(wx);
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = copysign0(vx / wx);
  }
  return [floordiv, mod];
}

/** Python's len() of a str (code points). */
const strLen = (s: string): number => {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
};

const MAX_INT_SIZE = 128; // bits
const MAX_COLLECTION_SIZE = 256;
const MAX_STR_SIZE = 4096;
const MAX_TOTAL_ITEMS = 1024;

function checkComplexity(v: ConstKey, limit: number): number {
  if (v instanceof ConstTuple) {
    limit -= v.items.length;
    for (let i = 0; limit >= 0 && i < v.items.length; i++) {
      limit = checkComplexity(v.items[i], limit);
      if (limit < 0) return limit;
    }
  }
  return limit;
}

function repeat(seq: ConstKey, n: bigint): ConstKey | undefined {
  const count = n < 0n ? 0 : Number(n);
  if (typeof seq === "string") return seq.repeat(count);
  if (seq instanceof ConstTuple) {
    const items: ConstKey[] = [];
    for (let i = 0; i < count; i++) items.push(...seq.items);
    return new ConstTuple(items);
  }
  if (seq instanceof PyBytes) {
    const out = new Uint8Array(seq.bytes.length * count);
    for (let i = 0; i < count; i++) out.set(seq.bytes, i * seq.bytes.length);
    return new PyBytes(out);
  }
  return undefined;
}

/** const_folding_safe_multiply */
function safeMultiply(v: ConstKey, w: ConstKey): ConstKey | undefined {
  const iv = asInt(v), iw = asInt(w);
  if (iv !== undefined && iw !== undefined) {
    if (iv !== 0n && iw !== 0n && numBits(iv) + numBits(iw) > MAX_INT_SIZE) return undefined;
    return iv * iw;
  }
  if (iv !== undefined && w instanceof ConstTuple) {
    const size = w.items.length;
    if (size) {
      if (iv < 0n || iv > BigInt(Math.floor(MAX_COLLECTION_SIZE / size))) return undefined;
      if (iv && checkComplexity(w, Math.floor(MAX_TOTAL_ITEMS / Number(iv))) < 0) return undefined;
    }
    return repeat(w, iv);
  }
  if (iv !== undefined && (typeof w === "string" || w instanceof PyBytes)) {
    const size = typeof w === "string" ? strLen(w) : w.bytes.length;
    if (size) {
      if (iv < 0n || iv > BigInt(Math.floor(MAX_STR_SIZE / size))) return undefined;
    }
    return repeat(w, iv);
  }
  if (iw !== undefined && (v instanceof ConstTuple || typeof v === "string" || v instanceof PyBytes)) {
    return safeMultiply(w, v);
  }
  const n = coerce(v, w);
  if (n && typeof n[0] === "number") return (n[0] as number) * (n[1] as number);
  return undefined;
}

/** const_folding_safe_power (ints; floats only for exactly representable results). */
function safePower(v: ConstKey, w: ConstKey): ConstKey | undefined {
  const iv = asInt(v), iw = asInt(w);
  if (iv !== undefined && iw !== undefined && iw >= 0n) {
    if (iv !== 0n && iw > 0n) {
      const vbits = numBits(iv);
      if (iw > BigInt(MAX_INT_SIZE) || vbits > Math.floor(MAX_INT_SIZE / Number(iw))) return undefined;
    }
    return iv ** iw;
  }
  // float_pow (an int to a negative int power is computed in floats): only the plain cases,
  // where C's pow() and JS's ** agree
  const n = coerce(v, w);
  if (!n) return undefined;
  const x = Number(n[0]), y = Number(n[1]);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  if (y === 0) return 1.0;
  if (x === 0 && y < 0) return undefined; // ZeroDivisionError
  if (x < 0 && !Number.isInteger(y)) return undefined; // a complex result
  const r = x ** y;
  return Number.isFinite(r) ? r : undefined;
}

/** const_folding_safe_lshift */
function safeLshift(v: bigint, w: bigint): bigint | undefined {
  if (w < 0n) return undefined; // ValueError: negative shift count
  if (v !== 0n && w !== 0n) {
    if (w > BigInt(MAX_INT_SIZE) || numBits(v) > MAX_INT_SIZE - Number(w)) return undefined;
  }
  return v << w;
}

function concat(a: ConstKey, b: ConstKey): ConstKey | undefined {
  if (typeof a === "string" && typeof b === "string") return a + b;
  if (a instanceof ConstTuple && b instanceof ConstTuple) return new ConstTuple([...a.items, ...b.items]);
  if (a instanceof PyBytes && b instanceof PyBytes) {
    const out = new Uint8Array(a.bytes.length + b.bytes.length);
    out.set(a.bytes);
    out.set(b.bytes, a.bytes.length);
    return new PyBytes(out);
  }
  return undefined;
}

/** Code points of a str, for indexing. */
const codePoints = (s: string): string[] => Array.from(s);

function subscript(container: ConstKey, index: ConstKey): ConstKey | undefined {
  const i = asInt(index);
  if (i === undefined) return undefined;
  let items: ConstKey[] | undefined;
  if (container instanceof ConstTuple) items = container.items;
  else if (typeof container === "string") items = codePoints(container);
  else if (container instanceof PyBytes) items = Array.from(container.bytes, (b) => BigInt(b));
  if (!items) return undefined;
  const n = BigInt(items.length);
  const k = i < 0n ? i + n : i;
  if (k < 0n || k >= n) return undefined; // IndexError
  return items[Number(k)];
}

/** eval_const_binop for the operand types this module knows; undefined: leave it unfolded. */
export function foldBinary(left: ConstKey, op: number, right: ConstKey): ConstKey | undefined {
  const bothBool = typeof left === "boolean" && typeof right === "boolean";
  switch (op) {
    case NbOp.ADD: {
      const c = concat(left, right);
      if (c !== undefined) return c;
      const n = coerce(left, right);
      if (!n) return undefined;
      return typeof n[0] === "bigint" ? (n[0] as bigint) + (n[1] as bigint) : (n[0] as number) + (n[1] as number);
    }
    case NbOp.SUBTRACT: {
      const n = coerce(left, right);
      if (!n) return undefined;
      return typeof n[0] === "bigint" ? (n[0] as bigint) - (n[1] as bigint) : (n[0] as number) - (n[1] as number);
    }
    case NbOp.MULTIPLY: return safeMultiply(left, right);
    case NbOp.TRUE_DIVIDE: {
      const n = coerce(left, right);
      if (!n) return undefined;
      if (typeof n[0] === "bigint") {
        const a = n[0] as bigint, b = n[1] as bigint;
        if (b === 0n) return undefined;
        // exact only while both fit a double's mantissa (CPython divides exactly, then rounds)
        const lim = 2n ** 53n;
        if (a >= lim || a <= -lim || b >= lim || b <= -lim) return undefined;
        return Number(a) / Number(b);
      }
      if (n[1] === 0) return undefined;
      return (n[0] as number) / (n[1] as number);
    }
    case NbOp.FLOOR_DIVIDE: {
      const n = coerce(left, right);
      if (!n) return undefined;
      if (typeof n[0] === "bigint") return n[1] === 0n ? undefined : floorDivInt(n[0] as bigint, n[1] as bigint);
      if (n[1] === 0) return undefined;
      return floatDivMod(n[0] as number, n[1] as number)[0];
    }
    case NbOp.REMAINDER: {
      if (typeof left === "string" || left instanceof PyBytes) return undefined; // const_folding_safe_mod
      const n = coerce(left, right);
      if (!n) return undefined;
      if (typeof n[0] === "bigint") return n[1] === 0n ? undefined : modInt(n[0] as bigint, n[1] as bigint);
      if (n[1] === 0) return undefined;
      return floatDivMod(n[0] as number, n[1] as number)[1];
    }
    case NbOp.POWER: return safePower(left, right);
    case NbOp.LSHIFT: {
      const a = asInt(left), b = asInt(right);
      return a === undefined || b === undefined ? undefined : safeLshift(a, b);
    }
    case NbOp.RSHIFT: {
      const a = asInt(left), b = asInt(right);
      if (a === undefined || b === undefined || b < 0n) return undefined;
      return a >> b;
    }
    case NbOp.OR: case NbOp.XOR: case NbOp.AND: {
      const a = asInt(left), b = asInt(right);
      if (a === undefined || b === undefined) return undefined;
      const r = op === NbOp.OR ? a | b : op === NbOp.XOR ? a ^ b : a & b;
      return bothBool ? r !== 0n : r;
    }
    case NbOp.SUBSCR: return subscript(left, right);
  }
  return undefined;
}

/** eval_const_unaryop: UNARY_NEGATIVE / UNARY_INVERT / UNARY_NOT / INTRINSIC_UNARY_POSITIVE. */
export function foldUnary(v: ConstKey, kind: "neg" | "invert" | "not" | "pos"): ConstKey | undefined {
  if (kind === "not") return !constTruth(v);
  const i = asInt(v);
  // ~bool is not folded (flowgraph.c: the DeprecationWarning must come at run time)
  if (kind === "invert") return i === undefined || typeof v === "boolean" ? undefined : -i - 1n;
  if (i !== undefined) return kind === "neg" ? -i : i;
  if (typeof v === "number") return kind === "neg" ? -v : v;
  if (v instanceof PyComplex) return kind === "neg" ? new PyComplex(-v.real, -v.imag) : v;
  return undefined;
}

/** Python equality of constants for set membership (1 == 1.0 == True), where it is decidable. */
function constEq(a: ConstKey, b: ConstKey): boolean {
  const ia = asInt(a), ib = asInt(b);
  if ((ia !== undefined || typeof a === "number") && (ib !== undefined || typeof b === "number")) {
    if (ia !== undefined && ib !== undefined) return ia === ib;
    const fa = ia !== undefined ? Number(ia) : (a as number), fb = ib !== undefined ? Number(ib) : (b as number);
    return fa === fb;
  }
  return constKey(a) === constKey(b);
}

/** frozenset(items): duplicates (by ==) dropped, first occurrence kept. */
export function makeFrozenSet(items: ConstKey[]): ConstFrozenSet {
  const out: ConstKey[] = [];
  for (const x of items) if (!out.some((y) => constEq(x, y))) out.push(x);
  return new ConstFrozenSet(out);
}

/** The int value of a constant if it is an exact int in LOAD_SMALL_INT's range (0..255). */
export function smallIntValue(v: ConstKey): number | null {
  return typeof v === "bigint" && v >= 0n && v < 256n ? Number(v) : null;
}

/** repr() of the constants the object model does not print itself (dis's DisOptions.constRepr). */
export function reprExtraConst(v: unknown, repr: (v: unknown) => string): string | undefined {
  if (v instanceof ConstSlice) return `slice(${repr(v.start)}, ${repr(v.stop)}, ${repr(v.step)})`;
  if (v instanceof ConstFrozenSet) {
    if (!v.items.length) return "frozenset()";
    // CPython prints a set in hash-table order; for small non-negative ints that is ascending
    const ints = v.items.every((x) => typeof x === "bigint" && x >= 0n && x < 8n);
    const items = ints ? [...v.items].sort((a, b) => Number(a as bigint) - Number(b as bigint)) : v.items;
    return `frozenset({${items.map(repr).join(", ")}})`;
  }
  return undefined;
}

void PY_ELLIPSIS;
