// exp, exp2, log, log2, log10, log1p and pow as CPython's oracle computes them (pyodide: musl, whose
// exp, exp2, log and pow are ARM's optimized routines and whose log10 and log1p come from FreeBSD).
import { decompose, expFixedToDouble, ln2, lnFixed, ONE, PREC, ratioToDouble } from "../../objects/numbers.js";
import { LOG_POLY, LOG_POLY1, LOG_TAB, LOG_TAB2 } from "./libm_logdata.js";
import { LOG2_INVLN2, LOG2_POLY, LOG2_POLY1, LOG2_TAB, LOG2_TAB2 } from "./libm_log2data.js";
import { clearLow, fixedToDouble, fromWords, hexf, signbit, top12, view } from "./libm_bits.js";

// exp and exp2: musl's (ARM optimized-routines exp.c, exp2.c, exp_data.c: N = 128, polynomial
// order 5, no fma), with the table 2^(k/N) ~= H[k] * (1 + T[k]) computed here in 192-bit fixed point.
const EXP_N = 128;
const INVLN2N = hexf("0x1.71547652b82fep0") * EXP_N, NEGLN2HIN = hexf("-0x1.62e42fefa0000p-8"), NEGLN2LON = hexf("-0x1.cf79abc9e3b3ap-47");
const SHIFT = 6755399441055744, EXP2_SHIFT = SHIFT / EXP_N;
const EC = ["0x1.ffffffffffdbdp-2", "0x1.555555555543cp-3", "0x1.55555cf172b91p-5", "0x1.1111167a4d017p-7"].map(hexf);
const E2C = ["0x1.62e42fefa39efp-1", "0x1.ebfbdff82c424p-3", "0x1.c6b08d70cf4b5p-5", "0x1.3b2abd24650ccp-7", "0x1.5d7e09b4e3a84p-10"].map(hexf);
let TAB: { tail: Float64Array; hi: Uint32Array; lo: Uint32Array } | null = null;
function expTable(): NonNullable<typeof TAB> {
  if (TAB) return TAB;
  const tail = new Float64Array(EXP_N), hi = new Uint32Array(EXP_N), lo = new Uint32Array(EXP_N);
  const L = ln2();
  for (let k = 0; k < EXP_N; k++) {
    const v = (L * BigInt(k)) / BigInt(EXP_N); // ln(2^(k/N)) in fixed point
    const H = expFixedToDouble(v);
    const [mh, eh] = decompose(H);
    // 2^(k/N) exactly enough: exp(v) in fixed point, then T = (2^(k/N) - H) / H
    let term = ONE, sum = 0n;
    for (let n = 1n; term !== 0n; n++) { sum += term; term = (term * v) / (ONE * n); }
    const hFixed = eh >= 0 ? (mh << BigInt(eh)) << PREC : (mh << PREC) >> BigInt(-eh);
    const diff = sum - hFixed;
    tail[k] = diff === 0n ? 0 : (diff < 0n ? -1 : 1) * ratioToDouble(diff < 0n ? -diff : diff, hFixed);
    view.setFloat64(0, H);
    // asuint64(H) - (k << 52) / N: only the high word changes (k << 45 has no low bits)
    hi[k] = (view.getUint32(0) - ((k << 13) >>> 0)) >>> 0;
    lo[k] = view.getUint32(4);
  }
  return (TAB = { tail, hi, lo });
}
/** specialcase: results near overflow or in the subnormal range */
function expSpecial(tmp: number, sHi: number, sLo: number, kiLo: number): number {
  if ((kiLo & 0x80000000) === 0) {
    const scale = fromWords(sHi - (1009 << 20), sLo);
    return 2 ** 1009 * (scale + scale * tmp);
  }
  const scale = fromWords(sHi + (1022 << 20), sLo);
  let y = scale + scale * tmp;
  if (y < 1.0) {
    let lo = scale - y + scale * tmp;
    const hi = 1.0 + y;
    lo = 1.0 - hi + y + lo;
    y = (hi + lo) - 1.0;
    if (y === 0) y = 0;
  }
  return 2 ** -1022 * y;
}
/** the shared tail of exp and exp2: 2^(k/N) * (1 + tmp) */
function expFinish(kd: number, tmpOf: (tail: number) => number, special: boolean): number {
  view.setFloat64(0, kd);
  const kiLo = view.getUint32(4);
  const t = expTable();
  const idx = kiLo & (EXP_N - 1);
  const tmp = tmpOf(t.tail[idx]);
  const sHi = (t.hi[idx] + ((kiLo << 13) >>> 0)) >>> 0, sLo = t.lo[idx];
  if (special) return expSpecial(tmp, sHi, sLo, kiLo);
  const scale = fromWords(sHi, sLo);
  return scale + scale * tmp;
}
export function exp(x: number): number {
  let abstop = top12(x) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (((abstop - 0x3c9) >>> 0) >= 0x80000000) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      return x < 0 ? 0 : Infinity;
    }
    special = true;
    abstop = 0;
  }
  const z = INVLN2N * x;
  let kd = z + SHIFT;
  const kdBits = kd;
  kd -= SHIFT;
  const r = x + kd * NEGLN2HIN + kd * NEGLN2LON;
  const r2 = r * r;
  return expFinish(kdBits, (tail) => tail + r + r2 * (EC[0] + r * EC[1]) + r2 * r2 * (EC[2] + r * EC[3]), special);
}
export function exp2(x: number): number {
  let abstop = top12(x) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (((abstop - 0x3c9) >>> 0) >= 0x80000000) return 1.0 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1.0 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928 || (x < 0 && abstop >= 0x409)) { special = true; abstop = 0; }
  }
  let kd = x + EXP2_SHIFT;
  const kdBits = kd;
  kd -= EXP2_SHIFT;
  const r = x - kd;
  const r2 = r * r;
  return expFinish(kdBits, (tail) => tail + r * E2C[0] + r2 * (E2C[1] + r * E2C[2]) + r2 * r2 * (E2C[3] + r * E2C[4]), special);
}
// log: musl's (ARM optimized-routines log.c, no fma), over its table (libm_logdata.ts)
let LOGT: { invc: Float64Array; logc: Float64Array; chi: Float64Array; clo: Float64Array; A: number[]; B: number[] } | null = null;
function logTables(): NonNullable<typeof LOGT> {
  if (LOGT) return LOGT;
  const nums = (t: string): number[] => t.trim().split(/\s+/).map(hexf);
  const t1 = nums(LOG_TAB), t2 = nums(LOG_TAB2);
  const invc = new Float64Array(128), logc = new Float64Array(128), chi = new Float64Array(128), clo = new Float64Array(128);
  for (let i = 0; i < 128; i++) { invc[i] = t1[2 * i]; logc[i] = t1[2 * i + 1]; chi[i] = t2[2 * i]; clo[i] = t2[2 * i + 1]; }
  return (LOGT = { invc, logc, chi, clo, A: nums(LOG_POLY), B: nums(LOG_POLY1) });
}
const LN2HI = hexf("0x1.62e42fefa3800p-1"), LN2LO = hexf("0x1.ef35793c76730p-45");
/** log with C99's special values (the callers raise the errors) */
export function log(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 1) return 0;
  const { invc, logc, chi, clo, A, B } = logTables();
  if (x >= 1.0 - 0.0625 && x < 1.0 + 0.064697265625) {
    // close to 1.0 (LO = 1 - 0x1p-4, HI = 1 + 0x1.09p-4)
    const r = x - 1.0, r2 = r * r, r3 = r * r2;
    let y = r3 * (B[1] + r * B[2] + r2 * B[3] + r3 * (B[4] + r * B[5] + r2 * B[6] + r3 * (B[7] + r * B[8] + r2 * B[9] + r3 * B[10])));
    let w = r * 134217728;
    const rhi = r + w - w, rlo = r - rhi;
    w = rhi * rhi * B[0];
    const hi = r + w;
    let lo = r - hi + w;
    lo += B[0] * rlo * (rhi + r);
    y += lo;
    y += hi;
    return y;
  }
  if (!(x >= 2.2250738585072014e-308) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (x < 0) return NaN;
    x *= 2 ** 52; // subnormal: normalize, and take 52 off the exponent below
    view.setFloat64(0, x);
    view.setUint32(0, view.getUint32(0) - (52 << 20));
    x = view.getFloat64(0);
  }
  view.setFloat64(0, x);
  const hiw = view.getUint32(0), low = view.getUint32(4);
  // tmp = ix - OFF (OFF = 0x3fe6000000000000): only the high word changes
  const tmpHi = (hiw - 0x3fe60000) | 0;
  const i = (tmpHi >>> 13) & 127; // (tmp >> (52 - 7)) % 128
  const k = tmpHi >> 20; // arithmetic shift
  const z = fromWords(hiw - (tmpHi & 0xfff00000), low);
  const r = (z - chi[i] - clo[i]) * invc[i];
  const kd = k;
  const w = kd * LN2HI + logc[i];
  const hi = w + r;
  const lo = w - hi + r + kd * LN2LO;
  const r2 = r * r;
  return lo + r2 * A[0] + r * r2 * (A[1] + r * A[2] + r2 * (A[3] + r * A[4])) + hi;
}
// log2: musl's (ARM optimized-routines log2.c, no fma), over its table (libm_log2data.ts)
let LOG2T: { invc: Float64Array; logc: Float64Array; chi: Float64Array; clo: Float64Array; A: number[]; B: number[] } | null = null;
function log2Tables(): NonNullable<typeof LOG2T> {
  if (LOG2T) return LOG2T;
  const nums = (t: string): number[] => t.trim().split(/\s+/).map(hexf);
  const t1 = nums(LOG2_TAB), t2 = nums(LOG2_TAB2);
  const invc = new Float64Array(64), logc = new Float64Array(64), chi = new Float64Array(64), clo = new Float64Array(64);
  for (let i = 0; i < 64; i++) { invc[i] = t1[2 * i]; logc[i] = t1[2 * i + 1]; chi[i] = t2[2 * i]; clo[i] = t2[2 * i + 1]; }
  return (LOG2T = { invc, logc, chi, clo, A: nums(LOG2_POLY), B: nums(LOG2_POLY1) });
}
const [INVLN2HI, INVLN2LO] = LOG2_INVLN2.map(hexf);
export function log2(x: number): number {
  if (Number.isNaN(x)) return x;
  if (x === 1) return 0;
  const { invc, logc, chi, clo, A, B } = log2Tables();
  if (x >= 1.0 - hexf("0x1.5b51p-5") && x < 1.0 + hexf("0x1.6ab2p-5")) {
    const r = x - 1.0;
    const rhi = clearLow(r), rlo = r - rhi;
    const hi = rhi * INVLN2HI;
    let lo = rlo * INVLN2HI + r * INVLN2LO;
    const r2 = r * r, r4 = r2 * r2;
    const p = r2 * (B[0] + r * B[1]);
    let y = hi + p;
    lo += hi - y + p;
    lo += r4 * (B[2] + r * B[3] + r2 * (B[4] + r * B[5]) + r4 * (B[6] + r * B[7] + r2 * (B[8] + r * B[9])));
    y += lo;
    return y;
  }
  if (!(x >= 2.2250738585072014e-308) || x === Infinity) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (x < 0) return NaN;
    x *= 2 ** 52;
    view.setFloat64(0, x);
    view.setUint32(0, view.getUint32(0) - (52 << 20));
    x = view.getFloat64(0);
  }
  view.setFloat64(0, x);
  const hiw = view.getUint32(0), low = view.getUint32(4);
  const tmpHi = (hiw - 0x3fe60000) | 0;
  const i = (tmpHi >>> 14) & 63; // (tmp >> (52 - 6)) % 64
  const k = tmpHi >> 20;
  const z = fromWords(hiw - (tmpHi & 0xfff00000), low);
  const r = (z - chi[i] - clo[i]) * invc[i];
  const rhi = clearLow(r), rlo = r - rhi;
  const t1 = rhi * INVLN2HI, t2 = rlo * INVLN2HI + r * INVLN2LO;
  const t3 = k + logc[i];
  const hi = t3 + t1;
  const lo = t3 - hi + t1 + t2;
  const r2 = r * r, r4 = r2 * r2;
  const p = A[0] + r * A[1] + r2 * (A[2] + r * A[3]) + r4 * (A[4] + r * A[5]);
  return lo + r2 * p + hi;
}
// musl src/math/log10.c (FreeBSD e_log10.c): not correctly rounded, so followed step by step
const Lg = [6.666666666666735130e-01, 3.999999999940941908e-01, 2.857142874366239149e-01, 2.222219843214978396e-01,
  1.818357216161805012e-01, 1.531383769920937332e-01, 1.479819860511658591e-01];
