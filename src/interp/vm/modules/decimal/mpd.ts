// The arithmetic under _decimal (the role of libmpdec under CPython's Modules/_decimal/_decimal.c):
// decimal floating point numbers as a sign, a BigInt coefficient and an exponent, rounded to a
// context's precision with its rounding mode, with the General Decimal Arithmetic specification's
// conditions reported as libmpdec's status bits. Semantics follow CPython's Lib/_pydecimal.py
// (the reference implementation) and libmpdec where the C module differs (flags, conditions).

/** Special kinds: a finite number, an infinity, a quiet NaN, a signaling NaN. */
export const FIN = 0, INF = 1, NAN = 2, SNAN = 3;

/** A decimal value: (-1)**sign * coef * 10**exp; for NaNs coef is the payload (0n: none). */
export interface Dec { sign: number; coef: bigint; exp: number; sp: number }

// libmpdec's status bits (Modules/_decimal/libmpdec/mpdecimal.h MPD_Clamped ... MPD_Underflow);
// FloatOperation is MPD_Not_implemented in _decimal.c
export const S = {
  Clamped: 1, ConversionSyntax: 2, DivisionByZero: 4, DivisionImpossible: 8, DivisionUndefined: 16, FpuError: 32,
  Inexact: 64, InvalidContext: 128, InvalidOperation: 256, MallocError: 512, FloatOperation: 1024, Overflow: 2048,
  Rounded: 4096, Subnormal: 8192, Underflow: 16384,
} as const;
/** MPD_IEEE_Invalid_operation: the conditions that signal InvalidOperation */
export const IEEE_INVALID = 2 | 8 | 16 | 32 | 128 | 256 | 512;

// rounding modes in libmpdec's order (enum mpd_round_t)
export const R_UP = 0, R_DOWN = 1, R_CEILING = 2, R_FLOOR = 3, R_HALF_UP = 4, R_HALF_DOWN = 5, R_HALF_EVEN = 6, R_05UP = 7;
export const ROUND_NAMES = ["ROUND_UP", "ROUND_DOWN", "ROUND_CEILING", "ROUND_FLOOR", "ROUND_HALF_UP", "ROUND_HALF_DOWN", "ROUND_HALF_EVEN", "ROUND_05UP"];

/** The parts of a context the arithmetic reads, and the status it accumulates. */
export interface Ctx { prec: number; round: number; emax: number; emin: number; clamp: number; status: number }

export const dec = (sign: number, coef: bigint, exp: number, sp = FIN): Dec => ({ sign, coef, exp, sp });
export const isSpecial = (a: Dec): boolean => a.sp !== FIN;
export const isNaN_ = (a: Dec): boolean => a.sp >= NAN;
export const isZero = (a: Dec): boolean => a.sp === FIN && a.coef === 0n;
const NaN_ = (): Dec => dec(0, 0n, 0, NAN);
const inf = (sign: number): Dec => dec(sign, 0n, 0, INF);

const P10: bigint[] = [1n];
export function pow10(n: number): bigint {
  if (n < 0) throw new RangeError("pow10");
  if (n < 400) {
    while (P10.length <= n) P10.push(P10[P10.length - 1] * 10n);
    return P10[n];
  }
  return 10n ** BigInt(n);
}
export function ndigits(c: bigint): number {
  if (c < 0n) c = -c;
  if (c < 10n) return 1;
  return c.toString().length;
}
export const adjusted = (a: Dec): number => (a.sp !== FIN ? 0 : a.exp + ndigits(a.coef) - 1);
export const etiny = (c: Ctx): number => c.emin - c.prec + 1;
export const etop = (c: Ctx): number => c.emax - c.prec + 1;

/** Round away `n` trailing digits of a nonnegative coefficient: the kept part, and whether the
 *  rounding added one (CPython: _pydecimal's _round_* functions, by the discarded digits). */
export function roundDigits(coef: bigint, n: number, sign: number, mode: number): { q: bigint; inexact: boolean } {
  if (n <= 0) return { q: coef * pow10(-n), inexact: false };
  let q: bigint, r: bigint, half: number; // half: -1 below half, 0 exactly half, 1 above
  const nd = ndigits(coef);
  if (n > nd + 1) {
    q = 0n; r = coef; half = coef === 0n ? -2 : -1;
  } else {
    const p = pow10(n);
    q = coef / p; r = coef % p;
    const twice = 2n * r;
    half = r === 0n ? -2 : twice < p ? -1 : twice === p ? 0 : 1;
  }
  const inexact = half !== -2;
  let up = false;
  switch (mode) {
    case R_DOWN: break;
    case R_UP: up = inexact; break;
    case R_HALF_UP: up = half >= 0; break;
    case R_HALF_DOWN: up = half > 0; break;
    case R_HALF_EVEN: up = half > 0 || (half === 0 && (q & 1n) === 1n); break;
    case R_CEILING: up = inexact && sign === 0; break;
    case R_FLOOR: up = inexact && sign === 1; break;
    case R_05UP: { const d = q % 10n; up = inexact && (d === 0n || d === 5n); break; }
  }
  return { q: up ? q + 1n : q, inexact };
}

/** A NaN's payload cut to what the context holds (CPython: _pydecimal Decimal._fix_nan). */
export function fixNaN(a: Dec, c: Ctx): Dec {
  const max = c.prec - c.clamp;
  if (a.coef !== 0n && ndigits(a.coef) > max) {
    const s = a.coef.toString();
    return dec(a.sign, BigInt(s.slice(s.length - max) || "0"), 0, a.sp);
  }
  return a;
}

/** The result on overflow, by rounding mode (CPython: _pydecimal Overflow.handle). */
function overflowResult(sign: number, c: Ctx, r = c.round): Dec {
  if (r === R_HALF_UP || r === R_HALF_EVEN || r === R_HALF_DOWN || r === R_UP) return inf(sign);
  if ((sign === 0 && r === R_CEILING) || (sign === 1 && r === R_FLOOR)) return inf(sign);
  return dec(sign, pow10(c.prec) - 1n, etop(c));
}

