// Argument reduction of huge arguments for sin and cos: musl's __rem_pio2_large (FreeBSD
// k_rem_pio2.c) for double precision, and the large-argument branch of __rem_pio2 that calls it.
// IPIO2 holds 2/pi in 24-bit chunks and PIO2 pi/2 in 24-bit pieces (data, as in the C source).
const IPIO2 = [
  0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
  0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
  0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8, 0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
  0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
  0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
  0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
];
const PIO2 = [1.57079625129699707031e+00, 7.54978941586159635335e-08, 5.39030252995776476554e-15, 3.28200341580791294123e-22,
  1.27065575308067607349e-29, 1.22933308981111328932e-36, 2.73370053816464559624e-44, 2.16741683877804819444e-51];
const TWO24 = 16777216, TWON24 = 5.96046447753906250000e-08;
const scalbn = (x: number, n: number): number => {
  // exact for the values used here (results stay normal)
  while (n > 1000) { x *= 2 ** 1000; n -= 1000; }
  while (n < -1000) { x *= 2 ** -1000; n += 1000; }
  return x * 2 ** n;
};
const int32 = (v: number): number => Math.trunc(v) | 0;

/** __rem_pio2_large(x, y, e0, nx, prec = 1): returns n mod 8 and y[0] + y[1] */
function remPio2Large(x: number[], e0: number, nx: number): [number, number, number] {
  const jk = 4, jp = jk;
  const jx = nx - 1;
  let jv = Math.trunc((e0 - 3) / 24); if (jv < 0) jv = 0;
  let q0 = e0 - 24 * (jv + 1);
  const f: number[] = [], q: number[] = [], iq: number[] = [], fq: number[] = [];
  for (let i = 0, j = jv - jx; i <= jx + jk; i++, j++) f[i] = j < 0 ? 0.0 : IPIO2[j];
  for (let i = 0; i <= jk; i++) {
    let fw = 0.0;
    for (let j = 0; j <= jx; j++) fw += x[j] * f[jx + i - j];
    q[i] = fw;
  }
  let jz = jk, n = 0, ih = 0, z = 0;
  for (;;) {
    // distill q[] into iq[] reversingly
    let i = 0, j = jz;
    for (z = q[jz]; j > 0; i++, j--) {
      const fw = int32(TWON24 * z);
      iq[i] = int32(z - TWO24 * fw);
      z = q[j - 1] + fw;
    }
    z = scalbn(z, q0);
    z -= 8.0 * Math.floor(z * 0.125);
    n = int32(z);
    z -= n;
    ih = 0;
    if (q0 > 0) {
      const t = iq[jz - 1] >> (24 - q0); n += t;
      iq[jz - 1] -= t << (24 - q0);
      ih = iq[jz - 1] >> (23 - q0);
    } else if (q0 === 0) ih = iq[jz - 1] >> 23;
    else if (z >= 0.5) ih = 2;
    if (ih > 0) {
      n += 1;
      let carry = 0;
      for (let k = 0; k < jz; k++) {
        const v = iq[k];
        if (carry === 0) {
          if (v !== 0) { carry = 1; iq[k] = 0x1000000 - v; }
        } else iq[k] = 0xffffff - v;
      }
      if (q0 === 1) iq[jz - 1] &= 0x7fffff;
      else if (q0 === 2) iq[jz - 1] &= 0x3fffff;
      if (ih === 2) {
        z = 1.0 - z;
        if (carry !== 0) z -= scalbn(1.0, q0);
      }
    }
    // recompute with more terms when the fraction cancelled
    if (z === 0.0) {
      let acc = 0;
      for (let k = jz - 1; k >= jk; k--) acc |= iq[k];
      if (acc === 0) {
        let k = 1;
        while (iq[jk - k] === 0) k++;
        for (let m = jz + 1; m <= jz + k; m++) {
          f[jx + m] = IPIO2[jv + m];
          let fw = 0.0;
          for (let jj = 0; jj <= jx; jj++) fw += x[jj] * f[jx + m - jj];
          q[m] = fw;
        }
        jz += k;
        continue;
      }
    }
    break;
  }
  if (z === 0.0) {
    jz -= 1; q0 -= 24;
    while (iq[jz] === 0) { jz--; q0 -= 24; }
  } else {
    z = scalbn(z, -q0);
    if (z >= TWO24) {
      const fw = int32(TWON24 * z);
      iq[jz] = int32(z - TWO24 * fw);
      jz += 1; q0 += 24;
      iq[jz] = fw;
    } else iq[jz] = int32(z);
  }
  let fw = scalbn(1.0, q0);
  for (let i = jz; i >= 0; i--) { q[i] = fw * iq[i]; fw *= TWON24; }
  for (let i = jz; i >= 0; i--) {
    let s = 0.0;
    for (let k = 0; k <= jp && k <= jz - i; k++) s += PIO2[k] * q[i + k];
    fq[jz - i] = s;
  }
  let s = 0.0;
  for (let i = jz; i >= 0; i--) s += fq[i];
  const y0 = ih === 0 ? s : -s;
  s = fq[0] - s;
  for (let i = 1; i <= jz; i++) s += fq[i];
  const y1 = ih === 0 ? s : -s;
  return [n & 7, y0, y1];
}

/** The large-argument branch of musl's __rem_pio2 (|x| >= 2**20 * pi/2, finite): [n, y0, y1] */
export function remPio2Huge(x: number): [number, number, number] {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const hx = view.getInt32(0), ix = hx & 0x7fffffff, low = view.getUint32(4);
  const e0 = (ix >> 20) - 1046;
  view.setUint32(0, (ix - (e0 << 20)) >>> 0);
  view.setUint32(4, low);
  let z = view.getFloat64(0);
  const tx: number[] = [];
  for (let i = 0; i < 2; i++) { tx[i] = int32(z); z = (z - tx[i]) * TWO24; }
  tx[2] = z;
  let nx = 3;
  while (tx[nx - 1] === 0.0) nx--;
  const [n, y0, y1] = remPio2Large(tx, e0, nx);
  return hx < 0 ? [-n, -y0, -y1] : [n, y0, y1];
}
