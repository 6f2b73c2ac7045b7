// The math module (CPython 3.14: Modules/mathmodule.c, Modules/clinic/mathmodule.c.h), with
// CPython's argument handling, domain and range errors and messages. libm.ts computes the C
// library functions as CPython's libm does; math_int.ts holds the integer functions.
import { None, typeOf, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { float, PyFloat, normBig, decompose, ldexp as exactLdexp, bitLength, ratioToDouble } from "../../objects/numbers.js";
import { pyError, TypeError, ValueError, OverflowError, ZeroDivisionError } from "../../objects/exceptions.js";
import { callMethod, iterateToArray, typeName } from "../../objects/abstract.js";
import { toFloatNumber } from "../../objects/float.js";
import { intValue, toIndexInt } from "../../objects/int.js";
import { PyTuple, tuple } from "../../objects/containers.js";
import { reprFloat } from "../../parse/repr.js";
import { kwArgs } from "../../objects/args.js";
import * as libm from "./libm.js";
import { comb, factorial, gcd, isqrt, lcm, perm, prod, sumprod } from "./math_int.js";

/** PyFloat_AsDouble: "must be real number, not T" */
export function asDouble(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "number") return v;
  return toFloatNumber(v, true);
}

class MathError { constructor(readonly edom: boolean) {} }

function domainError(msg: string | undefined, x: number): never {
  throw pyError(ValueError, msg ? msg.replace("%s", reprFloat(x)) : "math domain error");
}

/** math_1: NaN from a non-NaN is a domain error, an infinity from a finite input an overflow
 *  (can_overflow) or a singularity (a domain error). */
function math1(x: number, fn: (x: number) => number, canOverflow: boolean, msg?: string): number {
  const r = fn(x);
  if (Number.isNaN(r) && !Number.isNaN(x)) domainError(msg, x);
  if (!Number.isFinite(r) && Number.isFinite(x)) {
    if (canOverflow) throw pyError(OverflowError, "math range error");
    domainError(msg, x);
  }
  return r;
}

/** math_1a: functions that report errno themselves (by throwing MathError here). */
function math1a(x: number, fn: (x: number) => number, msg?: string): number {
  try {
    return fn(x);
  } catch (e) {
    if (!(e instanceof MathError)) throw e;
    if (e.edom) domainError(msg, x);
    throw pyError(OverflowError, "math range error");
  }
}

/** math_2: errno from the result's class */
function math2(x: number, y: number, fn: (x: number, y: number) => number): number {
  const r = fn(x, y);
  if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) throw pyError(ValueError, "math domain error");
  if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x) && Number.isFinite(y)) throw pyError(OverflowError, "math range error");
  return r;
}

// ---- CPython's own real functions: m_sinpi, m_tgamma, m_lgamma, m_remainder, m_atan2 ----------

const LANCZOS_G = 6.024680040776729583740234375, LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
const LANCZOS_NUM = [23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
  35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
  6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
  248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
  2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
  8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
  2.5066282746310002701649081771338373386264310793408];
const LANCZOS_DEN = [0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0];
const GAMMA_INTEGRAL = [1, 1, 2, 6, 24, 120, 720, 5040, 40320, 362880, 3628800, 39916800, 479001600, 6227020800, 87178291200,
  1307674368000, 20922789888000, 355687428096000, 6402373705728000, 121645100408832000, 2432902008176640000,
  51090942171709440000, 1124000727777607680000];
const PI = Math.PI, LOGPI = 1.144729885849400174143427351353058711647;

