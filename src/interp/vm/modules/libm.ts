// The C math library as CPython's oracle (pyodide: CPython on emscripten, whose libc is musl) computes
// it, for the functions where JavaScript's Math differs in the last bit:
// - exp, exp2, log, log10, log1p, pow: libm_exp.ts (musl's algorithms and tables);
// - sin, cos: musl's fdlibm kernels (k_sin.c, k_cos.c) after its e_rem_pio2.c reduction (V8 uses
//   other algorithms);
// - sinh, cosh, tanh, asinh, acosh, erf, erfc: musl's formulas on top of those.
// The rest (tan, atan, asin, acos, atanh, atan2, expm1, cbrt, sqrt) agree with Math.*.
import { exp, log, log1p } from "./libm_exp.js";
import { clearLow, highWord } from "./libm_bits.js";
import { remPio2Huge } from "./libm_rempio2.js";

export { exp, exp2, log, log2, log10, log1p, pow } from "./libm_exp.js";
export { highWord } from "./libm_bits.js";

// ---- sin and cos (musl: src/math/sin.c, cos.c, __sin.c, __cos.c, __rem_pio2.c) -----------------

const S = [-1.66666666666666324348e-01, 8.33333333332248946124e-03, -1.98412698298579493134e-04,
  2.75573137070700676789e-06, -2.50507602534068634195e-08, 1.58969099521155010221e-10];
const C = [4.16666666666666019037e-02, -1.38888888888741095749e-03, 2.48015872894767294178e-05,
  -2.75573143513906633035e-07, 2.08757232129817482790e-09, -1.13596475577881948265e-11];

function kSin(x: number, y: number, iy: number): number {
  const z = x * x, w = z * z;
  const r = S[1] + z * (S[2] + z * S[3]) + z * w * (S[4] + z * S[5]);
  const v = z * x;
  if (iy === 0) return x + v * (S[0] + z * r);
  return x - ((z * (0.5 * y - v * r) - y) - v * S[0]);
}
function kCos(x: number, y: number): number {
  const z = x * x;
  let w = z * z;
  const r = z * (C[0] + z * (C[1] + z * C[2])) + w * w * (C[3] + z * (C[4] + z * C[5]));
  const hz = 0.5 * z;
  w = 1 - hz;
  return w + (((1 - w) - hz) + (z * r - x * y));
}

const invpio2 = 6.36619772367581382433e-01, pio2_1 = 1.57079632673412561417e+00, pio2_1t = 6.07710050650619224932e-11;
const pio2_2 = 6.07710050630396597660e-11, pio2_2t = 2.02226624879595063154e-21;
const pio2_3 = 2.02226624871116645580e-21, pio2_3t = 8.47842766036889956997e-32;

/** x rem pi/2 as y0 + y1, and the quadrant; null for |x| >= 2**20 * pi/2 (not reduced here). */
function remPio2(x: number): [number, number, number] | null {
  const hx = highWord(x), ix = hx & 0x7fffffff;
  const small = (k: number): [number, number, number] => {
    const s = hx > 0 ? 1 : -1;
    const z = x - s * k * pio2_1;
    const y0 = z - s * k * pio2_1t;
    return [s * k, y0, (z - y0) - s * k * pio2_1t];
  };
  let medium = false;
  if (ix <= 0x400f6a7a) {
    if ((ix & 0xfffff) === 0x921fb) medium = true;
    else return small(ix <= 0x4002d97c ? 1 : 2);
  } else if (ix <= 0x401c463b) {
    if (ix <= 0x4015fdbc) { if (ix === 0x4012d97c) medium = true; else return small(3); }
    else { if (ix === 0x401921fb) medium = true; else return small(4); }
  }
  if (!medium && ix >= 0x413921fb) return null;
  const fn = (x * invpio2 + 6755399441055744) - 6755399441055744; // rint via 0x1.8p52
  const n = fn | 0;
  let r = x - fn * pio2_1;
  let w = fn * pio2_1t;
  const j = ix >> 20;
  let y0 = r - w;
  let i = j - ((highWord(y0) >> 20) & 0x7ff);
  if (i > 16) {
    let t = r;
    w = fn * pio2_2;
    r = t - w;
    w = fn * pio2_2t - ((t - r) - w);
    y0 = r - w;
    i = j - ((highWord(y0) >> 20) & 0x7ff);
    if (i > 49) {
      t = r;
      w = fn * pio2_3;
      r = t - w;
      w = fn * pio2_3t - ((t - r) - w);
      y0 = r - w;
    }
  }
  return [n, y0, (r - y0) - w];
}

export function sin(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return ix < 0x3e500000 ? x : kSin(x, 0, 0);
  if (ix >= 0x7ff00000) return NaN;
  const red = remPio2(x) ?? remPio2Huge(x);
  const [n, y0, y1] = red;
  switch (n & 3) {
    case 0: return kSin(y0, y1, 1);
    case 1: return kCos(y0, y1);
    case 2: return -kSin(y0, y1, 1);
    default: return -kCos(y0, y1);
  }
}
export function cos(x: number): number {
  const ix = highWord(x) & 0x7fffffff;
  if (ix <= 0x3fe921fb) return ix < 0x3e46a09e ? 1 : kCos(x, 0);
  if (ix >= 0x7ff00000) return NaN;
  const red = remPio2(x) ?? remPio2Huge(x);
  const [n, y0, y1] = red;
  switch (n & 3) {
    case 0: return kCos(y0, y1);
    case 1: return -kSin(y0, y1, 1);
    case 2: return -kCos(y0, y1);
    default: return kSin(y0, y1, 1);
  }
}