/** Round a result to the context: precision, exponent limits, clamping, with the conditions
 *  (CPython: _pydecimal Decimal._fix; libmpdec mpd_qfinalize). */
export function finalize(a: Dec, c: Ctx, mode = c.round): Dec {
  if (a.sp !== FIN) return a.sp >= NAN ? fixNaN(a, c) : a;
  const Etiny = etiny(c), Etop = etop(c);
  if (a.coef === 0n) {
    const expMax = c.clamp ? Etop : c.emax;
    const e = Math.min(Math.max(a.exp, Etiny), expMax);
    if (e !== a.exp) { c.status |= S.Clamped; return dec(a.sign, 0n, e); }
    return a;
  }
  const nd = ndigits(a.coef);
  let expMin = nd + a.exp - c.prec;
  if (expMin > Etop) {
    c.status |= S.Overflow | S.Inexact | S.Rounded;
    return overflowResult(a.sign, c, mode);
  }
  const subnormal = expMin < Etiny;
  if (subnormal) expMin = Etiny;
  if (a.exp < expMin) {
    let { q, inexact } = roundDigits(a.coef, expMin - a.exp, a.sign, mode);
    if (ndigits(q) > c.prec) { q /= 10n; expMin++; }
    let ans: Dec;
    if (expMin > Etop) {
      c.status |= S.Overflow | S.Inexact | S.Rounded;
      ans = overflowResult(a.sign, c, mode);
    } else ans = dec(a.sign, q, expMin);
    if (inexact && subnormal) c.status |= S.Underflow;
    if (subnormal) c.status |= S.Subnormal;
    if (inexact) c.status |= S.Inexact;
    c.status |= S.Rounded;
    if (ans.sp === FIN && ans.coef === 0n) c.status |= S.Clamped;
    return ans;
  }
  if (subnormal) c.status |= S.Subnormal;
  if (c.clamp === 1 && a.exp > Etop) {
    c.status |= S.Clamped;
    return dec(a.sign, a.coef * pow10(a.exp - Etop), Etop);
  }
  return a;
}

/** Set `exp` as the exponent, rounding with `mode` (no flags) (CPython: _pydecimal Decimal._rescale). */
export function rescale(a: Dec, exp: number, mode: number): Dec {
  if (a.sp !== FIN) return a;
  if (a.coef === 0n) return dec(a.sign, 0n, exp);
  if (a.exp >= exp) return dec(a.sign, a.coef * pow10(a.exp - exp), exp);
  const { q } = roundDigits(a.coef, exp - a.exp, a.sign, mode);
  return dec(a.sign, q, exp);
}

/** NaN operands: an sNaN signals InvalidOperation; the result is the first sNaN, else the first
 *  NaN, quieted (CPython: _pydecimal Decimal._check_nans). null: no NaN. */
export function checkNaNs(a: Dec, b: Dec | null, c: Ctx): Dec | null {
  if (a.sp < NAN && (!b || b.sp < NAN)) return null;
  if (a.sp === SNAN) { c.status |= S.InvalidOperation; return fixNaN(dec(a.sign, a.coef, 0, NAN), c); }
  if (b && b.sp === SNAN) { c.status |= S.InvalidOperation; return fixNaN(dec(b.sign, b.coef, 0, NAN), c); }
  if (a.sp === NAN) return fixNaN(a, c);
  return fixNaN(b!, c);
}

function invalid(c: Ctx, cond: number = S.InvalidOperation): Dec {
  c.status |= cond;
  return NaN_();
}

// ---- comparison ---------------------------------------------------------------------------------

/** Compare two non-NaN values: -1, 0, 1 (CPython: _pydecimal Decimal._cmp). */
export function cmp(a: Dec, b: Dec): number {
  if (a.sp === INF || b.sp === INF) {
    const av = a.sp === INF ? (a.sign ? -1 : 1) : 0, bv = b.sp === INF ? (b.sign ? -1 : 1) : 0;
    if (av === bv) return 0;
    if (av !== 0 || bv !== 0) return av < bv ? -1 : 1;
  }
  const az = a.coef === 0n, bz = b.coef === 0n;
  if (az || bz) {
    if (az && bz) return 0;
    if (az) return b.sign ? 1 : -1;
    return a.sign ? -1 : 1;
  }
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const aa = adjusted(a), ba = adjusted(b);
  let r: number;
  if (aa !== ba) r = aa < ba ? -1 : 1;
  else {
    const e = Math.min(a.exp, b.exp);
    const x = a.coef * pow10(a.exp - e), y = b.coef * pow10(b.exp - e);
    r = x < y ? -1 : x > y ? 1 : 0;
  }
  return a.sign ? -r : r;
}

/** compare_total (CPython: _pydecimal Decimal.compare_total) */
export function cmpTotal(a: Dec, b: Dec): number {
  if (a.sign !== b.sign) return a.sign ? -1 : 1;
  const sgn = a.sign ? -1 : 1;
  const rank = (x: Dec) => (x.sp === SNAN ? 2 : x.sp === NAN ? 3 : x.sp === INF ? 1 : 0);
  const ra = rank(a), rb = rank(b);
  if (ra || rb) {
    if (ra !== rb) return (ra < rb ? -1 : 1) * sgn;
    if (ra >= 2) return (a.coef < b.coef ? -1 : a.coef > b.coef ? 1 : 0) * sgn;
    return 0;
  }
  const r = cmp(a, b);
  if (r) return r;
  if (a.exp !== b.exp) return (a.exp < b.exp ? -1 : 1) * sgn;
  return 0;
}

// ---- arithmetic ---------------------------------------------------------------------------------

export function plus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n) return n;
  if (a.sp === FIN && a.coef === 0n && c.round !== R_FLOOR) a = dec(0, 0n, a.exp);
  return finalize(a, c);
}
export function minus(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n) return n;
  if (a.sp === FIN && a.coef === 0n && c.round !== R_FLOOR) return finalize(dec(0, 0n, a.exp), c);
  return finalize(dec(1 - a.sign, a.coef, a.exp, a.sp), c);
}
export function abs_(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n) return n;
  return a.sign ? minus(a, c) : plus(a, c);
}

