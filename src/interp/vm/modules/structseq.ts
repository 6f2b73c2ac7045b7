// Struct sequences: named tuples made in C (os.stat_result, os.terminal_size, time.struct_time).
// CPython: Objects/structseq.c (structseq_new_impl, structseq_repr, structseq_reduce,
// PyStructSequence_InitType2: n_sequence_fields, n_fields, n_unnamed_fields, __match_args__).
import { None, PyType, TypeType, type PyValue } from "../../objects/object.js";
import { defGetter, defMethod, iterateToArray, repr, PyStaticMethod, typeName } from "../../objects/abstract.js";
import { PyDict, PyTuple, TupleType, tuple } from "../../objects/containers.js";
import { pyError, TypeError } from "../../objects/exceptions.js";
import { PyBuiltin } from "../../objects/functions.js";
import { kwArgs } from "../../objects/args.js";

export class PyStructSeq extends PyTuple {
  constructor(type: PyType, visible: readonly PyValue[], readonly extra: PyValue[]) {
    super(visible);
    this.type = type;
  }
}

export interface StructSeqType {
  type: PyType;
  make(values: readonly PyValue[]): PyStructSeq;
}

/** A struct sequence type `module.name` whose first `nVisible` fields are the tuple's items;
 *  a null field name is an unnamed (index-only) field. */
export function structSeqType(module: string, name: string, fields: readonly (string | null)[], nVisible: number,
  fixNew?: (values: PyValue[]) => void): StructSeqType {
  const t = new PyType(TypeType, name, [TupleType], new Map(), false, module);
  t.baseType = false;
  const named = fields.map((f, i) => [f, i] as const).filter(([f]) => f !== null) as (readonly [string, number])[];
  const nUnnamed = fields.length - named.length;
  const make = (values: readonly PyValue[]): PyStructSeq => new PyStructSeq(t, values.slice(0, nVisible), values.slice(nVisible));
  for (const [f, i] of named) {
    defGetter(t, f, (self: PyStructSeq) => (i < nVisible ? self.items[i] : self.extra[i - nVisible] ?? None), { member: true });
  }
  t.ns.set("n_sequence_fields", nVisible);
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_unnamed_fields", nUnnamed);
  t.ns.set("__match_args__", tuple(fields.slice(0, nVisible).filter((f) => f !== null) as string[]));
  t.slots.repr = (self: PyStructSeq): string => {
    // structseq_repr: the i-th member's name with the i-th visible value
    const parts = self.items.map((v, i) => `${named[i]?.[0] ?? "?"}=${repr(v)}`);
    return `${module === "builtins" ? "" : module + "."}${name}(${parts.join(", ")})`;
  };
  t.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
    const [, seq, dict] = kwArgs(`${name}`, args, kw, ["cls", "sequence", "dict"], 1, 2, 3);
    const items = iterateToArray(seq!);
    const len = items.length;
    const full = `${module}.${name}`;
    if (len < nVisible) {
      throw pyError(TypeError, nVisible === fields.length
        ? `${full}() takes a ${nVisible}-sequence (${len}-sequence given)`
        : `${full}() takes an at least ${nVisible}-sequence (${len}-sequence given)`);
    }
    if (len > fields.length) {
      throw pyError(TypeError, nVisible === fields.length
        ? `${full}() takes a ${nVisible}-sequence (${len}-sequence given)`
        : `${full}() takes an at most ${fields.length}-sequence (${len}-sequence given)`);
    }
    const values = items.slice();
    for (let i = len; i < fields.length; i++) {
      const f = fields[i];
      values.push(f !== null && dict instanceof PyDict ? dict.get(f) ?? None : None);
    }
    if (dict !== undefined && dict !== None && !(dict instanceof PyDict)) throw pyError(TypeError, `${full}() takes a dict as second arg, if any`);
    fixNew?.(values);
    return make(values);
  }, null, `${name}.__new__`)));
  defMethod(t, "__reduce__", (self: PyStructSeq) => {
    const d = new PyDict();
    for (const [f, i] of named) if (i >= nVisible) d.set(f, self.extra[i - nVisible] ?? None);
    return tuple([t, tuple([tuple(self.items), d])]);
  });
  void typeName;
  return { type: t, make };
}