function sinpi(x: number): number {
  const y = Math.abs(x) % 2.0;
  const n = Math.round(2.0 * y); // C round: halves away from zero; y >= 0 here
  let r: number;
  switch (n) {
    case 0: r = libm.sin(PI * y); break;
    case 1: r = libm.cos(PI * (y - 0.5)); break;
    case 2: r = libm.sin(PI * (1.0 - y)); break;
    case 3: r = -libm.cos(PI * (y - 1.5)); break;
    default: r = libm.sin(PI * (y - 2.0)); break;
  }
  return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
}
function lanczosSum(x: number): number {
  let num = 0.0, den = 0.0;
  if (x < 5.0) {
    for (let i = 12; i >= 0; i--) { num = num * x + LANCZOS_NUM[i]; den = den * x + LANCZOS_DEN[i]; }
  } else {
    for (let i = 0; i < 13; i++) { num = num / x + LANCZOS_NUM[i]; den = den / x + LANCZOS_DEN[i]; }
  }
  return num / den;
}
// CPython: m_tgamma
function tgamma(x: number): number {
  if (!Number.isFinite(x)) {
    if (Number.isNaN(x) || x > 0) return x;
    throw new MathError(true);
  }
  if (x === 0) throw new MathError(true);
  if (x === Math.floor(x)) {
    if (x < 0) throw new MathError(true);
    if (x <= 23) return GAMMA_INTEGRAL[x - 1];
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) {
    const r = 1.0 / x;
    if (!Number.isFinite(r)) throw new MathError(false);
    return r;
  }
  if (absx > 200.0) {
    if (x < 0) return 0.0 / sinpi(x);
    throw new MathError(false);
  }
  const y = absx + LANCZOS_G_MINUS_HALF;
  let z: number;
  if (absx > LANCZOS_G_MINUS_HALF) { const q = y - absx; z = q - LANCZOS_G_MINUS_HALF; }
  else { const q = y - LANCZOS_G_MINUS_HALF; z = q - absx; }
  z = (z * LANCZOS_G) / y;
  let r: number;
  if (x < 0) {
    r = (((-PI / sinpi(absx)) / absx) * libm.exp(y)) / lanczosSum(absx);
    r -= z * r;
    if (absx < 140.0) r /= libm.pow(y, absx - 0.5);
    else { const sq = libm.pow(y, absx / 2.0 - 0.25); r /= sq; r /= sq; }
  } else {
    r = lanczosSum(absx) / libm.exp(y);
    r += z * r;
    if (absx < 140.0) r *= libm.pow(y, absx - 0.5);
    else { const sq = libm.pow(y, absx / 2.0 - 0.25); r *= sq; r *= sq; }
  }
  if (!Number.isFinite(r)) throw new MathError(false);
  return r;
}
// CPython: m_lgamma
function lgamma(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : Infinity;
  if (x === Math.floor(x) && x <= 2.0) {
    if (x <= 0.0) throw new MathError(true);
    return 0.0;
  }
  const absx = Math.abs(x);
  if (absx < 1e-20) return -libm.log(absx);
  let r = libm.log(lanczosSum(absx)) - LANCZOS_G;
  r += (absx - 0.5) * (libm.log(absx + LANCZOS_G - 0.5) - 1);
  if (x < 0.0) r = LOGPI - libm.log(Math.abs(sinpi(absx))) - libm.log(absx) - r;
  if (!Number.isFinite(r)) throw new MathError(false);
  return r;
}
// CPython: m_remainder
function remainder(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0.0) return NaN;
    const absx = Math.abs(x), absy = Math.abs(y);
    const m = absx % absy;
    const c = absy - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2.0 * ((0.5 * (absx - m)) % absy);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}
const signbit = (x: number): boolean => x < 0 || Object.is(x, -0) || (Number.isNaN(x) && libm.highWord(x) < 0);
const copysign = (x: number, y: number): number => (signbit(y) ? -Math.abs(x) : Math.abs(x));

// CPython: math_pow
function mathPow(x: number, y: number): number {
  let r: number;
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    if (Number.isNaN(x)) return y === 0 ? 1 : x;
    if (Number.isNaN(y)) return x === 1 ? 1 : y;
    if (!Number.isFinite(x)) {
      const oddY = Number.isFinite(y) && Math.abs(y) % 2 === 1;
      if (y > 0) return oddY ? x : Math.abs(x);
      if (y === 0) return 1;
      return oddY ? copysign(0, x) : 0;
    }
    if (Math.abs(x) === 1) return 1;
    if (y > 0 && Math.abs(x) > 1) return y;
    if (y < 0 && Math.abs(x) < 1) return -y;
    return 0;
  }
  r = libm.pow(x, y);
  if (Number.isNaN(r)) throw pyError(ValueError, "math domain error");
  if (!Number.isFinite(r)) {
    if (x === 0) throw pyError(ValueError, "math domain error");
    throw pyError(OverflowError, "math range error");
  }
  return r;
}

// ---- hypot and dist: CPython's vector_norm --------------------------------------------------------