/** CPython: _pydecimal Decimal.__add__ */
export function add(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.sp || b.sp) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.sp === INF) {
      if (b.sp === INF && a.sign !== b.sign) return invalid(c);
      return a;
    }
    if (b.sp === INF) return b;
  }
  let exp = Math.min(a.exp, b.exp);
  const negZero = c.round === R_FLOOR && a.sign !== b.sign ? 1 : 0;
  if (a.coef === 0n && b.coef === 0n) {
    const sign = negZero || (a.sign & b.sign);
    return finalize(dec(sign, 0n, exp), c);
  }
  if (a.coef === 0n) {
    exp = Math.max(exp, b.exp - c.prec - 1);
    return finalize(rescale(b, exp, c.round), c);
  }
  if (b.coef === 0n) {
    exp = Math.max(exp, a.exp - c.prec - 1);
    return finalize(rescale(a, exp, c.round), c);
  }
  // _normalize: an operand far below the other's last digit shrinks to one sticky digit
  let [hi, lo] = a.exp < b.exp ? [b, a] : [a, b];
  const e = hi.exp + Math.min(-1, ndigits(hi.coef) - c.prec - 2);
  if (ndigits(lo.coef) + lo.exp - 1 < e) lo = dec(lo.sign, 1n, e);
  const hc = hi.coef * pow10(hi.exp - lo.exp);
  const x = hi.sign ? -hc : hc, y = lo.sign ? -lo.coef : lo.coef;
  const s = x + y;
  if (s === 0n) return finalize(dec(negZero, 0n, lo.exp), c);
  return finalize(dec(s < 0n ? 1 : 0, s < 0n ? -s : s, lo.exp), c);
}
export const sub = (a: Dec, b: Dec, c: Ctx): Dec => add(a, b.sp >= NAN ? b : dec(1 - b.sign, b.coef, b.exp, b.sp), c);

/** CPython: _pydecimal Decimal.__mul__ */
export function mul(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.sp || b.sp) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.sp === INF) return b.coef === 0n && b.sp === FIN ? invalid(c) : inf(sign);
    if (b.sp === INF) return a.coef === 0n && a.sp === FIN ? invalid(c) : inf(sign);
  }
  return finalize(dec(sign, a.coef * b.coef, a.exp + b.exp), c);
}

/** CPython: _pydecimal Decimal.__truediv__ */
export function div(a: Dec, b: Dec, c: Ctx): Dec {
  const sign = a.sign ^ b.sign;
  if (a.sp || b.sp) {
    const n = checkNaNs(a, b, c);
    if (n) return n;
    if (a.sp === INF && b.sp === INF) return invalid(c);
    if (a.sp === INF) return inf(sign);
    if (b.sp === INF) { c.status |= S.Clamped; return dec(sign, 0n, etiny(c)); }
  }
  if (b.coef === 0n) {
    if (a.coef === 0n) return invalid(c, S.DivisionUndefined);
    c.status |= S.DivisionByZero;
    return inf(sign);
  }
  let exp: number, coef: bigint;
  if (a.coef === 0n) { exp = a.exp - b.exp; coef = 0n; }
  else {
    const shift = ndigits(b.coef) - ndigits(a.coef) + c.prec + 1;
    exp = a.exp - b.exp - shift;
    let rem: bigint;
    if (shift >= 0) { const n = a.coef * pow10(shift); coef = n / b.coef; rem = n % b.coef; }
    else { const d = b.coef * pow10(-shift); coef = a.coef / d; rem = a.coef % d; }
    if (rem !== 0n) { if (coef % 5n === 0n) coef += 1n; }
    else {
      const ideal = a.exp - b.exp;
      while (exp < ideal && coef % 10n === 0n) { coef /= 10n; exp++; }
    }
  }
  return finalize(dec(sign, coef, exp), c);
}

/** Integer quotient and remainder of finite nonzero-divisor operands, or null when the quotient
 *  needs more than prec digits (CPython: _pydecimal Decimal._divide). */
function divideInt(a: Dec, b: Dec, c: Ctx): [Dec, Dec] | null {
  const sign = a.sign ^ b.sign;
  const ideal = b.sp === INF ? a.exp : Math.min(a.exp, b.exp);
  const expdiff = adjusted(a) - adjusted(b);
  if (a.coef === 0n || b.sp === INF || expdiff <= -2) return [dec(sign, 0n, 0), rescale(a, ideal, c.round)];
  if (expdiff <= c.prec) {
    let x = a.coef, y = b.coef;
    if (a.exp >= b.exp) x *= pow10(a.exp - b.exp); else y *= pow10(b.exp - a.exp);
    const q = x / y, r = x % y;
    if (q < pow10(c.prec)) return [dec(sign, q, 0), dec(a.sign, r, ideal)];
  }
  return null;
}

/** CPython: _pydecimal Decimal.__floordiv__ */
export function divint(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (a.sp === INF) return b.sp === INF ? invalid(c) : inf(a.sign ^ b.sign);
  if (b.sp === FIN && b.coef === 0n) {
    if (a.coef !== 0n) { c.status |= S.DivisionByZero; return inf(a.sign ^ b.sign); }
    return invalid(c, S.DivisionUndefined);
  }
  const r = divideInt(a, b, c);
  return r ? finalize(r[0], c) : invalid(c, S.DivisionImpossible);
}

/** CPython: _pydecimal Decimal.__mod__ */
export function rem(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (a.sp === INF) return invalid(c);
  if (b.sp === FIN && b.coef === 0n) return a.coef !== 0n ? invalid(c) : invalid(c, S.DivisionUndefined);
  const r = divideInt(a, b, c);
  return r ? finalize(r[1], c) : invalid(c, S.DivisionImpossible);
}

