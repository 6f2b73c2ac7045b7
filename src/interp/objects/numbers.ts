// int and float arithmetic with CPython's semantics and messages (Objects/longobject.c,
// Objects/floatobject.c, Python/pystrtod.c, Python/dtoa.c). Pure algorithms on JS values; the
// Python-visible methods of int, bool and float are in int.ts and float.ts.
//
// int: a JS number while it is a safe integer, else a bigint (normalized back when it fits).
// float: a boxed PyFloat. bool takes part as 0/1.
// Decimal conversions of floats are exact: a double is a dyadic rational, so its digits under any
// rounding (dtoa's modes 2 and 3, round-half-even on the exact binary value) come from bigint
// arithmetic; shortest round-trip digits (dtoa mode 0, repr) come from the JS engine.
import { nativeCheck } from "./interrupt.js";
import { FloatType, PyObject, type PyType, type PyValue } from "./object.js";
import { MemoryError, OverflowError, pyError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { reprFloat } from "../parse/repr.js";

export class PyFloat extends PyObject {
  readonly value: number;
  constructor(value: number) {
    super(FloatType);
    this.value = value;
  }
}

export const float = (x: number): PyFloat => new PyFloat(x);

/** An instance of a Python subclass of int: the value plus an instance __dict__ (int.ts). */
export class PyIntSub extends PyObject {
  constructor(type: PyType, readonly value: PyInt) {
    super(type);
  }
}
/** An instance of a Python subclass of float (float.ts). */
export class PyFloatSub extends PyObject {
  constructor(type: PyType, readonly value: number) {
    super(type);
  }
}

const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** Normalize a bigint result to a number when it is a safe integer. */
export function normBig(b: bigint): number | bigint {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export type PyInt = number | bigint;

export const big = (v: PyInt | boolean): bigint => (typeof v === "bigint" ? v : BigInt(typeof v === "boolean" ? +v : v));

/** Run a bigint computation, turning the engine's size limit into Python's MemoryError. */
function bigOp<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof RangeError) throw pyError(MemoryError);
    throw e;
  }
}

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

/** a + b, a - b, a * b on any ints */
export function intAddAny(a: PyInt, b: PyInt): PyInt {
  return typeof a === "number" && typeof b === "number" ? intAdd(a, b) : normBig(big(a) + big(b));
}
export function intSubAny(a: PyInt, b: PyInt): PyInt {
  return typeof a === "number" && typeof b === "number" ? intSub(a, b) : normBig(big(a) - big(b));
}
export function intMulAny(a: PyInt, b: PyInt): PyInt {
  return typeof a === "number" && typeof b === "number" ? intMul(a, b) : bigOp(() => normBig(big(a) * big(b)));
}

// CPython 3.14 says "division by zero" for every integer and float division and modulo.
const divByZero = () => pyError(ZeroDivisionError, "division by zero");

/** Python floor division and modulo on ints (sign of the divisor). */
export function intFloorDiv(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divByZero();
    const r = a % b;
    let q = (a - r) / b;
    if (r !== 0 && (r < 0) !== (b < 0)) q -= 1;
    return q === 0 ? 0 : q;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw divByZero();
  let q = x / y;
  if ((x % y !== 0n) && ((x < 0n) !== (y < 0n))) q -= 1n;
  return normBig(q);
}

export function intMod(a: PyInt, b: PyInt): PyInt {
  if (typeof a === "number" && typeof b === "number") {
    if (b === 0) throw divByZero();
    let r = a % b;
    if (r !== 0 && (r < 0) !== (b < 0)) r += b;
    return r === 0 ? 0 : r;
  }
  const x = big(a), y = big(b);
  if (y === 0n) throw divByZero();
  let r = x % y;
  if (r !== 0n && (r < 0n) !== (y < 0n)) r += y;
  return normBig(r);
}

export function intDivmod(a: PyInt, b: PyInt): [PyInt, PyInt] {
  return [intFloorDiv(a, b), intMod(a, b)];
}