/** hi + lo = a * b exactly (Dekker's product; CPython's dl_mul uses fma) */
function dlMul(a: number, b: number): [number, number] {
  const hi = a * b;
  const SPLIT = 134217729; // 2**27 + 1
  const ca = SPLIT * a, ah = ca - (ca - a), al = a - ah;
  const cb = SPLIT * b, bh = cb - (cb - b), bl = b - bh;
  return [hi, ((ah * bh - hi) + ah * bl + al * bh) + al * bl];
}
// CPython: vector_norm
function vectorNorm(vec: number[], max: number, foundNan: boolean): number {
  if (!Number.isFinite(max) && !Number.isNaN(max)) return max;
  if (foundNan) return NaN;
  if (max === 0 || vec.length <= 1) return max;
  const maxE = frexp(max)[1];
  if (maxE < -1023) {
    const DBL_MIN = 2.2250738585072014e-308;
    return DBL_MIN * vectorNorm(vec.map((v) => v / DBL_MIN), max / DBL_MIN, foundNan);
  }
  const scale = exactLdexp(1.0, -maxE);
  let csum = 1.0, frac1 = 0.0, frac2 = 0.0;
  for (let x of vec) {
    x *= scale;
    const [hi, lo] = dlMul(x, x);
    const s = csum + hi;
    frac2 += (csum - s) + hi;
    csum = s;
    frac1 += lo;
  }
  let h = Math.sqrt(csum - 1.0 + (frac1 + frac2));
  const [phi, plo] = dlMul(-h, h);
  const s = csum + phi;
  frac2 += (csum - s) + phi;
  csum = s;
  frac1 += plo;
  const x = csum - 1.0 + (frac1 + frac2);
  h += x / (2.0 * h);
  return h / scale;
}

// ---- small helpers ---------------------------------------------------------------------------------

function frexp(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  const [m, e] = decompose(Math.abs(x));
  const bl = bitLength(m);
  const mant = Number(m) / 2 ** bl; // exact: m < 2**53
  return [x < 0 ? -mant : mant, e + bl];
}

/** C nextafter stepped `steps` times (CPython: math_nextafter_impl) */
function nextafter(x: number, y: number, steps: bigint): number {
  if (steps === 0n) return x;
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  const bits = (v: number): bigint => { const d = new DataView(new ArrayBuffer(8)); d.setFloat64(0, v); return d.getBigUint64(0); };
  const fromBits = (b: bigint): number => { const d = new DataView(new ArrayBuffer(8)); d.setBigUint64(0, b); return d.getFloat64(0); };
  const ux = bits(x), uy = bits(y);
  if (ux === uy) return x;
  const SIGN = 1n << 63n;
  const ax = ux & ~SIGN, ay = uy & ~SIGN;
  if ((ux ^ uy) & SIGN) {
    if (ax + ay <= steps) return y;
    if (ax < steps) return fromBits((uy & SIGN) | (steps - ax));
    return fromBits(ux - steps);
  }
  if (ax > ay) return ax - ay >= steps ? fromBits(ux - steps) : y;
  return ay - ax >= steps ? fromBits(ux + steps) : y;
}

/** fma(x, y, z) with one rounding */
function fma(x: number, y: number, z: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y) || !Number.isFinite(z) || x === 0 || y === 0) return x * y + z;
  const [mx, ex] = decompose(Math.abs(x)), [my, ey] = decompose(Math.abs(y));
  let p = mx * my;
  if ((x < 0) !== (y < 0)) p = -p;
  let e = ex + ey;
  let s = p;
  if (z !== 0) {
    const [mz, ez] = decompose(Math.abs(z));
    const zz = z < 0 ? -mz : mz;
    if (ez >= e) s = p + (zz << BigInt(ez - e));
    else { s = (p << BigInt(e - ez)) + zz; e = ez; }
  }
  if (s === 0n) return (x * y) + z; // an exact zero: the sign follows IEEE's rules for x*y + z
  const mag = ratioToDouble(s < 0n ? -s : s, 1n, e);
  return s < 0n ? -mag : mag;
}

/** loghelper: ints too large for a float are split as m * 2**e */
function logHelper(v: PyValue, fn: (x: number) => number, name: string): number {
  const i = intValue(v);
  if (i !== null && !(v instanceof PyFloat)) {
    if (i <= 0) throw pyError(ValueError, "expected a positive input");
    const f = Number(i);
    if (Number.isFinite(f)) return math1(f, fn, false, "expected a positive input, got %s");
    const b = BigInt(i);
    const e = bitLength(b);
    // the top 54 bits, correctly rounded to a double in [0.5, 1) (CPython: _PyLong_Frexp)
    const m = ratioToDouble(b, 1n, -e);
    void name;
    return fn(m) + fn(2.0) * e;
  }
  return math1(asDouble(v), fn, false, "expected a positive input, got %s");
}

