// The cmath module (CPython 3.14: Modules/cmathmodule.c): C99 Annex G special values from CPython's
// 7x7 tables, the same formulas for finite arguments over musl-exact real functions (libm.ts), and
// CPython's errno-to-exception mapping ("math domain error", "math range error").
import { typeOf, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError, OverflowError } from "../../objects/exceptions.js";
import { callMethod, typeName } from "../../objects/abstract.js";
import { float } from "../../objects/numbers.js";
import { tuple } from "../../objects/containers.js";
import { hypot, newComplex, PyComplexObj, quot } from "../../objects/complex.js";
import { kwArgs } from "../../objects/args.js";
import { asDouble } from "./math.js";
import * as libm from "./libm.js";

type C = [number, number];
const EDOM = 1, ERANGE = 2;
let errno = 0;

const PI = Math.PI, P14 = 0.25 * PI, P12 = 0.5 * PI, P34 = 0.75 * PI, INF = Infinity, N = NaN, U = -9.5426319407711027e33;
const DBL_MAX = Number.MAX_VALUE, DBL_MIN = 2.2250738585072014e-308;
const LARGE = DBL_MAX / 4, SQRT_LARGE = Math.sqrt(LARGE), LOG_LARGE = libm.log(LARGE), SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453094, LN10 = 2.302585092994045684;
const SCALE_UP = 2 * Math.floor(53 / 2) + 1, SCALE_DOWN = -(SCALE_UP + 1) / 2;

const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);
const copysign = (x: number, y: number): number => (signbit(y) ? -Math.abs(x) : Math.abs(x));
const isinf = (x: number): boolean => x === Infinity || x === -Infinity;
const ldexp = (x: number, e: number): number => x * 2 ** e;

/** special_type: 0 -inf, 1 negative, 2 -0, 3 +0, 4 positive, 5 +inf, 6 nan */
function specialType(d: number): number {
  if (Number.isFinite(d)) return d !== 0 ? (signbit(d) ? 1 : 4) : (signbit(d) ? 2 : 3);
  if (Number.isNaN(d)) return 6;
  return d > 0 ? 5 : 0;
}
/** A 7x7 table written row by row as in cmath_exec's INIT_SPECIAL_VALUES. */
const table = (...v: number[]): C[][] => Array.from({ length: 7 }, (_, i) => Array.from({ length: 7 }, (_, j) => [v[(i * 7 + j) * 2], v[(i * 7 + j) * 2 + 1]] as C));
const special = (t: C[][], z: C): C => t[specialType(z[0])][specialType(z[1])];
const nonFinite = (z: C): boolean => !Number.isFinite(z[0]) || !Number.isFinite(z[1]);

const ACOS = table(P34, INF, PI, INF, PI, INF, PI, -INF, PI, -INF, P34, -INF, N, INF, P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N,
  P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N, P12, INF, U, U, P12, 0, P12, -0, U, U, P12, -INF, P12, N,
  P12, INF, U, U, U, U, U, U, U, U, P12, -INF, N, N, P14, INF, 0, INF, 0, INF, 0, -INF, 0, -INF, P14, -INF, N, INF,
  N, INF, N, N, N, N, N, N, N, N, N, -INF, N, N);