/** a / b for ints, correctly rounded (CPython: longobject.c long_true_divide). */
export function intTrueDiv(a: PyInt, b: PyInt): number {
  if (b === 0 || b === 0n) throw divByZero();
  if (typeof a === "number" && typeof b === "number") return a / b; // both exact doubles: IEEE division rounds correctly
  const x = big(a), y = big(b);
  const neg = (x < 0n) !== (y < 0n);
  const r = ratioToDouble(x < 0n ? -x : x, y < 0n ? -y : y);
  if (!Number.isFinite(r)) throw pyError(OverflowError, "integer division result too large for a float");
  return neg ? -r : r;
}

/** The double nearest to num / den * 2**e (num >= 0, den > 0), ties to even; Infinity on overflow. */
export function ratioToDouble(num: bigint, den: bigint, e = 0): number {
  if (num === 0n) return 0;
  // top = floor(log2(num / den)) + e: the exponent of the result's leading bit
  let top = bitLength(num) - bitLength(den);
  if (top >= 0 ? num < den << BigInt(top) : num << BigInt(-top) < den) top--;
  top += e;
  if (top > 1023) return Infinity;
  if (top < -1076) return 0;
  const lsb = Math.max(top - 52, -1074);
  const s = e - lsb;
  const q = s >= 0 ? roundHalfEven(num << BigInt(s), den) : roundHalfEven(num, den << BigInt(-s));
  return Number(q) * 2 ** lsb; // q <= 2**53: exact, or Infinity when it rounds up past the largest double
}

/** x * 2**n correctly rounded (C ldexp). */
export function ldexp(x: number, n: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, e] = decompose(Math.abs(x));
  const r = ratioToDouble(m, 1n, e + n);
  return x < 0 ? -r : r;
}

/** int ** int (nonnegative exponent exact; a negative exponent goes through floats, as CPython). */
export function intPow(a: PyInt, b: PyInt): PyValue {
  if (b < 0) {
    const x = intToFloat(a), y = intToFloat(b);
    if (x === 0) throw pyError(ZeroDivisionError, "zero to a negative power");
    return float(floatPow(x, y));
  }
  if (typeof a === "number" && typeof b === "number" && b <= 64) {
    // exact: square and multiply while the result stays a safe integer (Math.pow may be inexact)
    let r = 1, base = a, e = b;
    for (;;) {
      if (e & 1) { r *= base; if (!Number.isSafeInteger(r)) break; }
      e >>= 1;
      if (e === 0) return r === 0 ? 0 : r;
      base *= base;
      if (!Number.isSafeInteger(base)) break;
    }
  }
  const x = big(a);
  if (x === 0n || x === 1n) return Number(x);
  if (x === -1n) return big(b) % 2n === 0n ? 1 : -1;
  if (big(b) > 0xffffffffn) throw pyError(MemoryError);
  const e = big(b);
  // a result of millions of bits: square and multiply here, looking at the eval breaker between the
  // steps (CPython: longobject.c long_pow's SIGCHECK per exponent bit); one BigInt ** is atomic
  if (e > 4096n && BigInt(bitLength(x)) * e > 1n << 22n) return bigOp(() => normBig(powChecked(x, e)));
  return bigOp(() => normBig(x ** e));
}

/** x ** e (e > 0) by left-to-right binary exponentiation, checking for a pause or Ctrl-C per bit. */
function powChecked(x: bigint, e: bigint): bigint {
  const bits = e.toString(2);
  let r = x;
  for (let i = 1; i < bits.length; i++) {
    nativeCheck();
    r *= r;
    if (bits.charCodeAt(i) === 49) r *= x;
  }
  return r;
}

