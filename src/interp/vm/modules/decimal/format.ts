// Decimal.__format__ (CPython: Modules/_decimal/_decimal.c dec_format over libmpdec's
// mpd_qformat_spec; the semantics of Lib/_pydecimal.py Decimal.__format__, _parse_format_specifier,
// _format_number, _insert_thousands_sep and _format_align).
import { pyError, ValueError } from "../../../objects/exceptions.js";
import type { PyValue } from "../../../objects/object.js";
import * as M from "./mpd.js";
import type { Ctx, Dec } from "./mpd.js";

interface Spec {
  fill: string; align: string; sign: string; noNeg0: boolean; alt: boolean; zeropad: boolean;
  width: number; thousands: string; precision: number | null; fracSep: string; type: string | null;
  grouping: number[]; decimalPoint: string;
}

const SPEC_RE = /^(?:(?<fill>.)?(?<align>[<>=^]))?(?<sign>[-+ ])?(?<z>z)?(?<alt>#)?(?<zero>0)?(?<width>\d+)?(?<th>[,_])?(?:\.(?=[\d,_])(?<prec>\d+)?(?<fsep>[,_])?)?(?<type>[eEfFgGn%])?$/su;

function parseSpec(spec: string): Spec {
  const m = SPEC_RE.exec(spec);
  // the C module hands what libmpdec cannot parse to _pydecimal, whose message this is
  if (!m) throw pyError(ValueError, "Invalid format specifier: " + spec);
  const g = m.groups!;
  const zeropad = g.zero !== undefined;
  const s: Spec = {
    fill: g.fill ?? " ", align: g.align ?? ">", sign: g.sign ?? "-", noNeg0: g.z !== undefined, alt: g.alt !== undefined,
    zeropad, width: Number(g.width ?? "0"), thousands: g.th ?? "", precision: g.prec !== undefined ? Number(g.prec) : null,
    fracSep: g.fsep ?? "", type: g.type ?? null, grouping: [3, 0], decimalPoint: ".",
  };
  if (s.precision === 0 && (s.type === null || "gGn".includes(s.type))) s.precision = 1;
  if (s.type === "n") {
    // the C locale: no thousands separator, no grouping
    s.type = "g";
    if (g.th !== undefined) throw pyError(ValueError, "Explicit thousands separator conflicts with 'n' type in format specifier: " + spec);
    s.thousands = ""; s.grouping = []; s.decimalPoint = ".";
  }
  return s;
}

function formatAlign(sign: string, body: string, s: Spec): string {
  const n = s.width - [...sign].length - [...body].length;
  const padding = n > 0 ? s.fill.repeat(n) : "";
  switch (s.align) {
    case "<": return sign + body + padding;
    case "=": return sign + padding + body;
    case "^": { const half = Math.floor(padding.length / 2 / s.fill.length) * s.fill.length; return padding.slice(0, half) + sign + body + padding.slice(half); }
    default: return padding + sign + body;
  }
}

function insertThousands(digits: string, s: Spec, minWidth: number): string {
  const sep = s.thousands;
  const groups: string[] = [];
  const lengths = s.grouping.length ? null : [];
  let done = false;
  if (lengths === null) {
    // grouping [3, 0]: groups of three forever
    for (;;) {
      let l = 3;
      l = Math.min(Math.max(digits.length, minWidth, 1), l);
      groups.push("0".repeat(Math.max(0, l - digits.length)) + digits.slice(Math.max(0, digits.length - l)));
      digits = digits.slice(0, Math.max(0, digits.length - l));
      minWidth -= l;
      if (!digits && minWidth <= 0) { done = true; break; }
      minWidth -= sep.length;
    }
  }
  if (!done) {
    const l = Math.max(digits.length, minWidth, 1);
    groups.push("0".repeat(l - digits.length) + digits.slice(Math.max(0, digits.length - l)));
  }
  return groups.reverse().join(sep);
}

function roundSig(a: Dec, places: number, mode: number): Dec {
  if (a.sp !== M.FIN || a.coef === 0n) return a;
  let ans = M.rescale(a, M.adjusted(a) + 1 - places, mode);
  if (M.adjusted(ans) !== M.adjusted(a)) ans = M.rescale(ans, M.adjusted(ans) + 1 - places, mode);
  return ans;
}

export function formatDecimal(a0: Dec, spec: string, ctx: Ctx & { capitals: number }, _override?: PyValue): string {
  const s = parseSpec(spec);
  let a: Dec = a0;
  if (a.sp !== M.FIN) {
    const sign = a.sign ? "-" : s.sign === " " || s.sign === "+" ? s.sign : "";
    let body = M.toSciString(M.dec(0, a.coef, a.exp, a.sp), 1);
    if (s.type === "%") body += "%";
    return formatAlign(sign, body, s);
  }
  const type = s.type ?? (ctx.capitals ? "G" : "g");
  if (type === "%") a = M.dec(a.sign, a.coef, a.exp + 2);
  const rounding = ctx.round, precision = s.precision;
  if (precision !== null) {
    if ("eE".includes(type)) a = roundSig(a, precision + 1, rounding);
    else if ("fF%".includes(type)) a = M.rescale(a, -precision, rounding);
    else if ("gG".includes(type) && M.ndigits(a.coef) > precision) a = roundSig(a, precision, rounding);
  }
  if (a.coef === 0n && a.exp > 0 && "fF%".includes(type)) a = M.rescale(a, 0, rounding);
  const sign = a.coef === 0n && s.noNeg0 && a.sign ? 0 : a.sign;
  const int = a.coef.toString();
  const left = a.exp + int.length;
  let dot: number;
  if ("eE".includes(type)) dot = a.coef === 0n && precision !== null ? 1 - precision : 1;
  else if ("fF%".includes(type)) dot = left;
  else dot = a.exp <= 0 && left > -6 ? left : 1;
  let ip: string, fp: string;
  if (dot < 0) { ip = "0"; fp = "0".repeat(-dot) + int; }
  else if (dot > int.length) { ip = int + "0".repeat(dot - int.length); fp = ""; }
  else { ip = int.slice(0, dot) || "0"; fp = int.slice(dot); }
  const exp = left - dot;
  // _format_number
  const signStr = sign ? "-" : s.sign === " " || s.sign === "+" ? s.sign : "";
  if (fp && s.fracSep) {
    const parts: string[] = [];
    for (let i = 0; i < fp.length; i += 3) parts.push(fp.slice(i, i + 3));
    fp = parts.join(s.fracSep);
  }
  if (fp || s.alt) fp = s.decimalPoint + fp;
  if (exp !== 0 || "eE".includes(type)) {
    const echar = type === "E" || type === "G" ? "E" : "e";
    fp += echar + (exp >= 0 ? "+" : "-") + Math.abs(exp);
  }
  if (type === "%") fp += "%";
  const minWidth = s.zeropad ? s.width - fp.length - signStr.length : 0;
  ip = insertThousands(ip, s, minWidth);
  return formatAlign(signStr, ip + fp, s);
}
