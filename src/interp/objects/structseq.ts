// Struct sequences: the named tuples of C modules (sys.version_info, sys.flags, time.struct_time,
// os.stat_result, ...). CPython: Objects/structseq.c — a tuple subclass whose first
// n_sequence_fields items are the tuple; every field is also a named attribute; the repr names the
// sequence fields: "sys.version_info(major=3, minor=14, ...)". A null field name is an unnamed
// (index-only) field, as os.stat_result's integer times. structseq_new builds one from a sequence
// (and a dict for the attribute-only fields); __reduce__ pickles it back.
import { None, PyType, TypeType, type PyValue } from "./object.js";
import { PyDict, PyTuple, TupleType, tuple } from "./containers.js";
import { defMethod, iterateToArray, PyStaticMethod, repr } from "./abstract.js";
import { pyError, TypeError } from "./exceptions.js";
import { PyBuiltin } from "./functions.js";
import { kwArgs } from "./args.js";

interface StructSeqInfo { fields: (string | null)[]; nSequence: number }
const infos = new WeakMap<PyType, StructSeqInfo>();
const extras = new WeakMap<PyTuple, PyValue[]>();

export interface StructSeqOptions {
  /** Python code may call the type (os.stat_result(seq)); sys.flags and friends may not */
  constructible?: boolean;
  /** adjust the values structseq_new collected (e.g. os.stat_result's float times) */
  fixNew?: (values: PyValue[]) => void;
}

/** A struct sequence type named `qualified` ("sys.version_info"): fields beyond nSequence are
 *  attributes only (like st_atime_ns of os.stat_result). */
export function makeStructSeqType(qualified: string, fields: (string | null)[], nSequence = fields.length, opts: StructSeqOptions = {}): PyType {
  const dot = qualified.lastIndexOf(".");
  const t = new PyType(TypeType, qualified.slice(dot + 1), [TupleType], new Map(), false, dot < 0 ? "builtins" : qualified.slice(0, dot));
  t.baseType = false;
  infos.set(t, { fields, nSequence });
  const named = fields.filter((f): f is string => f !== null);
  t.ns.set("n_sequence_fields", nSequence);
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_unnamed_fields", fields.length - named.length);
  t.ns.set("__match_args__", new PyTuple(fields.slice(0, nSequence).filter((f): f is string => f !== null)));
  t.slots.getattr = (self: PyTuple, name: string): PyValue | undefined => {
    const i = fields.indexOf(name);
    if (i < 0) return undefined;
    return i < nSequence ? self.items[i] : (extras.get(self)?.[i - nSequence] ?? None);
  };
  // structseq_repr: the i-th named member with the i-th sequence item
  t.slots.repr = (self: PyTuple): string =>
    `${qualified}(${self.items.map((v, i) => `${named[i] ?? "?"}=${repr(v)}`).join(", ")})`;
  if (opts.constructible) t.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args, kw) => {
    const [, seq, dict] = kwArgs(t.name, args, kw, ["cls", "sequence", "dict"], 1, 2, 3);
    const items = iterateToArray(seq!);
    const len = items.length, max = fields.length;
    if (len < nSequence || len > max) {
      const want = nSequence === max ? `a ${nSequence}` : len < nSequence ? `an at least ${nSequence}` : `an at most ${max}`;
      throw pyError(TypeError, `${qualified}() takes ${want}-sequence (${len}-sequence given)`);
    }
    if (dict !== undefined && dict !== None && !(dict instanceof PyDict)) throw pyError(TypeError, `${qualified}() takes a dict as second arg, if any`);
    const values = items.slice();
    for (let i = len; i < max; i++) {
      const f = fields[i];
      values.push(f !== null && dict instanceof PyDict ? dict.get(f) ?? None : None);
    }
    opts.fixNew?.(values);
    return structSeq(t, values);
  }, null, `${t.name}.__new__`)));
  defMethod(t, "__reduce__", (self: PyTuple) => {
    const d = new PyDict();
    const extra = extras.get(self) ?? [];
    fields.forEach((f, i) => { if (i >= nSequence && f !== null) d.set(f, extra[i - nSequence] ?? None); });
    return tuple([t, tuple([tuple(self.items), d])]);
  });
  return t;
}

/** An instance: `values` holds every field, sequence fields first. */
export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  const info = infos.get(t)!;
  const r = new PyTuple(values.slice(0, info.nSequence));
  r.type = t;
  if (values.length > info.nSequence) extras.set(r, values.slice(info.nSequence));
  return r;
}
