// _decimal (CPython: Modules/_decimal/_decimal.c): the Decimal and Context types' methods, written
// in TypeScript over the arithmetic in mpd.ts; the module's Python-object bookkeeping is Python
// source (pysrc.ts) that declares the classes and calls `_mpd.install` to give them these methods.
import { None, NotImplemented, PyObject, PyType, typeOf, type PyValue, bumpTypeVersion } from "../../../objects/object.js";
import { PyBuiltin, PyModule } from "../../../objects/functions.js";
import { AttributeError, KeyError, OverflowError, PyBaseException, pyError, TypeError, ValueError } from "../../../objects/exceptions.js";
import {
  call, defGetSet, defMethod, genericSetattr, getattr, OBJECT_HASH, PyClassMethod, PyStaticMethod, truthy, typeName, isInt,
} from "../../../objects/abstract.js";
import { PyDict, PyList, PyTuple, tuple } from "../../../objects/containers.js";
import { float, normBig, PyFloat } from "../../../objects/numbers.js";
import { floatValue, intValue } from "../../../objects/int.js";
import { newComplex, PyComplexObj } from "../../../objects/complex.js";
import { builtinsDict_, Frame, runFrame } from "../../eval.js";
import { compileSource } from "../../imports.js";
import * as M from "./mpd.js";
import { type Ctx, type Dec, FIN, INF, NAN, SNAN, S, IEEE_INVALID } from "./mpd.js";
import { formatDecimal } from "./format.js";
import { DECIMAL_SOURCE } from "./pysrc.js";
import { contextVarValue } from "../_contextvars.js";

/** A Decimal (CPython: PyDecObject). */
export class PyDecimal extends PyObject implements Dec {
  sign = 0; coef = 0n; exp = 0; sp = FIN;
  constructor(type: PyType) {
    super(type);
  }
}

/** A Context (CPython: PyDecContextObject over mpd_context_t). */
export class PyContext extends PyObject implements Ctx {
  prec = 28; round = M.R_HALF_EVEN; emax = 999999; emin = -999999; clamp = 0; status = 0;
  capitals = 1;
  traps = IEEE_INVALID | S.DivisionByZero | S.Overflow;
  constructor(type: PyType) {
    super(type);
  }
}

const MAX_PREC = 999999999999999999, MAX_EMAX = 999999999999999999, MIN_EMIN = -999999999999999999;
// signal_map (_decimal.c): the signals in the order of SignalDict and flags_as_exception
const SIGNAL_FLAGS = [IEEE_INVALID, S.FloatOperation, S.DivisionByZero, S.Overflow, S.Underflow, S.Subnormal, S.Inexact, S.Rounded, S.Clamped];
// cond_map: InvalidOperation, ConversionSyntax, DivisionImpossible, DivisionUndefined, InvalidContext
const COND_FLAGS = [S.InvalidOperation, S.ConversionSyntax, S.DivisionImpossible, S.DivisionUndefined, S.InvalidContext];
// dec_signal_string: the name of each status bit in a Context's repr
const BIT_NAMES = ["Clamped", "InvalidOperation", "DivisionByZero", "InvalidOperation", "InvalidOperation", "InvalidOperation",
  "Inexact", "InvalidOperation", "InvalidOperation", "InvalidOperation", "FloatOperation", "Overflow", "Rounded", "Subnormal", "Underflow"];
const SIGNAL_KEY_ERROR = "valid values for signals are:\n  [InvalidOperation, FloatOperation, DivisionByZero,\n   Overflow, Underflow, Subnormal, Inexact, Rounded,\n   Clamped]";
const ROUNDING_ERROR = "valid values for rounding are:\n  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n   ROUND_05UP]";

/** mpd_lsnprint_signals: the names of the set bits, InvalidOperation once. */
function signalList(bits: number): string {
  const out: string[] = [];
  let invalidDone = false;
  for (let j = 0; j < 15; j++) {
    const f = bits & (1 << j);
    if (!f) continue;
    if (f & IEEE_INVALID) { if (invalidDone) continue; invalidDone = true; }
    out.push(BIT_NAMES[j]);
  }
  return "[" + out.join(", ") + "]";
}

const P61 = (1n << 61n) - 1n;
function powMod(b: bigint, e: bigint, m: bigint): bigint {
  let r = 1n; b %= m;
  while (e > 0n) { if (e & 1n) r = (r * b) % m; b = (b * b) % m; e >>= 1n; }
  return r;
}
const INV10 = powMod(10n, P61 - 2n, P61);

/** The exact Decimal value of a float (CPython: PyDecType_FromFloatExact). */
export function floatToDec(x: number): Dec {
  if (Number.isNaN(x)) return M.dec(0, 0n, 0, NAN);
  const sign = x < 0 || Object.is(x, -0) ? 1 : 0;
  if (!Number.isFinite(x)) return M.dec(sign, 0n, 0, INF);
  x = Math.abs(x);
  if (x === 0) return M.dec(sign, 0n, 0);
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0), lo = dv.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let mant = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074; else { mant |= 1n << 52n; e = bexp - 1075; }
  while (e < 0 && (mant & 1n) === 0n) { mant >>= 1n; e++; }
  if (e >= 0) return M.dec(sign, mant << BigInt(e), 0);
  return M.dec(sign, mant * 5n ** BigInt(-e), e);
}

const intToDec = (v: number | bigint): Dec => {
  const b = BigInt(v);
  return b < 0n ? M.dec(1, -b, 0) : M.dec(0, b, 0);
};

/** The ASCII form of a numeric string: whitespace stripped, underscores dropped, Unicode decimal
 *  digits as ASCII; null when a character cannot be part of a number (CPython: numeric_as_ascii). */
function numericAscii(s: string): string | null {
  s = s.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/gu, "");
  let out = "";
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (c === 95) continue; // '_'
    if (c < 128) { out += ch; continue; }
    if (!/\p{Nd}/u.test(ch)) return null;
    let start = c;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start--;
    out += String((c - start) % 10);
  }
  return out;
}