/** CPython: _pydecimal Decimal.__divmod__ */
export function divmod(a: Dec, b: Dec, c: Ctx): [Dec, Dec] {
  const n = checkNaNs(a, b, c);
  if (n) return [n, n];
  const sign = a.sign ^ b.sign;
  if (a.sp === INF) {
    if (b.sp === INF) { const x = invalid(c); return [x, x]; }
    return [inf(sign), invalid(c)];
  }
  if (b.sp === FIN && b.coef === 0n) {
    if (a.coef === 0n) { const x = invalid(c, S.DivisionUndefined); return [x, x]; }
    c.status |= S.DivisionByZero;
    return [inf(sign), invalid(c)];
  }
  const r = divideInt(a, b, c);
  if (!r) { const x = invalid(c, S.DivisionImpossible); return [x, x]; }
  return [finalize(r[0], c), finalize(r[1], c)];
}

/** CPython: _pydecimal Decimal.remainder_near */
export function remNear(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (a.sp === INF) return invalid(c);
  if (b.sp === FIN && b.coef === 0n) return a.coef !== 0n ? invalid(c) : invalid(c, S.DivisionUndefined);
  if (b.sp === INF) return finalize(a, c);
  const ideal = Math.min(a.exp, b.exp);
  if (a.coef === 0n) return finalize(dec(a.sign, 0n, ideal), c);
  const expdiff = adjusted(a) - adjusted(b);
  if (expdiff >= c.prec + 1) return invalid(c, S.DivisionImpossible);
  if (expdiff <= -2) return finalize(rescale(a, ideal, c.round), c);
  let x = a.coef, y = b.coef;
  if (a.exp >= b.exp) x *= pow10(a.exp - b.exp); else y *= pow10(b.exp - a.exp);
  let q = x / y, r = x % y;
  if (2n * r + (q & 1n) > y) { r -= y; q += 1n; }
  if (q >= pow10(c.prec)) return invalid(c, S.DivisionImpossible);
  let sign = a.sign;
  if (r < 0n) { sign = 1 - sign; r = -r; }
  return finalize(dec(sign, r, ideal), c);
}

/** CPython: _pydecimal Decimal.fma (the product is exact) */
export function fma(a: Dec, b: Dec, d: Dec, c: Ctx): Dec {
  let product: Dec;
  if (a.sp || b.sp) {
    if (a.sp === SNAN) { c.status |= S.InvalidOperation; return fixNaN(dec(a.sign, a.coef, 0, NAN), c); }
    if (b.sp === SNAN) { c.status |= S.InvalidOperation; return fixNaN(dec(b.sign, b.coef, 0, NAN), c); }
    if (a.sp === NAN) product = a;
    else if (b.sp === NAN) product = b;
    else if (a.sp === INF) { if (b.sp === FIN && b.coef === 0n) return invalid(c); product = inf(a.sign ^ b.sign); }
    else { if (a.coef === 0n) return invalid(c); product = inf(a.sign ^ b.sign); }
  } else product = dec(a.sign ^ b.sign, a.coef * b.coef, a.exp + b.exp);
  return add(product, d, c);
}

// ---- integral values, quantize ------------------------------------------------------------------

/** CPython: _pydecimal Decimal.quantize */
export function quantize(a: Dec, e: Dec, c: Ctx, mode = c.round): Dec {
  if (a.sp || e.sp) {
    const n = checkNaNs(a, e, c);
    if (n) return n;
    if (a.sp === INF || e.sp === INF) {
      if (a.sp === INF && e.sp === INF) return a;
      return invalid(c);
    }
  }
  if (!(etiny(c) <= e.exp && e.exp <= c.emax)) return invalid(c);
  if (a.coef === 0n) return finalize(dec(a.sign, 0n, e.exp), c);
  const adj = adjusted(a);
  if (adj > c.emax) return invalid(c);
  if (adj - e.exp + 1 > c.prec) return invalid(c);
  const ans = rescale(a, e.exp, mode);
  if (adjusted(ans) > c.emax) return invalid(c);
  if (ndigits(ans.coef) > c.prec) return invalid(c);
  if (ans.coef !== 0n && adjusted(ans) < c.emin) c.status |= S.Subnormal;
  if (ans.exp > a.exp) {
    if (cmp(ans, a) !== 0) c.status |= S.Inexact;
    c.status |= S.Rounded;
  }
  return finalize(ans, c);
}

/** to_integral_value / to_integral_exact (CPython: _pydecimal Decimal.to_integral_*) */
export function toIntegral(a: Dec, c: Ctx, mode: number, exact: boolean): Dec {
  if (a.sp) { const n = checkNaNs(a, null, c); return n ?? a; }
  if (a.exp >= 0) return a;
  if (a.coef === 0n) return dec(a.sign, 0n, 0);
  const ans = rescale(a, 0, mode);
  if (exact) {
    if (cmp(ans, a) !== 0) c.status |= S.Inexact;
    c.status |= S.Rounded;
  }
  return ans;
}

/** CPython: _pydecimal Decimal.normalize (libmpdec mpd_qreduce) */
export function reduce(a: Dec, c: Ctx): Dec {
  if (a.sp) { const n = checkNaNs(a, null, c); if (n) return n; return a; }
  const d = finalize(a, c);
  if (d.sp === INF) return d;
  if (d.coef === 0n) return dec(d.sign, 0n, 0);
  const expMax = c.clamp ? etop(c) : c.emax;
  let coef = d.coef, exp = d.exp;
  while (coef % 10n === 0n && exp < expMax) { coef /= 10n; exp++; }
  return dec(d.sign, coef, exp);
}

// ---- square root and the transcendental functions -----------------------------------------------

function isqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // Newton's iteration from above: 2**ceil(bits/2) >= sqrt(n)
  let x = 1n << BigInt((n.toString(16).length * 4 + 1) >> 1);
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** CPython: _pydecimal Decimal.sqrt (rounded half-even whatever the context says) */
export function sqrt(a: Dec, c: Ctx): Dec {
  if (a.sp) {
    const n = checkNaNs(a, null, c);
    if (n) return n;
    if (a.sign === 0) return a;
    return invalid(c);
  }
  if (a.coef === 0n) return finalize(dec(a.sign, 0n, a.exp >> 1), c);
  if (a.sign === 1) return invalid(c);
  const prec = c.prec + 1;
  let e = a.exp >> 1, cc = a.coef, l: number;
  const len = ndigits(a.coef);
  if (a.exp & 1) { cc *= 10n; l = (len >> 1) + 1; } else l = (len + 1) >> 1;
  const shift = prec - l;
  let exact: boolean;
  if (shift >= 0) { cc *= pow10(2 * shift); exact = true; }
  else { const p = pow10(-2 * shift); exact = cc % p === 0n; cc /= p; }
  e -= shift;
  let n = isqrt(cc);
  exact = exact && n * n === cc;
  if (exact) {
    if (shift >= 0) n /= pow10(shift); else n *= pow10(-shift);
    e += shift;
  } else if (n % 5n === 0n) n += 1n;
  return finalize(dec(0, n, e), c, R_HALF_EVEN);
}

