// _opcode (CPython: Modules/_opcode.c) from tspy's one opcode table (src/interp/compile/opcodes.ts),
// so that Lib/opcode.py and Lib/dis.py describe and disassemble tspy's own bytecode.
import { None, type PyValue } from "../../objects/object.js";
import { PyList, tuple } from "../../objects/containers.js";
import { PyBuiltin, PyModule } from "../../objects/functions.js";
import { pyError, TypeError, ValueError } from "../../objects/exceptions.js";
import { isInt } from "../../objects/abstract.js";
import {
  hasArg, hasFlag, INTRINSIC_1, INTRINSIC_2, NB_OPS, OpFlag, opcodeInfo, SPECIAL_METHODS, stackEffect,
} from "../../compile/opcodes.js";

function intArg(name: string, v: PyValue | undefined): number {
  if (v === undefined) throw pyError(TypeError, `${name}() missing required argument 'opcode' (pos 1)`);
  if (!isInt(v) && typeof v !== "boolean") throw pyError(TypeError, `'${typeof v === "string" ? "str" : "float"}' object cannot be interpreted as an integer`);
  return Number(v);
}

/** _opcode.is_valid: any opcode of opmap (real, instrumented or pseudo; not specialized) */
function isValid(op: number): boolean {
  const info = opcodeInfo(op);
  return info !== undefined && info.kind !== "specialized";
}

export function makeOpcode(): PyModule {
  const m = new PyModule("_opcode");
  const d = m.dict;
  const def = (name: string, fn: (a: PyValue[], kw: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, (a, kw) => fn(a, kw), m));
  const pred = (name: string, f: (op: number) => boolean) => def(name, (a) => {
    const op = intArg(name, a[0]);
    return isValid(op) && f(op);
  });
  def("stack_effect", (a, kw) => {
    const npos = a.length - (kw?.length ?? 0);
    const op = intArg("stack_effect", a[0]);
    let oparg: PyValue = npos > 1 ? a[1] : None;
    let jump: PyValue = None;
    kw?.forEach((k, i) => {
      if (k === "jump") jump = a[npos + i];
      else if (k === "oparg") oparg = a[npos + i];
    });
    if (!isValid(op) || op === 0) throw pyError(ValueError, "invalid opcode or oparg");
    const arg = oparg === None ? 0 : intArg("stack_effect", oparg);
    const j = jump as PyValue;
    return stackEffect(op, arg, j === None ? undefined : j === true);
  });
  pred("is_valid", () => true);
  pred("has_arg", (op) => hasArg(op));
  pred("has_const", (op) => hasFlag(op, OpFlag.CONST));
  pred("has_name", (op) => hasFlag(op, OpFlag.NAME));
  pred("has_jump", (op) => hasFlag(op, OpFlag.JUMP));
  pred("has_free", (op) => hasFlag(op, OpFlag.FREE));
  pred("has_local", (op) => hasFlag(op, OpFlag.LOCAL));
  pred("has_exc", (op) => hasFlag(op, OpFlag.EXC));
  def("get_intrinsic1_descs", () => new PyList([...INTRINSIC_1]));
  def("get_intrinsic2_descs", () => new PyList([...INTRINSIC_2]));
  def("get_special_method_names", () => new PyList([...SPECIAL_METHODS]));
  def("get_nb_ops", () => new PyList(NB_OPS.map((o) => tuple([o.name, o.symbol]))));
  def("get_specialization_stats", () => None);
  def("get_executor", () => { throw pyError(ValueError, "no executor at given byte offset"); });
  d.set("ENABLE_SPECIALIZATION", false);
  d.set("ENABLE_SPECIALIZATION_FT", false);
  return m;
}
