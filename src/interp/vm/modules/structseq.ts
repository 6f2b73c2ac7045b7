// Struct sequences (CPython: Objects/structseq.c): tuple subclasses whose items are also named
// attributes, with extra named fields that are not part of the tuple (time.struct_time's tm_zone).
import { None, TypeType, PyType, type PyValue } from "../../objects/object.js";
import { PyTuple, TupleType, PyDict } from "../../objects/containers.js";
import { pyError, TypeError } from "../../objects/exceptions.js";
import { defGetter, iterateToArray, repr, TYPE_CONSTRUCTORS } from "../../objects/abstract.js";

export class PyStructSeq extends PyTuple {
  constructor(type: PyType, items: PyValue[], readonly extra: PyValue[]) {
    super(items);
    this.type = type;
  }
}

export interface StructSeqType extends PyType {
  make(values: PyValue[]): PyStructSeq;
}

/** A struct sequence type named `module.name` with `fields`, the first `nVisible` in the tuple. */
export function structSeqType(name: string, module: string, fields: string[], nVisible: number): StructSeqType {
  const t = new PyType(TypeType, name, [TupleType], new Map(), false, module) as StructSeqType;
  t.baseType = false;
  const full = `${module}.${name}`;
  fields.forEach((f, i) => {
    defGetter(t, f, (self: PyStructSeq) => (i < nVisible ? self.items[i] : self.extra[i - nVisible]), { member: true });
  });
  t.ns.set("n_sequence_fields", nVisible);
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_unnamed_fields", 0);
  t.make = (values) => new PyStructSeq(t, values.slice(0, nVisible), values.slice(nVisible));
  // CPython: structseq_repr
  t.slots.repr = (self: PyStructSeq) => `${full}(${fields.slice(0, nVisible).map((f, i) => `${f}=${repr(self.items[i])}`).join(", ")})`;
  // CPython: structseq_new_impl (the dict argument supplies the invisible fields by name)
  TYPE_CONSTRUCTORS.set(t, (args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const pos = args.slice(0, args.length - nkw);
    let seqArg = pos[0], dictArg: PyValue | undefined = pos[1];
    if (kwnames) kwnames.forEach((k, i) => {
      if (k === "sequence") seqArg = args[pos.length + i];
      else if (k === "dict") dictArg = args[pos.length + i];
      else throw pyError(TypeError, `${full}() got an unexpected keyword argument '${k}'`);
    });
    if (seqArg === undefined) throw pyError(TypeError, `${full}() missing required argument 'sequence' (pos 1)`);
    let items: PyValue[];
    try {
      items = typeof seqArg === "string" || seqArg instanceof PyTuple ? iterateToArray(seqArg) : iterateToArray(seqArg);
    } catch {
      throw pyError(TypeError, "constructor requires a sequence");
    }
    const n = items.length, max = fields.length;
    if (n < nVisible) {
      throw pyError(TypeError, nVisible === max
        ? `${full}() takes a ${nVisible}-sequence (${n}-sequence given)`
        : `${full}() takes an at least ${nVisible}-sequence (${n}-sequence given)`);
    }
    if (n > max) {
      throw pyError(TypeError, nVisible === max
        ? `${full}() takes a ${nVisible}-sequence (${n}-sequence given)`
        : `${full}() takes an at most ${max}-sequence (${n}-sequence given)`);
    }
    const values = items.slice();
    for (let i = n; i < max; i++) {
      const d = dictArg instanceof PyDict ? dictArg.get(fields[i]) : undefined;
      values.push(d ?? None);
    }
    return t.make(values);
  });
  return t;
}