// Fixed point: a value v held as round(v * 10**w).
const LN10_CACHE = new Map<number, bigint>();

/** ln(m / 10**w) * 10**w for m / 10**w in (0, 100), by square roots down to near 1 and atanh. */
function lnFixed(m: bigint, w: number): bigint {
  const g = 12;
  const W = w + g, F = pow10(W);
  let x = m * pow10(g);
  let k = 0;
  const near = F + F / 1000n;
  while (x > near || x < F - F / 1000n) { x = isqrt(x * F); k++; }
  // ln x = 2 atanh((x-1)/(x+1))
  const z = ((x - F) * F) / (x + F);
  const z2 = (z * z) / F;
  let term = z, sum = 0n;
  for (let i = 1n; term !== 0n; i += 2n) {
    sum += term / i;
    term = (term * z2) / F;
  }
  return ((sum * 2n) << BigInt(k)) / pow10(g);
}
function ln10Fixed(w: number): bigint {
  let v = LN10_CACHE.get(w);
  if (v === undefined) { v = lnFixed(10n * pow10(w), w); LN10_CACHE.set(w, v); }
  return v;
}
/** ln(a) * 10**w for a finite positive a. */
function lnDec(a: Dec, w0: number): bigint {
  const L = ndigits(a.coef);
  const k = a.exp + L - 1;
  const extra = String(Math.abs(k)).length + 2, w = w0 + extra;
  // a = m * 10**(e+L-1) with m in [1, 10)
  const shift = w - (L - 1);
  const m = shift >= 0 ? a.coef * pow10(shift) : a.coef / pow10(-shift);
  return (lnFixed(m, w) + BigInt(k) * ln10Fixed(w)) / pow10(extra);
}

/** exp(x / 10**w) as (coefficient, exponent) with about w significant digits (x may be big). */
function expFixed(x: bigint, w: number): [bigint, number] {
  const g = 14;
  const W = w + g + Math.max(0, ndigits(x) - w);
  const F = pow10(W);
  const X = x * pow10(W - w);
  const L10 = ln10Fixed(W);
  // x = n ln10 + r
  let n = X / L10;
  let r = X - n * L10;
  if (2n * r > L10) { n += 1n; r -= L10; } else if (2n * r < -L10) { n -= 1n; r += L10; }
  const k = 8;
  const rr = r >> BigInt(k);
  let term = F, sum = 0n;
  for (let i = 1n; term !== 0n && term !== -1n; i++) { sum += term; term = (term * rr) / (F * i); }
  for (let i = 0; i < k; i++) sum = (sum * sum) / F;
  // the argument is good to 10**-w: so is the result, relatively
  return [sum / pow10(W - w), Number(n) - w];
}

/** Ziv's loop: `approx(w)` gives v * 10**w within a few units, for the true value v (positive,
 *  irrational: never exactly half way); returns v with prec+1 correct-rounding-safe digits and a
 *  sticky digit (so finalize sees it inexact), exponent scaled. */
function correctlyRounded(prec: number, approx: (w: number) => [bigint, number], directed = false): Dec {
  let w = prec + 6;
  for (let iter = 0; iter < 40; iter++) {
    const [A0, e0] = approx(w);
    const neg = A0 < 0n;
    const A = neg ? -A0 : A0;
    const nd = ndigits(A);
    if (nd < prec + 6) { w += prec + 6 - nd + 2; continue; }
    const d = nd - prec;
    const p = pow10(d), rem = A % p, half = p / 2n, tol = 1000n;
    const nearHalf = rem > half - tol && rem < half + tol;
    const nearEdge = directed && (rem < tol || rem > p - tol);
    if (!nearHalf && !nearEdge) return dec(neg ? 1 : 0, A * 10n + 1n, e0 - 1);
    w += prec;
  }
  const [A0, e0] = approx(w);
  return dec(A0 < 0n ? 1 : 0, (A0 < 0n ? -A0 : A0) * 10n + 1n, e0 - 1);
}

/** CPython: _pydecimal Decimal.exp */
export function exp(a: Dec, c: Ctx): Dec {
  if (a.sp) {
    const n = checkNaNs(a, null, c);
    if (n) return n;
    return a.sign ? dec(0, 0n, 0) : a;
  }
  if (a.coef === 0n) return dec(0, 1n, 0);
  const p = c.prec, adj = adjusted(a);
  let ans: Dec;
  if (a.sign === 0 && adj > String((c.emax + 1) * 3).length) ans = dec(0, 1n, c.emax + 1);
  else if (a.sign === 1 && adj > String((-etiny(c) + 1) * 3).length) ans = dec(0, 1n, etiny(c) - 1);
  else if (a.sign === 0 && adj < -p) ans = dec(0, pow10(p) + 1n, -p);
  else if (a.sign === 1 && adj < -p - 1) ans = dec(0, pow10(p + 1) - 1n, -p - 1);
  else {
    ans = correctlyRounded(p, (w) => {
      const x = a.exp >= -w ? a.coef * pow10(a.exp + w) : a.coef / pow10(-w - a.exp);
      return expFixed(a.sign ? -x : x, w);
    });
  }
  return finalize(ans, c, R_HALF_EVEN);
}

