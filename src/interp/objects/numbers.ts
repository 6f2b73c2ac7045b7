// int and float arithmetic with CPython's semantics (Objects/longobject.c, Objects/floatobject.c).
// int: a JS number while it is a safe integer, else a bigint (normalized back when it fits).
// float: a boxed PyFloat. bool takes part as 0/1.
import { FloatType, PyObject, type PyValue } from "./object.js";
import { OverflowError, pyError, ZeroDivisionError } from "./exceptions.js";
import { reprFloat } from "../parse/repr.js";

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number) {
    super(FloatType);
    this.value = value;
  }
}

export const float = (x: number): PyFloat => new PyFloat(x);

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalize a bigint result to a number when it is a safe integer. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export type PyInt = number | bigint;

export const big = (v: PyInt | boolean): bigint => (typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? +v : v));

export function intAdd(a: number, b: number): PyInt {
  const r = a + b;
  return r <= MAX_SAFE && r >= -MAX_SAFE ? r : normBig(BigInt(a) + BigInt(b));
}
export function intSub(a: number, b: number): PyInt {
  const r = a - b;
  return r <= MAX_SAFE && r >= -MAX_SAFE ? r : normBig(BigInt(a) - BigInt(b));
}
export function intMul(a: number, b: number): PyInt {
  const r = a * b;
  return r <= MAX_SAFE && r >= -MAX_SAFE ? (r === 0 ? 0 : r) : normBig(BigInt(a) * BigInt(b));
}

/** Python floor division and modulo on ints (sign of the divisor). */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw pyError(ZeroDivisionError, "integer division or modulo by zero");
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q === 0 ? 0 : q;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw pyError(ZeroDivisionError, "integer division or modulo by zero");
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw pyError(ZeroDivisionError, "integer modulo by zero");
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw pyError(ZeroDivisionError, "integer modulo by zero");
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normBig(r);
}

export function intPow(a: PyInt, b: PyInt): PyValue {
  if (b < 0) {
    const x = Number(a), y = Number(b);
    if (x === 0) throw pyError(ZeroDivisionError, "zero to a negative power");
    return float(Math.pow(x, y));
  }
  if (typeof a === "number" && typeof b === "number") {
    const r = Math.pow(a, b);
    if (Number.isSafeInteger(r)) return r;
  }
  return normBig(big(a) ** big(b));
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : normBig(-a);
}

export function intShift(a: PyInt, b: PyInt, left: boolean): PyInt {
  if (b < 0) throw pyError(ValueErrorRef(), "negative shift count");
  const x = big(a), y = big(b);
  if (left) {
    if (x !== 0n && y > 100000000n) throw pyError(OverflowError, "too many digits in integer");
    return normBig(x << y);
  }
  return normBig(x >> y);
}

let valueErrorRef: (() => import("./object.js").PyType) | null = null;
export function setValueErrorRef(f: () => import("./object.js").PyType): void { valueErrorRef = f; }
function ValueErrorRef() { return valueErrorRef!(); }

export function intBitOp(a: PyInt, b: PyInt, op: "&" | "|" | "^"): PyInt {
  if (typeof a === "number" && typeof b === "number" && Math.abs(a) <= 0x7fffffff && Math.abs(b) <= 0x7fffffff) {
    return op === "&" ? a & b : op === "|" ? a | b : a ^ b;
  }
  const x = big(a), y = big(b);
  return normBig(op === "&" ? x & y : op === "|" ? x | y : x ^ y);
}

export function intCompare(a: PyInt, b: PyInt): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** int -> float conversion with CPython's OverflowError. */
export function intToFloat(a: PyInt): number {
  if (typeof a === "number") return a;
  const f = Number(a);
  if (!Number.isFinite(f)) throw pyError(OverflowError, "int too large to convert to float");
  return f;
}

/** Python's float floor division and modulo (Objects/floatobject.c float_divmod). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw pyError(ZeroDivisionError, "division by zero");
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = vx / wx < 0 ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

export function floatPow(x: number, y: number): number {
  if (x === 0 && y < 0) throw pyError(ZeroDivisionError, "zero to a negative power");
  if (x < 0 && !Number.isInteger(y) && Number.isFinite(y)) {
    throw pyError(ValueErrorRef(), "complex pow() not supported here"); // CPython returns a complex
  }
  const r = Math.pow(x, y);
  if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) throw pyError(OverflowError, "(34, 'Numerical result out of range')");
  return r;
}

export function floatRepr(x: number): string {
  return reprFloat(x);
}

export function intRepr(v: PyInt): string {
  return typeof v === "number" ? String(v) : v.toString();
}

/** hash() of an int (CPython: Objects/longobject.c long_hash, modulus 2**61-1). */
export function intHash(v: PyInt): PyInt {
  if (typeof v === "number" && v >= -0x3fffffff && v <= 0x3fffffff) return v === -1 ? -2 : v;
  const M = (1n << 61n) - 1n;
  const b = big(v);
  let h = (b < 0n ? -b : b) % M;
  if (b < 0n) h = -h;
  if (h === -1n) h = -2n;
  return normBig(h);
}

/** hash() of a float (CPython: Python/pyhash.c _Py_HashDouble). */
export function floatHash(x: number): PyInt {
  if (Number.isInteger(x) && Math.abs(x) <= 2 ** 53) return intHash(x);
  if (!Number.isFinite(x)) return x > 0 ? 314159 : x < 0 ? -314159 : 0;
  // exact rational reduction mod 2**61-1 via the binary expansion
  const M = (1n << 61n) - 1n;
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, x);
  const hi = buf.getUint32(0), lo = buf.getUint32(4);
  const sign = hi >>> 31 ? -1n : 1n;
  const exp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (exp === 0) e = -1074; else { mant |= 1n << 52n; e = exp - 1075; }
  // value = mant * 2**e ; hash = mant * 2**e mod M (2**-k is the inverse of 2**k)
  let h = mant % M;
  const shift = ((e % 61) + 61) % 61;
  h = ((h << BigInt(shift)) | (h >> BigInt(61 - shift))) & M;
  h = sign * h;
  if (h === -1n) h = -2n;
  return normBig(h);
}