const ACOSH = table(INF, -P34, INF, -PI, INF, -PI, INF, PI, INF, PI, INF, P34, INF, N, INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, P12, INF, -P12, U, U, 0, -P12, 0, P12, U, U, INF, P12, N, P12,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N, INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
const ASINH = table(-INF, -P14, -INF, -0, -INF, -0, -INF, 0, -INF, 0, -INF, P14, -INF, N, -INF, -P12, U, U, U, U, U, U, U, U, -INF, P12, N, N,
  -INF, -P12, U, U, -0, -0, -0, 0, U, U, -INF, P12, N, N, INF, -P12, U, U, 0, -0, 0, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N, INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, -0, N, 0, N, N, INF, N, N, N);
const ATANH = table(-0, -P12, -0, -P12, -0, -P12, -0, P12, -0, P12, -0, P12, -0, N, -0, -P12, U, U, U, U, U, U, U, U, -0, P12, N, N,
  -0, -P12, U, U, -0, -0, -0, 0, U, U, -0, P12, -0, N, 0, -P12, U, U, 0, -0, 0, 0, U, U, 0, P12, 0, N,
  0, -P12, U, U, U, U, U, U, U, U, 0, P12, N, N, 0, -P12, 0, -P12, 0, -P12, 0, P12, 0, P12, 0, P12, 0, N,
  0, -P12, N, N, N, N, N, N, N, N, 0, P12, N, N);
const COSH = table(INF, N, U, U, INF, 0, INF, -0, U, U, INF, N, INF, N, N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, 0, U, U, 1, 0, 1, -0, U, U, N, 0, N, 0, N, 0, U, U, 1, -0, 1, 0, U, U, N, 0, N, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N, INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N);
const EXP = table(0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0, N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N, N, N, U, U, 1, -0, 1, 0, U, U, N, N, N, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N, INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N);
const LOG = table(INF, -P34, INF, -PI, INF, -PI, INF, PI, INF, PI, INF, P34, INF, N, INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N,
  INF, -P12, U, U, -INF, -PI, -INF, PI, U, U, INF, P12, N, N, INF, -P12, U, U, -INF, -0, -INF, 0, U, U, INF, P12, N, N,
  INF, -P12, U, U, U, U, U, U, U, U, INF, P12, N, N, INF, -P14, INF, -0, INF, -0, INF, 0, INF, 0, INF, P14, INF, N,
  INF, N, N, N, N, N, N, N, N, N, INF, N, N, N);
const SINH = table(INF, N, U, U, -INF, -0, -INF, 0, U, U, INF, N, INF, N, N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, N, U, U, -0, -0, -0, 0, U, U, 0, N, 0, N, 0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N, INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N);
const SQRT = table(INF, -INF, 0, -INF, 0, -INF, 0, INF, 0, INF, INF, INF, N, INF, INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N,
  INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N, INF, -INF, U, U, 0, -0, 0, 0, U, U, INF, INF, N, N,
  INF, -INF, U, U, U, U, U, U, U, U, INF, INF, N, N, INF, -INF, INF, -0, INF, -0, INF, 0, INF, 0, INF, INF, INF, N,
  INF, -INF, N, N, N, N, N, N, N, N, INF, INF, N, N);
const TANH = table(-1, 0, U, U, -1, -0, -1, 0, U, U, -1, 0, -1, 0, N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  -0, N, U, U, -0, -0, -0, 0, U, U, -0, N, -0, N, 0, N, U, U, 0, -0, 0, 0, U, U, 0, N, 0, N,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N, 1, 0, U, U, 1, -0, 1, 0, U, U, 1, 0, 1, 0,
  N, N, N, N, N, -0, N, 0, N, N, N, N, N, N);
const RECT = table(INF, N, U, U, -INF, 0, -INF, -0, U, U, INF, N, INF, N, N, N, U, U, U, U, U, U, U, U, N, N, N, N,
  0, 0, U, U, -0, 0, -0, -0, U, U, 0, 0, 0, 0, 0, 0, U, U, 0, -0, 0, 0, U, U, 0, 0, 0, 0,
  N, N, U, U, U, U, U, U, U, U, N, N, N, N, INF, N, U, U, INF, -0, INF, 0, U, U, INF, N, INF, N,
  N, N, N, N, N, 0, N, 0, N, N, N, N, N, N);

// ---- the functions (cmath_*_impl) ------------------------------------------------------------------

function csqrt(z: C): C {
  if (nonFinite(z)) { errno = 0; return special(SQRT, z); }
  if (z[0] === 0 && z[1] === 0) return [0, z[1]];
  let ax = Math.abs(z[0]);
  const ay = Math.abs(z[1]);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    ax = ldexp(ax, SCALE_UP);
    s = ldexp(Math.sqrt(ax + hypot(ax, ldexp(ay, SCALE_UP))), SCALE_DOWN);
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  errno = 0;
  return z[0] >= 0 ? [s, copysign(d, z[1])] : [d, copysign(s, z[1])];
}
function cacos(z: C): C {
  if (nonFinite(z)) { errno = 0; return special(ACOS, z); }
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    r = [Math.atan2(Math.abs(z[1]), z[0]), -copysign(libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, z[1])];
  } else {
    const s1 = csqrt([1 - z[0], -z[1]]), s2 = csqrt([1 + z[0], z[1]]);
    r = [2 * Math.atan2(s1[0], s2[0]), libm.asinh(s2[0] * s1[1] - s2[1] * s1[0])];
  }
  errno = 0;
  return r;
}
function cacosh(z: C): C {
  if (nonFinite(z)) { errno = 0; return special(ACOSH, z); }
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    r = [libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2, Math.atan2(z[1], z[0])];
  } else {
    const s1 = csqrt([z[0] - 1, z[1]]), s2 = csqrt([z[0] + 1, z[1]]);
    r = [libm.asinh(s1[0] * s2[0] + s1[1] * s2[1]), 2 * Math.atan2(s1[1], s2[0])];
  }
  errno = 0;
  return r;
}
function casinh(z: C): C {
  if (nonFinite(z)) { errno = 0; return special(ASINH, z); }
  let r: C;
  if (Math.abs(z[0]) > LARGE || Math.abs(z[1]) > LARGE) {
    const l = libm.log(hypot(z[0] / 2, z[1] / 2)) + LN2 * 2;
    r = [z[1] >= 0 ? copysign(l, z[0]) : -copysign(l, -z[0]), Math.atan2(z[1], Math.abs(z[0]))];
  } else {
    const s1 = csqrt([1 + z[1], -z[0]]), s2 = csqrt([1 - z[1], z[0]]);
    r = [libm.asinh(s1[0] * s2[1] - s2[0] * s1[1]), Math.atan2(z[1], s1[0] * s2[0] - s1[1] * s2[1])];
  }
  errno = 0;
  return r;
}
const casin = (z: C): C => { const s = casinh([-z[1], z[0]]); return [s[1], -s[0]]; };
function catanh(z: C): C {
  if (nonFinite(z)) { errno = 0; return special(ATANH, z); }
  if (z[0] < 0) { const r = catanh([-z[0], -z[1]]); return [-r[0], -r[1]]; }
  const ay = Math.abs(z[1]);
  let r: C;
  if (z[0] > SQRT_LARGE || ay > SQRT_LARGE) {
    const h = hypot(z[0] / 2, z[1] / 2);
    r = [z[0] / 4 / h / h, copysign(PI / 2, z[1])];
    errno = 0;
  } else if (z[0] === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) { r = [INF, z[1]]; errno = EDOM; }
    else { r = [-libm.log(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2))), copysign(Math.atan2(2, -ay) / 2, z[1])]; errno = 0; }
  } else {
    r = [libm.log1p((4 * z[0]) / ((1 - z[0]) * (1 - z[0]) + ay * ay)) / 4, -Math.atan2(-2 * z[1], (1 - z[0]) * (1 + z[0]) - ay * ay) / 2];
    errno = 0;
  }
  return r;
}
const catan = (z: C): C => { const s = catanh([-z[1], z[0]]); return [s[1], -s[0]]; };