/** pow(a, b, m) for ints (CPython long_pow with a modulus, incl. the modular inverse for b < 0). */
export function intPowMod(a: PyInt, b: PyInt, m: PyInt): PyInt {
  let mod = big(m);
  if (mod === 0n) throw pyError(ValueError, "pow() 3rd argument cannot be 0");
  const negMod = mod < 0n;
  if (negMod) mod = -mod;
  let base = big(a), exp = big(b);
  if (exp < 0n) {
    base = modInverse(base, mod);
    exp = -exp;
  }
  if (mod === 1n) return 0;
  base %= mod;
  if (base < 0n) base += mod;
  let r = 1n;
  while (exp > 0n) {
    nativeCheck(); // CPython: long_pow's SIGCHECK
    if (exp & 1n) r = (r * base) % mod;
    base = (base * base) % mod;
    exp >>= 1n;
  }
  if (negMod && r !== 0n) r -= mod;
  return normBig(r);
}

function modInverse(a: bigint, n: bigint): bigint {
  // extended Euclid (CPython long_invmod)
  let b = n;
  let x0 = 1n, x1 = 0n;
  a %= n;
  if (a < 0n) a += n;
  while (b !== 0n) {
    const q = a / b;
    [a, b] = [b, a - q * b];
    [x0, x1] = [x1, x0 - q * x1];
  }
  if (a !== 1n) throw pyError(ValueError, "base is not invertible for the given modulus");
  return x0;
}

export function intNeg(a: PyInt): PyInt {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : normBig(-a);
}

export function intAbs(a: PyInt): PyInt {
  return typeof a === "number" ? Math.abs(a) : normBig(a < 0n ? -a : a);
}

export function intInvert(a: PyInt): PyInt {
  return typeof a === "number" ? -a - 1 : normBig(~a);
}

export function intShift(a: PyInt, b: PyInt, left: boolean): PyInt {
  if (b < 0) throw pyError(ValueError, "negative shift count");
  if (a === 0 || a === 0n) return 0;
  const x = big(a), y = big(b);
  if (left) {
    if (y > 0xffffffffn) throw pyError(OverflowError, "too many digits in integer");
    return bigOp(() => normBig(x << y));
  }
  if (y >= BigInt(bitLength(x))) return x < 0n ? -1 : 0;
  return normBig(x >> y);
}

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

/** int.bit_length() of |v| */
export function bitLength(v: PyInt): number {
  if (typeof v === "number") {
    const a = Math.abs(v);
    if (a < 2 ** 31) return 32 - Math.clz32(a);
    return a.toString(2).length;
  }
  const a = v < 0n ? -v : v;
  if (a === 0n) return 0;
  const h = a.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** int.bit_count(): the number of ones in |v| */
export function bitCount(v: PyInt): number {
  if (typeof v === "number") {
    let a = Math.abs(v), n = 0;
    while (a > 0xffffffff) { n += popcount32(a % 0x100000000); a = Math.floor(a / 0x100000000); }
    return n + popcount32(a);
  }
  const a = v < 0n ? -v : v;
  let n = 0;
  for (const c of a.toString(16)) n += popcount32(parseInt(c, 16));
  return n;
}
function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** round(int, ndigits) for ndigits < 0: round half to even at 10**-ndigits (long_round). */
export function intRound(v: PyInt, ndigits: PyInt): PyInt {
  if (ndigits >= 0) return v;
  const nd = -big(ndigits);
  if (nd > BigInt(decimalDigitsUpperBound(v))) return 0;
  const p = 10n ** nd;
  const x = big(v);
  let q = x / p, r = x % p;
  if (r < 0n) { r += p; q -= 1n; } // floor semantics
  let res = x - r;
  const twice = 2n * r;
  if (twice > p || (twice === p && (q & 1n) === 1n)) res += p;
  return normBig(res);
}
function decimalDigitsUpperBound(v: PyInt): number {
  return Math.ceil(bitLength(v) * 0.30103) + 1;
}

/** int -> float conversion with CPython's OverflowError. */
export function intToFloat(a: PyInt | boolean): number {
  if (typeof a === "number") return a;
  if (typeof a === "boolean") return a ? 1 : 0;
  const f = Number(a);
  if (!Number.isFinite(f)) throw pyError(OverflowError, "int too large to convert to float");
  return f;
}

/** float -> int by truncation (PyLong_FromDouble) with CPython's errors for nan and inf. */
export function floatToInt(x: number): PyInt {
  if (Number.isNaN(x)) throw pyError(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(x)) throw pyError(OverflowError, "cannot convert float infinity to integer");
  const t = Math.trunc(x);
  return Number.isSafeInteger(t) ? t + 0 : BigInt(t);
}

// ---- float arithmetic ------------------------------------------------------------------------------

/** Python's float floor division and modulo (Objects/floatobject.c float_divmod). */
export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw divByZero();
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) { // C's `if (mod)`: NaN counts as true
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    const q = vx / wx; // copysign(0.0, vx / wx)
    floordiv = q < 0 || Object.is(q, -0) ? -0.0 : 0.0;
  }
  return [floordiv, mod];
}

