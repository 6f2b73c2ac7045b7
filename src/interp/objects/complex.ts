// complex (CPython 3.14: Objects/complexobject.c): the value type, its constructor (numbers and
// strings), repr, arithmetic with C99 Annex G mixed-mode rules for real operands (3.14), ** with
// c_powi for small integral exponents, equality, hash, real/imag/conjugate.
import { builtinType, PyType, TypeType, typeOf, type PyValue } from "./object.js";
import { PyDict } from "./containers.js";
import { PyBuiltin } from "./functions.js";
import {
  callMethod, Cmp, PyStaticMethod, repr, defGetter, defMethod, hash, installComplexHooks, Nb, TYPE_CONSTRUCTORS, typeName,
} from "./abstract.js";
import { EXCEPTION_TYPES, OverflowError, pyError, TypeError, ValueError, ZeroDivisionError } from "./exceptions.js";
import { warn } from "./warnings.js";
import { float, floatPow, normBig, PyFloat } from "./numbers.js";
import { reprFloat } from "../parse/repr.js";
import { floatValue, intValue, ternaryArgs, wrapperArgs } from "./int.js";
import { None as NoneRef, NotImplemented as NotImplementedRef } from "./object.js";
import { PyObject } from "./object.js";
import { formatComplex } from "./format.js";

export const ComplexType = builtinType("complex");

export class PyComplexObj extends PyObject {
  /** (an instance of a complex subclass passes its class and gets an instance __dict__) */
  constructor(readonly real: number, readonly imag: number, type?: PyType) {
    super(type ?? ComplexType);
    if (type !== undefined) this.dict = new PyDict();
  }
}
const cx = (re: number, im: number): PyComplexObj => new PyComplexObj(re, im);

/** A real operand's value (int, bool, float and their subclasses), else null. */
function realOf(v: PyValue): number | null {
  const f = floatValue(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i === null) return null;
  const x = Number(i);
  if (!Number.isFinite(x)) throw pyError(OverflowError, "int too large to convert to float");
  return x;
}

/** hypot as musl computes it (pyodide's libm): exact squares in two parts, one rounding. */
export function hypot(x: number, y: number): number {
  x = Math.abs(x); y = Math.abs(y);
  const bits = (v: number): bigint => { const dv = new DataView(new ArrayBuffer(8)); dv.setFloat64(0, v); return dv.getBigUint64(0); };
  if (bits(x) < bits(y)) [x, y] = [y, x];
  const ex = Number(bits(x) >> 52n), ey = Number(bits(y) >> 52n);
  if (ey === 0x7ff) return y;
  if (ex === 0x7ff || y === 0) return x;
  if (ex - ey > 64) return x + y;
  let z = 1;
  if (ex > 0x3ff + 510) { z = 2 ** 700; x *= 2 ** -700; y *= 2 ** -700; } else if (ey < 0x3ff - 450) { z = 2 ** -700; x *= 2 ** 700; y *= 2 ** 700; }
  const SPLIT = 2 ** 27 + 1;
  const sq = (v: number): [number, number] => {
    const vc = v * SPLIT, vh = v - vc + vc, vl = v - vh;
    const hi = v * v;
    return [hi, vh * vh - hi + 2 * vh * vl + vl * vl];
  };
  const [hx, lx] = sq(x), [hy, ly] = sq(y);
  return z * Math.sqrt(ly + lx + hy + hx);
}

// ---- repr ------------------------------------------------------------------------------------------