// ---- hyperbolic functions (musl: cosh.c, sinh.c, tanh.c, asinh.c, acosh.c, __expo2.c) ------------

function expo2(x: number, sign: number): number {
  const kln2 = 1416.0996898839683; // 0x1.62066151add8bp+10
  const scale = 2 ** 1021;
  return exp(x - kln2) * (sign * scale) * scale;
}
export function cosh(x: number): number {
  x = Math.abs(x);
  const w = highWord(x);
  if (w < 0x3fe62e42) {
    if (w < 0x3ff00000 - (26 << 20)) return 1;
    const t = Math.expm1(x);
    return 1 + (t * t) / (2 * (1 + t));
  }
  if (w < 0x40862e42) {
    const t = exp(x);
    return 0.5 * (t + 1 / t);
  }
  return Number.isNaN(x) ? x : expo2(x, 1.0);
}
export function sinh(x: number): number {
  const h = x < 0 || Object.is(x, -0) ? -0.5 : 0.5;
  const absx = Math.abs(x);
  const w = highWord(absx);
  if (w < 0x40862e42) {
    const t = Math.expm1(absx);
    if (w < 0x3ff00000) {
      if (w < 0x3ff00000 - (26 << 20)) return x;
      return h * (2 * t - (t * t) / (t + 1));
    }
    return h * (t + t / (t + 1));
  }
  return Number.isNaN(x) ? x : expo2(absx, 2 * h);
}
export function tanh(x: number): number {
  const neg = x < 0 || Object.is(x, -0);
  x = Math.abs(x);
  const w = highWord(x);
  let t: number;
  if (w > 0x3fe193ea) {
    if (w > 0x40340000) t = Number.isNaN(x) ? x : 1;
    else { t = Math.expm1(2 * x); t = 1 - 2 / (t + 2); }
  } else if (w > 0x3fd058ae) {
    t = Math.expm1(2 * x);
    t = t / (t + 2);
  } else if (w >= 0x00100000) {
    t = Math.expm1(-2 * x);
    t = -t / (t + 2);
  } else t = x;
  return neg ? -t : t;
}
export function asinh(x: number): number {
  const neg = x < 0 || Object.is(x, -0);
  const a = Math.abs(x);
  const e = (highWord(a) >>> 20) & 0x7ff;
  let r: number;
  if (e >= 0x3ff + 26) r = Number.isFinite(a) ? log(a) + 0.693147180559945309417232121458176568 : a;
  else if (e >= 0x3ff + 1) r = log(2 * a + 1 / (Math.sqrt(a * a + 1) + a));
  else if (e >= 0x3ff - 26) r = log1p(a + (a * a) / (Math.sqrt(a * a + 1) + 1));
  else r = a;
  return neg ? -r : r;
}
export function acosh(x: number): number {
  const e = (highWord(x) >>> 20) & 0x7ff;
  if (x < 1) return NaN;
  if (e < 0x3ff + 1) return log1p(x - 1 + Math.sqrt((x - 1) * (x - 1) + 2 * (x - 1)));
  if (e < 0x3ff + 26) return log(2 * x - 1 / (x + Math.sqrt(x * x - 1)));
  return Number.isFinite(x) ? log(x) + 0.693147180559945309417232121458176568 : x;
}

// ---- erf and erfc (musl: src/math/erf.c, from fdlibm s_erf.c) -----------------------------------

const erx = 8.45062911510467529297e-01, efx8 = 1.02703333676410069053e+00;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

/** c[0] + s*(c[1] + s*(...)) (Horner, as the C source nests it) */
function horner(c: number[], s: number, from = 0): number {
  let r = c[c.length - 1];
  for (let i = c.length - 2; i >= from; i--) r = c[i] + s * r;
  return r;
}
/** 1 + s*(q[1] + s*(...)) */
const horner1 = (q: number[], s: number): number => 1 + s * horner(q, s, 1);

/** erfc on 0.84375 <= |x| < 28 (musl's erfc2, with erfc1 below 1.25) */
function erfc2(ix: number, x: number): number {
  if (ix < 0x3ff40000) {
    const s = Math.abs(x) - 1;
    return 1 - erx - horner(PA, s) / horner1(QA, s);
  }
  x = Math.abs(x);
  const s = 1 / (x * x);
  const [R, Sv] = ix < 0x4006db6d ? [horner(RA, s), horner1(SA, s)] : [horner(RB, s), horner1(SB, s)];
  const z = clearLow(x);
  return (exp(-z * z - 0.5625) * exp((z - x) * (z + x) + R / Sv)) / x;
}
export function erf(x: number): number {
  const hx = highWord(x), ix = hx & 0x7fffffff, neg = hx < 0;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : neg ? -1 : 1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return 0.125 * (8 * x + efx8 * x);
    const z = x * x;
    return x + x * (horner(PP, z) / horner1(QQ, z));
  }
  const y = ix < 0x40180000 ? 1 - erfc2(ix, x) : 1 - 2 ** -1022;
  return neg ? -y : y;
}
export function erfc(x: number): number {
  const hx = highWord(x), ix = hx & 0x7fffffff, neg = hx < 0;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : neg ? 2 : 0;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const z = x * x;
    const y = horner(PP, z) / horner1(QQ, z);
    if (neg || ix < 0x3fd00000) return 1 - (x + x * y);
    return 0.5 - (x - 0.5 + x * y);
  }
  if (ix < 0x403c0000) return neg ? 2 - erfc2(ix, x) : erfc2(ix, x);
  return neg ? 2 - 2 ** -1022 : 2 ** -1022 * 2 ** -1022;
}