/** float_rem */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw divByZero();
  let mod = vx % wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else {
    mod = wx < 0 ? -0.0 : 0.0;
  }
  return mod;
}

export function floatFloorDiv(vx: number, wx: number): number {
  return floatDivmod(vx, wx)[0];
}

export function floatTrueDiv(vx: number, wx: number): number {
  if (wx === 0) throw divByZero();
  return vx / wx;
}

/** The message of OverflowError from a float operation whose result is out of range (errno ERANGE
 * as glibc words it; pyodide's libc says "(68, 'Result not representable')"). */
export const FLOAT_RANGE_ERROR = "(34, 'Numerical result out of range')";

/** float_pow (Objects/floatobject.c): C99 pow() special cases and CPython's errors. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return 1.0;
  if (Number.isNaN(iv)) return iv;
  if (Number.isNaN(iw)) return iv === 1.0 ? 1.0 : iw;
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1.0) return 1.0;
    if ((iw > 0) === (a > 1.0)) return Math.abs(iw);
    return 0.0;
  }
  if (!Number.isFinite(iv)) {
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw > 0) return oddInt ? iv : Math.abs(iv);
    return oddInt ? (iv > 0 ? 0 : -0) : 0.0;
  }
  if (iv === 0) {
    const oddInt = Number.isInteger(iw) && Math.abs(iw % 2) === 1;
    if (iw < 0) throw pyError(ZeroDivisionError, "zero to a negative power");
    return oddInt ? iv : 0.0;
  }
  let negateResult = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) {
      // CPython returns a complex number here (float.__pow__ defers to complex.__pow__)
      throw pyError(ValueError, "negative number cannot be raised to a fractional power (tspy has no complex numbers yet)");
    }
    iv = -iv;
    negateResult = Math.abs(iw % 2) === 1;
  }
  if (iv === 1.0) return negateResult ? -1.0 : 1.0;
  let ix: number;
  if (iw === 2) ix = iv * iv;
  else if (iw === 0.5) ix = Math.sqrt(iv);
  else if (iw === 1) ix = iv;
  else if (iw === -1) ix = 1 / iv;
  else if (Number.isInteger(iw) && Math.abs(iw) <= 64) ix = exactIntPow(iv, iw);
  else ix = powCorrect(iv, iw);
  if (negateResult) ix = -ix;
  if (!Number.isFinite(ix)) throw pyError(OverflowError, FLOAT_RANGE_ERROR);
  return ix;
}

/** x ** k for an integer k, correctly rounded (libm's pow is within 0.52 ulp; JS's is not always). */
function exactIntPow(x: number, k: number): number {
  const [m, e] = decompose(x);
  const p = m ** BigInt(Math.abs(k));
  return k > 0 ? ratioToDouble(p, 1n, e * k) : ratioToDouble(1n, p, e * k);
}

// ---- correctly rounded pow ---------------------------------------------------------------------------
// libm's pow (glibc, musl: ARM's optimized routines) is correctly rounded in all but astronomically
// rare cases; JS engines' Math.pow is not. x ** y = exp(y * ln x) in 192-bit fixed point, rounded once.

