// _locale basics (CPython: Modules/_localemodule.c): the host offers only the C locale (as
// CPython in a C/C.UTF-8 environment sees it), so setlocale accepts "C", "POSIX" and "" and
// localeconv() returns the C locale's conventions.
import { None, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError, EXCEPTION_TYPES } from "../../objects/exceptions.js";
import { PyDict, PyList } from "../../objects/containers.js";
import { intValue } from "../../objects/int.js";
import { typeName } from "../../objects/abstract.js";
import { newExceptionType } from "./exctype.js";

const CATEGORIES: [string, number][] = [["LC_CTYPE", 0], ["LC_NUMERIC", 1], ["LC_TIME", 2], ["LC_COLLATE", 3], ["LC_MONETARY", 4], ["LC_MESSAGES", 5], ["LC_ALL", 6]];
const CHAR_MAX = 127;

export function makeLocale(): PyModule {
  const m = new PyModule("_locale");
  const d = m.dict;
  const def = (name: string, fn: (args: PyValue[], kwnames: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  const Error = newExceptionType("Error", "locale", EXCEPTION_TYPES.get("Exception")!);
  d.set("Error", Error);
  for (const [name, v] of CATEGORIES) d.set(name, v);
  d.set("CHAR_MAX", CHAR_MAX);
  // _locale_setlocale_impl
  def("setlocale", (a, k) => {
    if (k && k.length) throw pyError(TypeError, "setlocale() takes no keyword arguments");
    if (a.length < 1 || a.length > 2) throw pyError(TypeError, `setlocale expected ${a.length < 1 ? "at least 1 argument" : "at most 2 arguments"}, got ${a.length}`);
    const cat = intValue(a[0]);
    if (cat === null) throw pyError(TypeError, `'${typeName(a[0])}' object cannot be interpreted as an integer`);
    if (cat < 0 || cat > 6) throw pyError(Error, "invalid locale category");
    const loc = a[1];
    if (loc === undefined || loc === None) return "C";
    if (typeof loc !== "string") throw pyError(TypeError, `setlocale() argument 2 must be str or None, not ${typeName(loc)}`);
    if (loc === "" || loc === "C" || loc === "POSIX" || loc === "C.UTF-8" || loc === "C.utf8") return loc === "" ? "C" : loc;
    throw pyError(Error, "unsupported locale setting");
  });
  def("localeconv", () => {
    const r = new PyDict();
    const set = (kk: string, v: PyValue) => r.set(kk, v);
    set("int_curr_symbol", ""); set("currency_symbol", ""); set("mon_decimal_point", ""); set("mon_thousands_sep", "");
    set("mon_grouping", new PyList([])); set("positive_sign", ""); set("negative_sign", "");
    for (const kk of ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"]) set(kk, CHAR_MAX);
    set("decimal_point", "."); set("thousands_sep", ""); set("grouping", new PyList([]));
    return r;
  });
  def("getencoding", () => "UTF-8");
  def("strcoll", (a) => {
    const [x, y] = a;
    if (typeof x !== "string" || typeof y !== "string") throw pyError(TypeError, `strcoll() argument must be str, not ${typeName(typeof x !== "string" ? x : y)}`);
    const cx = [...x].map((c) => c.codePointAt(0)!), cy = [...y].map((c) => c.codePointAt(0)!);
    for (let i = 0; i < Math.min(cx.length, cy.length); i++) if (cx[i] !== cy[i]) return cx[i] < cy[i] ? -1 : 1;
    return cx.length === cy.length ? 0 : cx.length < cy.length ? -1 : 1;
  });
  def("strxfrm", (a) => {
    if (typeof a[0] !== "string") throw pyError(TypeError, `strxfrm() argument must be str, not ${typeName(a[0])}`);
    return a[0];
  });
  d.set("CODESET", 14);
  def("nl_langinfo", (a) => {
    const key = intValue(a[0]);
    if (key === 14) return "UTF-8";
    throw pyError(ValueError, "unsupported langinfo constant");
  });
  return m;
}
