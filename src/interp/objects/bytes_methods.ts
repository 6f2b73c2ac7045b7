// The methods bytes and bytearray share (CPython: Objects/bytes_methods.c, Objects/stringlib/*,
// Objects/clinic/bytesobject.c.h and bytearrayobject.c.h for the argument checks). Every method
// returns an object of its receiver's kind: bytes for bytes, bytearray for bytearray.
import { None, type PyType, type PyValue } from "./object.js";
import { defMethod, iter, len as lenOf, next, PyClassMethod, PyStaticMethod, toIndex, truthy, typeName } from "./abstract.js";
import { PyBaseException, pyError, TypeError, ValueError } from "./exceptions.js";
import { PyList, PyTuple, tuple, PyDict } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import { adjustIndices, checkSize, joinItems, kwArgs, PY_SSIZE_T_MAX, sliceIndex, ssizeArg } from "./args.js";
import {
  bufferArg, bufferOf, ByteArrayType, BytesType, byteValue, indexOfBytes, lastIndexOfBytes, PyByteArray, PyBytesObject,
  sameKind, type PyBytesLike,
} from "./bytes.js";

export const isSpaceB = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** Define the methods (called by bytes.ts once its types exist: the modules import each other). */
export function installBytesMethods(): void {
  const TYPES: PyType[] = [BytesType, ByteArrayType];
  const kindName = (self: PyValue): string => (self instanceof PyByteArray ? "bytearray" : "bytes");

  function def(name: string, fn: (self: PyBytesLike, b: Uint8Array, args: PyValue[], kwnames: readonly string[] | null) => PyValue): void {
    for (const t of TYPES) defMethod(t, name, (self: PyBytesLike, args, kw) => fn(self, self.bytes, args, kw));
  }

  // ---- argument checks --------------------------------------------------------------------------------

  function noArgs(self: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null): void {
    if (kwnames && kwnames.length) throw pyError(TypeError, `${kindName(self)}.${name}() takes no keyword arguments`);
    if (args.length) throw pyError(TypeError, `${kindName(self)}.${name}() takes no arguments (${args.length} given)`);
  }
  function posArgs(name: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
    if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
    const n = args.length;
    const plural = (k: number): string => (k === 1 ? "" : "s");
    if (n < min) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${plural(min)}, got ${n}`);
    if (n > max) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${plural(max)}, got ${n}`);
  }
  function oneArg(self: PyValue, name: string, args: PyValue[], kwnames: readonly string[] | null): PyValue {
    if (kwnames && kwnames.length) throw pyError(TypeError, `${kindName(self)}.${name}() takes no keyword arguments`);
    if (args.length !== 1) throw pyError(TypeError, `${kindName(self)}.${name}() takes exactly one argument (${args.length} given)`);
    return args[0];
  }

  const isIndexLike = (v: PyValue): boolean => typeof v === "number" || typeof v === "bigint" || typeof v === "boolean";

  /** parse_args_finds_byte: (sub, start, end) where sub is a bytes-like object or a byte value. */
  function findArgs(name: string, args: PyValue[], kwnames: readonly string[] | null): [Uint8Array, number, number] {
    posArgs(name, args, kwnames, 1, 3);
    const s = args[0];
    let sub: Uint8Array;
    const buf = bufferOf(s);
    if (buf !== null) sub = buf;
    else if (isIndexLike(s) || (typeof s === "object" && s.type.heap && s.type.lookup("__index__") !== undefined)) {
      sub = Uint8Array.of(byteValue(s));
    } else throw pyError(TypeError, `argument should be integer or bytes-like object, not '${typeName(s)}'`);
    return [sub, sliceIndex(args[1], 0), sliceIndex(args[2], PY_SSIZE_T_MAX)];
  }

  function find(b: Uint8Array, sub: Uint8Array, start: number, end: number, forward: boolean): number {
    [start, end] = adjustIndices(start, end, b.length);
    if (end - start < sub.length) return -1;
    return forward ? indexOfBytes(b, sub, start, end) : lastIndexOfBytes(b, sub, start, end);
  }

  def("find", (_s, b, args, kw) => find(b, ...findArgs("find", args, kw), true));
  def("rfind", (_s, b, args, kw) => find(b, ...findArgs("rfind", args, kw), false));
  def("index", (_s, b, args, kw) => {
    const r = find(b, ...findArgs("index", args, kw), true);
    if (r < 0) throw pyError(ValueError, "subsection not found");
    return r;
  });
  def("rindex", (_s, b, args, kw) => {
    const r = find(b, ...findArgs("rindex", args, kw), false);
    if (r < 0) throw pyError(ValueError, "subsection not found");
    return r;
  });
  def("count", (_s, b, args, kw) => {
    let [sub, start, end] = findArgs("count", args, kw);
    [start, end] = adjustIndices(start, end, b.length);
    if (end - start < sub.length) return 0;
    if (sub.length === 0) return end - start + 1;
    let n = 0;
    for (let i = indexOfBytes(b, sub, start, end); i >= 0; i = indexOfBytes(b, sub, i + sub.length, end)) n++;
    return n;
  });

  function tailMatch(b: Uint8Array, sub: Uint8Array, start: number, end: number, atEnd: boolean): boolean {
    [start, end] = adjustIndices(start, end, b.length);
    if (end - start < sub.length || start > b.length) return false;
    const at = atEnd ? end - sub.length : start;
    for (let j = 0; j < sub.length; j++) if (b[at + j] !== sub[j]) return false;
    return true;
  }
  for (const name of ["startswith", "endswith"] as const) {
    def(name, (_s, b, args, kw) => {
      posArgs(name, args, kw, 1, 3);
      const start = sliceIndex(args[1], 0), end = sliceIndex(args[2], PY_SSIZE_T_MAX);
      const p = args[0];
      if (p instanceof PyTuple) {
        for (const x of p.items) if (tailMatch(b, bufferArg(x), start, end, name === "endswith")) return true;
        return false;
      }
      const sub = bufferOf(p);
      if (sub === null) throw pyError(TypeError, `${name} first arg must be bytes or a tuple of bytes, not ${typeName(p)}`);
      return tailMatch(b, sub, start, end, name === "endswith");
    });
  }

  // ---- case and predicates (ASCII only) -----------------------------------------------------------------

  const isUpperB = (c: number): boolean => c >= 0x41 && c <= 0x5a;
  const isLowerB = (c: number): boolean => c >= 0x61 && c <= 0x7a;
  const isAlphaB = (c: number): boolean => isUpperB(c) || isLowerB(c);
  const isDigitB = (c: number): boolean => c >= 0x30 && c <= 0x39;
  const toUpperB = (c: number): number => (isLowerB(c) ? c - 32 : c);
  const toLowerB = (c: number): number => (isUpperB(c) ? c + 32 : c);

  function mapCase(name: string, f: (b: Uint8Array) => Uint8Array): void {
    def(name, (self, b, args, kw) => { noArgs(self, name, args, kw); return sameKind(self, f(b)); });
  }
  mapCase("lower", (b) => b.map(toLowerB));
  mapCase("upper", (b) => b.map(toUpperB));
  mapCase("swapcase", (b) => b.map((c) => (isUpperB(c) ? c + 32 : isLowerB(c) ? c - 32 : c)));
  mapCase("capitalize", (b) => b.map((c, i) => (i === 0 ? toUpperB(c) : toLowerB(c))));
  mapCase("title", (b) => {
    let prevCased = false;
    return b.map((c) => {
      const r = prevCased ? toLowerB(c) : toUpperB(c);
      prevCased = isAlphaB(c);
      return r;
    });
  });

  function predicate(name: string, test: (b: Uint8Array) => boolean): void {
    def(name, (self, b, args, kw) => { noArgs(self, name, args, kw); return test(b); });
  }
  predicate("isalpha", (b) => b.length > 0 && b.every(isAlphaB));
  predicate("isdigit", (b) => b.length > 0 && b.every(isDigitB));
  predicate("isalnum", (b) => b.length > 0 && b.every((c) => isAlphaB(c) || isDigitB(c)));
  predicate("isspace", (b) => b.length > 0 && b.every(isSpaceB));
  predicate("isascii", (b) => b.every((c) => c < 0x80));
  predicate("islower", (b) => b.some(isLowerB) && !b.some(isUpperB));
  predicate("isupper", (b) => b.some(isUpperB) && !b.some(isLowerB));
  predicate("istitle", (b) => {
    let cased = false, prevCased = false;
    for (const c of b) {
      if (isUpperB(c)) {
        if (prevCased) return false;
        prevCased = cased = true;
      } else if (isLowerB(c)) {
        if (!prevCased) return false;
        prevCased = cased = true;
      } else prevCased = false;
    }
    return cased;
  });

  // ---- split, partition, join -------------------------------------------------------------------------

  function sepArg(v: PyValue | undefined): Uint8Array | null {
    if (v === undefined || v === None) return null;
    const sep = bufferArg(v);
    if (sep.length === 0) throw pyError(ValueError, "empty separator");
    return sep;
  }

  function splitWhitespace(b: Uint8Array, maxcount: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let i = 0;
    const n = b.length;
    while (maxcount-- > 0) {
      while (i < n && isSpaceB(b[i])) i++;
      if (i === n) return out;
      const j = i;
      while (i < n && !isSpaceB(b[i])) i++;
      out.push(b.slice(j, i));
    }
    while (i < n && isSpaceB(b[i])) i++;
    if (i < n) out.push(b.slice(i));
    return out;
  }
  function rsplitWhitespace(b: Uint8Array, maxcount: number): Uint8Array[] {
    const out: Uint8Array[] = [];
    let i = b.length - 1;
    while (maxcount-- > 0) {
      while (i >= 0 && isSpaceB(b[i])) i--;
      if (i < 0) return out.reverse();
      const j = i;
      while (i >= 0 && !isSpaceB(b[i])) i--;
      out.push(b.slice(i + 1, j + 1));
    }
    while (i >= 0 && isSpaceB(b[i])) i--;
    if (i >= 0) out.push(b.slice(0, i + 1));
    return out.reverse();
  }

  for (const name of ["split", "rsplit"] as const) {
    def(name, (self, b, args, kw) => {
      const [s, m] = kwArgs(name, args, kw, ["sep", "maxsplit"], 0, 0, 2);
      const sep = sepArg(s);
      let maxcount = m === undefined ? -1 : ssizeArg(m);
      if (maxcount < 0) maxcount = PY_SSIZE_T_MAX;
      let parts: Uint8Array[];
      if (sep === null) parts = name === "split" ? splitWhitespace(b, maxcount) : rsplitWhitespace(b, maxcount);
      else if (name === "split") {
        parts = [];
        let i = 0;
        while (maxcount-- > 0) {
          const j = indexOfBytes(b, sep, i, b.length);
          if (j < 0) break;
          parts.push(b.slice(i, j));
          i = j + sep.length;
        }
        parts.push(b.slice(i));
      } else {
        parts = [];
        let j = b.length;
        while (maxcount-- > 0) {
          const i = lastIndexOfBytes(b, sep, 0, j);
          if (i < 0) break;
          parts.push(b.slice(i + sep.length, j));
          j = i;
        }
        parts.push(b.slice(0, j));
        parts.reverse();
      }
      return new PyList(parts.map((p) => sameKind(self, p)));
    });
  }

  def("splitlines", (self, b, args, kw) => {
    const [k] = kwArgs("splitlines", args, kw, ["keepends"], 0, 0, 1);
    const keep = k !== undefined && truthy(k);
    const out: PyValue[] = [];
    let i = 0;
    const n = b.length;
    while (i < n) {
      let j = i;
      while (j < n && b[j] !== 0x0a && b[j] !== 0x0d) j++;
      let eol = j;
      if (j < n) {
        eol = b[j] === 0x0d && j + 1 < n && b[j + 1] === 0x0a ? j + 2 : j + 1;
      }
      out.push(sameKind(self, b.slice(i, keep ? eol : j)));
      i = eol;
    }
    return new PyList(out);
  });

  for (const name of ["partition", "rpartition"] as const) {
    def(name, (self, b, args, kw) => {
      const sep = sepArg(oneArg(self, name, args, kw))!;
      const i = name === "partition" ? indexOfBytes(b, sep, 0, b.length) : lastIndexOfBytes(b, sep, 0, b.length);
      const empty = () => sameKind(self, new Uint8Array(0));
      if (i < 0) return name === "partition" ? tuple([sameKind(self, b.slice()), empty(), empty()]) : tuple([empty(), empty(), sameKind(self, b.slice())]);
      return tuple([sameKind(self, b.slice(0, i)), sameKind(self, sep.slice()), sameKind(self, b.slice(i + sep.length))]);
    });
  }

  def("join", (self, b, args, kw) => {
    const iterable = oneArg(self, "join", args, kw);
    const items = joinItems(iterable);
    const parts: Uint8Array[] = [];
    let size = 0;
    items.forEach((x, i) => {
      const p = bufferOf(x);
      if (p === null) throw pyError(TypeError, `sequence item ${i}: expected a bytes-like object, ${typeName(x)} found`);
      parts.push(p);
      size += p.length + (i ? b.length : 0);
    });
    checkSize(size);
    const out = new Uint8Array(size);
    let at = 0;
    parts.forEach((p, i) => {
      if (i) { out.set(b, at); at += b.length; }
      out.set(p, at);
      at += p.length;
    });
    return sameKind(self, out);
  });

  // ---- replace, strip, prefixes -----------------------------------------------------------------------

  def("replace", (self, b, args, kw) => {
    const [o, n, c] = kwArgs("replace", args, kw, ["old", "new", "count"], 2, 2, 3);
    const old = bufferArg(o!), rep = bufferArg(n!);
    let count = c === undefined ? -1 : ssizeArg(c);
    if (count < 0) count = PY_SSIZE_T_MAX;
    const out: number[] = [];
    if (old.length === 0) {
      let k = 0;
      for (let i = 0; i <= b.length; i++) {
        if (k < count) { out.push(...rep); k++; }
        if (i < b.length) out.push(b[i]);
      }
    } else {
      let i = 0, k = 0;
      while (k < count) {
        const j = indexOfBytes(b, old, i, b.length);
        if (j < 0) break;
        for (let x = i; x < j; x++) out.push(b[x]);
        out.push(...rep);
        i = j + old.length;
        k++;
      }
      for (let x = i; x < b.length; x++) out.push(b[x]);
    }
    checkSize(out.length);
    return sameKind(self, Uint8Array.from(out));
  });

  for (const name of ["strip", "lstrip", "rstrip"] as const) {
    def(name, (self, b, args, kw) => {
      posArgs(name, args, kw, 0, 1);
      const chars = args[0] === undefined || args[0] === None ? null : bufferArg(args[0]);
      const drop = (c: number): boolean => (chars === null ? isSpaceB(c) : chars.includes(c));
      let i = 0, j = b.length;
      if (name !== "rstrip") while (i < j && drop(b[i])) i++;
      if (name !== "lstrip") while (j > i && drop(b[j - 1])) j--;
      return sameKind(self, b.slice(i, j));
    });
  }

  for (const [name, atEnd] of [["removeprefix", false], ["removesuffix", true]] as const) {
    def(name, (self, b, args, kw) => {
      const p = bufferArg(oneArg(self, name, args, kw));
      if (p.length && p.length <= b.length && tailMatch(b, p, 0, b.length, atEnd)) {
        return sameKind(self, atEnd ? b.slice(0, b.length - p.length) : b.slice(p.length));
      }
      return sameKind(self, b.slice());
    });
  }

  // ---- padding, tabs ----------------------------------------------------------------------------------

  function fillArg(name: string, v: PyValue | undefined): number {
    if (v === undefined) return 0x20;
    // (Argument Clinic's `char` converter: a bytes or bytearray of another length says so)
    if ((v instanceof PyBytesObject || v instanceof PyByteArray) && v.bytes.length !== 1) {
      throw pyError(TypeError, `${name}(): argument 2 must be a byte string of length 1, not a ${typeName(v)} object of length ${v.bytes.length}`);
    }
    const f = v instanceof PyBytesObject || v instanceof PyByteArray ? v.bytes : null;
    if (f === null || f.length !== 1) {
      throw pyError(TypeError, `${name}() argument 2 must be a byte string of length 1, not ${typeName(v)}`);
    }
    return f[0];
  }
  function padded(b: Uint8Array, left: number, right: number, fill: number): Uint8Array {
    checkSize(left + right + b.length);
    const out = new Uint8Array(left + b.length + right).fill(fill);
    out.set(b, left);
    return out;
  }
  for (const name of ["center", "ljust", "rjust"] as const) {
    def(name, (self, b, args, kw) => {
      posArgs(name, args, kw, 1, 2);
      const width = ssizeArg(args[0]);
      const fill = fillArg(name, args[1]);
      if (b.length >= width) return sameKind(self, b.slice());
      const marg = width - b.length;
      if (name === "ljust") return sameKind(self, padded(b, 0, marg, fill));
      if (name === "rjust") return sameKind(self, padded(b, marg, 0, fill));
      const left = Math.floor(marg / 2) + (marg & width & 1);
      return sameKind(self, padded(b, left, marg - left, fill));
    });
  }
  def("zfill", (self, b, args, kw) => {
    const width = ssizeArg(oneArg(self, "zfill", args, kw));
    if (b.length >= width) return sameKind(self, b.slice());
    const out = padded(b, width - b.length, 0, 0x30);
    const fill = width - b.length;
    if (out[fill] === 0x2b || out[fill] === 0x2d) {
      out[0] = out[fill];
      out[fill] = 0x30;
    }
    return sameKind(self, out);
  });
  def("expandtabs", (self, b, args, kw) => {
    const [t] = kwArgs("expandtabs", args, kw, ["tabsize"], 0, 0, 1);
    const tabsize = t === undefined ? 8 : toIndex(t);
    const out: number[] = [];
    let col = 0;
    for (const c of b) {
      if (c === 0x09) {
        if (tabsize > 0) {
          const n = tabsize - (col % tabsize);
          for (let k = 0; k < n; k++) out.push(0x20);
          col += n;
        }
      } else {
        out.push(c);
        col = c === 0x0a || c === 0x0d ? 0 : col + 1;
      }
    }
    return sameKind(self, Uint8Array.from(out));
  });

  // ---- translate, maketrans, hex, fromhex ---------------------------------------------------------------

  def("translate", (self, b, args, kw) => {
    const [table, del] = kwArgs("translate", args, kw, ["table", "delete"], 1, 1, 2);
    let tbl: Uint8Array | null = null;
    if (table !== None) {
      tbl = bufferArg(table!);
      if (tbl.length !== 256) throw pyError(ValueError, "translation table must be 256 characters long");
    }
    const drop = del === undefined ? null : bufferArg(del);
    const out: number[] = [];
    for (const c of b) if (!drop || !drop.includes(c)) out.push(tbl ? tbl[c] : c);
    return sameKind(self, Uint8Array.from(out));
  });

  for (const t of TYPES) {
    t.ns.set("maketrans", new PyStaticMethod(new PyBuiltin("maketrans", (args, kw) => {
      posArgs("maketrans", args, kw, 2, 2);
      const frm = bufferArg(args[0]), to = bufferArg(args[1]);
      if (frm.length !== to.length) throw pyError(ValueError, "maketrans arguments must have same length");
      const out = new Uint8Array(256);
      for (let i = 0; i < 256; i++) out[i] = i;
      frm.forEach((c, i) => { out[c] = to[i]; });
      return new PyBytesObject(out);
    })));
  }

  /** bytes.hex / bytearray.hex (Python/pystrhex.c) */
  def("hex", (_self, b, args, kw) => {
    const [sepArg, per] = kwArgs("hex", args, kw, ["sep", "bytes_per_sep"], 0, 0, 2);
    const digits = Array.from(b, (x) => x.toString(16).padStart(2, "0"));
    if (sepArg === undefined) return digits.join("");
    // CPython: Python/pystrhex.c _Py_strhex_impl: the separator's length first (any sized object),
    // then its type
    if (lenOf(sepArg) !== 1) throw pyError(ValueError, "sep must be length 1.");
    let sep: string;
    if (typeof sepArg === "string") sep = sepArg;
    else if (sepArg instanceof PyBytesObject) sep = String.fromCharCode(...sepArg.bytes);
    else throw pyError(TypeError, `sep must be str or bytes.`);
    if (sep.charCodeAt(0) > 127) throw pyError(ValueError, "sep must be ASCII.");
    let n = per === undefined ? 1 : toIndex(per);
    if (n === 0 || digits.length === 0) return digits.join("");
    const fromLeft = n < 0;
    n = Math.abs(n);
    const groups: string[] = [];
    if (fromLeft) for (let i = 0; i < digits.length; i += n) groups.push(digits.slice(i, i + n).join(""));
    else {
      for (let i = digits.length; i > 0; i -= n) groups.push(digits.slice(Math.max(0, i - n), i).join(""));
      groups.reverse();
    }
    return groups.join(sep);
  });

  function fromhex(s: PyValue): Uint8Array {
    let text: string;
    if (typeof s === "string") text = s;
    else {
      const b = bufferOf(s);
      if (b === null) throw pyError(TypeError, `fromhex() argument must be str or bytes-like, not ${typeName(s)}`);
      text = String.fromCharCode(...b);
    }
    const out: number[] = [];
    const hexv = (c: string): number => {
      const k = "0123456789abcdef".indexOf(c.toLowerCase());
      return c.length === 1 ? k : -1;
    };
    const isWs = (c: string): boolean => c === " " || c === "\t" || c === "\n" || c === "\r" || c === "\x0b" || c === "\x0c";
    let i = 0;
    const n = text.length;
    for (;;) {
      while (i < n && isWs(text[i])) i++;
      if (i >= n) break;
      const hi = hexv(text[i]);
      if (hi < 0) throw pyError(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i}`);
      if (i + 1 >= n) throw pyError(ValueError, "fromhex() arg must contain an even number of hexadecimal digits");
      const lo = hexv(text[i + 1]);
      if (lo < 0) {
        // (CPython: Objects/bytesobject.c _PyBytes_FromHex: whitespace inside a pair is an invalid digit)
        throw pyError(ValueError, `non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
      }
      out.push(hi * 16 + lo);
      i += 2;
    }
    return Uint8Array.from(out);
  }
  for (const t of TYPES) {
    t.ns.set("fromhex", new PyClassMethod(new PyBuiltin("fromhex", (args, kw) => {
      posArgs("fromhex", args, kw, 2, 2);
      const cls = args[0] as PyType;
      const bytes = fromhex(args[1]);
      return cls === ByteArrayType || cls.isSubtype(ByteArrayType) ? new PyByteArray(bytes) : new PyBytesObject(bytes);
    })));
  }

  def("__bytes__", (self, b, args, kw) => { noArgs(self, "__bytes__", args, kw); return new PyBytesObject(b.slice()); });
  def("__len__", (self, b, args, kw) => { noArgs(self, "__len__", args, kw); return b.length; });
  def("__getnewargs__", (self, b, args, kw) => { noArgs(self, "__getnewargs__", args, kw); return tuple([new PyBytesObject(b.slice())]); });
  // (bytes only: bytearray has neither)
  ByteArrayType.ns.delete("__bytes__");
  ByteArrayType.ns.delete("__getnewargs__");
  void PyDict;
}