export const PREC = 192n;
export const ONE = 1n << PREC;

/** atanh(s) * 2 for a fixed-point s with |s| < 1/2: 2 * (s + s^3/3 + s^5/5 + ...) */
function twoAtanh(s: bigint): bigint {
  const s2 = (s * s) >> PREC;
  let term = s, sum = 0n;
  for (let k = 1n; term !== 0n; k += 2n) {
    sum += term / k;
    term = (term * s2) / ONE; // truncates toward zero, so a negative term also reaches 0
  }
  return 2n * sum;
}
let LN2: bigint | undefined;
export const ln2 = (): bigint => (LN2 ??= twoAtanh(ONE / 3n));

/** ln(x) in fixed point for a finite x > 0 */
export function lnFixed(x: number): bigint {
  let [m, e] = decompose(x);
  // normalize m * 2**e with m in [2**52, 2**53), then move m into [sqrt(1/2), sqrt(2)) * 2**52
  const bl = bitLength(m);
  e += bl - 53;
  m = bl >= 53 ? m >> BigInt(bl - 53) : m << BigInt(53 - bl); // exact: subnormals gain zero bits
  let M = m << (PREC - 52n); // m / 2**52 in fixed point, in [1, 2)
  e += 52;
  if (M > (ONE * 181n) / 128n) { M >>= 1n; e += 1; } // keeps |s| below 0.172 (any bound near sqrt(2) does)
  const s = ((M - ONE) << PREC) / (M + ONE);
  return twoAtanh(s) + BigInt(e) * ln2();
}

/** exp(t) for a fixed-point t, rounded to the nearest double (Infinity when too large). */
export function expFixedToDouble(t: bigint): number {
  const L = ln2();
  let k = t / L;
  let r = t - k * L;
  // |r| <= ln2 / 2
  if (r > L / 2n) { r -= L; k += 1n; } else if (r < -L / 2n) { r += L; k -= 1n; }
  if (k > 1100n) return Infinity;
  if (k < -1200n) return 0;
  let term = ONE, sum = 0n;
  for (let n = 1n; term !== 0n; n++) {
    sum += term;
    term = (term * r) / (ONE * n);
  }
  return ratioToDouble(sum, ONE, Number(k));
}

/** x ** y for finite x > 0 (x != 1) and finite y, correctly rounded. */
export function powCorrect(x: number, y: number): number {
  const [my, ey] = decompose(Math.abs(y));
  let t = lnFixed(x) * my;
  t = ey >= 0 ? t << BigInt(ey) : t >> BigInt(-ey);
  if (y < 0) t = -t;
  // far outside the double range: avoid a huge exponential series
  const lim = 1200n * ONE;
  if (t > lim) return Infinity;
  if (t < -lim) return 0;
  return expFixedToDouble(t);
}

/** float.__round__() without ndigits: round half to even, to an int. */
export function floatRoundToInt(x: number): PyInt {
  let r = Math.round(x);
  if (r - x === 0.5 && r % 2 !== 0) r -= 1; // Math.round rounds halves up
  return floatToInt(r);
}

/** float.__round__(ndigits): correctly rounded, as CPython's dtoa-based double_round. */
export function floatRound(x: number, ndigits: PyInt): number {
  if (!Number.isFinite(x) || x === 0) return x;
  // beyond these, x is returned unchanged (or rounds to a signed zero): floatobject.c NDIGITS_MAX/MIN
  if (ndigits > 323) return x;
  if (ndigits < -308) return 0.0 * x;
  const nd = Number(ndigits);
  const [num, den] = exactFraction(Math.abs(x));
  const N = nd >= 0 ? roundHalfEven(num * pow10(nd), den) : roundHalfEven(num, den * pow10(-nd));
  const r = N === 0n ? 0 : Number(`${N}e${-nd}`);
  if (!Number.isFinite(r)) throw pyError(OverflowError, "rounded value too large to represent");
  return x < 0 ? -r : r;
}