/** CPython: _pydecimal Decimal.ln */
export function ln(a: Dec, c: Ctx): Dec {
  if (a.sp) {
    const n = checkNaNs(a, null, c);
    if (n) return n;
    if (a.sign === 0) return a;
    return invalid(c);
  }
  if (a.coef === 0n) return inf(1);
  if (a.sign === 1) return invalid(c);
  if (a.coef === 1n && a.exp === 0) return dec(0, 0n, 0);
  const one = cmp(a, dec(0, 1n, 0)) === 0;
  if (one) return dec(0, 0n, 0);
  const ans = correctlyRounded(c.prec, (w) => [lnDec(a, w), -w]);
  return finalize(ans, c, R_HALF_EVEN);
}

/** CPython: _pydecimal Decimal.log10 */
export function log10(a: Dec, c: Ctx): Dec {
  if (a.sp) {
    const n = checkNaNs(a, null, c);
    if (n) return n;
    if (a.sign === 0) return a;
    return invalid(c);
  }
  if (a.coef === 0n) return inf(1);
  if (a.sign === 1) return invalid(c);
  const s = a.coef.toString();
  if (s[0] === "1" && /^10*$/.test(s)) {
    const v = a.exp + s.length - 1;
    return finalize(dec(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0), c);
  }
  const ans = correctlyRounded(c.prec, (w) => [(lnDec(a, w + 10) * pow10(w)) / ln10Fixed(w + 10), -w]);
  return finalize(ans, c, R_HALF_EVEN);
}

/** Is a finite value an integer? */
export function isInteger(a: Dec): boolean {
  if (a.sp !== FIN) return false;
  if (a.exp >= 0 || a.coef === 0n) return true;
  return a.coef % pow10(Math.min(-a.exp, ndigits(a.coef) + 1)) === 0n;
}
/** The integer value of a finite integral Dec. */
export function toBigInt(a: Dec): bigint {
  const v = a.exp >= 0 ? a.coef * pow10(a.exp) : a.coef / pow10(-a.exp);
  return a.sign ? -v : v;
}

const expDigits = (n: number): number => String(Math.abs(n)).length;
const EXP_INF = 2000000000000000001;

/** A lower bound for log10(|log10(x)|) (libmpdec _lower_bound_zeta) */
function lowerBoundZeta(x: Dec): number {
  const t = adjusted(x);
  if (t > 0) return expDigits(t) - 1;
  if (t < -1) return expDigits(t + 1) - 1;
  const big: Ctx = { prec: 999999999, round: R_HALF_EVEN, emax: 999999999999999999, emin: -999999999999999999, clamp: 0, status: 0 };
  const u = adjusted(sub(x, dec(0, 1n, 0), big));
  return t === 0 ? u - 2 : u - 1;
}

/** x**y, as libmpdec computes it (mpd_qpow): integral exponents by repeated squaring in a wider
 *  context (_mpd_qpow_int), others as exp(y * ln(x)) at a working precision (_mpd_qpow_real). */
export function power(a: Dec, b: Dec, c: Ctx): Dec {
  if (a.sp >= NAN || b.sp >= NAN) return checkNaNs(a, b, c)!;
  let resultSign = 0, intexp = false;
  if (b.sp === FIN && isInteger(b)) {
    intexp = true;
    const odd = b.exp > 0 ? false : b.exp === 0 ? (b.coef & 1n) === 1n : ((b.coef / pow10(-b.exp)) & 1n) === 1n;
    resultSign = a.sign === 1 && odd ? 1 : 0;
  }
  if (a.sp === FIN && a.coef === 0n) {
    if (b.sp === FIN && b.coef === 0n) return invalid(c);
    if (b.sign === 1) return inf(resultSign);
    return dec(resultSign, 0n, 0);
  }
  if (a.sign === 1 && (!intexp || b.sp === INF)) return invalid(c);
  if (b.sp === INF) {
    // _qcheck_pow_one_inf
    let r = cmp(a, dec(0, 1n, 0));
    if (r === 0) { c.status |= S.Inexact | S.Rounded; return dec(resultSign, pow10(c.prec - 1), -(c.prec - 1)); }
    if (b.sign) r = -r;
    return r < 0 ? dec(resultSign, 0n, 0) : inf(resultSign);
  }
  if (a.sp === INF) {
    if (b.coef === 0n) return dec(resultSign, 1n, 0);
    if (b.sign) return dec(resultSign, 0n, 0);
    return inf(resultSign);
  }
  if (b.coef === 0n) return dec(resultSign, 1n, 0);
  // _qcheck_pow_one: |a| == 1
  if (cmp(dec(0, a.coef, a.exp), dec(0, 1n, 0)) === 0) {
    let shift: number;
    if (intexp) {
      if (b.sign) return dec(resultSign, 1n, 0);
      const m = toBigInt(b) * BigInt(-a.exp);
      if (m > BigInt(c.prec - 1)) { shift = c.prec - 1; c.status |= S.Rounded; }
      else shift = Number(m);
    } else {
      shift = c.prec - 1;
      c.status |= S.Inexact | S.Rounded;
    }
    return dec(resultSign, pow10(shift), -shift);
  }
  // _qcheck_pow_bounds
  const absA = dec(0, a.coef, a.exp);
  const lbTheta = adjusted(b), lbZeta = lowerBoundZeta(absA);
  const upward = ((adjusted(absA) < 0 ? 1 : 0) ^ b.sign) === 0;
  if (upward) {
    if (expDigits(c.emax) < lbZeta + lbTheta) return finalize(dec(resultSign, 1n, EXP_INF), c);
  } else if (expDigits(etiny(c)) < lbZeta + lbTheta) return finalize(dec(resultSign, 1n, etiny(c) - 1), c);
  if (intexp) return powInt(a, b, resultSign, c);
  // _mpd_qpow_real: exp(b * ln(a)) correctly rounded to wp digits, then rounded to the context
  const wp = Math.max(ndigits(a.coef), c.prec) + 4 + 19;
  const bAdj = Math.max(0, adjusted(b) + 1);
  let r = roundedTo(wp, (w) => {
    const W = w + bAdj + 6;
    const L = lnDec(a, W);
    let prod = L * b.coef;
    const sh = W - w - b.exp;
    prod = sh >= 0 ? prod / pow10(sh) : prod * pow10(-sh);
    if (b.sign) prod = -prod;
    return expFixed(prod, w);
  });
  if (r.coef === pow10(ndigits(r.coef) - 1) && adjusted(r) === 0) r = dec(0, pow10(c.prec - 1), -(c.prec - 1));
  c.status |= S.Inexact | S.Rounded;
  if (adjusted(r) > c.emax + 1) r = dec(r.sign, 1n, EXP_INF);
  return finalize(r, c);
}

