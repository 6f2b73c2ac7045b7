// Struct sequences: the named tuples of C modules (sys.version_info, sys.flags, time.struct_time,
// os.stat_result, ...). CPython: Objects/structseq.c — a tuple subclass whose first
// n_sequence_fields items are the tuple; every field is also a named attribute; the repr names the
// sequence fields: "sys.version_info(major=3, minor=14, ...)". A null field name is an unnamed
// (index-only) field, as os.stat_result's integer times; __reduce__ pickles one back.
import { None, PyType, TypeType, type PyValue } from "./object.js";
import { PyDict, PyTuple, TupleType, tuple } from "./containers.js";
import { defGetter, defMethod, iterateToArray, repr, TYPE_CONSTRUCTORS } from "./abstract.js";
import { pyError, TypeError } from "./exceptions.js";

interface StructSeqInfo { fields: (string | null)[]; nSequence: number; fixNew?: (values: PyValue[]) => void }

export interface StructSeqOptions {
  /** calling the type builds one from a sequence */
  constructible?: boolean;
  /** adjust the values structseq_new collected (os.stat_result's float times) */
  fixNew?: (values: PyValue[]) => void;
}
const infos = new WeakMap<PyType, StructSeqInfo>();
const extras = new WeakMap<PyTuple, PyValue[]>();

/** A struct sequence type named `qualified` ("sys.version_info"): fields beyond nSequence are
 *  attributes only (like st_atime_ns of os.stat_result). With `constructible`, calling the type
 *  builds one from a sequence (time.struct_time(seq)); sys's are not (as in CPython). */
export function makeStructSeqType(qualified: string, fields: (string | null)[], nSequence = fields.length,
  options: boolean | StructSeqOptions = false): PyType {
  const opts: StructSeqOptions = typeof options === "boolean" ? { constructible: options } : options;
  const dot = qualified.lastIndexOf(".");
  const t = new PyType(TypeType, qualified.slice(dot + 1), [TupleType], new Map(), false, dot < 0 ? "builtins" : qualified.slice(0, dot));
  t.baseType = false;
  infos.set(t, { fields, nSequence, fixNew: opts.fixNew });
  const named = fields.filter((f): f is string => f !== null);
  t.ns.set("n_sequence_fields", nSequence);
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_unnamed_fields", fields.length - named.length);
  t.ns.set("__match_args__", new PyTuple(fields.slice(0, nSequence).filter((f): f is string => f !== null)));
  // each named field is a read-only member descriptor (structseq's PyMemberDef table)
  fields.forEach((f, i) => {
    if (f === null) return;
    defGetter(t, f, (self: PyTuple) => (i < nSequence ? self.items[i] : (extras.get(self)?.[i - nSequence] ?? None)), { member: true });
  });
  if (opts.constructible) TYPE_CONSTRUCTORS.set(t, (args, kwnames) => structSeqNew(t, qualified, args, kwnames));
  // structseq_repr: the i-th named member with the i-th sequence item
  t.slots.repr = (self: PyTuple): string =>
    `${qualified}(${self.items.map((v, i) => `${named[i] ?? "?"}=${repr(v)}`).join(", ")})`;
  defMethod(t, "__reduce__", (self: PyTuple) => {
    const d = new PyDict();
    const extra = extras.get(self) ?? [];
    fields.forEach((f, i) => { if (i >= nSequence && f !== null) d.set(f, extra[i - nSequence] ?? None); });
    return tuple([t, tuple([tuple(self.items), d])]);
  });
  return t;
}

/** The fields beyond the sequence ones (time.struct_time's tm_zone, tm_gmtoff), or null. */
export function structSeqExtras(v: PyValue): PyValue[] | null {
  return v instanceof PyTuple && infos.has(v.type) ? (extras.get(v) ?? []) : null;
}

/** structseq_new_impl: T(sequence, dict=None); the dict supplies the non-sequence fields by name */
function structSeqNew(t: PyType, qualified: string, args: PyValue[], kwnames: readonly string[] | null): PyTuple {
  const { fields, nSequence, fixNew } = infos.get(t)!;
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  let seqArg: PyValue | undefined = args[0], dictArg: PyValue | undefined = npos > 1 ? args[1] : undefined;
  if (npos < 1) seqArg = undefined;
  kwnames?.forEach((k, i) => {
    if (k === "sequence") seqArg = args[npos + i];
    else if (k === "dict") dictArg = args[npos + i];
    else throw pyError(TypeError, `${qualified}() got an unexpected keyword argument '${k}'`);
  });
  if (seqArg === undefined) throw pyError(TypeError, `${qualified}() missing required argument 'sequence' (pos 1)`);
  let items: PyValue[];
  try {
    items = iterateToArray(seqArg);
  } catch {
    throw pyError(TypeError, "constructor requires a sequence");
  }
  const n = items.length, max = fields.length;
  const exact = nSequence === max;
  if (n < nSequence) {
    throw pyError(TypeError, `${qualified}() takes ${exact ? "a" : "an at least"} ${nSequence}-sequence (${n}-sequence given)`);
  }
  if (n > max) throw pyError(TypeError, `${qualified}() takes ${exact ? "a" : "an at most"} ${exact ? nSequence : max}-sequence (${n}-sequence given)`);
  const values = items.slice();
  for (let i = n; i < max; i++) {
    const f = fields[i];
    values.push((f !== null && dictArg instanceof PyDict ? dictArg.get(f) : undefined) ?? None);
  }
  fixNew?.(values);
  return structSeq(t, values);
}

/** An instance: `values` holds every field, sequence fields first. */
export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  const info = infos.get(t)!;
  const r = new PyTuple(values.slice(0, info.nSequence));
  r.type = t;
  if (values.length > info.nSequence) extras.set(r, values.slice(info.nSequence));
  return r;
}