export function log10(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return log(x);
  if (x === 1) return 0;
  let k = 0;
  if (x < 2.2250738585072014e-308) { k -= 54; x *= 2 ** 54; }
  view.setFloat64(0, x);
  let hx = view.getUint32(0);
  hx += 0x3ff00000 - 0x3fe6a09e;
  k += (hx >>> 20) - 0x3ff;
  hx = (hx & 0x000fffff) + 0x3fe6a09e;
  view.setUint32(0, hx);
  x = view.getFloat64(0);
  const f = x - 1.0, hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s, w = z * z;
  const t1 = w * (Lg[1] + w * (Lg[3] + w * Lg[5]));
  const t2 = z * (Lg[0] + w * (Lg[2] + w * (Lg[4] + w * Lg[6])));
  const R = t2 + t1;
  const hi = clearLow(f - hfsq);
  const lo = f - hi - hfsq + s * (hfsq + R);
  const ivln10hi = 4.34294481878168880939e-01, ivln10lo = 2.50829467116452752298e-11;
  const log10_2hi = 3.01029995663611771306e-01, log10_2lo = 3.69423907715893078616e-13;
  let valHi = hi * ivln10hi;
  const y = k * log10_2hi;
  let valLo = k * log10_2lo + (lo + hi) * ivln10lo + lo * ivln10hi;
  const ww = y + valHi;
  valLo += (y - ww) + valHi;
  valHi = ww;
  return valLo + valHi;
}
// musl src/math/log1p.c (FreeBSD s_log1p.c as musl restructured it; V8's differs in the last bit)
export function log1p(x: number): number {
  view.setFloat64(0, x);
  const hx = view.getUint32(0);
  let k = 1, c = 0, f = 0;
  if (hx < 0x3fda827a || hx >>> 31) {
    if (hx >= 0xbff00000) return x === -1 ? -Infinity : NaN;
    if (((hx << 1) >>> 0) < ((0x3ca00000 << 1) >>> 0)) return x;
    if (hx <= 0xbfd2bec4) { k = 0; c = 0; f = x; }
  } else if (hx >= 0x7ff00000) return x;
  if (k) {
    const u = 1 + x;
    view.setFloat64(0, u);
    let hu = view.getUint32(0);
    hu = (hu + 0x3ff00000 - 0x3fe6a09e) >>> 0;
    k = (hu >>> 20) - 0x3ff;
    if (k < 54) {
      c = k >= 2 ? 1 - (u - x) : x - (u - 1);
      c /= u;
    } else c = 0;
    hu = (hu & 0x000fffff) + 0x3fe6a09e;
    view.setFloat64(0, u);
    view.setUint32(0, hu);
    f = view.getFloat64(0) - 1;
  }
  const hfsq = 0.5 * f * f, s = f / (2.0 + f), z = s * s, w = z * z;
  const t1 = w * (Lg[1] + w * (Lg[3] + w * Lg[5]));
  const t2 = z * (Lg[0] + w * (Lg[2] + w * (Lg[4] + w * Lg[6])));
  const R = t2 + t1;
  const ln2Hi = 6.93147180369123816490e-01, ln2Lo = 1.90821492927058770002e-10;
  return s * (hfsq + R) + (k * ln2Lo + c) - hfsq + f + k * ln2Hi;
}
// pow: musl's (ARM optimized-routines pow.c, no fma): log_inline in extended precision over a
// 128-entry table, then exp_inline. The table (pow_log_data.c) follows from its definition and is
// computed here: 1/c = round(N/center)/N (or /2N above 1), logc = log(c) rounded to 2^-43, and
// logctail = log(c) - logc.
const POW_A = ["-0x1p-1", "0x1.555555555556p-2", "-0x1.0000000000006p-2", "0x1.999999959554ep-3", "-0x1.555555529a47ap-3",
  "0x1.2495b9b4845e9p-3", "-0x1.0002b8b263fc3p-3"].map(hexf).map((v, i) => v * [1, -2, -2, 4, 4, -8, -8][i]);