/** libmpdec _mpd_qpow_int / _mpd_qpow_uint */
function powInt(a: Dec, b: Dec, resultSign: number, c: Ctx): Dec {
  const work: Ctx = { prec: c.prec + ndigits(b.coef) + b.exp + 2, round: R_HALF_EVEN, emax: c.emax, emin: c.emin, clamp: 0, status: 0 };
  let base: Dec = a;
  if (b.sign) {
    work.prec += 1;
    const ws: Ctx = { ...work, status: 0 };
    base = div(dec(0, 1n, 0), a, ws);
    c.status |= ws.status;
    if (ws.status & IEEE_INVALID) return finalize(NaN_(), c);
  }
  const n = toBigInt(dec(0, b.coef, b.exp));
  let r: Dec = base;
  for (let bit = BigInt(n.toString(2).length - 1) - 1n; bit >= 0n; bit--) {
    r = mul(r, r, work);
    if ((n >> bit) & 1n) r = mul(r, base, work);
    if (r.sp !== FIN || (r.coef === 0n && (work.status & S.Clamped))) break;
  }
  c.status |= work.status;
  r = { ...r, sign: resultSign };
  if (r.sp === INF) r = dec(resultSign, 1n, EXP_INF);
  return finalize(r, c);
}

/** The value approx(w) (about w+ digits, within a few units) rounded half-even to `digits` digits. */
function roundedTo(digits: number, approx: (w: number) => [bigint, number]): Dec {
  let w = digits + 8;
  for (let iter = 0; ; iter++) {
    const [A0, e0] = approx(w);
    const neg = A0 < 0n;
    const A = neg ? -A0 : A0;
    const nd = ndigits(A);
    if (nd < digits + 6 && iter < 10) { w += digits + 6 - nd + 2; continue; }
    const d = nd - digits;
    const { q } = roundDigits(A, d, 0, R_HALF_EVEN);
    return dec(neg ? 1 : 0, q, e0 + d);
  }
}

/** CPython: _pydecimal Decimal.__pow__ with a modulo (three-argument pow) */
export function powmod(a: Dec, b: Dec, m: Dec, c: Ctx): Dec {
  if (a.sp >= NAN || b.sp >= NAN || m.sp >= NAN) {
    if (a.sp === SNAN || b.sp === SNAN || m.sp === SNAN) {
      c.status |= S.InvalidOperation;
      const s = a.sp === SNAN ? a : b.sp === SNAN ? b : m;
      return fixNaN(dec(s.sign, s.coef, 0, NAN), c);
    }
    const s = a.sp === NAN ? a : b.sp === NAN ? b : m;
    return fixNaN(s, c);
  }
  if (!isInteger(a) || !isInteger(b) || !isInteger(m)) return invalid(c);
  if (b.sign) return invalid(c);
  if (m.coef === 0n) return invalid(c);
  if (ndigits(m.coef) + m.exp > c.prec) return invalid(c);
  if (a.coef === 0n && b.coef === 0n) return invalid(c);
  const sign = b.exp === 0 && (b.coef & 1n) === 1n ? a.sign : 0;
  const mod = toBigInt(dec(0, m.coef, m.exp));
  let base = (toBigInt(dec(0, a.coef, a.exp)) % mod);
  let e = toBigInt(dec(0, b.coef, b.exp));
  let r = 1n % mod;
  while (e > 0n) { if (e & 1n) r = (r * base) % mod; base = (base * base) % mod; e >>= 1n; }
  return dec(sign, r, 0);
}

// ---- strings ------------------------------------------------------------------------------------

/** CPython: _pydecimal Decimal.__str__ (eng: to_eng_string) */
export function toSciString(a: Dec, capitals = 1, eng = false): string {
  const sign = a.sign ? "-" : "";
  if (a.sp === INF) return sign + "Infinity";
  if (a.sp === NAN) return sign + "NaN" + (a.coef ? a.coef.toString() : "");
  if (a.sp === SNAN) return sign + "sNaN" + (a.coef ? a.coef.toString() : "");
  const int = a.coef.toString();
  const left = a.exp + int.length;
  let dot: number;
  if (a.exp <= 0 && left > -6) dot = left;
  else if (!eng) dot = 1;
  else if (a.coef === 0n) dot = pmod(left + 1, 3) - 1;
  else dot = pmod(left - 1, 3) + 1;
  let ip: string, fp: string;
  if (dot <= 0) { ip = "0"; fp = "." + "0".repeat(-dot) + int; }
  else if (dot >= int.length) { ip = int + "0".repeat(dot - int.length); fp = ""; }
  else { ip = int.slice(0, dot); fp = "." + int.slice(dot); }
  let e = "";
  if (left !== dot) { const v = left - dot; e = (capitals ? "E" : "e") + (v >= 0 ? "+" : "-") + Math.abs(v); }
  return sign + ip + fp + e;
}
const pmod = (a: number, m: number): number => ((a % m) + m) % m;

/** Parse a numeric string (already stripped, underscores removed, digits ASCII); null: syntax error.
 *  Exponents beyond the safe range give "overflow": the C module's InvalidOperation. */