/** PyOS_double_to_string(x, 'r', 0, flags): repr without the ".0" float adds. */
function rfmt(x: number, sign: boolean): string {
  let s = reprFloat(x);
  if (s.endsWith(".0")) s = s.slice(0, -2);
  if (sign && !s.startsWith("-")) s = "+" + s;
  return s;
}
export function complexRepr(c: PyComplexObj): string {
  if (c.real === 0 && !Object.is(c.real, -0)) return rfmt(c.imag, false) + "j";
  return `(${rfmt(c.real, false)}${rfmt(c.imag, true)}j)`;
}
ComplexType.slots.repr = complexRepr;
ComplexType.slots.bool = (c: PyComplexObj) => c.real !== 0 || c.imag !== 0;
ComplexType.slots.hash = (c: PyComplexObj) => {
  // complex_hash: hash(real) + 1000003 * hash(imag), in Py_uhash_t arithmetic
  const hr = BigInt(hash(float(c.real))), hi = BigInt(hash(float(c.imag)));
  let h = BigInt.asIntN(64, hr + 1000003n * hi);
  if (h === -1n) h = -2n;
  return normBig(h) as number; // (a bigint past 2**53: hash() passes it on as an int)
};

// ---- arithmetic ------------------------------------------------------------------------------------

export function quot(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  const abr = Math.abs(br), abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) throw pyError(ZeroDivisionError, "division by zero");
    const ratio = bi / br, denom = br + bi * ratio;
    return cx((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  if (abi >= abr) {
    const ratio = br / bi, denom = br * ratio + bi;
    return cx((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
  }
  return cx(NaN, NaN);
}
const prod = (ar: number, ai: number, br: number, bi: number): [number, number] => [ar * br - ai * bi, ar * bi + ai * br];

function powu(re: number, im: number, n: number): [number, number] {
  let r: [number, number] = [1, 0], p: [number, number] = [re, im];
  for (let mask = 1; mask > 0 && n >= mask; mask *= 2) {
    if (n & mask) r = prod(r[0], r[1], p[0], p[1]);
    p = prod(p[0], p[1], p[0], p[1]);
  }
  return r;
}
export function complexPow(ar: number, ai: number, br: number, bi: number): PyComplexObj {
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) {
    // c_powi
    const n = br;
    if (n >= 0) { const [r, i] = powu(ar, ai, n); return cx(r, i); }
    const [r, i] = powu(ar, ai, -n);
    if (r === 0 && i === 0) throw pyError(ZeroDivisionError, "zero to a negative or complex power");
    return quot(1, 0, r, i);
  }
  if (br === 0 && bi === 0) return cx(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw pyError(ZeroDivisionError, "zero to a negative or complex power");
    return cx(0, 0);
  }
  const vabs = hypot(ar, ai);
  let len = floatPow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  const r = cx(len * Math.cos(phase), len * Math.sin(phase));
  if (!Number.isFinite(r.real) || !Number.isFinite(r.imag)) {
    if (Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) throw pyError(OverflowError, "complex exponentiation");
  }
  return r;
}

/** a OP b where at least one operand is complex; undefined = NotImplemented. */
function complexBinary(a: PyValue, b: PyValue, op: Nb): PyValue | undefined {
  const ac = a instanceof PyComplexObj ? a : null, bc = b instanceof PyComplexObj ? b : null;
  const ar = ac ? null : realOf(a), br = bc ? null : realOf(b);
  if ((!ac && ar === null) || (!bc && br === null)) return undefined;
  switch (op) {
    case Nb.ADD:
      if (ac && bc) return cx(ac.real + bc.real, ac.imag + bc.imag);
      return ac ? cx(ac.real + br!, ac.imag) : cx(ar! + bc!.real, bc!.imag);
    case Nb.SUBTRACT:
      if (ac && bc) return cx(ac.real - bc.real, ac.imag - bc.imag);
      return ac ? cx(ac.real - br!, ac.imag) : cx(ar! - bc!.real, -bc!.imag);
    case Nb.MULTIPLY:
      if (ac && bc) { const [r, i] = prod(ac.real, ac.imag, bc.real, bc.imag); return cx(r, i); }
      return ac ? cx(ac.real * br!, ac.imag * br!) : cx(ar! * bc!.real, ar! * bc!.imag);
    case Nb.TRUE_DIVIDE:
      if (ac && bc) return quot(ac.real, ac.imag, bc.real, bc.imag);
      if (ac) {
        if (br === 0) throw pyError(ZeroDivisionError, "division by zero");
        return cx(ac.real / br!, ac.imag / br!);
      }
      return quot(ar!, 0, bc!.real, bc!.imag);
    case Nb.POWER: {
      const [xr, xi] = ac ? [ac.real, ac.imag] : [ar!, 0];
      const [yr, yi] = bc ? [bc.real, bc.imag] : [br!, 0];
      return complexPow(xr, xi, yr, yi);
    }
  }
  return undefined;
}

function complexCompare(a: PyValue, b: PyValue, op: Cmp): boolean | undefined {
  if (op !== Cmp.EQ && op !== Cmp.NE) {
    return a instanceof PyComplexObj || b instanceof PyComplexObj ? undefined : undefined;
  }
  const ac = a instanceof PyComplexObj ? a : null, bc = b instanceof PyComplexObj ? b : null;
  if (!ac && !bc) return undefined;
  let eq: boolean;
  if (ac && bc) eq = ac.real === bc.real && ac.imag === bc.imag;
  else {
    const c = (ac ?? bc)!, other = ac ? b : a;
    const i = intValue(other);
    if (i !== null) eq = c.imag === 0 && Number.isFinite(c.real) && Number.isInteger(c.real) && BigInt(c.real) === BigInt(i);
    else {
      const f = floatValue(other);
      if (f === null) return undefined;
      eq = c.imag === 0 && c.real === f;
    }
  }
  return eq === (op === Cmp.EQ);
}
installComplexHooks({ isComplex: (v) => v instanceof PyComplexObj, binary: complexBinary, compare: complexCompare,
  negative: (v) => cx(-(v as PyComplexObj).real, -(v as PyComplexObj).imag), abs: (v) => {
    const c = v as PyComplexObj;
    const r = hypot(c.real, c.imag);
    if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) throw pyError(OverflowError, "absolute value too large");
    return float(r);
  },
  pow: (a, b) => complexPow(a, 0, b, 0),
});

// ---- attributes and methods -------------------------------------------------------------------------

defGetter(ComplexType, "real", (c: PyComplexObj) => float(c.real));
defGetter(ComplexType, "imag", (c: PyComplexObj) => float(c.imag));
defMethod(ComplexType, "conjugate", (c: PyComplexObj, args) => {
  if (args.length) throw pyError(TypeError, `complex.conjugate() takes no arguments (${args.length} given)`);
  return cx(c.real, -c.imag);
});
defMethod(ComplexType, "__complex__", (c: PyComplexObj) => (c.type === ComplexType ? c : cx(c.real, c.imag)));
defMethod(ComplexType, "__repr__", (c: PyComplexObj, args, kw) => { wrapperArgs("__repr__", args, kw, 0); return complexRepr(c); });
defMethod(ComplexType, "__hash__", (c: PyComplexObj, args, kw) => { wrapperArgs("__hash__", args, kw, 0); return ComplexType.slots.hash!(c); });
defMethod(ComplexType, "__abs__", (c: PyComplexObj) => {
  const r = hypot(c.real, c.imag);
  if (!Number.isFinite(r) && Number.isFinite(c.real) && Number.isFinite(c.imag)) throw pyError(OverflowError, "absolute value too large");
  return float(r);
});
defMethod(ComplexType, "__getnewargs__", (c: PyComplexObj) => tupleOf([float(c.real), float(c.imag)]));
import { tuple as tupleOf } from "./containers.js";

// ---- construction ------------------------------------------------------------------------------------

/** complex_from_string_inner: "[ws][(][ws] real[+-imag j] | imag j [ws][)][ws]" */
function parseComplex(src: string): PyComplexObj | null {
  let t = src.trim();
  if (t.startsWith("(")) {
    if (!t.endsWith(")")) return null;
    t = t.slice(1, -1).trim();
  }
  const FLOAT = /^[+-]?(?:(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?|inf(?:inity)?|nan)/i;
  const val = (x: string): number => {
    const y = x.replace(/_/g, "").toLowerCase();
    const sign = y.startsWith("-") ? -1 : 1;
    const body = y.replace(/^[+-]/, "");
    if (body.startsWith("inf")) return sign * Infinity;
    if (body === "nan") return NaN;
    return sign * Number(body);
  };
  let pos = 0;
  const m = FLOAT.exec(t);
  let x: number | null = null;
  if (m && m[0] !== "" && m[0] !== "+" && m[0] !== "-") { x = val(m[0]); pos = m[0].length; }
  const rest = t.slice(pos);
  if (x !== null) {
    if (rest === "") return cx(x, 0);
    if (/^[jJ]$/.test(rest)) return cx(0, x);
    if (rest[0] === "+" || rest[0] === "-") {
      const m2 = FLOAT.exec(rest);
      if (m2 && m2[0].length > 1) {
        if (/^[jJ]$/.test(rest.slice(m2[0].length))) return cx(x, val(m2[0]));
        return null;
      }
      if (/^[+-][jJ]$/.test(rest)) return cx(x, rest[0] === "-" ? -1 : 1);
    }
    return null;
  }
  if (/^[+-]?[jJ]$/.test(t)) return cx(0, t[0] === "-" ? -1 : 1);
  return null;
}

function asComplexArg(v: PyValue, which: "real" | "imag", alone = false): PyComplexObj | number {
  if (v instanceof PyComplexObj) return v;
  const r = realOf(v);
  if (r !== null) return r;
  const t = typeOf(v);
  const cm = t.lookup("__complex__");
  if (cm !== undefined) {
    const c = callMethod(cm, v, []);
    if (!(c instanceof PyComplexObj)) throw pyError(TypeError, `__complex__ returned non-complex (type ${typeName(c)})`);
    return c;
  }
  for (const name of ["__float__", "__index__"]) {
    const m = t.lookup(name);
    if (m !== undefined) {
      const x = callMethod(m, v, []);
      return x instanceof PyFloat ? x.value : realOf(x) ?? 0;
    }
  }
  if (alone) throw pyError(TypeError, `complex() argument must be a string or a number, not ${typeName(v)}`);
  throw pyError(TypeError, `complex() argument '${which}' must be a real number, not ${typeName(v)}`);
}

TYPE_CONSTRUCTORS.set(ComplexType, (args, kwnames) => {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  if (npos > 2) throw pyError(TypeError, `complex() takes at most 2 arguments (${args.length} given)`);
  let re: PyValue | undefined = args[0], im: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (npos < 1) re = undefined;
  for (let i = 0; i < nkw; i++) {
    const k = kwnames![i], v = args[npos + i];
    if (k === "real" && npos < 1) re = v;
    else if (k === "imag" && npos < 2) im = v;
    else throw pyError(TypeError, `complex() got an unexpected keyword argument '${k}'`);
  }
  if (re === undefined) re = 0;
  if (typeof re === "string") {
    if (im !== undefined) throw pyError(TypeError, "complex() argument 'real' must be a real number, not str");
    const c = parseComplex(re);
    if (c === null) throw pyError(ValueError, "complex() arg is a malformed string");
    return c;
  }
  if (typeof im === "string") throw pyError(TypeError, "complex() argument 'imag' must be a real number, not str");
  const r = asComplexArg(re, "real", im === undefined);
  // (complex___complex___impl: an instance of a subclass gives an exact complex)
  if (im === undefined) return r instanceof PyComplexObj ? (r.type === ComplexType ? r : cx(r.real, r.imag)) : cx(r, 0);
  const DeprecationWarning = EXCEPTION_TYPES.get("DeprecationWarning")!;
  if (r instanceof PyComplexObj) warn(DeprecationWarning, "complex() argument 'real' must be a real number, not complex");
  const i = asComplexArg(im, "imag");
  if (i instanceof PyComplexObj) warn(DeprecationWarning, "complex() argument 'imag' must be a real number, not complex");
  // complex_new: only a complex operand contributes its other part
  let re2 = r instanceof PyComplexObj ? r.real : r;
  let im2 = i instanceof PyComplexObj ? i.real : i;
  if (i instanceof PyComplexObj) re2 -= i.imag;
  if (r instanceof PyComplexObj) im2 += r.imag;
  return cx(re2, im2);
});

// complex.__new__(cls, ...): a subclass's instance carries the value as complex's own do
// (CPython: Objects/complexobject.c complex_new_impl, complex_subtype_from_doubles)
ComplexType.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kwnames) => {
  if (args.length === 0) throw pyError(TypeError, "complex.__new__(): not enough arguments");
  const cls = args[0];
  if (!(cls instanceof PyType)) throw pyError(TypeError, `complex.__new__(X): X is not a type object (${typeName(cls)})`);
  if (!cls.isSubtype(ComplexType)) throw pyError(TypeError, `complex.__new__(${cls.name}): ${cls.name} is not a subtype of complex`);
  const v = TYPE_CONSTRUCTORS.get(ComplexType)!(args.slice(1), kwnames) as PyComplexObj;
  return cls === ComplexType ? v : new PyComplexObj(v.real, v.imag, cls);
}, TypeType, "complex.__new__")));

