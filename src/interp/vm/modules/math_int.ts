// The integer functions of the math module (CPython: Modules/mathmodule.c math_factorial, math_comb,
// math_perm, math_isqrt, math_gcd, math_lcm) and the generic reductions prod and sumprod.
import { nativeCheck } from "../../objects/interrupt.js";
import { None, typeOf, type PyValue } from "../../objects/object.js";
import { pyError, TypeError, ValueError, OverflowError } from "../../objects/exceptions.js";
import { binaryOp, iterateToArray, Nb } from "../../objects/abstract.js";
import { normBig, PyFloat, float, decompose, ratioToDouble, type PyInt } from "../../objects/numbers.js";
import { toIndexInt } from "../../objects/int.js";
import { IntType, FloatType, BoolType } from "../../objects/object.js";

const bigOf = (v: PyValue): bigint => BigInt(toIndexInt(v));
const LONG_MAX = 9223372036854775807n;

/** product of the integers in [lo, hi) by binary splitting */
function rangeProduct(lo: bigint, hi: bigint): bigint {
  nativeCheck(); // between products: factorial(10**6) can be paused or interrupted
  if (hi - lo <= 8n) {
    let r = 1n;
    for (let i = lo; i < hi; i++) r *= i;
    return r;
  }
  const mid = (lo + hi) >> 1n;
  return rangeProduct(lo, mid) * rangeProduct(mid, hi);
}

// CPython: math_factorial
export function factorial(v: PyValue): PyInt {
  if (v instanceof PyFloat) throw pyError(TypeError, "'float' object cannot be interpreted as an integer");
  const n = bigOf(v);
  if (n > LONG_MAX) throw pyError(OverflowError, `factorial() argument should not exceed ${LONG_MAX}`);
  if (n < 0n) throw pyError(ValueError, "factorial() not defined for negative values");
  return normBig(rangeProduct(2n, n + 1n));
}

// CPython: math_perm / math_comb (perm_comb)
export function perm(nv: PyValue, kv: PyValue): PyInt {
  const n = bigOf(nv);
  if (kv === None) return factorial(n < 0n ? nv : normBig(n));
  const k = bigOf(kv);
  if (n < 0n) throw pyError(ValueError, "n must be a non-negative integer");
  if (k < 0n) throw pyError(ValueError, "k must be a non-negative integer");
  if (k > n) return 0;
  return normBig(rangeProduct(n - k + 1n, n + 1n));
}
export function comb(nv: PyValue, kv: PyValue): PyInt {
  const n = bigOf(nv), k0 = bigOf(kv);
  if (n < 0n) throw pyError(ValueError, "n must be a non-negative integer");
  if (k0 < 0n) throw pyError(ValueError, "k must be a non-negative integer");
  if (k0 > n) return 0;
  const k = n - k0 < k0 ? n - k0 : k0;
  return normBig(rangeProduct(n - k + 1n, n + 1n) / rangeProduct(1n, k + 1n));
}

// CPython: math_isqrt
export function isqrt(v: PyValue): PyInt {
  const n = bigOf(v);
  if (n < 0n) throw pyError(ValueError, "isqrt() argument must be nonnegative");
  if (n < 2n) return normBig(n);
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (x === 0n || n > 1n << 104n) x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x--;
  while ((x + 1n) * (x + 1n) <= n) x++;
  return normBig(x);
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}
// CPython: math_gcd, math_lcm
export function gcd(args: PyValue[]): PyInt {
  let g = 0n;
  for (const a of args) g = gcd2(g, bigOf(a));
  return normBig(g);
}
export function lcm(args: PyValue[]): PyInt {
  if (args.length === 0) return 1;
  let r = bigOf(args[0]);
  r = r < 0n ? -r : r;
  for (let i = 1; i < args.length; i++) {
    const x = bigOf(args[i]);
    if (r === 0n) continue;
    if (x === 0n) { r = 0n; continue; }
    const m = (r / gcd2(r, x)) * x;
    r = m < 0n ? -m : m;
  }
  return normBig(r);
}

// CPython: math_prod_impl (the int and float fast paths give what generic multiplication gives)
export function prod(iterable: PyValue, start: PyValue): PyValue {
  let r = start;
  for (const x of iterateToArray(iterable)) r = binaryOp(r, x, Nb.MULTIPLY);
  return r;
}

const exactNumber = (v: PyValue): boolean => {
  const t = typeOf(v);
  return t === IntType || t === FloatType || t === BoolType;
};

/** The sum of products of finite doubles, exactly, rounded once. */
function exactDotProduct(pairs: [number, number][]): number {
  let minE = Infinity;
  const terms: [bigint, number][] = [];
  for (const [a, b] of pairs) {
    if (a === 0 || b === 0) continue;
    const [ma, ea] = decompose(Math.abs(a)), [mb, eb] = decompose(Math.abs(b));
    const m = (a < 0) !== (b < 0) ? -(ma * mb) : ma * mb;
    terms.push([m, ea + eb]);
    minE = Math.min(minE, ea + eb);
  }
  let sum = 0n;
  for (const [m, e] of terms) sum += m << BigInt(e - minE);
  if (sum === 0n) return 0;
  const r = ratioToDouble(sum < 0n ? -sum : sum, 1n, minE);
  return sum < 0n ? -r : r;
}

// CPython: math_sumprod_impl. Ints are summed exactly; ints and floats are accumulated in extended
// precision and rounded once (CPython's TripleLength arithmetic gives the correctly rounded sum in
// all but extreme cases); anything else goes through generic + and *.
export function sumprod(p: PyValue, q: PyValue): PyValue {
  const ps = iterateToArray(p), qs = iterateToArray(q);
  const n = Math.min(ps.length, qs.length);
  if (ps.length !== qs.length) {
    // CPython notices the shorter input while iterating, after the products before it
    throw pyError(ValueError, "Inputs are not the same length");
  }
  const all = ps.every(exactNumber) && qs.every(exactNumber);
  if (all) {
    if (ps.every((v) => !(v instanceof PyFloat)) && qs.every((v) => !(v instanceof PyFloat))) {
      let s = 0n;
      for (let i = 0; i < n; i++) s += BigInt(ps[i] as PyInt | boolean as never) * BigInt(qs[i] as never);
      return normBig(s);
    }
    const num = (v: PyValue): number => (v instanceof PyFloat ? v.value : Number(v as never));
    const pairs: [number, number][] = [];
    let finite = true;
    for (let i = 0; i < n; i++) {
      const a = num(ps[i]), b = num(qs[i]);
      if (!Number.isFinite(a) || !Number.isFinite(b) || !Number.isFinite(a * b)) finite = false;
      pairs.push([a, b]);
    }
    if (finite) return float(exactDotProduct(pairs));
  }
  let total: PyValue = 0;
  for (let i = 0; i < n; i++) total = binaryOp(total, binaryOp(ps[i], qs[i], Nb.MULTIPLY), Nb.ADD);
  return total;
}