/** float.as_integer_ratio() */
export function floatAsIntegerRatio(x: number): [PyInt, PyInt] {
  if (Number.isNaN(x)) throw pyError(ValueError, "cannot convert NaN to integer ratio");
  if (!Number.isFinite(x)) throw pyError(OverflowError, "cannot convert Infinity to integer ratio");
  if (x === 0) return [0, 1];
  let [num, den] = exactFraction(Math.abs(x));
  while (den > 1n && (num & 1n) === 0n) { num >>= 1n; den >>= 1n; }
  return [normBig(x < 0 ? -num : num), normBig(den)];
}

// ---- exact decimal digits of doubles ----------------------------------------------------------------

const view = new DataView(new ArrayBuffer(8));

/** Finite x >= 0 as mant * 2**e with an integer mant < 2**53. */
export function decompose(x: number): [bigint, number] {
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  return bexp === 0 ? [mant, -1074] : [mant | (1n << 52n), bexp - 1075];
}

/** Finite x >= 0 as an exact fraction num / den (den a power of two). */
export function exactFraction(x: number): [bigint, bigint] {
  const [mant, e] = decompose(x);
  return e >= 0 ? [mant << BigInt(e), 1n] : [mant, 1n << BigInt(-e)];
}

/** round(num / den) with ties to even (num, den > 0) */
export function roundHalfEven(num: bigint, den: bigint): bigint {
  const q = num / den, r = num % den;
  const twice = 2n * r;
  return twice > den || (twice === den && (q & 1n) === 1n) ? q + 1n : q;
}

const POW10: bigint[] = [];
export function pow10(n: number): bigint {
  if (n < 64) return (POW10[n] ??= 10n ** BigInt(n));
  return 10n ** BigInt(n);
}

/** dtoa's result: x = 0.DIGITS * 10**decpt, digits without trailing zeros ("0", 1 for zero). */
interface Digits { digits: string; decpt: number }

function fromInteger(N: bigint, scale: number): Digits {
  // value = N * 10**-scale
  if (N === 0n) return { digits: "0", decpt: 1 };
  let s = N.toString();
  const decpt = s.length - scale;
  let end = s.length;
  while (end > 1 && s.charCodeAt(end - 1) === 48) end--;
  s = s.slice(0, end);
  return { digits: s, decpt };
}

/** dtoa mode 0: the shortest digits that round-trip (x finite, >= 0). */
function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const s = x.toExponential(); // "d.ddde+x": the shortest round-trip digits
  const e = s.indexOf("e");
  const digits = s.slice(0, e).replace(".", "");
  return { digits, decpt: Number(s.slice(e + 1)) + 1 };
}

/** dtoa mode 2: x (finite, >= 0) correctly rounded to n >= 1 significant digits. */
function significantDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const [num, den] = exactFraction(x);
  let e = Math.floor(Math.log10(x));
  // make 10**e <= x < 10**(e+1) exact
  const ge = (k: number): boolean => (k >= 0 ? num >= den * pow10(k) : num * pow10(-k) >= den);
  while (!ge(e)) e--;
  while (ge(e + 1)) e++;
  const shift = n - 1 - e;
  let N = shift >= 0 ? roundHalfEven(num * pow10(shift), den) : roundHalfEven(num, den * pow10(-shift));
  let scale = shift;
  if (N >= pow10(n)) { N /= 10n; scale--; }
  return fromInteger(N, scale);
}

/** dtoa mode 3: x (finite, >= 0) correctly rounded to n digits after the decimal point. */
function fixedDigits(x: number, n: number): Digits {
  if (x === 0) return { digits: "0", decpt: 1 };
  const [num, den] = exactFraction(x);
  const N = n >= 0 ? roundHalfEven(num * pow10(n), den) : roundHalfEven(num, den * pow10(-n)) * pow10(-n);
  return fromInteger(N, Math.max(n, 0));
}