/** cosh/sinh/exp of an infinite real part and a finite nonzero imaginary part, else the table */
function ccosh(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))] : [copysign(INF, libm.cos(z[1])), -copysign(INF, libm.sin(z[1]))];
    } else r = special(COSH, z);
    errno = isinf(z[1]) && !Number.isNaN(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    const xm1 = z[0] - copysign(1, z[0]);
    r = [libm.cos(z[1]) * libm.cosh(xm1) * Math.E, libm.sin(z[1]) * libm.sinh(xm1) * Math.E];
  } else r = [libm.cos(z[1]) * libm.cosh(z[0]), libm.sin(z[1]) * libm.sinh(z[0])];
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}
function csinh(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))] : [-copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))];
    } else r = special(SINH, z);
    errno = isinf(z[1]) && !Number.isNaN(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    const xm1 = z[0] - copysign(1, z[0]);
    r = [libm.cos(z[1]) * libm.sinh(xm1) * Math.E, libm.sin(z[1]) * libm.cosh(xm1) * Math.E];
  } else r = [libm.cos(z[1]) * libm.sinh(z[0]), libm.sin(z[1]) * libm.cosh(z[0])];
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}
function cexp(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = z[0] > 0 ? [copysign(INF, libm.cos(z[1])), copysign(INF, libm.sin(z[1]))] : [copysign(0, libm.cos(z[1])), copysign(0, libm.sin(z[1]))];
    } else r = special(EXP, z);
    errno = isinf(z[1]) && (Number.isFinite(z[0]) || z[0] === INF) ? EDOM : 0;
    return r;
  }
  if (z[0] > LOG_LARGE) {
    const l = libm.exp(z[0] - 1);
    r = [l * libm.cos(z[1]) * Math.E, l * libm.sin(z[1]) * Math.E];
  } else {
    const l = libm.exp(z[0]);
    r = [l * libm.cos(z[1]), l * libm.sin(z[1])];
  }
  errno = isinf(r[0]) || isinf(r[1]) ? ERANGE : 0;
  return r;
}
function ctanh(z: C): C {
  let r: C;
  if (nonFinite(z)) {
    if (isinf(z[0]) && Number.isFinite(z[1]) && z[1] !== 0) {
      r = [z[0] > 0 ? 1 : -1, copysign(0, 2 * libm.sin(z[1]) * libm.cos(z[1]))];
    } else r = special(TANH, z);
    errno = isinf(z[1]) && Number.isFinite(z[0]) ? EDOM : 0;
    return r;
  }
  if (Math.abs(z[0]) > LOG_LARGE) {
    r = [copysign(1, z[0]), 4 * libm.sin(z[1]) * libm.cos(z[1]) * libm.exp(-2 * Math.abs(z[0]))];
  } else {
    const tx = libm.tanh(z[0]), ty = Math.tan(z[1]), cx = 1 / libm.cosh(z[0]);
    const txty = tx * ty, denom = 1 + txty * txty;
    r = [(tx * (1 + ty * ty)) / denom, ((ty / denom) * cx) * cx];
  }
  errno = 0;
  return r;
}
const ccos = (z: C): C => ccosh([-z[1], z[0]]);
const csin = (z: C): C => { const s = csinh([-z[1], z[0]]); return [s[1], -s[0]]; };
const ctan = (z: C): C => { const s = ctanh([-z[1], z[0]]); return [s[1], -s[0]]; };
function clog(z: C): C {
  if (nonFinite(z)) { errno = 0; return special(LOG, z); }
  const ax = Math.abs(z[0]), ay = Math.abs(z[1]);
  let re: number;
  if (ax > LARGE || ay > LARGE) re = libm.log(hypot(ax / 2, ay / 2)) + LN2;
  else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) re = libm.log(hypot(ldexp(ax, 53), ldexp(ay, 53))) - 53 * LN2;
    else { errno = EDOM; return [-INF, Math.atan2(z[1], z[0])]; }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      const am = ax > ay ? ax : ay, an = ax > ay ? ay : ax;
      re = libm.log1p((am - 1) * (am + 1) + an * an) / 2;
    } else re = libm.log(h);
  }
  errno = 0;
  return [re, Math.atan2(z[1], z[0])];
}
function clog10(z: C): C {
  const r = clog(z);
  return [r[0] / LN10, r[1] / LN10];
}

