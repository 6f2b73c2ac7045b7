// Struct sequences: the named tuples of C modules (sys.version_info, sys.flags, time.struct_time,
// os.stat_result, ...). CPython: Objects/structseq.c — a tuple subclass whose first
// n_sequence_fields items are the tuple; every field is also a named attribute; the repr names the
// sequence fields: "sys.version_info(major=3, minor=14, ...)".
import { None, PyType, TypeType, type PyValue } from "./object.js";
import { PyDict, PyTuple, TupleType } from "./containers.js";
import { repr } from "./abstract.js";

interface StructSeqInfo { fields: string[]; nSequence: number }
const infos = new WeakMap<PyType, StructSeqInfo>();
const extras = new WeakMap<PyTuple, PyValue[]>();

/** A struct sequence type named `qualified` ("sys.version_info"): fields beyond nSequence are
 *  attributes only (like st_atime_ns of os.stat_result). */
export function makeStructSeqType(qualified: string, fields: string[], nSequence = fields.length): PyType {
  const dot = qualified.lastIndexOf(".");
  const t = new PyType(TypeType, qualified.slice(dot + 1), [TupleType], new Map(), false, dot < 0 ? "builtins" : qualified.slice(0, dot));
  t.baseType = false;
  infos.set(t, { fields, nSequence });
  t.ns.set("n_sequence_fields", nSequence);
  t.ns.set("n_fields", fields.length);
  t.ns.set("n_unnamed_fields", 0);
  t.ns.set("__match_args__", new PyTuple(fields.slice(0, nSequence)));
  t.slots.getattr = (self: PyTuple, name: string): PyValue | undefined => {
    const i = fields.indexOf(name);
    if (i < 0) return undefined;
    return i < nSequence ? self.items[i] : (extras.get(self)?.[i - nSequence] ?? None);
  };
  t.slots.repr = (self: PyTuple): string =>
    `${qualified}(${fields.slice(0, nSequence).map((f, i) => `${f}=${repr(self.items[i])}`).join(", ")})`;
  return t;
}

/** An instance: `values` holds every field, sequence fields first. */
export function structSeq(t: PyType, values: PyValue[]): PyTuple {
  const info = infos.get(t)!;
  const r = new PyTuple(values.slice(0, info.nSequence));
  r.type = t;
  if (values.length > info.nSequence) extras.set(r, values.slice(info.nSequence));
  void PyDict;
  return r;
}