export interface DoubleToStringFlags {
  /** Py_DTSF_ALT: '#' */
  alt?: boolean;
  /** Py_DTSF_ADD_DOT_0: an integral result gets ".0" */
  addDot0?: boolean;
  /** Py_DTSF_NO_NEG_0: 'z' */
  noNeg0?: boolean;
  /** Py_DTSF_SIGN: '+' before non-negative numbers */
  sign?: boolean;
}

/**
 * PyOS_double_to_string(x, code, precision, flags) (Python/pystrtod.c format_float_short) for code
 * in "eEfFgGr" ('r' = repr, precision unused).
 */
export function doubleToString(x: number, code: string, precision: number, flags: DoubleToStringFlags = {}): string {
  const upper = code === "E" || code === "F" || code === "G";
  const c = upper ? code.toLowerCase() : code;
  let s: string;
  if (Number.isNaN(x)) s = "nan";
  else if (!Number.isFinite(x)) s = (x < 0 ? "-" : flags.sign ? "+" : "") + "inf";
  else s = formatFloatShort(x, c, precision, flags);
  return upper ? s.toUpperCase() : s;
}

function formatFloatShort(x: number, code: string, precision: number, flags: DoubleToStringFlags): string {
  let sign = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  let d: Digits;
  switch (code) {
    case "e": precision++; d = significantDigits(a, precision); break;
    case "f": d = fixedDigits(a, precision); break;
    case "g": if (precision === 0) precision = 1; d = significantDigits(a, precision); break;
    default: d = shortestDigits(a); break; // 'r'
  }
  const digits = d.digits;
  let decpt = d.decpt;
  const n = digits.length;
  if (flags.noNeg0 && sign && digits === "0") sign = false;
  let useExp = false;
  let vEnd = n;
  switch (code) {
    case "e": useExp = true; vEnd = precision; break;
    case "f": vEnd = decpt + precision; break;
    case "g":
      if (decpt <= -4 || decpt > (flags.addDot0 ? precision - 1 : precision)) useExp = true;
      if (flags.alt) vEnd = precision;
      break;
    default: if (decpt <= -4 || decpt > 16) useExp = true; break;
  }
  let exp = 0;
  if (useExp) { exp = decpt - 1; decpt = 1; }
  const vStart = decpt <= 0 ? decpt - 1 : 0;
  vEnd = !useExp && flags.addDot0 ? Math.max(vEnd, decpt + 1) : Math.max(vEnd, decpt);
  let out = sign ? "-" : flags.sign ? "+" : "";
  if (decpt <= 0) out += "0".repeat(decpt - vStart) + "." + "0".repeat(-decpt);
  else out += "0".repeat(-vStart);
  if (decpt > 0 && decpt <= n) out += digits.slice(0, decpt) + "." + digits.slice(decpt);
  else out += digits;
  if (n < decpt) out += "0".repeat(decpt - n) + "." + "0".repeat(vEnd - decpt);
  else out += "0".repeat(Math.max(0, vEnd - n));
  if (out.endsWith(".") && !flags.alt) out = out.slice(0, -1);
  if (useExp) out += "e" + (exp < 0 ? "-" : "+") + String(Math.abs(exp)).padStart(2, "0");
  return out;
}

export function floatRepr(x: number): string {
  return reprFloat(x);
}

// ---- float.hex / float.fromhex ------------------------------------------------------------------------

