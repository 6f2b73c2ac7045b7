// Bit-level helpers shared by libm.ts and libm_exp.ts: the words of a double, hex-float constants,
// and fixed-point (2**-192) values rounded to doubles.
import { ONE, ratioToDouble } from "../../objects/numbers.js";

export const view = new DataView(new ArrayBuffer(8));
/** The high 32 bits of a double (GET_HIGH_WORD). */
export function highWord(x: number): number {
  view.setFloat64(0, x);
  return view.getInt32(0);
}
/** x with its low 32 bits cleared (SET_LOW_WORD(z, 0)). */
export function clearLow(x: number): number {
  view.setFloat64(0, x);
  view.setUint32(4, 0);
  return view.getFloat64(0);
}
/** The double with these two 32-bit words (INSERT_WORDS). */
export function fromWords(hiw: number, low: number): number {
  view.setUint32(0, hiw >>> 0);
  view.setUint32(4, low >>> 0);
  return view.getFloat64(0);
}
/** Sign and exponent bits (top12). */
export const top12 = (x: number): number => { view.setFloat64(0, x); return view.getUint32(0) >>> 20; };
/** A C99 hex-float literal ("0x1.62e42fefa39efp-1"). */
export const hexf = (s: string): number => {
  const m = /^(-)?0x([01])(?:\.([0-9a-f]*))?p([+-]?\d+)$/.exec(s)!;
  const frac = m[3] ?? "";
  return (m[1] ? -1 : 1) * (parseInt(m[2] + frac, 16) / 16 ** frac.length) * 2 ** parseInt(m[4]);
};
/** A fixed-point number (scale 2**PREC) rounded to the nearest double. */
export function fixedToDouble(t: bigint): number {
  return t < 0n ? -ratioToDouble(-t, ONE) : ratioToDouble(t, ONE);
}
export const signbit = (x: number): boolean => x < 0 || Object.is(x, -0);