// ---- the module -------------------------------------------------------------------------------------

function methO(name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
  if (kwnames && kwnames.length) throw pyError(TypeError, `math.${name}() takes no keyword arguments`);
  if (args.length !== 1) throw pyError(TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}
function positional(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
  const n = args.length;
  const pl = (k: number) => (k === 1 ? "" : "s");
  if (n < min) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${pl(min)}, got ${n}`);
  if (n > max) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${pl(max)}, got ${n}`);
}
function noKw(name: string, kwnames: readonly string[] | null): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `math.${name}() takes no keyword arguments`);
}

/** floor/ceil/trunc: __floor__ etc. unless an exact float (CPython: math_floor, math_ceil, math_trunc) */
function rounding(name: "floor" | "ceil" | "trunc", v: PyValue): PyValue {
  if (!(v instanceof PyFloat)) {
    const m = typeOf(v).lookup(`__${name}__`);
    if (m !== undefined) return callMethod(m, v, []);
    if (name === "trunc") throw pyError(TypeError, `type ${typeName(v)} doesn't define __trunc__ method`);
  }
  const x = asDouble(v);
  const r = name === "floor" ? Math.floor(x) : name === "ceil" ? Math.ceil(x) : Math.trunc(x);
  if (Number.isNaN(r)) throw pyError(ValueError, "cannot convert float NaN to integer");
  if (!Number.isFinite(r)) throw pyError(OverflowError, "cannot convert float infinity to integer");
  return Number.isSafeInteger(r) ? r : normBig(BigInt(r));
}