export function newComplex(re: number, im: number): PyComplexObj {
  return cx(re, im);
}

// complex.__format__ (Objects/complexobject.c complex___format___impl)
defMethod(ComplexType, "__format__", (self: PyComplexObj, args) => {
  if (args.length !== 1) throw pyError(TypeError, `complex.__format__() takes exactly one argument (${args.length} given)`);
  const spec = args[0];
  if (typeof spec !== "string") throw pyError(TypeError, `complex.__format__() argument must be str, not ${typeOf(spec).name}`);
  return spec === "" ? repr(self) : formatComplex(self.real, self.imag, spec);
});

// complex's number methods as Python sees them (complex_as_number's slot wrappers): a non-number
// operand gives NotImplemented
for (const [name, op] of [["add", Nb.ADD], ["sub", Nb.SUBTRACT], ["mul", Nb.MULTIPLY], ["truediv", Nb.TRUE_DIVIDE]] as const) {
  defMethod(ComplexType, `__${name}__`, (self, args, kw) => {
    wrapperArgs(`__${name}__`, args, kw, 1);
    return complexBinary(self, args[0], op) ?? NotImplementedRef;
  });
  defMethod(ComplexType, `__r${name}__`, (self, args, kw) => {
    wrapperArgs(`__r${name}__`, args, kw, 1);
    return complexBinary(args[0], self, op) ?? NotImplementedRef;
  });
}
defMethod(ComplexType, "__pow__", (self, args, kw) => {
  const mod = ternaryArgs("__pow__", args, kw);
  if (mod !== NoneRef) throw pyError(ValueError, "complex modulo");
  return complexBinary(self, args[0], Nb.POWER) ?? NotImplementedRef;
});
defMethod(ComplexType, "__rpow__", (self, args, kw) => {
  const mod = ternaryArgs("__rpow__", args, kw);
  if (mod !== NoneRef) throw pyError(ValueError, "complex modulo");
  return complexBinary(args[0], self, Nb.POWER) ?? NotImplementedRef;
});
defMethod(ComplexType, "__neg__", (c: PyComplexObj, args, kw) => { wrapperArgs("__neg__", args, kw, 0); return cx(-c.real, -c.imag); });
defMethod(ComplexType, "__pos__", (c: PyComplexObj, args, kw) => { wrapperArgs("__pos__", args, kw, 0); return cx(c.real, c.imag); });
defMethod(ComplexType, "__bool__", (c: PyComplexObj, args, kw) => { wrapperArgs("__bool__", args, kw, 0); return c.real !== 0 || c.imag !== 0; });
