// The math module (CPython: Modules/mathmodule.c): the functions with direct IEEE equivalents,
// with CPython's domain and range errors. The full module comes with issue 4.
import { None, type PyValue } from "../../objects/object.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { float, PyFloat, normBig, big } from "../../objects/numbers.js";
import { pyError, TypeError, ValueError, OverflowError } from "../../objects/exceptions.js";
import { call, getattr, iterateToArray, toIndex, typeName } from "../../objects/abstract.js";
import { typeOf } from "../../objects/object.js";

function toFloat(v: PyValue): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") {
    const f = Number(v);
    if (!Number.isFinite(f)) throw pyError(OverflowError, "int too large to convert to float");
    return f;
  }
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof PyFloat) return v.value;
  if (typeOf(v).lookup("__float__") !== undefined) return toFloat(call(getattr(v, "__float__"), []));
  throw pyError(TypeError, `must be real number, not ${typeName(v)}`);
}

export function makeMath(): PyModule {
  const m = new PyModule("math");
  const d = m.dict;
  const f1 = (name: string, fn: (x: number) => number, domain?: (x: number) => boolean) =>
    d.set(name, new PyBuiltin(name, (args) => {
      if (args.length !== 1) throw pyError(TypeError, `math.${name}() takes exactly one argument (${args.length} given)`);
      const x = toFloat(args[0]);
      if (domain && !domain(x)) throw pyError(ValueError, name === "sqrt" ? `expected a nonnegative input, got ${reprF(x)}` : "math domain error");
      const r = fn(x);
      if (Number.isNaN(r) && !Number.isNaN(x)) throw pyError(ValueError, "math domain error");
      if (!Number.isFinite(r) && Number.isFinite(x)) throw pyError(OverflowError, "math range error");
      return float(r);
    }, m));
  d.set("pi", float(Math.PI));
  d.set("e", float(Math.E));
  d.set("tau", float(2 * Math.PI));
  d.set("inf", float(Infinity));
  d.set("nan", float(NaN));
  f1("sqrt", Math.sqrt, (x) => x >= 0 || Number.isNaN(x));
  f1("exp", Math.exp);
  f1("sin", Math.sin); f1("cos", Math.cos); f1("tan", Math.tan);
  f1("asin", Math.asin); f1("acos", Math.acos); f1("atan", Math.atan);
  f1("sinh", Math.sinh); f1("cosh", Math.cosh); f1("tanh", Math.tanh);
  f1("fabs", Math.abs);
  f1("log10", Math.log10, (x) => x > 0);
  f1("log2", Math.log2, (x) => x > 0);
  d.set("log", new PyBuiltin("log", (args) => {
    const x = toFloat(args[0]);
    if (x <= 0) throw pyError(ValueError, "expected a positive input");
    const r = Math.log(x);
    return float(args.length > 1 ? r / Math.log(toFloat(args[1])) : r);
  }, m));
  d.set("copysign", new PyBuiltin("copysign", (args) => {
    if (args.length !== 2) throw pyError(TypeError, `copysign expected 2 arguments, got ${args.length}`);
    const x = toFloat(args[0]), y = toFloat(args[1]);
    const dv = new DataView(new ArrayBuffer(8));
    dv.setFloat64(0, y);
    const neg = (dv.getUint8(0) & 0x80) !== 0; // the sign bit, also of -0.0 and of NaNs
    return float(neg ? -Math.abs(x) : Math.abs(x));
  }, m));
  d.set("atan2", new PyBuiltin("atan2", (args) => float(Math.atan2(toFloat(args[0]), toFloat(args[1]))), m));
  d.set("hypot", new PyBuiltin("hypot", (args) => float(Math.hypot(...args.map(toFloat))), m));
  d.set("pow", new PyBuiltin("pow", (args) => float(Math.pow(toFloat(args[0]), toFloat(args[1]))), m));
  const intOf = (x: number, name: string): PyValue => {
    if (Number.isNaN(x)) throw pyError(ValueError, "cannot convert float NaN to integer");
    if (!Number.isFinite(x)) throw pyError(OverflowError, "cannot convert float infinity to integer");
    void name;
    return Number.isSafeInteger(x) ? x : normBig(BigInt(x));
  };
  for (const [name, fn] of [["floor", Math.floor], ["ceil", Math.ceil], ["trunc", Math.trunc]] as const) {
    d.set(name, new PyBuiltin(name, (args) => {
      const v = args[0];
      if (typeof v === "number" || typeof v === "bigint") return v;
      if (typeof v === "boolean") return v ? 1 : 0;
      return intOf(fn(toFloat(v)), name);
    }, m));
  }
  d.set("isnan", new PyBuiltin("isnan", (args) => Number.isNaN(toFloat(args[0])), m));
  d.set("isinf", new PyBuiltin("isinf", (args) => { const x = toFloat(args[0]); return !Number.isFinite(x) && !Number.isNaN(x); }, m));
  d.set("isfinite", new PyBuiltin("isfinite", (args) => Number.isFinite(toFloat(args[0])), m));
  d.set("gcd", new PyBuiltin("gcd", (args) => {
    let g = 0n;
    for (const a of args) { let x = big(toIndex(a) as number); let y = g; x = x < 0n ? -x : x; while (x) { [y, x] = [x, y % x]; } g = y; }
    return normBig(g);
  }, m));
  d.set("factorial", new PyBuiltin("factorial", (args) => {
    const n = toIndex(args[0]);
    if (n < 0) throw pyError(ValueError, "factorial() not defined for negative values");
    let r = 1n;
    for (let i = 2n; i <= BigInt(n); i++) r *= i;
    return normBig(r);
  }, m));
  d.set("fsum", new PyBuiltin("fsum", (args) => {
    // Shewchuk's algorithm, as CPython's math_fsum
    const partials: number[] = [];
    for (const v of iterateToArray(args[0])) {
      let x = toFloat(v);
      let i = 0;
      for (let y of partials) {
        if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
        const hi = x + y;
        const lo = y - (hi - x);
        if (lo) partials[i++] = lo;
        x = hi;
      }
      partials.length = i;
      partials.push(x);
    }
    return float(partials.reduce((a, b) => a + b, 0));
  }, m));
  void None;
  return m;
}

function reprF(x: number): string {
  return String(x).includes(".") || !Number.isFinite(x) ? String(x) : x + ".0";
}