export function makeMath(): PyModule {
  const m = new PyModule("math");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  const f1 = (name: string, fn: (x: number) => number, canOverflow: boolean, msg?: string) =>
    def(name, (a, k) => float(math1(asDouble(methO(name, a, k)), fn, canOverflow, msg)));
  const f1a = (name: string, fn: (x: number) => number, msg?: string) =>
    def(name, (a, k) => float(math1a(asDouble(methO(name, a, k)), fn, msg)));
  const f2 = (name: string, fn: (x: number, y: number) => number) =>
    def(name, (a, k) => { positional(name, a, k, 2, 2); return float(math2(asDouble(a[0]), asDouble(a[1]), fn)); });

  d.set("pi", float(Math.PI));
  d.set("e", float(Math.E));
  d.set("tau", float(2 * Math.PI));
  d.set("inf", float(Infinity));
  d.set("nan", float(NaN));

  const RANGE1 = "expected a number in range from -1 up to 1, got %s", FINITE = "expected a finite input, got %s";
  f1("acos", Math.acos, false, RANGE1);
  f1("acosh", libm.acosh, false, "expected argument value not less than 1, got %s");
  f1("asin", Math.asin, false, RANGE1);
  f1("asinh", libm.asinh, false);
  f1("atan", Math.atan, false);
  f2("atan2", Math.atan2);
  f1("atanh", Math.atanh, false, "expected a number between -1 and 1, got %s");
  f1("cbrt", Math.cbrt, false);
  f1("cos", libm.cos, false, FINITE);
  f1("cosh", libm.cosh, true);
  f1a("erf", libm.erf);
  f1a("erfc", libm.erfc);
  f1("exp", libm.exp, true);
  f1("exp2", libm.exp2, true);
  f1("expm1", Math.expm1, true);
  f1("fabs", Math.abs, false);
  f1a("gamma", tgamma, "expected a noninteger or positive integer, got %s");
  f1a("lgamma", lgamma, "expected a noninteger or positive integer, got %s");
  f1("log1p", libm.log1p, false, "expected argument value > -1, got %s");
  f1("sin", libm.sin, false, FINITE);
  f1("sinh", libm.sinh, true);
  f1("sqrt", Math.sqrt, false, "expected a nonnegative input, got %s");
  f1("tan", Math.tan, false, FINITE);
  f1("tanh", libm.tanh, false);
  f2("copysign", copysign);
  f2("fmod", (x, y) => (!Number.isFinite(y) && !Number.isNaN(y) && Number.isFinite(x) ? x : x % y));
  f2("remainder", remainder);
  def("pow", (a, k) => { positional("pow", a, k, 2, 2); return float(mathPow(asDouble(a[0]), asDouble(a[1]))); });

  def("degrees", (a, k) => float(asDouble(methO("degrees", a, k)) * (180.0 / Math.PI)));
  def("radians", (a, k) => float(asDouble(methO("radians", a, k)) * (Math.PI / 180.0)));
  def("isfinite", (a, k) => Number.isFinite(asDouble(methO("isfinite", a, k))));
  def("isnan", (a, k) => Number.isNaN(asDouble(methO("isnan", a, k))));
  def("isinf", (a, k) => { const x = asDouble(methO("isinf", a, k)); return !Number.isFinite(x) && !Number.isNaN(x); });
  for (const name of ["floor", "ceil", "trunc"] as const) def(name, (a, k) => rounding(name, methO(name, a, k)));

  def("log", (a, k) => {
    positional("log", a, k, 1, 2);
    const num = logHelper(a[0], libm.log, "log");
    if (a.length === 1) return float(num);
    const den = logHelper(a[1], libm.log, "log");
    if (den === 0) throw pyError(ZeroDivisionError, "division by zero");
    return float(num / den);
  });
  def("log2", (a, k) => float(logHelper(methO("log2", a, k), libm.log2, "log2")));
  def("log10", (a, k) => float(logHelper(methO("log10", a, k), libm.log10, "log10")));

  def("frexp", (a, k) => { const [mm, e] = frexp(asDouble(methO("frexp", a, k))); return tuple([float(mm), e]); });
  def("ldexp", (a, k) => {
    positional("ldexp", a, k, 2, 2);
    const x = asDouble(a[0]);
    const iv = intValue(a[1]);
    if (iv === null || a[1] instanceof PyFloat) throw pyError(TypeError, "Expected an int as second argument to ldexp.");
    if (x === 0 || !Number.isFinite(x)) return float(x);
    if (iv > 2147483647) throw pyError(OverflowError, "math range error");
    if (iv < -2147483648) return float(copysign(0, x));
    const r = exactLdexp(x, Number(iv));
    if (!Number.isFinite(r)) throw pyError(OverflowError, "math range error");
    return float(r);
  });
  def("modf", (a, k) => {
    const x = asDouble(methO("modf", a, k));
    if (!Number.isFinite(x)) return tuple([float(Number.isNaN(x) ? x : copysign(0, x)), float(x)]);
    const ip = Math.trunc(x);
    return tuple([float(copysign(x - ip, x)), float(copysign(ip, x))]);
  });
  def("fsum", (a, k) => float(fsum(methO("fsum", a, k))));
  def("hypot", (a, k) => {
    noKw("hypot", k);
    let max = 0, nan = false;
    const vec = a.map((v) => { const x = Math.abs(asDouble(v)); nan ||= Number.isNaN(x); if (x > max) max = x; return x; });
    if (vec.some((x) => x === Infinity)) return float(Infinity);
    return float(vectorNorm(vec, max, nan));
  });
  def("dist", (a, k) => {
    positional("dist", a, k, 2, 2);
    const p = a[0] instanceof PyTuple ? a[0].items : iterateToArray(a[0]);
    const q = a[1] instanceof PyTuple ? a[1].items : iterateToArray(a[1]);
    if (p.length !== q.length) throw pyError(ValueError, "both points must have the same number of dimensions");
    let max = 0, nan = false;
    const vec = p.map((pv, i) => { const x = Math.abs(asDouble(pv) - asDouble(q[i])); nan ||= Number.isNaN(x); if (x > max) max = x; return x; });
    if (vec.some((x) => x === Infinity)) return float(Infinity);
    return float(vectorNorm(vec, max, nan));
  });
  def("isclose", (a, k) => {
    const [av, bv, rt, at] = kwArgs("isclose", a, k, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2);
    if (av === undefined) throw pyError(TypeError, "isclose() missing required argument 'a' (pos 1)");
    if (bv === undefined) throw pyError(TypeError, "isclose() missing required argument 'b' (pos 2)");
    const x = asDouble(av), y = asDouble(bv);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt), absTol = at === undefined ? 0 : asDouble(at);
    if (relTol < 0 || absTol < 0) throw pyError(ValueError, "tolerances must be non-negative");
    if (x === y) return true;
    if (!Number.isFinite(x) && !Number.isNaN(x) || !Number.isFinite(y) && !Number.isNaN(y)) return false;
    const diff = Math.abs(y - x);
    return diff <= Math.abs(relTol * y) || diff <= Math.abs(relTol * x) || diff <= absTol;
  });
  def("ulp", (a, k) => {
    let x = asDouble(methO("ulp", a, k));
    if (Number.isNaN(x)) return float(x);
    x = Math.abs(x);
    if (x === Infinity) return float(x);
    const x2 = nextafter(x, Infinity, 1n);
    if (x2 === Infinity) return float(x - nextafter(x, -Infinity, 1n));
    return float(x2 - x);
  });
  def("nextafter", (a, k) => {
    const [xv, yv, sv] = kwArgs("nextafter", a, k, ["x", "y", "steps"], 2, 2, 2);
    if (xv === undefined || yv === undefined) throw pyError(TypeError, `nextafter expected 2 arguments, got ${a.length - (k?.length ?? 0)}`);
    const x = asDouble(xv), y = asDouble(yv);
    let steps = 1n;
    if (sv !== undefined && sv !== None) {
      steps = BigInt(toIndexInt(sv));
      if (steps < 0n) throw pyError(ValueError, "steps must be a non-negative integer");
      if (steps > 0xffffffffffffffffn) steps = 0xffffffffffffffffn;
    }
    return float(nextafter(x, y, steps));
  });
  def("fma", (a, k) => {
    positional("fma", a, k, 3, 3);
    const x = asDouble(a[0]), y = asDouble(a[1]), z = asDouble(a[2]);
    const r = fma(x, y, z);
    if (Number.isFinite(r)) return float(r);
    if (Number.isNaN(r)) {
      if (!Number.isNaN(x) && !Number.isNaN(y) && !Number.isNaN(z)) throw pyError(ValueError, "invalid operation in fma");
    } else if (Number.isFinite(x) && Number.isFinite(y) && Number.isFinite(z)) throw pyError(OverflowError, "overflow in fma");
    return float(r);
  });

  // integers
  def("factorial", (a, k) => factorial(methO("factorial", a, k)));
  def("isqrt", (a, k) => isqrt(methO("isqrt", a, k)));
  def("gcd", (a, k) => { noKw("gcd", k); return gcd(a); });
  def("lcm", (a, k) => { noKw("lcm", k); return lcm(a); });
  def("comb", (a, k) => { positional("comb", a, k, 2, 2); return comb(a[0], a[1]); });
  def("perm", (a, k) => { positional("perm", a, k, 1, 2); return perm(a[0], a.length > 1 ? a[1] : None); });
  def("prod", (a, k) => {
    const [it, start] = kwArgs("prod", a, k, ["iterable", "start"], 1, 1, 1);
    if (it === undefined) throw pyError(TypeError, "prod() missing required argument 'iterable' (pos 1)");
    return prod(it, start ?? 1);
  });
  def("sumprod", (a, k) => { positional("sumprod", a, k, 2, 2); return sumprod(a[0], a[1]); });
  return m;
}

// CPython: math_fsum (Shewchuk's msum with CPython's special-value and overflow handling)
function fsum(iterable: PyValue): number {
  const p: number[] = [];
  let specialSum = 0, infSum = 0;
  for (const item of iterateToArray(iterable)) {
    let x = asDouble(item);
    const xsave = x;
    let i = 0;
    for (let j = 0; j < p.length; j++) {
      let y = p[j];
      if (Math.abs(x) < Math.abs(y)) { const t = x; x = y; y = t; }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) p[i++] = lo;
      x = hi;
    }
    p.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) throw pyError(OverflowError, "intermediate overflow in fsum");
        if (!Number.isNaN(xsave)) infSum += xsave;
        specialSum += xsave;
        p.length = 0;
      } else p.push(x);
    }
  }
  if (specialSum !== 0) {
    if (Number.isNaN(infSum)) throw pyError(ValueError, "-inf + inf in fsum");
    return specialSum;
  }
  let n = p.length, hi = 0, lo = 0;
  if (n > 0) {
    hi = p[--n];
    while (n > 0) {
      const x = hi, y = p[--n];
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && p[n - 1] < 0) || (lo > 0 && p[n - 1] > 0))) {
      const y = lo * 2.0;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
  }
  return hi;
}
