// Argument conversion shared by the builtin types' methods, with CPython's messages
// (Python/getargs.c, Argument Clinic's generated parsers, Objects/abstract.c).
import { nativeTick } from "./interrupt.js";
import { None, typeOf, type PyValue } from "./object.js";
import { iter, next, toIndex, typeName } from "./abstract.js";
import { MemoryError, OverflowError, PyBaseException, pyError, TypeError } from "./exceptions.js";
import { PyList, PyTuple } from "./containers.js";

export const MAX_RESULT = 1 << 28;
export function checkSize(n: number): void {
  if (n > MAX_RESULT) throw pyError(MemoryError);
}

/** The items of str.join's / bytes.join's argument (PySequence_Fast: a TypeError from iter()
 *  becomes "can only join an iterable"). */
export function joinItems(iterable: PyValue): readonly PyValue[] {
  if (iterable instanceof PyList || iterable instanceof PyTuple) return iterable.items;
  let it: PyValue;
  try {
    it = iter(iterable);
  } catch (e) {
    if (e instanceof PyBaseException && e.type.isSubtype(TypeError)) throw pyError(TypeError, "can only join an iterable");
    throw e;
  }
  const list: PyValue[] = [];
  for (let x = next(it); x !== undefined; x = next(it)) { list.push(x); nativeTick(); }
  return list;
}

// ---- argument parsing (Python/getargs.c, Objects/clinic/unicodeobject.c.h) ----------------------

/**
 * METH_FASTCALL|METH_KEYWORDS: _PyArg_UnpackKeywords. `names` are all parameters, the first
 * `posonly` of them positional-only; returns one slot per parameter (undefined = not given).
 */
export function kwArgs(fname: string, args: PyValue[], kwnames: readonly string[] | null, names: readonly string[], posonly: number,
  minpos: number, maxpos: number): Array<PyValue | undefined> {
  const nkw = kwnames ? kwnames.length : 0;
  const nargs = args.length - nkw;
  const maxargs = names.length;
  const out: Array<PyValue | undefined> = new Array(maxargs).fill(undefined);
  if (nargs + nkw > maxargs) {
    throw pyError(TypeError, `${fname}() takes at most ${maxargs} ${nargs === 0 ? "keyword " : ""}argument${maxargs === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  if (nargs > maxpos) {
    if (maxpos === 0) throw pyError(TypeError, `${fname}() takes no positional arguments`);
    throw pyError(TypeError, `${fname}() takes ${minpos < maxpos ? "at most" : "exactly"} ${maxpos} positional argument${maxpos === 1 ? "" : "s"} (${nargs} given)`);
  }
  const minposonly = Math.min(posonly, minpos);
  if (nargs < minposonly) {
    throw pyError(TypeError, `${fname}() takes ${minposonly < maxpos ? "at least" : "exactly"} ${minposonly} positional argument${minposonly === 1 ? "" : "s"} (${nargs} given)`);
  }
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  if (nkw) {
    let left = nkw;
    for (let i = Math.max(nargs, posonly); i < maxargs; i++) {
      const k = kwnames!.indexOf(names[i]);
      if (k >= 0) { out[i] = args[nargs + k]; left--; }
    }
    if (left > 0) {
      for (let i = posonly; i < nargs; i++) {
        if (kwnames!.includes(names[i])) {
          throw pyError(TypeError, `argument for ${fname}() given by name ('${names[i]}') and position (${i + 1})`);
        }
      }
      for (const k of kwnames!) {
        if (names.indexOf(k) < posonly) throw pyError(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
      }
    }
  }
  return out;
}

/** A C Py_ssize_t argument (PyNumber_AsSsize_t with OverflowError). */
export function ssizeArg(v: PyValue): number {
  if (typeof v === "bigint" || typeof v === "number") return checkSsize(v);
  return checkSsize(toIndex(v));
}
export function checkSsize(v: number | bigint): number {
  if (typeof v === "bigint" ? v > 0x7fffffffffffffffn || v < -0x8000000000000000n : !Number.isSafeInteger(v) && Math.abs(v) > 2 ** 63) {
    throw pyError(OverflowError, "Python int too large to convert to C ssize_t");
  }
  return Number(v);
}
/** A C int argument (PyLong_AsInt). */
export function cIntArg(v: PyValue): number {
  const n = typeof v === "bigint" ? v : toIndex(v);
  if (n > 2147483647 || n < -2147483648) throw pyError(OverflowError, "Python int too large to convert to C int");
  return Number(n);
}
/** _PyEval_SliceIndex: None keeps the default; ints clamp to the ssize_t range. */
export function sliceIndex(v: PyValue | undefined, dflt: number): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  const t = typeOf(v);
  if (t.heap && t.lookup("__index__") !== undefined) return toIndex(v);
  throw pyError(TypeError, "slice indices must be integers or None or have an __index__ method");
}
export const PY_SSIZE_T_MAX = Number.MAX_SAFE_INTEGER; // stands in for the C maximum: only compared

/** ADJUST_INDICES */
export function adjustIndices(start: number, end: number, n: number): [number, number] {
  if (end > n) end = n;
  else if (end < 0) { end += n; if (end < 0) end = 0; }
  if (start < 0) { start += n; if (start < 0) start = 0; }
  return [start, end];
}

/** How Argument Clinic's _PyArg_BadArgument names the type of a bad argument. */
export const clinicTypeName = (v: PyValue): string => (v === None ? "None" : typeName(v));
/** A `str` argument converted by Argument Clinic: "NAME() argument N must be str, not T". */
export function strArg(v: PyValue, fname: string, argDesc: string): string {
  if (typeof v !== "string") throw pyError(TypeError, `${fname}() argument ${argDesc} must be str, not ${clinicTypeName(v)}`);
  return v;
}

