// The _random module (CPython: Modules/_randommodule.c): the Mersenne Twister behind random.Random,
// with CPython's seeding (init_by_array over the 32-bit words of abs(seed)), random(),
// getrandbits(), getstate()/setstate() and the Random type that random.Random subclasses.
import { builtinType, None, PyObject, type PyType, type PyValue } from "../../objects/object.js";
import { PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError, OverflowError } from "../../objects/exceptions.js";
import { callMethod, defMethod, hash, INSTANCE_FACTORIES, TYPE_CONSTRUCTORS } from "../../objects/abstract.js";
import { PyDict, PyTuple, tuple } from "../../objects/containers.js";
import { float, normBig } from "../../objects/numbers.js";
import { intValue, toIndexInt } from "../../objects/int.js";
import { hostFn, type Host } from "../builtins.js";

const N = 624, M = 397;

/** The generator's state (CPython: RandomObject). */
export class PyRandom extends PyObject {
  mt = new Uint32Array(N);
  index = 0;
  constructor(type: PyType) {
    super(type);
    if (type.heap) this.dict = new PyDict();
  }
  // CPython: init_genrand
  initGenrand(s: number): void {
    const mt = this.mt;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = N;
  }
  // CPython: init_by_array
  initByArray(key: Uint32Array): void {
    const mt = this.mt;
    this.initGenrand(19650218);
    let i = 1, j = 0;
    for (let k = Math.max(N, key.length); k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1664525)) + key[j] + j) >>> 0;
      i++; j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k; k--) {
      const prev = mt[i - 1] ^ (mt[i - 1] >>> 30);
      mt[i] = ((mt[i] ^ Math.imul(prev, 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }
  // CPython: genrand_uint32
  next32(): number {
    const mt = this.mt;
    if (this.index >= N) {
      let kk = 0, y: number;
      for (; kk < N - M; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      for (; kk < N - 1; kk++) {
        y = (mt[kk] & 0x80000000) | (mt[kk + 1] & 0x7fffffff);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      y = (mt[N - 1] & 0x80000000) | (mt[0] & 0x7fffffff);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }
  /** random(): 53 random bits in [0, 1) (CPython: _random_Random_random_impl) */
  random(): number {
    const a = this.next32() >>> 5, b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }
  getrandbits(k: number): PyValue {
    if (k <= 32) return this.next32() >>> (32 - k);
    let r = 0n, shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let w = this.next32();
      if (left < 32) w >>>= 32 - left;
      r |= BigInt(w) << shift;
      shift += 32n;
    }
    return normBig(r);
  }
}

export const RandomType = builtinType("Random", undefined, { module: "_random" });
INSTANCE_FACTORIES.set(RandomType, (t) => new PyRandom(t));
TYPE_CONSTRUCTORS.set(RandomType, (args, kwnames) => {
  const r = new PyRandom(RandomType);
  callMethod(RandomType.ns.get("__init__")!, r, args, kwnames);
  return r;
});

/** random_seed: None -> the host's random bytes; an int -> abs(n); anything else -> its hash. */
function seed(self: PyRandom, arg: PyValue | undefined, host: Host): void {
  if (arg === undefined || arg === None) {
    const bytes = hostFn(host, "randomBytes")(N * 4);
    const key = new Uint32Array(N);
    for (let i = 0; i < N; i++) key[i] = bytes[4 * i] | (bytes[4 * i + 1] << 8) | (bytes[4 * i + 2] << 16) | (bytes[4 * i + 3] << 24);
    self.initByArray(key);
    return;
  }
  let n: bigint;
  const iv = intValue(arg);
  if (iv !== null) n = BigInt(iv);
  else {
    const h = BigInt(hash(arg));
    n = h < 0n ? h + (1n << 64n) : h; // (size_t)hash
  }
  if (n < 0n) n = -n;
  const words: number[] = [];
  do { words.push(Number(n & 0xffffffffn)); n >>= 32n; } while (n > 0n);
  self.initByArray(Uint32Array.from(words));
}

let installedFor: Host | null = null;
function installMethods(host: Host): void {
  if (installedFor === host) return;
  installedFor = host;
  const t = RandomType;
  // random_init (tp_init; tp_new is PyType_GenericNew: a zeroed state until seeded)
  defMethod(t, "__init__", (self: PyRandom, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    if (nkw && (self.type === RandomType || self.type.lookup("__init__") === RandomType.ns.get("__init__"))) {
      throw pyError(TypeError, "Random() takes no keyword arguments");
    }
    if (args.length - nkw > 1) throw pyError(TypeError, "Random() requires 0 or 1 argument");
    seed(self, args.length - nkw === 1 ? args[0] : undefined, host);
    return None;
  });
  defMethod(t, "seed", (self: PyRandom, args, kwnames) => {
    if (kwnames && kwnames.length) throw pyError(TypeError, "Random.seed() takes no keyword arguments");
    if (args.length > 1) throw pyError(TypeError, `seed expected at most 1 argument, got ${args.length}`);
    seed(self, args[0], host);
    return None;
  });
  defMethod(t, "random", (self: PyRandom, args) => {
    if (args.length) throw pyError(TypeError, `Random.random() takes no arguments (${args.length} given)`);
    return float(self.random());
  });
  defMethod(t, "getrandbits", (self: PyRandom, args) => {
    if (args.length !== 1) throw pyError(TypeError, `Random.getrandbits() takes exactly one argument (${args.length} given)`);
    const k = toIndexInt(args[0]);
    if (k < 0) throw pyError(ValueError, "Cannot convert negative int"); // the clinic uint64 converter
    if (k > 2147483647) throw pyError(OverflowError, "Python int too large to convert to C int");
    if (k === 0 || k === 0n) return 0;
    return self.getrandbits(Number(k));
  });
  defMethod(t, "getstate", (self: PyRandom) => tuple([...Array.from(self.mt), self.index]));
  defMethod(t, "setstate", (self: PyRandom, args) => {
    if (args.length !== 1) throw pyError(TypeError, `Random.setstate() takes exactly one argument (${args.length} given)`);
    const state = args[0];
    if (!(state instanceof PyTuple)) throw pyError(TypeError, "state vector must be a tuple");
    if (state.items.length !== N + 1) throw pyError(ValueError, "state vector is the wrong size");
    const mt = new Uint32Array(N);
    for (let i = 0; i < N; i++) mt[i] = Number(unsignedLong(state.items[i]));
    const index = unsignedLong(state.items[N], true);
    if (index < 0n || index > BigInt(N)) throw pyError(ValueError, "invalid state");
    self.mt = mt;
    self.index = Number(index);
    return None;
  });
}

/** PyLong_AsUnsignedLong (the state's words; CPython stores them as C unsigned longs) */
function unsignedLong(v: PyValue, signed = false): bigint {
  const iv = intValue(v);
  if (iv === null) throw pyError(TypeError, "an integer is required");
  const b = BigInt(iv);
  if (signed) return b;
  if (b < 0n) throw pyError(OverflowError, "can't convert negative value to unsigned int");
  if (b > 0xffffffffffffffffn) throw pyError(OverflowError, "Python int too large to convert to C unsigned long");
  return b & 0xffffffffn;
}

export function makeRandom(host: Host): PyModule {
  installMethods(host);
  const m = new PyModule("_random");
  m.dict.set("Random", RandomType);
  return m;
}