export function parse(s: string): Dec | null | "overflow" {
  const m = /^([-+])?(?:(?=\d|\.\d)(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?|(inf(?:inity)?)|(s)?(nan)(\d*))$/i.exec(s);
  if (!m) return null;
  const sign = m[1] === "-" ? 1 : 0;
  if (m[5]) return inf(sign);
  if (m[7]) {
    const diag = m[8] ? BigInt(m[8]) : 0n;
    return dec(sign, diag, 0, m[6] ? SNAN : NAN);
  }
  const ip = m[2] ?? "", fp = m[3] ?? "";
  let e = 0;
  if (m[4]) {
    const ev = BigInt(m[4]);
    if (ev > 999999999999999999n || ev < -999999999999999999n) return "overflow";
    e = Number(ev);
  }
  return dec(sign, BigInt((ip + fp) || "0"), e - fp.length);
}

// ---- miscellaneous operations -------------------------------------------------------------------

/** next_plus / next_minus (CPython: _pydecimal Decimal.next_plus) */
export function nextToward(a: Dec, c: Ctx, up: boolean): Dec {
  if (a.sp) {
    const n = checkNaNs(a, null, c);
    if (n) return n;
    if (a.sign === (up ? 1 : 0)) return dec(a.sign, pow10(c.prec) - 1n, etop(c));
    return a;
  }
  const work: Ctx = { ...c, round: up ? R_CEILING : R_FLOOR, status: 0 };
  const r = finalize(a, work);
  if (cmp(r, a) !== 0) return r;
  const tiny = dec(up ? 0 : 1, 1n, etiny(c) - 1);
  return add(a, tiny, work);
}

export function nextTowardDec(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  const comparison = cmp(a, b);
  if (comparison === 0) return dec(b.sign, a.coef, a.exp, a.sp);
  const work: Ctx = { ...c, status: 0 };
  const ans = nextToward(a, work, comparison === -1);
  c.status |= work.status;
  if (ans.sp === INF) c.status |= S.Overflow | S.Inexact | S.Rounded;
  else if (adjusted(ans) < c.emin) {
    c.status |= S.Underflow | S.Subnormal | S.Inexact | S.Rounded;
    if (ans.coef === 0n) c.status |= S.Clamped;
  }
  return ans;
}

/** CPython: _pydecimal Decimal.logb */
export function logb(a: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, null, c);
  if (n) return n;
  if (a.sp === INF) return inf(0);
  if (a.coef === 0n) { c.status |= S.DivisionByZero; return inf(1); }
  const v = adjusted(a);
  return finalize(dec(v < 0 ? 1 : 0, BigInt(Math.abs(v)), 0), c);
}

/** CPython: _pydecimal Decimal.scaleb */
export function scaleb(a: Dec, b: Dec, c: Ctx): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (b.exp !== 0) return invalid(c);
  const liminf = -2 * (c.emax + c.prec), limsup = 2 * (c.emax + c.prec);
  const v = Number(toBigInt(b));
  if (!(liminf <= v && v <= limsup)) return invalid(c);
  if (a.sp === INF) return a;
  return finalize(dec(a.sign, a.coef, a.exp + v), c);
}

/** shift / rotate (CPython: _pydecimal Decimal.shift, Decimal.rotate) */
export function shiftRotate(a: Dec, b: Dec, c: Ctx, rotate: boolean): Dec {
  const n = checkNaNs(a, b, c);
  if (n) return n;
  if (b.exp !== 0) return invalid(c);
  const v = Number(toBigInt(b));
  if (!(-c.prec <= v && v <= c.prec)) return invalid(c);
  if (a.sp === INF) return a;
  let s = a.coef.toString();
  if (s.length > c.prec) s = s.slice(s.length - c.prec);
  let r: string;
  if (rotate) {
    s = s.padStart(c.prec, "0");
    const k = ((v % c.prec) + c.prec) % c.prec;
    r = s.slice(k) + s.slice(0, k);
  } else {
    if (v < 0) r = s.slice(0, s.length + v) || "0";
    else { r = s + "0".repeat(v); r = r.slice(Math.max(0, r.length - c.prec)); }
  }
  return dec(a.sign, BigInt(r || "0"), a.exp);
}

/** logical_and/or/xor/invert on digit-wise 0/1 operands (CPython: _pydecimal Decimal.logical_and) */
export function logical(a: Dec, b: Dec | null, c: Ctx, op: "and" | "or" | "xor" | "invert"): Dec {
  const isLogical = (x: Dec) => x.sp === FIN && x.sign === 0 && x.exp === 0 && /^[01]+$/.test(x.coef.toString());
  if (op === "invert") b = dec(0, BigInt("1".repeat(c.prec)), 0);
  if (!isLogical(a) || !isLogical(b!)) return invalid(c);
  const pad = (x: Dec) => { const s = x.coef.toString(); return s.length > c.prec ? s.slice(s.length - c.prec) : s.padStart(c.prec, "0"); };
  const x = pad(a), y = pad(b!);
  let out = "";
  for (let i = 0; i < c.prec; i++) {
    const p = x[i] === "1", q = y[i] === "1";
    out += (op === "and" ? p && q : op === "or" ? p || q : p !== q) ? "1" : "0";
  }
  return dec(0, BigInt(out), 0);
}

/** CPython: _pydecimal Decimal.number_class */
export function numberClass(a: Dec, c: Ctx): string {
  if (a.sp === SNAN) return "sNaN";
  if (a.sp === NAN) return "NaN";
  const s = a.sign ? "-" : "+";
  if (a.sp === INF) return s + "Infinity";
  if (a.coef === 0n) return s + "Zero";
  if (adjusted(a) < c.emin) return s + "Subnormal";
  return s + "Normal";
}

/** max/min/max_mag/min_mag (CPython: _pydecimal Decimal.max) */
export function maxMin(a: Dec, b: Dec, c: Ctx, isMax: boolean, mag: boolean): Dec {
  if (a.sp >= NAN || b.sp >= NAN) {
    const sn = a.sp === NAN ? 1 : a.sp === SNAN ? 2 : 0, on = b.sp === NAN ? 1 : b.sp === SNAN ? 2 : 0;
    if (on === 1 && sn === 0) return finalize(a, c);
    if (sn === 1 && on === 0) return finalize(b, c);
    return checkNaNs(a, b, c)!;
  }
  const abs = (x: Dec) => dec(0, x.coef, x.exp, x.sp);
  let r = mag ? cmp(abs(a), abs(b)) : cmp(a, b);
  if (r === 0) r = cmpTotal(a, b);
  const ans = isMax ? (r === -1 ? b : a) : (r === -1 ? a : b);
  return finalize(ans, c);
}