/** PyArg_ParseTupleAndKeywords without a function name (_decimal.c's "|OO" formats), with
 *  Python/getargs.c's messages: one slot per name (undefined = not given). */
function legacyArgs(args: PyValue[], kwnames: readonly string[] | null, names: readonly string[], required = 0): Array<PyValue | undefined> {
  const nkw = kwnames ? kwnames.length : 0, nargs = args.length - nkw, len = names.length;
  if (nargs + nkw > len) {
    throw pyError(TypeError, `function takes at most ${len} ${nargs === 0 ? "keyword " : ""}argument${len === 1 ? "" : "s"} (${nargs + nkw} given)`);
  }
  const out: Array<PyValue | undefined> = new Array(len).fill(undefined);
  for (let i = 0; i < nargs; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const i = names.indexOf(kwnames![k]);
    if (i < 0) throw pyError(TypeError, `this function got an unexpected keyword argument '${kwnames![k]}'`);
    if (i < nargs) throw pyError(TypeError, `argument for function given by name ('${names[i]}') and position (${i + 1})`);
    out[i] = args[nargs + k];
  }
  for (let i = 0; i < required; i++) {
    if (out[i] === undefined) throw pyError(TypeError, `function missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  return out;
}

interface State {
  Decimal: PyType; Context: PyType; signals: PyType[]; conds: PyType[];
  DecimalTuple: PyValue; SignalDict: PyValue; getcontext: PyValue; Rational: PyValue; contextVar: PyValue;
  defaultTemplate: PyContext | null;
}

function makeState(args: PyValue[]): State {
  const [Decimal, Context, signals, conds, DecimalTuple, SignalDict, getcontext, Rational, contextVar] = args;
  return {
    Decimal: Decimal as PyType, Context: Context as PyType,
    signals: (signals as PyTuple).items as PyType[], conds: (conds as PyTuple).items as PyType[],
    DecimalTuple, SignalDict, getcontext, Rational, contextVar, defaultTemplate: null,
  };
}

export function makeDecimal(): PyModule {
  const m = new PyModule("_decimal");
  let st: State | null = null;
  const helper = new PyModule("_mpd");
  const fn = (name: string, f: (args: PyValue[], kw: readonly string[] | null) => PyValue) => helper.dict.set(name, new PyBuiltin(name, f));
  fn("install", (args) => { st = makeState(args); install(st); return None; });
  fn("set_default", (args) => { st!.defaultTemplate = args[0] as PyContext; return None; });
  fn("sig_get", (args) => sigGet(st!, args[0] as PyContext, truthy(args[1]), args[2]));
  fn("sig_set", (args) => { sigSet(st!, args[0] as PyContext, truthy(args[1]), args[2], args[3]); return None; });
  fn("setattrs", (args) => { setAttrs(st!, args[0] as PyContext, args.slice(1)); return None; });
  m.dict.set("_mpd", helper);
  const code = compileSource(new TextEncoder().encode(DECIMAL_SOURCE), "<frozen _decimal>", new Map());
  const b = builtinsDict_();
  m.dict.set("__builtins__", b);
  runFrame(new Frame(code, m.dict, b, m.dict, null));
  return m;
}

// ---- signals --------------------------------------------------------------------------------------

function signalFlag(st: State, key: PyValue): number {
  const i = st.signals.indexOf(key as PyType);
  if (i < 0) throw pyError(KeyError, SIGNAL_KEY_ERROR);
  return SIGNAL_FLAGS[i];
}
function sigGet(st: State, ctx: PyContext, traps: boolean, key: PyValue): PyValue {
  const f = signalFlag(st, key);
  return ((traps ? ctx.traps : ctx.status) & f) !== 0;
}
function sigSet(st: State, ctx: PyContext, traps: boolean, key: PyValue, value: PyValue): void {
  const f = signalFlag(st, key);
  const on = truthy(value);
  if (traps) ctx.traps = on ? ctx.traps | f : ctx.traps & ~f;
  else ctx.status = on ? ctx.status | f : ctx.status & ~f;
}

/** A list of signals or a complete signal dict as status bits (CPython: context_settraps_list,
 *  dict_as_flags). */
function signalsArg(st: State, v: PyValue, allowList: boolean): number {
  if (allowList && v instanceof PyList) {
    let bits = 0;
    for (const x of v.items) bits |= signalFlag(st, x);
    return bits;
  }
  if (v instanceof PyDict) {
    if (v.size !== 9) throw pyError(KeyError, "invalid signal dict");
    let bits = 0;
    for (const [k, val] of v.entries()) if (truthy(val)) bits |= signalFlag(st, k);
    return bits;
  }
  if (v instanceof PyObject && typeOf(v).isSubtype(st.SignalDict as PyType)) {
    const d = v as PyObject;
    const ctx = getattr(d, "_ctx") as PyContext, traps = truthy(getattr(d, "_traps"));
    return traps ? ctx.traps : ctx.status;
  }
  throw pyError(TypeError, "argument must be a signal dict");
}

/** Raise the trapped conditions (CPython: dec_addstatus, flags_as_exception, flags_as_list). */
function raiseTrapped(st: State, bits: number): never {
  let ex: PyType = st.signals[0];
  for (let i = 0; i < SIGNAL_FLAGS.length; i++) if (bits & SIGNAL_FLAGS[i]) { ex = st.signals[i]; break; }
  const list: PyValue[] = [];
  for (let i = 0; i < COND_FLAGS.length; i++) if (bits & COND_FLAGS[i]) list.push(st.conds[i]);
  for (let i = 1; i < SIGNAL_FLAGS.length; i++) if (bits & SIGNAL_FLAGS[i]) list.push(st.signals[i]);
  throw call(ex, [new PyList(list)]) as PyBaseException;
}

/** Add an operation's status to the context, raising if a trap is set. */
function addStatus(st: State, ctx: PyContext, status: number): void {
  ctx.status |= status;
  const t = status & ctx.traps;
  if (t) raiseTrapped(st, t);
}

/** Run an operation of mpd.ts under `ctx`, then account for its conditions. */
function run<T>(st: State, ctx: PyContext, f: (c: Ctx) => T): T {
  const saved = ctx.status;
  ctx.status = 0;
  let r: T;
  try {
    r = f(ctx);
  } finally {
    const s = ctx.status;
    ctx.status = saved;
    ctx.status |= s;
    var status = s; // eslint-disable-line no-var
  }
  const t = status & ctx.traps;
  if (t) raiseTrapped(st, t);
  return r;
}

// ---- context attributes ---------------------------------------------------------------------------

function setPrec(c: PyContext, v: PyValue): void {
  const n = intValue(v);
  if (n === null) throw pyError(TypeError, "an integer is required");
  if (!(n >= 1 && n <= MAX_PREC)) throw pyError(ValueError, "valid range for prec is [1, MAX_PREC]");
  c.prec = Number(n);
}
function setRounding(c: PyContext, v: PyValue): void {
  const i = typeof v === "string" ? M.ROUND_NAMES.indexOf(v) : -1;
  if (i < 0) throw pyError(TypeError, ROUNDING_ERROR);
  c.round = i;
}
function setEmin(c: PyContext, v: PyValue): void {
  const n = intValue(v);
  if (n === null) throw pyError(TypeError, "an integer is required");
  if (!(n >= MIN_EMIN && n <= 0)) throw pyError(ValueError, "valid range for Emin is [MIN_EMIN, 0]");
  c.emin = Number(n);
}
function setEmax(c: PyContext, v: PyValue): void {
  const n = intValue(v);
  if (n === null) throw pyError(TypeError, "an integer is required");
  if (!(n >= 0 && n <= MAX_EMAX)) throw pyError(ValueError, "valid range for Emax is [0, MAX_EMAX]");
  c.emax = Number(n);
}
function setZeroOne(c: PyContext, v: PyValue, name: "capitals" | "clamp"): void {
  const n = intValue(v);
  if (n === null) throw pyError(TypeError, "an integer is required");
  if (n !== 0 && n !== 1) throw pyError(ValueError, `valid values for ${name} are 0 or 1`);
  c[name] = Number(n);
}

/** context_setattrs: the non-None values of prec, rounding, Emin, Emax, capitals, clamp, flags, traps. */
function setAttrs(st: State, c: PyContext, v: PyValue[]): void {
  const given = (i: number) => v[i] !== undefined && v[i] !== None;
  if (given(0)) setPrec(c, v[0]);
  if (given(1)) setRounding(c, v[1]);
  if (given(2)) setEmin(c, v[2]);
  if (given(3)) setEmax(c, v[3]);
  if (given(4)) setZeroOne(c, v[4], "capitals");
  if (given(5)) setZeroOne(c, v[5], "clamp");
  if (given(6)) c.status = signalsArg(st, v[6], true);
  if (given(7)) c.traps = signalsArg(st, v[7], true);
}

// ---- conversions ----------------------------------------------------------------------------------

function install(st: State): void {
  const D = st.Decimal, C = st.Context;
  D.cName = "decimal.Decimal";
  C.cName = "decimal.Context";

  const newDec = (d: Dec, type: PyType = D): PyDecimal => {
    const r = new PyDecimal(type);
    r.sign = d.sign; r.coef = d.coef; r.exp = d.exp; r.sp = d.sp;
    if (type !== D && !type.noDict) r.dict = new PyDict();
    return r;
  };
  const current = (): PyContext => {
    const c = contextVarValue(st.contextVar);
    return c instanceof PyContext ? c : (call(st.getcontext, []) as PyContext);
  };
  const ctxArg = (v: PyValue | undefined): PyContext => {
    if (v === undefined || v === None) return current();
    if (!(v instanceof PyContext)) throw pyError(TypeError, "optional argument must be a context");
    return v;
  };
  /** convert_op (NotImplemented for other types) */
  const toDec = (v: PyValue): Dec | null => {
    if (v instanceof PyDecimal) return v;
    const i = intValue(v);
    if (i !== null) return intToDec(i);
    return null;
  };
  /** convert_op_raise */
  const convRaise = (v: PyValue): Dec => {
    const d = toDec(v);
    if (d === null) throw pyError(TypeError, `conversion from ${typeName(v)} to Decimal is not supported`);
    return d;
  };

  /** NaN payloads longer than the context holds are a ConversionSyntax (create_decimal). */
  const checkPayload = (d: Dec, c: Ctx): Dec => {
    if (d.sp >= NAN && d.coef !== 0n && M.ndigits(d.coef) > c.prec - c.clamp) {
      c.status |= S.ConversionSyntax;
      return M.dec(0, 0n, 0, NAN);
    }
    return d;
  };

  /** Decimal(value) / Context.create_decimal(value): exact, or (ctx given) rounded to ctx. */
  const fromObject = (v: PyValue, ctx: PyContext, round: boolean): Dec => {
    if (v instanceof PyDecimal) {
      if (!round) return v;
      return run(st, ctx, (c) => { const d = checkPayload(v, c); return d === v ? M.finalize(v, c) : d; });
    }
    if (typeof v === "string" || (v instanceof PyObject && typeOf(v).isSubtype(typeOf("")) && typeof (v as { value?: unknown }).value === "string")) {
      const s = typeof v === "string" ? v : (v as unknown as { value: string }).value;
      const a = numericAscii(s);
      const d = a === null ? null : M.parse(a);
      if (d === null || d === "overflow") {
        return run(st, ctx, (c) => { c.status |= d === "overflow" ? S.InvalidOperation : S.ConversionSyntax; return M.dec(0, 0n, 0, NAN); });
      }
      if (!round) return d;
      return run(st, ctx, (c) => { const x = checkPayload(d, c); return x === d ? M.finalize(d, c) : x; });
    }
    const i = intValue(v);
    if (i !== null) {
      const d = intToDec(i);
      return round ? run(st, ctx, (c) => M.finalize(d, c)) : d;
    }
    const f = floatValue(v);
    if (f !== null) {
      run(st, ctx, (c) => { c.status |= S.FloatOperation; });
      const d = floatToDec(f);
      return round ? run(st, ctx, (c) => M.finalize(d, c)) : d;
    }
    if (v instanceof PyTuple || v instanceof PyList) {
      const d = fromTuple(v);
      return round ? run(st, ctx, (c) => { const x = checkPayload(d, c); return x === d ? M.finalize(d, c) : x; }) : d;
    }
    throw pyError(TypeError, `conversion from ${typeName(v)} to Decimal is not supported`);
  };

  /** CPython: dectuple_as_str */
  const fromTuple = (v: PyTuple | PyList): Dec => {
    const items = v.items;
    if (items.length !== 3) throw pyError(ValueError, "argument must be a sequence of length 3");
    const sign = intValue(items[0]);
    if (sign === null || typeof items[0] === "boolean" || (sign !== 0 && sign !== 1)) throw pyError(ValueError, "sign must be an integer with the value 0 or 1");
    let sp = FIN, exp = 0;
    const e = items[2];
    if (typeof e === "string") {
      if (e === "F") sp = INF; else if (e === "n") sp = NAN; else if (e === "N") sp = SNAN;
      else throw pyError(ValueError, "string argument in the third position must be 'F', 'n' or 'N'");
    } else {
      const ev = intValue(e);
      if (ev === null) throw pyError(ValueError, "exponent must be an integer");
      exp = Number(ev);
    }
    const digits = items[1];
    if (!(digits instanceof PyTuple || digits instanceof PyList)) throw pyError(ValueError, "coefficient must be a tuple of digits");
    let s = "";
    for (const x of digits.items) {
      const dv = intValue(x);
      if (dv === null || dv < 0 || dv > 9) throw pyError(ValueError, "coefficient must be a tuple of digits");
      s += String(dv);
    }
    if (sp === INF) return M.dec(Number(sign), 0n, 0, INF);
    return M.dec(Number(sign), BigInt(s || "0"), sp === FIN ? exp : 0, sp);
  };

  // ---- Decimal -----------------------------------------------------------------------------------
  const def = defMethod;
  const self_ = (v: PyValue): PyDecimal => {
    if (!(v instanceof PyDecimal)) throw pyError(TypeError, `descriptor requires a 'decimal.Decimal' object but received a '${typeName(v)}'`);
    return v;
  };

  D.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
    const cls = args[0] as PyType;
    const [value, context] = legacyArgs(args.slice(1), kw, ["value", "context"], 0);
    const v = value ?? "0";
    const ctx = ctxArg(context);
    if (cls === D && v instanceof PyDecimal && v.type === D) return v;
    return newDec(fromObject(v, ctx, false), cls);
  })));
  D.ns.set("from_float", new PyClassMethod(new PyBuiltin("from_float", (args) => {
    const cls = args[0] as PyType, f = args[1];
    let d: Dec;
    const i = intValue(f);
    if (i !== null) d = intToDec(i);
    else {
      const x = floatValue(f);
      if (x === null) throw pyError(TypeError, "argument must be int or float");
      d = floatToDec(x);
    }
    const r = newDec(d);
    return cls === D ? r : call(cls, [r]);
  })));
  D.ns.set("from_number", new PyClassMethod(new PyBuiltin("from_number", (args) => {
    const cls = args[0] as PyType, v = args[1];
    let d: Dec | null = toDec(v);
    if (d === null) { const x = floatValue(v); if (x !== null) d = floatToDec(x); }
    if (d === null) throw pyError(TypeError, `conversion from ${typeName(v)} to Decimal is not supported`);
    const r = newDec(d);
    return cls === D ? r : call(cls, [r]);
  })));

  const str = (a: Dec, caps = current().capitals) => M.toSciString(a, caps);
  def(D, "__repr__", (s) => `Decimal('${str(self_(s))}')`);
  def(D, "__str__", (s) => str(self_(s)));
  def(D, "to_eng_string", (s, args, kw) => {
    const [context] = legacyArgs(args, kw, ["context"], 0);
    return M.toSciString(self_(s), ctxArg(context).capitals, true);
  });
  def(D, "__format__", (s, args) => {
    const spec = args[0];
    if (typeof spec !== "string") throw pyError(TypeError, "format() argument 1 must be str, not " + typeName(spec));
    const ctx = current();
    return formatDecimal(self_(s), spec, ctx, args[1]);
  });
  def(D, "__bool__", (s) => { const a = self_(s); return a.sp !== FIN || a.coef !== 0n; });
  def(D, "__hash__", (s) => {
    const a = self_(s);
    if (a.sp === SNAN) throw pyError(TypeError, "Cannot hash a signaling NaN value");
    if (a.sp === NAN) return OBJECT_HASH.fn(s, [], null);
    if (a.sp === INF) return a.sign ? -314159 : 314159;
    const e = a.exp >= 0 ? powMod(10n, BigInt(a.exp), P61) : powMod(INV10, BigInt(-a.exp), P61);
    let h = (a.coef * e) % P61;
    if (a.sign) h = -h;
    return normBig(h === -1n ? -2n : h);
  });
  const toIntChecked = (a: Dec, mode: number, what = "integer"): PyValue => {
    if (a.sp >= NAN) throw pyError(ValueError, `cannot convert NaN to ${what}`);
    if (a.sp === INF) throw pyError(OverflowError, `cannot convert Infinity to ${what}`);
    return normBig(M.toBigInt(M.rescale(a, 0, mode)));
  };
  def(D, "__int__", (s) => toIntChecked(self_(s), M.R_DOWN));
  def(D, "__trunc__", (s) => toIntChecked(self_(s), M.R_DOWN));
  def(D, "__floor__", (s) => toIntChecked(self_(s), M.R_FLOOR));
  def(D, "__ceil__", (s) => toIntChecked(self_(s), M.R_CEILING));
  def(D, "__round__", (s, args) => {
    const a = self_(s);
    if (args.length && args[0] !== None) {
      const n = intValue(args[0]);
      if (n === null) throw pyError(TypeError, "optional arg must be an integer");
      const ctx = current();
      return newDec(run(st, ctx, (c) => M.quantize(a, M.dec(0, 1n, -Number(n)), c)));
    }
    return toIntChecked(a, M.R_HALF_EVEN);
  });
  def(D, "__float__", (s) => {
    const a = self_(s);
    if (a.sp === SNAN) throw pyError(ValueError, "cannot convert signaling NaN to float");
    if (a.sp === NAN) return float(NaN);
    return float(Number(M.toSciString(a)));
  });
  def(D, "__complex__", (s) => {
    const a = self_(s);
    if (a.sp === SNAN) throw pyError(ValueError, "cannot convert signaling NaN to float");
    return newComplex(a.sp === NAN ? NaN : Number(M.toSciString(a)), 0);
  });
  def(D, "as_tuple", (s) => {
    const a = self_(s);
    let digits: PyValue[], exp: PyValue;
    if (a.sp === INF) { digits = [0]; exp = "F"; }
    else {
      digits = a.sp >= NAN && a.coef === 0n ? [] : [...a.coef.toString()].map((ch) => ch.charCodeAt(0) - 48);
      exp = a.sp === NAN ? "n" : a.sp === SNAN ? "N" : a.exp;
    }
    return call(st.DecimalTuple, [a.sign, tuple(digits), exp]);
  });
  def(D, "as_integer_ratio", (s) => {
    const a = self_(s);
    if (a.sp >= NAN) throw pyError(ValueError, "cannot convert NaN to integer ratio");
    if (a.sp === INF) throw pyError(OverflowError, "cannot convert Infinity to integer ratio");
    let n = a.coef, d = 1n;
    if (a.exp >= 0) n *= M.pow10(a.exp);
    else {
      d = M.pow10(-a.exp);
      let x = n, y = d;
      while (y) [x, y] = [y, x % y];
      if (x > 1n) { n /= x; d /= x; }
      if (n === 0n) d = 1n;
    }
    return tuple([normBig(a.sign ? -n : n), normBig(d)]);
  });
  def(D, "__reduce__", (s) => tuple([typeOf(s), tuple([str(self_(s), 1)])]));
  def(D, "__copy__", (s) => s);
  def(D, "__deepcopy__", (s) => s);
  def(D, "__sizeof__", (s) => 104 + Math.ceil(M.ndigits(self_(s).coef) / 19) * 8);
  def(D, "adjusted", (s) => M.adjusted(self_(s)));
  def(D, "canonical", (s) => self_(s));
  def(D, "conjugate", (s) => self_(s));
  def(D, "radix", () => newDec(M.dec(0, 10n, 0)));
  defGetSet(D, "real", (s) => self_(s));
  defGetSet(D, "imag", () => newDec(M.dec(0, 0n, 0)));
  def(D, "copy_abs", (s) => { const a = self_(s); return newDec(M.dec(0, a.coef, a.exp, a.sp)); });
  def(D, "copy_negate", (s) => { const a = self_(s); return newDec(M.dec(1 - a.sign, a.coef, a.exp, a.sp)); });

  // predicates
  const preds: Record<string, (a: Dec, c: () => Ctx) => boolean> = {
    is_canonical: () => true,
    is_finite: (a) => a.sp === FIN,
    is_infinite: (a) => a.sp === INF,
    is_nan: (a) => a.sp >= NAN,
    is_qnan: (a) => a.sp === NAN,
    is_snan: (a) => a.sp === SNAN,
    is_signed: (a) => a.sign === 1,
    is_zero: (a) => a.sp === FIN && a.coef === 0n,
    is_normal: (a, c) => a.sp === FIN && a.coef !== 0n && M.adjusted(a) >= c().emin,
    is_subnormal: (a, c) => a.sp === FIN && a.coef !== 0n && M.adjusted(a) < c().emin,
  };
  for (const [name, f] of Object.entries(preds)) {
    const takesCtx = name === "is_normal" || name === "is_subnormal";
    def(D, name, (s, args, kw) => {
      if (takesCtx) { const [context] = legacyArgs(args, kw, ["context"], 0); return f(self_(s), () => ctxArg(context)); }
      if (args.length) throw pyError(TypeError, `Decimal.${name}() takes no arguments (${args.length} given)`);
      return f(self_(s), () => current());
    });
    def(C, name, (s, args) => {
      if (args.length !== 1) throw pyError(TypeError, `Context.${name}() takes exactly one argument (${args.length} given)`);
      return f(convRaise(args[0]), () => s as PyContext);
    });
  }

  // unary operations: Decimal.name(context=None), Context.name(x)
  const unary: Record<string, (a: Dec, c: Ctx) => Dec> = {
    exp: M.exp, ln: M.ln, log10: M.log10, logb: M.logb, sqrt: M.sqrt, normalize: M.reduce,
    next_minus: (a, c) => M.nextToward(a, c, false), next_plus: (a, c) => M.nextToward(a, c, true),
    logical_invert: (a, c) => M.logical(a, null, c, "invert"),
  };
  for (const [name, f] of Object.entries(unary)) {
    def(D, name, (s, args, kw) => {
      const [context] = legacyArgs(args, kw, ["context"], 0);
      const ctx = ctxArg(context);
      return newDec(run(st, ctx, (c) => f(self_(s), c)));
    });
    def(C, name, (s: PyContext, args) => {
      if (args.length !== 1) throw pyError(TypeError, `Context.${name}() takes exactly one argument (${args.length} given)`);
      const a = convRaise(args[0]);
      return newDec(run(st, s, (c) => f(a, c)));
    });
  }
  // to_integral*: (rounding=None, context=None)
  const roundingArg = (v: PyValue | undefined, ctx: PyContext): number => {
    if (v === undefined || v === None) return ctx.round;
    const i = typeof v === "string" ? M.ROUND_NAMES.indexOf(v) : -1;
    if (i < 0) throw pyError(TypeError, ROUNDING_ERROR);
    return i;
  };
  for (const name of ["to_integral", "to_integral_value", "to_integral_exact"]) {
    const exact = name === "to_integral_exact";
    def(D, name, (s, args, kw) => {
      const [rounding, context] = legacyArgs(args, kw, ["rounding", "context"], 0);
      const ctx = ctxArg(context);
      const mode = roundingArg(rounding, ctx);
      return newDec(run(st, ctx, (c) => M.toIntegral(self_(s), c, mode, exact)));
    });
    def(C, name, (s: PyContext, args) => {
      const a = convRaise(args[0]);
      return newDec(run(st, s, (c) => M.toIntegral(a, c, s.round, exact)));
    });
  }
  def(D, "number_class", (s, args, kw) => {
    const [context] = legacyArgs(args, kw, ["context"], 0);
    return M.numberClass(self_(s), ctxArg(context));
  });
  def(C, "number_class", (s: PyContext, args) => M.numberClass(convRaise(args[0]), s));

  // binary operations: Decimal.name(other, context=None), Context.name(x, y)
  const cmpDec = (r: number): Dec => M.dec(r < 0 ? 1 : 0, BigInt(Math.abs(r)), 0);
  const binary: Record<string, (a: Dec, b: Dec, c: Ctx) => Dec> = {
    compare: (a, b, c) => M.checkNaNs(a, b, c) ?? cmpDec(M.cmp(a, b)),
    compare_signal: (a, b, c) => {
      if (a.sp >= NAN || b.sp >= NAN) { c.status |= S.InvalidOperation; return M.checkNaNs(a, b, c)!; }
      return cmpDec(M.cmp(a, b));
    },
    max: (a, b, c) => M.maxMin(a, b, c, true, false),
    max_mag: (a, b, c) => M.maxMin(a, b, c, true, true),
    min: (a, b, c) => M.maxMin(a, b, c, false, false),
    min_mag: (a, b, c) => M.maxMin(a, b, c, false, true),
    next_toward: M.nextTowardDec,
    remainder_near: M.remNear,
    logical_and: (a, b, c) => M.logical(a, b, c, "and"),
    logical_or: (a, b, c) => M.logical(a, b, c, "or"),
    logical_xor: (a, b, c) => M.logical(a, b, c, "xor"),
    rotate: (a, b, c) => M.shiftRotate(a, b, c, true),
    shift: (a, b, c) => M.shiftRotate(a, b, c, false),
    scaleb: M.scaleb,
  };
  const ctxOnly: Record<string, (a: Dec, b: Dec, c: Ctx) => Dec> = {
    add: M.add, subtract: M.sub, multiply: M.mul, divide: M.div, divide_int: M.divint, remainder: M.rem,
  };
  for (const [name, f] of Object.entries(binary)) {
    def(D, name, (s, args, kw) => {
      const [other, context] = legacyArgs(args, kw, ["other", "context"], 1);
      const ctx = ctxArg(context);
      const b = convRaise(other!);
      return newDec(run(st, ctx, (c) => f(self_(s), b, c)));
    });
  }
  for (const [name, f] of [...Object.entries(binary), ...Object.entries(ctxOnly)]) {
    def(C, name, (s: PyContext, args) => {
      if (args.length !== 2) throw pyError(TypeError, `${name} expected 2 arguments, got ${args.length}`);
      const a = convRaise(args[0]), b = convRaise(args[1]);
      return newDec(run(st, s, (c) => f(a, b, c)));
    });
  }
  def(C, "divmod", (s: PyContext, args) => {
    const a = convRaise(args[0]), b = convRaise(args[1]);
    const [q, r] = run(st, s, (c) => M.divmod(a, b, c));
    return tuple([newDec(q), newDec(r)]);
  });
  def(C, "power", (s: PyContext, args, kw) => {
    const [x, y, modulo] = legacyArgs(args, kw, ["a", "b", "modulo"], 2);
    const a = convRaise(x!), b = convRaise(y!);
    if (modulo !== undefined && modulo !== None) {
      const mm = convRaise(modulo);
      return newDec(run(st, s, (c) => M.powmod(a, b, mm, c)));
    }
    return newDec(run(st, s, (c) => M.power(a, b, c)));
  });
  def(D, "quantize", (s, args, kw) => {
    const [exp, rounding, context] = legacyArgs(args, kw, ["exp", "rounding", "context"], 1);
    const ctx = ctxArg(context);
    const mode = roundingArg(rounding, ctx);
    const b = convRaise(exp!);
    return newDec(run(st, ctx, (c) => M.quantize(self_(s), b, c, mode)));
  });
  def(C, "quantize", (s: PyContext, args) => {
    const a = convRaise(args[0]), b = convRaise(args[1]);
    return newDec(run(st, s, (c) => M.quantize(a, b, c)));
  });
  def(D, "fma", (s, args, kw) => {
    const [other, third, context] = legacyArgs(args, kw, ["other", "third", "context"], 2);
    const ctx = ctxArg(context);
    const b = convRaise(other!), c3 = convRaise(third!);
    return newDec(run(st, ctx, (c) => M.fma(self_(s), b, c3, c)));
  });
  def(C, "fma", (s: PyContext, args) => {
    const a = convRaise(args[0]), b = convRaise(args[1]), d = convRaise(args[2]);
    return newDec(run(st, s, (c) => M.fma(a, b, d, c)));
  });
  // no context needed
  const total: Record<string, (a: Dec, b: Dec) => PyValue> = {
    compare_total: (a, b) => newDec(cmpDec(M.cmpTotal(a, b))),
    compare_total_mag: (a, b) => newDec(cmpDec(M.cmpTotal(M.dec(0, a.coef, a.exp, a.sp), M.dec(0, b.coef, b.exp, b.sp)))),
    copy_sign: (a, b) => newDec(M.dec(b.sign, a.coef, a.exp, a.sp)),
    same_quantum: (a, b) => {
      if (a.sp || b.sp) return (a.sp >= NAN && b.sp >= NAN) || (a.sp === INF && b.sp === INF);
      return a.exp === b.exp;
    },
  };
  for (const [name, f] of Object.entries(total)) {
    def(D, name, (s, args, kw) => {
      const [other, context] = legacyArgs(args, kw, ["other", "context"], 1);
      if (context !== undefined) ctxArg(context);
      return f(self_(s), convRaise(other!));
    });
    def(C, name, (_s, args) => f(convRaise(args[0]), convRaise(args[1])));
  }

  // number protocol
  const binops: Array<[string, (a: Dec, b: Dec, c: Ctx) => Dec]> = [
    ["add", M.add], ["sub", M.sub], ["mul", M.mul], ["truediv", M.div], ["floordiv", M.divint], ["mod", M.rem],
  ];
  for (const [name, f] of binops) {
    def(D, `__${name}__`, (s, args) => {
      const b = toDec(args[0]);
      if (b === null) return NotImplemented;
      const ctx = current();
      return newDec(run(st, ctx, (c) => f(self_(s), b, c)));
    });
    def(D, `__r${name}__`, (s, args) => {
      const b = toDec(args[0]);
      if (b === null) return NotImplemented;
      const ctx = current();
      return newDec(run(st, ctx, (c) => f(b, self_(s), c)));
    });
  }
  const divmodOp = (a: Dec, b: Dec) => {
    const [q, r] = run(st, current(), (c) => M.divmod(a, b, c));
    return tuple([newDec(q), newDec(r)]);
  };
  def(D, "__divmod__", (s, args) => { const b = toDec(args[0]); return b === null ? NotImplemented : divmodOp(self_(s), b); });
  def(D, "__rdivmod__", (s, args) => { const b = toDec(args[0]); return b === null ? NotImplemented : divmodOp(b, self_(s)); });
  const powOp = (a: Dec, b: Dec, mod: PyValue | undefined): PyValue => {
    const ctx = current();
    if (mod !== undefined && mod !== None) {
      const mm = toDec(mod);
      if (mm === null) return NotImplemented;
      return newDec(run(st, ctx, (c) => M.powmod(a, b, mm, c)));
    }
    return newDec(run(st, ctx, (c) => M.power(a, b, c)));
  };
  def(D, "__pow__", (s, args) => { const b = toDec(args[0]); return b === null ? NotImplemented : powOp(self_(s), b, args[1]); });
  def(D, "__rpow__", (s, args) => { const b = toDec(args[0]); return b === null ? NotImplemented : powOp(b, self_(s), args[1]); });
  def(D, "__neg__", (s) => newDec(run(st, current(), (c) => M.minus(self_(s), c))));
  def(D, "__pos__", (s) => newDec(run(st, current(), (c) => M.plus(self_(s), c))));
  def(D, "__abs__", (s) => newDec(run(st, current(), (c) => M.abs_(self_(s), c))));
  for (const [name, f] of [["abs", M.abs_], ["plus", M.plus], ["minus", M.minus]] as const) {
    def(C, name, (s: PyContext, args) => { const a = convRaise(args[0]); return newDec(run(st, s, (c) => f(a, c))); });
  }
  def(C, "copy_abs", (_s, args) => { const a = convRaise(args[0]); return newDec(M.dec(0, a.coef, a.exp, a.sp)); });
  def(C, "copy_negate", (_s, args) => { const a = convRaise(args[0]); return newDec(M.dec(1 - a.sign, a.coef, a.exp, a.sp)); });
  def(C, "copy_decimal", (_s, args) => newDec(convRaise(args[0])));
  def(C, "canonical", (_s, args) => {
    if (!(args[0] instanceof PyDecimal)) throw pyError(TypeError, "argument must be a Decimal");
    return args[0];
  });
  def(C, "logb", (s: PyContext, args) => { const a = convRaise(args[0]); return newDec(run(st, s, (c) => M.logb(a, c))); });
  def(C, "to_sci_string", (s: PyContext, args) => M.toSciString(convRaise(args[0]), s.capitals));
  def(C, "to_eng_string", (s: PyContext, args) => M.toSciString(convRaise(args[0]), s.capitals, true));
  def(C, "radix", () => newDec(M.dec(0, 10n, 0)));

  // comparisons (CPython: dec_richcompare, convert_op_cmp)
  const cmpOps = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];
  cmpOps.forEach((name, op) => {
    const eqop = op === 2 || op === 3;
    def(D, name, (s, args) => {
      let a: Dec = self_(s);
      const other = args[0];
      let b: Dec | null = toDec(other);
      if (b === null) {
        const f = floatValue(other);
        if (f !== null) {
          const ctx = current();
          if (eqop) ctx.status |= S.FloatOperation;
          else run(st, ctx, (c) => { c.status |= S.FloatOperation; });
          b = floatToDec(f);
        } else if (eqop && other instanceof PyComplexObj) {
          if (other.imag !== 0) return NotImplemented;
          current().status |= S.FloatOperation;
          b = floatToDec(other.real);
        } else if (other instanceof PyObject && truthy(call(builtinsDict_().get("isinstance")!, [other, st.Rational]))) {
          const num = intValue(getattr(other, "numerator")), den = intValue(getattr(other, "denominator"));
          if (num === null || den === null) return NotImplemented;
          if (a.sp === FIN) a = M.dec(a.sign, a.coef * BigInt(den), a.exp);
          b = intToDec(num);
        } else return NotImplemented;
      }
      if (a.sp >= NAN || b.sp >= NAN) {
        if (!eqop || a.sp === SNAN || b.sp === SNAN) run(st, current(), (c) => { c.status |= S.InvalidOperation; });
        return op === 3;
      }
      const r = M.cmp(a, b);
      switch (op) {
        case 0: return r < 0;
        case 1: return r <= 0;
        case 2: return r === 0;
        case 3: return r !== 0;
        case 4: return r > 0;
        default: return r >= 0;
      }
    });
  });

  // ---- Context -----------------------------------------------------------------------------------
  const newContext = (type: PyType): PyContext => {
    const c = new PyContext(type);
    const t = st.defaultTemplate;
    if (t) { c.prec = t.prec; c.round = t.round; c.emin = t.emin; c.emax = t.emax; c.capitals = t.capitals; c.clamp = t.clamp; c.traps = t.traps; }
    if (type !== C && !type.noDict) c.dict = new PyDict();
    return c;
  };
  const ctxSelf = (v: PyValue): PyContext => {
    if (!(v instanceof PyContext)) throw pyError(TypeError, `descriptor requires a 'decimal.Context' object but received a '${typeName(v)}'`);
    return v;
  };
  C.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => newContext(args[0] as PyType))));
  const CTX_NAMES = ["prec", "rounding", "Emin", "Emax", "capitals", "clamp", "flags", "traps"];
  def(C, "__init__", (s, args, kw) => {
    const v = legacyArgs(args, kw, CTX_NAMES, 0);
    setAttrs(st, ctxSelf(s), v as PyValue[]);
    return None;
  });
  defGetSet(C, "prec", (s) => ctxSelf(s).prec, (s, v) => setPrec(ctxSelf(s), v ?? None));
  defGetSet(C, "rounding", (s) => M.ROUND_NAMES[ctxSelf(s).round], (s, v) => setRounding(ctxSelf(s), v ?? None));
  defGetSet(C, "Emin", (s) => ctxSelf(s).emin, (s, v) => setEmin(ctxSelf(s), v ?? None));
  defGetSet(C, "Emax", (s) => ctxSelf(s).emax, (s, v) => setEmax(ctxSelf(s), v ?? None));
  defGetSet(C, "capitals", (s) => ctxSelf(s).capitals, (s, v) => setZeroOne(ctxSelf(s), v ?? None, "capitals"));
  defGetSet(C, "clamp", (s) => ctxSelf(s).clamp, (s, v) => setZeroOne(ctxSelf(s), v ?? None, "clamp"));
  defGetSet(C, "flags", (s) => call(st.SignalDict, [s, false]), (s, v) => { ctxSelf(s).status = signalsArg(st, v ?? None, false); });
  defGetSet(C, "traps", (s) => call(st.SignalDict, [s, true]), (s, v) => { ctxSelf(s).traps = signalsArg(st, v ?? None, false); });
  // context_setattr: generic, but its own messages (no "__dict__" clause; no deleting attributes)
  def(C, "__setattr__", (s, args) => {
    const name = args[0];
    if (typeof name === "string" && !(s as PyObject).dict && typeOf(s).lookup(name) === undefined) {
      throw pyError(AttributeError, `'decimal.Context' object has no attribute '${name}'`);
    }
    genericSetattr(s, name as string, args[1]);
    return None;
  });
  def(C, "__delattr__", () => {
    throw pyError(AttributeError, "context attributes cannot be deleted");
  });
  def(C, "__repr__", (s) => {
    const c = ctxSelf(s);
    return `Context(prec=${c.prec}, rounding=${M.ROUND_NAMES[c.round]}, Emin=${c.emin}, Emax=${c.emax}, capitals=${c.capitals}, clamp=${c.clamp}, flags=${signalList(c.status)}, traps=${signalList(c.traps)})`;
  });
  const copyCtx = (s: PyValue): PyContext => {
    const c = ctxSelf(s);
    const r = new PyContext(C); // context_copy makes a Context whatever the subclass
    r.prec = c.prec; r.round = c.round; r.emin = c.emin; r.emax = c.emax; r.capitals = c.capitals; r.clamp = c.clamp;
    r.status = c.status; r.traps = c.traps;
    return r;
  };
  def(C, "copy", copyCtx);
  def(C, "__copy__", copyCtx);
  const bitsToList = (bits: number) => new PyList(st.signals.filter((_, i) => bits & SIGNAL_FLAGS[i]));
  def(C, "__reduce__", (s) => {
    const c = ctxSelf(s);
    return tuple([typeOf(s), tuple([c.prec, M.ROUND_NAMES[c.round], c.emin, c.emax, c.capitals, c.clamp, bitsToList(c.status), bitsToList(c.traps)])]);
  });
  def(C, "clear_flags", (s) => { ctxSelf(s).status = 0; return None; });
  def(C, "clear_traps", (s) => { ctxSelf(s).traps = 0; return None; });
  def(C, "Etiny", (s) => M.etiny(ctxSelf(s)));
  def(C, "Etop", (s) => M.etop(ctxSelf(s)));
  def(C, "_apply", (s, args) => { const c = ctxSelf(s); const a = convRaise(args[0]); return newDec(run(st, c, (x) => M.finalize(a, x))); });
  def(C, "create_decimal", (s, args, kw) => {
    const [num] = legacyArgs(args, kw, ["num"], 0);
    return newDec(fromObject(num ?? "0", ctxSelf(s), true));
  });
  def(C, "create_decimal_from_float", (s, args) => {
    const c = ctxSelf(s), f = args[0];
    const i = intValue(f);
    let d: Dec;
    if (i !== null) d = intToDec(i);
    else {
      const x = floatValue(f);
      if (x === null) throw pyError(TypeError, "argument must be int or float");
      d = floatToDec(x);
    }
    return newDec(run(st, c, (x) => M.finalize(d, x)));
  });
  def(C, "_unsafe_setprec", (s, args) => { ctxSelf(s).prec = Number(intValue(args[0])); return None; });
  def(C, "_unsafe_setemin", (s, args) => { ctxSelf(s).emin = Number(intValue(args[0])); return None; });
  def(C, "_unsafe_setemax", (s, args) => { ctxSelf(s).emax = Number(intValue(args[0])); return None; });
  bumpTypeVersion();
  void isInt; void PyFloat;
}