/** float.hex() (floatobject.c float_hex) */
export function floatHex(x: number): string {
  if (!Number.isFinite(x)) return reprFloat(x);
  if (x === 0) return Object.is(x, -0) ? "-0x0.0p+0" : "0x0.0p+0";
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  const mant = (hi & 0xfffff).toString(16).padStart(5, "0") + lo.toString(16).padStart(8, "0");
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${x < 0 ? "-" : ""}0x${bexp === 0 ? "0" : "1"}.${mant}p${e < 0 ? "-" : "+"}${Math.abs(e)}`;
}

const isPySpace = (c: string): boolean => c === " " || (c >= "\t" && c <= "\r");

/** float.fromhex(s) (floatobject.c float_fromhex) */
export function floatFromHex(s: string): number {
  const invalid = () => pyError(ValueError, "invalid hexadecimal floating-point string");
  let i = 0, end = s.length;
  while (i < end && isPySpace(s[i])) i++;
  while (end > i && isPySpace(s[end - 1])) end--;
  let neg = false;
  if (s[i] === "-") { neg = true; i++; } else if (s[i] === "+") i++;
  const rest = s.slice(i, end).toLowerCase();
  if (rest === "inf" || rest === "infinity") return neg ? -Infinity : Infinity;
  if (rest === "nan") return NaN;
  let j = 0;
  if (rest.startsWith("0x")) j = 2;
  const m = /^([0-9a-f]*)(?:\.([0-9a-f]*))?(?:p([-+]?[0-9]+))?$/.exec(rest.slice(j));
  if (!m) throw invalid();
  const intDigits = m[1], fracDigits = m[2] ?? "";
  if (intDigits.length + fracDigits.length === 0) throw invalid();
  const M = BigInt("0x" + (intDigits + fracDigits));
  let exp = m[3] !== undefined ? Number(m[3]) : 0;
  exp = Math.max(-(2 ** 40), Math.min(2 ** 40, exp)) - 4 * fracDigits.length;
  const r = ratioToDouble(M, 1n, exp);
  if (!Number.isFinite(r)) throw pyError(OverflowError, "hexadecimal value too large to represent as a float");
  return neg ? -r : r;
}

// ---- int <-> decimal string -----------------------------------------------------------------------

/** sys.get_int_max_str_digits() (CPython's default 4300; 0 = unlimited). */
export let intMaxStrDigits = 4300;
export function setIntMaxStrDigits(n: number): void {
  intMaxStrDigits = n;
}

/** int.__repr__: decimal digits, limited like CPython's int -> str conversion. */
export function intRepr(v: PyInt): string {
  if (typeof v === "number") return String(v);
  const tooMany = () => pyError(ValueError, `Exceeds the limit (${intMaxStrDigits} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  // refused before converting when the size alone says so, as CPython does (the conversion is
  // not linear): |v| >= 2**(bits-1) has at least floor((bits-1) * log10(2)) + 1 digits
  // (CPython: longobject.c long_to_decimal_string_internal)
  if (intMaxStrDigits > 0 && Math.floor((bitLength(v) - 1) * Math.log10(2) - 1e-6) + 1 > intMaxStrDigits) throw tooMany();
  const s = bigToDecimal(v);
  if (intMaxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > intMaxStrDigits) throw tooMany();
  return s;
}

/** Decimal digits of a bigint; a huge one (the limit lifted) is split in halves by powers of ten,
 *  looking at the eval breaker between the divisions, so a pause or Ctrl-C reaches str() of a
 *  number of millions of digits (one BigInt toString is atomic). */
function bigToDecimal(v: bigint, powers = new Map<number, bigint>()): string {
  if (v < 0n) return "-" + bigToDecimal(-v, powers);
  const bits = bitLength(v);
  if (bits <= 1 << 17) return v.toString();
  nativeCheck();
  const k = Math.floor((bits >> 1) * Math.log10(2)); // digits of the low half
  let p = powers.get(k);
  if (p === undefined) powers.set(k, (p = 10n ** BigInt(k)));
  const hi = v / p;
  const lo = v - hi * p;
  return bigToDecimal(hi, powers) + bigToDecimal(lo, powers).padStart(k, "0");
}

// ---- hashing --------------------------------------------------------------------------------------

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
  view.setFloat64(0, x);
  const hi = view.getUint32(0), lo = view.getUint32(4);
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

/** Kept for abstract.ts, which installs ValueError lazily (numbers.ts now imports it directly). */
export function setValueErrorRef(_f: () => PyType): void {}
