// format(value, spec): the format-spec mini-language for str, int, float and bool, and __format__
// for other types (CPython: Python/formatter_unicode.c, Objects/floatobject.c float__format__).
import { PyObject, typeOf, type PyValue } from "./object.js";
import { PyFloat, type PyInt } from "./numbers.js";
import { pyError, TypeError, ValueError } from "./exceptions.js";
import { callMethod, str, typeName, len } from "./abstract.js";
import { reprFloat } from "../parse/repr.js";

interface Spec {
  fill: string;
  align: string | null;
  sign: string;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | null;
  type: string;
}

function parseSpec(spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([-+ ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) throw pyError(ValueError, "Invalid format specifier");
  return {
    fill: m[1] ?? (m[6] && !m[2] ? "0" : " "),
    align: m[2] ?? (m[6] ? "=" : null),
    sign: m[3] ?? "-",
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? "",
    precision: m[9] !== undefined ? Number(m[9]) : null,
    type: m[10] ?? "",
  };
}

export function formatValue(v: PyValue, spec: string): string {
  if (typeof v === "string") return spec === "" ? v : formatStr(v, parseSpec(spec));
  if (typeof v === "boolean") {
    if (spec === "") return v ? "True" : "False";
    return formatInt(v ? 1 : 0, parseSpec(spec));
  }
  if (typeof v === "number" || typeof v === "bigint") return spec === "" ? String(v) : formatInt(v, parseSpec(spec));
  if (v instanceof PyFloat && !(v.type.heap)) return spec === "" ? reprFloat(v.value) : formatFloat(v.value, parseSpec(spec));
  const t = typeOf(v);
  const f = t.lookup("__format__");
  if (f !== undefined && t.heap) {
    const r = callMethod(f, v, [spec]);
    if (typeof r !== "string") throw pyError(TypeError, `__format__ must return a str, not ${typeName(r)}`);
    return r;
  }
  if (spec !== "") throw pyError(TypeError, `unsupported format string passed to ${t.name}.__format__`);
  return str(v);
}

function pad(body: string, s: Spec, defaultAlign: string, signPrefix = ""): string {
  const align = s.align ?? defaultAlign;
  const total = len(signPrefix + body);
  const n = s.width - total;
  if (n <= 0) return signPrefix + body;
  const fill = s.fill.repeat(n);
  switch (align) {
    case "<": return signPrefix + body + fill;
    case ">": return fill + signPrefix + body;
    case "=": return signPrefix + fill + body;
    default: {
      const left = Math.floor(n / 2);
      return s.fill.repeat(left) + signPrefix + body + s.fill.repeat(n - left);
    }
  }
}

function formatStr(v: string, s: Spec): string {
  if (s.type !== "" && s.type !== "s") throw pyError(ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign !== "-" || s.align === "=") throw pyError(ValueError, s.align === "=" ? "'=' alignment not allowed in string format specifier" : "Sign not allowed in string format specifier");
  let body = v;
  if (s.precision !== null) body = Array.from(body).slice(0, s.precision).join("");
  return pad(body, s, "<");
}

function group(digits: string, sep: string, every = 3): string {
  if (!sep) return digits;
  let out = "";
  for (let i = 0; i < digits.length; i++) {
    if (i > 0 && (digits.length - i) % every === 0) out += sep;
    out += digits[i];
  }
  return out;
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? "-" : s.sign === "+" ? "+" : s.sign === " " ? " " : "";
}

function formatInt(v: PyInt, s: Spec): string {
  if ("eEfFgG%".includes(s.type) && s.type !== "") return formatFloat(Number(v), s);
  if (s.precision !== null) throw pyError(ValueError, "Precision not allowed in integer format specifier");
  const neg = v < 0;
  const abs = neg ? -BigInt(v) : BigInt(v);
  let digits: string, prefix = "";
  switch (s.type) {
    case "": case "d": case "n": digits = abs.toString(); break;
    case "b": digits = abs.toString(2); prefix = s.alt ? "0b" : ""; break;
    case "o": digits = abs.toString(8); prefix = s.alt ? "0o" : ""; break;
    case "x": digits = abs.toString(16); prefix = s.alt ? "0x" : ""; break;
    case "X": digits = abs.toString(16).toUpperCase(); prefix = s.alt ? "0X" : ""; break;
    case "c": return pad(String.fromCodePoint(Number(v)), s, "<");
    default: throw pyError(ValueError, `Unknown format code '${s.type}' for object of type 'int'`);
  }
  const every = s.type !== "" && "bBoxX".includes(s.type) ? 4 : 3;
  const signP = signOf(neg, s) + prefix;
  if (s.zero && s.align === "=" && s.fill === "0" && s.grouping) {
    // zero padding participates in grouping
    let width = s.width - signP.length;
    let g = group(digits, s.grouping, every);
    while (g.length < width) { digits = "0" + digits; g = group(digits, s.grouping, every); }
    void width;
    return signP + g;
  }
  return pad(group(digits, s.grouping, every), s, ">", signP);
}

function expForm(x: number, prec: number, upper: boolean): string {
  let r = x.toExponential(prec);
  r = r.replace(/e([+-])(\d)$/, "e$10$2");
  return upper ? r.toUpperCase() : r;
}

function fixedForm(x: number, prec: number): string {
  if (Math.abs(x) < 1e21) return x.toFixed(prec);
  const i = BigInt(x).toString();
  return prec > 0 ? i + "." + "0".repeat(prec) : i;
}

function formatFloat(x: number, s: Spec): string {
  let type = s.type;
  const upper = type === "E" || type === "F" || type === "G";
  const neg = x < 0 || Object.is(x, -0);
  let ax = Math.abs(x);
  let body: string;
  if (!Number.isFinite(ax)) {
    body = Number.isNaN(ax) ? "nan" : "inf";
    if (upper) body = body.toUpperCase();
  } else {
    let prec = s.precision;
    switch (type) {
      case "e": case "E": body = expForm(ax, prec ?? 6, upper); break;
      case "f": case "F": body = fixedForm(ax, prec ?? 6); break;
      case "%": body = fixedForm(ax * 100, prec ?? 6) + "%"; break;
      case "g": case "G": case "n": case "": {
        if (type === "" && prec === null) { body = reprFloat(ax); break; }
        let p = prec ?? 6;
        if (p === 0) p = 1;
        const exp = ax === 0 ? 0 : Number(ax.toExponential(p - 1).split("e")[1]);
        if (exp >= -4 && exp < p) {
          body = fixedForm(ax, p - 1 - exp);
          if (!s.alt) body = body.includes(".") ? body.replace(/\.?0+$/, "") : body;
          if (type === "" && !body.includes(".")) body += ".0";
        } else {
          body = expForm(ax, p - 1, upper);
          if (!s.alt) body = body.replace(/\.?0+e/i, (m) => (m[m.length - 1] === "E" ? "E" : "e"));
        }
        break;
      }
      default:
        throw pyError(ValueError, `Unknown format code '${type}' for object of type 'float'`);
    }
    if (s.alt && !body.includes(".") && !/e/i.test(body) && type !== "%") body += ".";
  }
  if (s.z && neg && /^[0.]*0(%|e.*)?$/i.test(body.replace(/[eE][+-]\d+$/, ""))) ax = 0;
  const realNeg = neg && !(s.z && Number(body.replace("%", "")) === 0);
  if (s.grouping) {
    const [ip, ...rest] = body.split(".");
    body = group(ip, s.grouping) + (rest.length ? "." + rest.join(".") : "");
  }
  void type;
  return pad(body, s, ">", signOf(realNeg, s));
}
void PyObject;