// ---- arguments and errors ------------------------------------------------------------------------------

/** PyComplex_AsCComplex (the "D" converter) */
function complexArg(v: PyValue): C {
  if (v instanceof PyComplexObj) return [v.real, v.imag];
  const cm = typeOf(v).lookup("__complex__");
  if (cm !== undefined) {
    const c = callMethod(cm, v, []);
    if (!(c instanceof PyComplexObj)) throw pyError(TypeError, `__complex__ returned non-complex (type ${typeName(c)})`);
    return [c.real, c.imag];
  }
  return [asDouble(v), 0];
}
function mathError(): never {
  if (errno === EDOM) throw pyError(ValueError, "math domain error");
  throw pyError(OverflowError, "math range error");
}

export function makeCmath(): PyModule {
  const m = new PyModule("cmath");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  const one = (name: string, a: PyValue[], k: readonly string[] | null): PyValue => {
    if ((k && k.length) || a.length !== 1) throw pyError(TypeError, `cmath.${name}() takes exactly one argument (${a.length} given)`);
    return a[0];
  };
  const fns: [string, (z: C) => C][] = [["acos", cacos], ["acosh", cacosh], ["asin", casin], ["asinh", casinh], ["atan", catan],
    ["atanh", catanh], ["cos", ccos], ["cosh", ccosh], ["exp", cexp], ["log10", clog10], ["sin", csin], ["sinh", csinh],
    ["sqrt", csqrt], ["tan", ctan], ["tanh", ctanh]];
  for (const [name, f] of fns) {
    def(name, (a, k) => {
      const z = complexArg(one(name, a, k));
      errno = 0;
      const r = f(z);
      if (errno) mathError();
      return newComplex(r[0], r[1]);
    });
  }
  // cmath_log_impl: log(z[, base]) = c_log(z) / c_log(base)
  def("log", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "log() takes no keyword arguments");
    if (a.length < 1 || a.length > 2) throw pyError(TypeError, `log expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
    errno = 0;
    let x = clog(complexArg(a[0]));
    if (a.length > 1) {
      const y = clog(complexArg(a[1])); // (its errno replaces the first one's, as in CPython)
      if (y[0] === 0 && y[1] === 0) { errno = EDOM; x = [0, 0]; } // _Py_c_quot: EDOM on a zero divisor
      else { const q = quot(x[0], x[1], y[0], y[1]); x = [q.real, q.imag]; }
    }
    if (errno) mathError();
    return newComplex(x[0], x[1]);
  });
  def("phase", (a, k) => { const z = complexArg(one("phase", a, k)); return float(Math.atan2(z[1], z[0])); });
  def("polar", (a, k) => {
    const z = complexArg(one("polar", a, k));
    const phi = Math.atan2(z[1], z[0]);
    // _Py_c_abs: hypot, with the special cases of infinities and NaNs
    let r: number;
    if (!Number.isFinite(z[0]) || !Number.isFinite(z[1])) r = isinf(z[0]) || isinf(z[1]) ? INF : NaN;
    else {
      r = hypot(z[0], z[1]);
      if (!Number.isFinite(r)) throw pyError(OverflowError, "math range error");
    }
    return tuple([float(r), float(phi)]);
  });
  def("rect", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "rect() takes no keyword arguments");
    if (a.length !== 2) throw pyError(TypeError, `rect expected 2 arguments, got ${a.length}`);
    const r = asDouble(a[0]), phi = asDouble(a[1]);
    let z: C;
    errno = 0;
    if (!Number.isFinite(r) || !Number.isFinite(phi)) {
      if (isinf(r) && Number.isFinite(phi) && phi !== 0) {
        z = r > 0 ? [copysign(INF, libm.cos(phi)), copysign(INF, libm.sin(phi))] : [-copysign(INF, libm.cos(phi)), -copysign(INF, libm.sin(phi))];
      } else z = special(RECT, [r, phi]);
      errno = r !== 0 && !Number.isNaN(r) && isinf(phi) ? EDOM : 0;
    } else if (phi === 0) z = [r, r * phi];
    else z = [r * libm.cos(phi), r * libm.sin(phi)];
    if (errno) mathError();
    return newComplex(z[0], z[1]);
  });
  def("isfinite", (a, k) => { const z = complexArg(one("isfinite", a, k)); return Number.isFinite(z[0]) && Number.isFinite(z[1]); });
  def("isnan", (a, k) => { const z = complexArg(one("isnan", a, k)); return Number.isNaN(z[0]) || Number.isNaN(z[1]); });
  def("isinf", (a, k) => { const z = complexArg(one("isinf", a, k)); return isinf(z[0]) || isinf(z[1]); });
  def("isclose", (a, k) => {
    const [av, bv, rt, at] = kwArgs("isclose", a, k, ["a", "b", "rel_tol", "abs_tol"], 0, 2, 2);
    if (av === undefined) throw pyError(TypeError, "isclose() missing required argument 'a' (pos 1)");
    if (bv === undefined) throw pyError(TypeError, "isclose() missing required argument 'b' (pos 2)");
    const x = complexArg(av), y = complexArg(bv);
    const relTol = rt === undefined ? 1e-9 : asDouble(rt), absTol = at === undefined ? 0 : asDouble(at);
    if (relTol < 0 || absTol < 0) throw pyError(ValueError, "tolerances must be non-negative");
    if (x[0] === y[0] && x[1] === y[1]) return true;
    if (isinf(x[0]) || isinf(x[1]) || isinf(y[0]) || isinf(y[1])) return false;
    const diff = hypot(x[0] - y[0], x[1] - y[1]);
    return diff <= relTol * hypot(y[0], y[1]) || diff <= relTol * hypot(x[0], x[1]) || diff <= absTol;
  });
  d.set("pi", float(Math.PI));
  d.set("e", float(Math.E));
  d.set("tau", float(2 * Math.PI));
  d.set("inf", float(INF));
  d.set("infj", newComplex(0, INF));
  d.set("nan", float(NaN));
  d.set("nanj", newComplex(0, NaN));
  return m;
}
