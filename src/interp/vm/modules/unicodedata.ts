// The unicodedata module (CPython: Modules/unicodedata.c) over the Unicode 16.0.0 database CPython
// 3.14 ships, generated into ../../parse/unicodedata-db.ts (scripts/gen-unicodedata.mjs); names come
// from ../../parse/unicode-names.ts (shared with \N{...} escapes). normalize() uses the
// host's String.prototype.normalize (the host's Unicode version; DEVIATIONS.md). Named sequences
// are not known to lookup() (DEVIATIONS.md).
import { builtinType, None, PyObject, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { PyBaseException, pyError, TypeError, ValueError, KeyError } from "../../objects/exceptions.js";
import { repr, typeName } from "../../objects/abstract.js";
import { float } from "../../objects/numbers.js";
import { charName, unicodeNameLookup as codeOfName } from "../../parse/unicode-names.js";

export { charName }; // (codecs/errors.ts namereplace)
import { DECOMPOSITION, NUMERIC, PROPS, UNIDATA_VERSION } from "../../parse/unicodedata-db.js";

// ---- the tables, decoded on first use ----------------------------------------------------------------

const decoded = new Map<string, { starts: Int32Array; vals: Uint16Array; values: string[] }>();
function prop(name: string, cp: number): string {
  let t = decoded.get(name);
  if (!t) {
    const { values, runs } = PROPS[name];
    const parts = runs.split(",");
    const starts = new Int32Array(parts.length), vals = new Uint16Array(parts.length);
    let cp0 = 0;
    parts.forEach((p, i) => {
      const [d, v] = p.split(".");
      cp0 = i ? cp0 + parseInt(d, 36) : parseInt(d, 36);
      starts[i] = cp0;
      vals[i] = parseInt(v, 36);
    });
    decoded.set(name, (t = { starts, vals, values }));
  }
  let lo = 0, hi = t.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.starts[mid] <= cp) lo = mid; else hi = mid - 1;
  }
  return t.values[t.vals[lo]];
}

let numeric: Map<number, number[]> | null = null;
const numericOf = (cp: number): number[] | undefined => {
  numeric ??= new Map(NUMERIC.map((r) => [r[0], r]));
  return numeric.get(cp);
};
let decomp: Map<number, string> | null = null;

// ---- the module ------------------------------------------------------------------------------------------

/** A one-character str argument (Argument Clinic's "unicode character" converter) */
function charArg(fname: string, v: PyValue | undefined): number {
  if (typeof v !== "string") throw pyError(TypeError, `${fname}() argument must be a unicode character, not ${v === undefined ? "nothing" : v === None ? "None" : typeName(v)}`);
  const cps = [...v];
  if (cps.length !== 1) throw pyError(TypeError, `${fname}(): argument must be a unicode character, not a string of length ${cps.length}`);
  return cps[0].codePointAt(0)!;
}
const FORMS = new Set(["NFC", "NFD", "NFKC", "NFKD"]);

const UCDType = builtinType("UCD", undefined, { baseType: false, module: "unicodedata" });

function defineFunctions(def: (name: string, fn: (a: PyValue[], k: readonly string[] | null) => PyValue) => void): void {
  const one = (fname: string, a: PyValue[], k: readonly string[] | null, max = 1): void => {
    if (k && k.length) throw pyError(TypeError, `${fname}() takes no keyword arguments`);
    if (a.length < 1 || a.length > max) {
      throw pyError(TypeError, max === 1 ? `unicodedata.${fname}() takes exactly one argument (${a.length} given)`
        : `${fname} expected ${a.length < 1 ? "at least 1 argument" : `at most ${max} arguments`}, got ${a.length}`);
    }
  };
  const simple = (fname: string, f: (cp: number) => PyValue) => def(fname, (a, k) => { one(fname, a, k); return f(charArg(fname, a[0])); });
  simple("category", (cp) => prop("category", cp));
  simple("bidirectional", (cp) => prop("bidirectional", cp));
  simple("east_asian_width", (cp) => prop("east_asian_width", cp));
  simple("combining", (cp) => Number(prop("combining", cp)));
  simple("mirrored", (cp) => Number(prop("mirrored", cp)));
  simple("decomposition", (cp) => {
    decomp ??= new Map(DECOMPOSITION);
    return decomp.get(cp) ?? "";
  });
  const withDefault = (fname: string, msg: string, f: (cp: number) => PyValue | undefined) => def(fname, (a, k) => {
    one(fname, a, k, 2);
    const r = f(charArg(fname, a[0]));
    if (r !== undefined) return r;
    if (a.length > 1) return a[1];
    throw pyError(ValueError, msg);
  });
  withDefault("decimal", "not a decimal", (cp) => { const r = numericOf(cp); return r && r[1] >= 0 ? r[1] : undefined; });
  withDefault("digit", "not a digit", (cp) => { const r = numericOf(cp); return r && r[2] >= 0 ? r[2] : undefined; });
  withDefault("numeric", "not a numeric character", (cp) => { const r = numericOf(cp); return r ? float(r[3] / r[4]) : undefined; });
  withDefault("name", "no such name", (cp) => charName(cp));
  def("lookup", (a, k) => {
    one("lookup", a, k);
    const v = a[0];
    if (typeof v !== "string") throw pyError(TypeError, `a bytes-like object is required, not '${typeName(v)}'`);
    const cp = codeOfName(v);
    if (cp === undefined) throw new PyBaseException(KeyError, [`undefined character name ${repr(v)}`]);
    return String.fromCodePoint(cp);
  });
  const normArgs = (fname: string, a: PyValue[], k: readonly string[] | null): [string, string] => {
    if (k && k.length) throw pyError(TypeError, `${fname}() takes no keyword arguments`);
    if (a.length !== 2) throw pyError(TypeError, `${fname} expected 2 arguments, got ${a.length}`);
    const [form, s] = a;
    if (typeof form !== "string") throw pyError(TypeError, `${fname}() argument 1 must be str, not ${typeName(form)}`);
    if (typeof s !== "string") throw pyError(TypeError, `${fname}() argument 2 must be str, not ${typeName(s)}`);
    if (!FORMS.has(form)) throw pyError(ValueError, "invalid normalization form");
    return [form, s];
  };
  def("normalize", (a, k) => { const [f, s] = normArgs("normalize", a, k); return s.normalize(f as "NFC"); });
  def("is_normalized", (a, k) => { const [f, s] = normArgs("is_normalized", a, k); return s.normalize(f as "NFC") === s; });
}

export function makeUnicodedata(): PyModule {
  const m = new PyModule("unicodedata");
  const def = (name: string, fn: (a: PyValue[], k: readonly string[] | null) => PyValue) => m.dict.set(name, new PyBuiltin(name, fn, m));
  defineFunctions(def);
  m.dict.set("unidata_version", UNIDATA_VERSION);
  m.dict.set("UCD", UCDType);
  // ucd_3_2_0 (for IDNA and stringprep): the same functions over the current database
  const ucd = new PyObject(UCDType);
  ucd.dict = null;
  const ns = new Map<string, PyValue>();
  defineFunctions((name, fn) => ns.set(name, new PyBuiltin(name, fn, ucd)));
  ns.set("unidata_version", "3.2.0");
  UCDType.slots.getattr = (_o: PyObject, name: string) => ns.get(name);
  m.dict.set("ucd_3_2_0", ucd);
  return m;
}
