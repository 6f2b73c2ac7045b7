// The _sha2 module (CPython: Modules/sha2module.c): sha224, sha256, sha384 and sha512 objects with
// update/digest/hexdigest/copy and name/digest_size/block_size. The compression functions follow
// FIPS 180-4; random.seed(str) hashes its seed with sha512.
import { builtinType, None, PyObject, type PyType, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { pyError, TypeError } from "../../objects/exceptions.js";
import { defGetter, defMethod, typeName } from "../../objects/abstract.js";
import { bufferOf, PyBytesObject } from "../../objects/bytes.js";
import { kwArgs } from "../../objects/args.js";

const K256 = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
  0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
  0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
  0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
  0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
  0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
const K512 = [
  "428a2f98d728ae22", "7137449123ef65cd", "b5c0fbcfec4d3b2f", "e9b5dba58189dbbc", "3956c25bf348b538", "59f111f1b605d019",
  "923f82a4af194f9b", "ab1c5ed5da6d8118", "d807aa98a3030242", "12835b0145706fbe", "243185be4ee4b28c", "550c7dc3d5ffb4e2",
  "72be5d74f27b896f", "80deb1fe3b1696b1", "9bdc06a725c71235", "c19bf174cf692694", "e49b69c19ef14ad2", "efbe4786384f25e3",
  "0fc19dc68b8cd5b5", "240ca1cc77ac9c65", "2de92c6f592b0275", "4a7484aa6ea6e483", "5cb0a9dcbd41fbd4", "76f988da831153b5",
  "983e5152ee66dfab", "a831c66d2db43210", "b00327c898fb213f", "bf597fc7beef0ee4", "c6e00bf33da88fc2", "d5a79147930aa725",
  "06ca6351e003826f", "142929670a0e6e70", "27b70a8546d22ffc", "2e1b21385c26c926", "4d2c6dfc5ac42aed", "53380d139d95b3df",
  "650a73548baf63de", "766a0abb3c77b2a8", "81c2c92e47edaee6", "92722c851482353b", "a2bfe8a14cf10364", "a81a664bbc423001",
  "c24b8b70d0f89791", "c76c51a30654be30", "d192e819d6ef5218", "d69906245565a910", "f40e35855771202a", "106aa07032bbd1b8",
  "19a4c116b8d2d0c8", "1e376c085141ab53", "2748774cdf8eeb99", "34b0bcb5e19b48a8", "391c0cb3c5c95a63", "4ed8aa4ae3418acb",
  "5b9cca4f7763e373", "682e6ff3d6b2b8a3", "748f82ee5defb2fc", "78a5636f43172f60", "84c87814a1f0ab72", "8cc702081a6439ec",
  "90befffa23631e28", "a4506cebde82bde9", "bef9a3f7b2c67915", "c67178f2e372532b", "ca273eceea26619c", "d186b8c721c0c207",
  "eada7dd6cde0eb1e", "f57d4f7fee6ed178", "06f067aa72176fba", "0a637dc5a2c898a6", "113f9804bef90dae", "1b710b35131c471b",
  "28db77f523047d84", "32caab7b40c72493", "3c9ebe0a15c9bebc", "431d67c49c100d4c", "4cc5d4becb3e42b6", "597f299cfc657e2a",
  "5fcb6fab3ad6faec", "6c44198c4a475817"].map((h) => BigInt("0x" + h));
const IV: Record<string, string[]> = {
  sha224: ["c1059ed8", "367cd507", "3070dd17", "f70e5939", "ffc00b31", "68581511", "64f98fa7", "befa4fa4"],
  sha256: ["6a09e667", "bb67ae85", "3c6ef372", "a54ff53a", "510e527f", "9b05688c", "1f83d9ab", "5be0cd19"],
  sha384: ["cbbb9d5dc1059ed8", "629a292a367cd507", "9159015a3070dd17", "152fecd8f70e5939", "67332667ffc00b31",
    "8eb44a8768581511", "db0c2e0d64f98fa7", "47b5481dbefa4fa4"],
  sha512: ["6a09e667f3bcc908", "bb67ae8584caa73b", "3c6ef372fe94f82b", "a54ff53a5f1d36f1", "510e527fade682d1",
    "9b05688c2b3e6c1f", "1f83d9abfb41bd6b", "5be0cd19137e2179"],
};
const DIGEST_SIZE: Record<string, number> = { sha224: 28, sha256: 32, sha384: 48, sha512: 64 };

const rotr32 = (x: number, n: number): number => (x >>> n) | (x << (32 - n));
function compress256(h: Uint32Array, block: Uint8Array): void {
  const w = new Uint32Array(64);
  for (let i = 0; i < 16; i++) w[i] = (block[4 * i] << 24) | (block[4 * i + 1] << 16) | (block[4 * i + 2] << 8) | block[4 * i + 3];
  for (let i = 16; i < 64; i++) {
    const s0 = rotr32(w[i - 15], 7) ^ rotr32(w[i - 15], 18) ^ (w[i - 15] >>> 3);
    const s1 = rotr32(w[i - 2], 17) ^ rotr32(w[i - 2], 19) ^ (w[i - 2] >>> 10);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
  }
  let [a, b, c, d, e, f, g, hh] = h;
  for (let i = 0; i < 64; i++) {
    const t1 = (hh + (rotr32(e, 6) ^ rotr32(e, 11) ^ rotr32(e, 25)) + ((e & f) ^ (~e & g)) + K256[i] + w[i]) | 0;
    const t2 = ((rotr32(a, 2) ^ rotr32(a, 13) ^ rotr32(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    hh = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
  }
  h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += hh;
}
const M64 = (1n << 64n) - 1n;
const rotr64 = (x: bigint, n: bigint): bigint => ((x >> n) | (x << (64n - n))) & M64;
function compress512(h: bigint[], block: Uint8Array): void {
  const w: bigint[] = new Array(80);
  const dv = new DataView(block.buffer, block.byteOffset, 128);
  for (let i = 0; i < 16; i++) w[i] = dv.getBigUint64(8 * i);
  for (let i = 16; i < 80; i++) {
    const s0 = rotr64(w[i - 15], 1n) ^ rotr64(w[i - 15], 8n) ^ (w[i - 15] >> 7n);
    const s1 = rotr64(w[i - 2], 19n) ^ rotr64(w[i - 2], 61n) ^ (w[i - 2] >> 6n);
    w[i] = (w[i - 16] + s0 + w[i - 7] + s1) & M64;
  }
  let [a, b, c, d, e, f, g, hh] = h;
  for (let i = 0; i < 80; i++) {
    const t1 = (hh + (rotr64(e, 14n) ^ rotr64(e, 18n) ^ rotr64(e, 41n)) + ((e & f) ^ (~e & M64 & g)) + K512[i] + w[i]) & M64;
    const t2 = ((rotr64(a, 28n) ^ rotr64(a, 34n) ^ rotr64(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & M64;
    hh = g; g = f; f = e; e = (d + t1) & M64; d = c; c = b; b = a; a = (t1 + t2) & M64;
  }
  const v = [a, b, c, d, e, f, g, hh];
  for (let i = 0; i < 8; i++) h[i] = (h[i] + v[i]) & M64;
}

/** A running SHA-2 computation. */
class Sha2State {
  h32 = new Uint32Array(8);
  h64: bigint[] = [];
  buf: Uint8Array;
  used = 0;
  length = 0n;
  constructor(readonly name: string) {
    const wide = name === "sha384" || name === "sha512";
    this.buf = new Uint8Array(wide ? 128 : 64);
    if (wide) this.h64 = IV[name].map((x) => BigInt("0x" + x));
    else IV[name].forEach((x, i) => { this.h32[i] = parseInt(x, 16); });
  }
  get blockSize(): number { return this.buf.length; }
  private block(b: Uint8Array): void {
    if (this.buf.length === 128) compress512(this.h64, b); else compress256(this.h32, b);
  }
  update(data: Uint8Array): void {
    this.length += BigInt(data.length);
    let i = 0;
    const bs = this.buf.length;
    while (i < data.length) {
      const n = Math.min(bs - this.used, data.length - i);
      this.buf.set(data.subarray(i, i + n), this.used);
      this.used += n;
      i += n;
      if (this.used === bs) { this.block(this.buf); this.used = 0; }
    }
  }
  copy(): Sha2State {
    const c = new Sha2State(this.name);
    c.h32.set(this.h32);
    c.h64 = this.h64.slice();
    c.buf.set(this.buf);
    c.used = this.used;
    c.length = this.length;
    return c;
  }
  digest(): Uint8Array {
    const c = this.copy();
    const bs = c.buf.length, lenBytes = bs / 8;
    const bits = c.length * 8n;
    const pad = new Uint8Array(((c.used + 1 + lenBytes + bs - 1) / bs | 0) * bs - c.used);
    pad[0] = 0x80;
    for (let i = 0; i < 8; i++) pad[pad.length - 1 - i] = Number((bits >> BigInt(8 * i)) & 0xffn);
    c.update(pad);
    const out = new Uint8Array(DIGEST_SIZE[this.name]);
    if (bs === 128) {
      const dv = new DataView(new ArrayBuffer(64));
      c.h64.forEach((x, i) => dv.setBigUint64(8 * i, x));
      out.set(new Uint8Array(dv.buffer).subarray(0, out.length));
    } else {
      const dv = new DataView(new ArrayBuffer(32));
      c.h32.forEach((x, i) => dv.setUint32(4 * i, x));
      out.set(new Uint8Array(dv.buffer).subarray(0, out.length));
    }
    return out;
  }
}

class PySha2 extends PyObject {
  constructor(type: PyType, readonly state: Sha2State) {
    super(type);
  }
}

/** The bytes of an argument to update() (CPython: GET_BUFFER_VIEW_OR_ERROUT) */
function dataArg(v: PyValue): Uint8Array {
  if (typeof v === "string") throw pyError(TypeError, "Strings must be encoded before hashing");
  const b = bufferOf(v);
  if (b === null) throw pyError(TypeError, "object supporting the buffer API required");
  return b;
}

/** A standalone sha-2 digest (for other native modules). */
export function sha2Digest(name: "sha224" | "sha256" | "sha384" | "sha512", data: Uint8Array): Uint8Array {
  const s = new Sha2State(name);
  s.update(data);
  return s.digest();
}

const TYPES = new Map<string, PyType>();
function sha2Type(typeName_: string): PyType {
  const t = builtinType(typeName_, undefined, { baseType: false, module: "_sha2" });
  defMethod(t, "update", (self: PySha2, args) => {
    if (args.length !== 1) throw pyError(TypeError, `update() takes exactly one argument (${args.length} given)`);
    self.state.update(dataArg(args[0]));
    return None;
  });
  defMethod(t, "digest", (self: PySha2) => new PyBytesObject(self.state.digest()));
  defMethod(t, "hexdigest", (self: PySha2) => [...self.state.digest()].map((x) => x.toString(16).padStart(2, "0")).join(""));
  defMethod(t, "copy", (self: PySha2) => new PySha2(self.type, self.state.copy()));
  defGetter(t, "name", (self: PySha2) => self.state.name);
  defGetter(t, "digest_size", (self: PySha2) => DIGEST_SIZE[self.state.name]);
  defGetter(t, "block_size", (self: PySha2) => self.state.blockSize);
  return t;
}

export function makeSha2(): PyModule {
  const m = new PyModule("_sha2");
  for (const [fn, tn] of [["sha224", "SHA224Type"], ["sha256", "SHA256Type"], ["sha384", "SHA384Type"], ["sha512", "SHA512Type"]]) {
    let t = TYPES.get(tn);
    if (!t) TYPES.set(tn, (t = sha2Type(tn)));
    const type = t;
    m.dict.set(tn, type);
    // sha512(data=b'', *, usedforsecurity=True, string=None) (CPython: _sha2_sha512_impl)
    m.dict.set(fn, new PyBuiltin(fn, (args, kwnames) => {
      const [data, , str] = kwArgs(fn, args, kwnames, ["data", "usedforsecurity", "string"], 0, 0, 1);
      if (data !== undefined && str !== undefined && str !== None) {
        throw pyError(TypeError, "'data' and 'string' are mutually exclusive and support for 'string' keyword parameter is slated for removal in a future version.");
      }
      const s = new Sha2State(fn);
      const init = data ?? (str === None ? undefined : str);
      if (init !== undefined) s.update(dataArg(init));
      return new PySha2(type, s);
    }, m));
  }
  void typeName;
  return m;
}