let POWT: { invc: Float64Array; logc: Float64Array; logctail: Float64Array } | null = null;
export function powTable(): NonNullable<typeof POWT> {
  if (POWT) return POWT;
  const invc = new Float64Array(128), logc = new Float64Array(128), logctail = new Float64Array(128);
  for (let i = 0; i < 128; i++) {
    const center = fromWords((0x3fe69555 + i * 0x2000 + 0x1000) >>> 0, 0);
    const ic = center < 1 ? Math.round(128 / center) / 128 : Math.round(256 / center) / 256;
    invc[i] = ic;
    if (ic === 1) continue;
    const L = -lnFixed(ic); // log(c), c = 1/invc
    const shift = PREC - 43n;
    const half = 1n << (shift - 1n);
    const n = L >= 0n ? (L + half) >> shift : -((-L + half) >> shift);
    logc[i] = Number(n) / 2 ** 43;
    const rest = L - (n << shift);
    logctail[i] = fixedToDouble(rest);
  }
  return (POWT = { invc, logc, logctail });
}
function powLogInline(hiw: number, low: number): [number, number] {
  const { invc, logc, logctail } = powTable();
  const tmpHi = (hiw - 0x3fe69555) | 0;
  const i = (tmpHi >>> 13) & 127;
  const k = tmpHi >> 20;
  const izHi = (hiw - (tmpHi & 0xfff00000)) >>> 0;
  const z = fromWords(izHi, low);
  const kd = k;
  // z split so that rhi, rlo and rhi*rhi are exact: (iz + 2^31) & -2^32
  const zhi = low + 0x80000000 >= 0x100000000 ? fromWords(izHi + 1, 0) : fromWords(izHi, 0);
  const zlo = z - zhi;
  const rhi = zhi * invc[i] - 1.0, rlo = zlo * invc[i];
  const r = rhi + rlo;
  const t1 = kd * LN2HI + logc[i];
  const t2 = t1 + r;
  const lo1 = kd * LN2LO + logctail[i];
  const lo2 = t1 - t2 + r;
  const A = POW_A;
  const ar = A[0] * r, ar2 = r * ar, ar3 = r * ar2;
  const arhi = A[0] * rhi, arhi2 = rhi * arhi;
  const hi = t2 + arhi2;
  const lo3 = rlo * (ar + arhi);
  const lo4 = t2 - hi + arhi2;
  const p = ar3 * (A[1] + r * A[2] + ar2 * (A[3] + r * A[4] + ar2 * (A[5] + r * A[6])));
  const lo = lo1 + lo2 + lo3 + lo4 + p;
  const y = hi + lo;
  return [y, hi - y + lo];
}
function powExpInline(x: number, xtail: number, negative: boolean): number {
  let abstop = top12(x) & 0x7ff;
  let special = false;
  if (((abstop - 0x3c9) >>> 0) >= 0x408 - 0x3c9) {
    if (((abstop - 0x3c9) >>> 0) >= 0x80000000) { const one = 1.0 + x; return negative ? -one : one; }
    if (abstop >= 0x409) return (x < 0 ? 0 : Infinity) * (negative ? -1 : 1);
    special = true;
    abstop = 0;
  }
  const z = INVLN2N * x;
  let kd = z + SHIFT;
  const kdBits = kd;
  kd -= SHIFT;
  let r = x + kd * NEGLN2HIN + kd * NEGLN2LON;
  r += xtail;
  const r2 = r * r;
  view.setFloat64(0, kdBits);
  const kiLo = view.getUint32(4);
  const t = expTable();
  const idx = kiLo & (EXP_N - 1);
  const tmp = t.tail[idx] + r + r2 * (EC[0] + r * EC[1]) + r2 * r2 * (EC[2] + r * EC[3]);
  // top = (ki + sign_bias) << 45 with SIGN_BIAS = 0x800 << 7: the sign bit of the high word
  const sHi = (t.hi[idx] + (((kiLo + (negative ? 0x40000 : 0)) << 13) >>> 0)) >>> 0, sLo = t.lo[idx];
  if (special) return powSpecial(tmp, sHi, sLo, kiLo);
  const scale = fromWords(sHi, sLo);
  return scale + scale * tmp;
}
/** pow.c specialcase: like exp's, with a signed scale */
function powSpecial(tmp: number, sHi: number, sLo: number, kiLo: number): number {
  if ((kiLo & 0x80000000) === 0) {
    const scale = fromWords(sHi - (1009 << 20), sLo);
    return 2 ** 1009 * (scale + scale * tmp);
  }
  const scale = fromWords((sHi + (1022 << 20)) >>> 0, sLo);
  let y = scale + scale * tmp;
  if (Math.abs(y) < 1.0) {
    const one = y < 0 ? -1.0 : 1.0;
    let lo = scale - y + scale * tmp;
    const hi = one + y;
    lo = one - hi + y + lo;
    y = (hi + lo) - one;
    if (y === 0) y = (sHi & 0x80000000) ? -0 : 0;
  }
  return 2 ** -1022 * y;
}
/** 0 if y is not an integer, 1 if odd, 2 if even (finite nonzero y) */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return Math.abs(y) >= 2 ** 53 || y % 2 === 0 ? 2 : 1;
}
/** pow with C99's special values (the callers raise the errors) */
export function pow(x: number, y: number): number {
  if (y === 0) return 1.0;
  if (x === 1) return 1.0;
  if (Number.isNaN(x) || Number.isNaN(y)) return x + y;
  if (!Number.isFinite(y)) {
    if (Math.abs(x) === 1) return 1.0;
    return (Math.abs(x) < 1) === (y > 0) ? 0.0 : y * y;
  }
  let negative = false;
  if (x === 0 || !Number.isFinite(x)) {
    let x2 = x * x;
    if (signbit(x) && checkint(y) === 1) x2 = -x2;
    return y < 0 ? 1 / x2 : x2;
  }
  if (x < 0) {
    const yint = checkint(y);
    if (yint === 0) return NaN;
    if (yint === 1) negative = true;
    x = -x;
  }
  const ay = Math.abs(y);
  if (ay < 2 ** -65 || ay >= 2 ** 63) {
    if (x === 1) return 1.0;
    if (ay < 2 ** -65) return x > 1 ? 1.0 + y : 1.0 - y;
    return (x > 1) === (y > 0) ? Infinity : 0;
  }
  if (x < 2.2250738585072014e-308) {
    x *= 2 ** 52;
    view.setFloat64(0, x);
    view.setUint32(0, view.getUint32(0) - (52 << 20));
    x = view.getFloat64(0);
  }
  view.setFloat64(0, x);
  const [hi, lo] = powLogInline(view.getUint32(0), view.getUint32(4));
  view.setFloat64(0, y);
  view.setUint32(4, view.getUint32(4) & 0xf8000000); // yhi = y with its low 27 bits cleared
  const yhi = view.getFloat64(0), ylo = y - yhi;
  view.setFloat64(0, hi);
  view.setUint32(4, view.getUint32(4) & 0xf8000000);
  const lhi = view.getFloat64(0), llo = hi - lhi + lo;
  const ehi = yhi * lhi, elo = ylo * lhi + y * llo;
  return powExpInline(ehi, elo, negative);
}
