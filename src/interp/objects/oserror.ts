// OSError's constructor, attributes and str (CPython: Objects/exceptions.c OSError_new,
// oserror_parse_args, oserror_init, OSError_str, OSError_getset/members, the errno -> subclass map
// errmap built in _PyExc_InitState). OSError(errno, strerror[, filename[, winerror[, filename2]]]).
import "./typeslots.js";
import { IntType, None, type PyType, type PyValue } from "./object.js";
import { EXCEPTION_TYPES, PyBaseException, pyError, TypeError } from "./exceptions.js";
import { defGetSet, defMethod, INSTANCE_FACTORIES, repr, TYPE_CONSTRUCTORS, typeName, WrapperDescrType } from "./abstract.js";
import { isInstance } from "./object.js";

interface OSFields {
  errno: PyValue;
  strerror: PyValue;
  filename: PyValue;
  filename2: PyValue;
  /** BlockingIOError.characters_written (-1 = unset) */
  written: number;
}

const fields = new WeakMap<PyBaseException, OSFields>();
const X = (n: string): PyType => EXCEPTION_TYPES.get(n)!;
export const OSErrorType = X("OSError");

// Linux errno numbers of errmap (the subclass OSError(errno, ...) becomes)
const ERRMAP: [number[], string][] = [
  [[11, 114, 115], "BlockingIOError"], [[10], "ChildProcessError"], [[32, 108], "BrokenPipeError"],
  [[103], "ConnectionAbortedError"], [[111], "ConnectionRefusedError"], [[104], "ConnectionResetError"],
  [[17], "FileExistsError"], [[2], "FileNotFoundError"], [[21], "IsADirectoryError"], [[20], "NotADirectoryError"],
  [[4], "InterruptedError"], [[13, 1], "PermissionError"], [[3], "ProcessLookupError"], [[110], "TimeoutError"],
];
const SUBCLASS = new Map<number, PyType>();
for (const [codes, name] of ERRMAP) for (const c of codes) SUBCLASS.set(c, X(name));

function fieldsOf(e: PyBaseException): OSFields {
  let f = fields.get(e);
  if (!f) fields.set(e, (f = { errno: None, strerror: None, filename: None, filename2: None, written: -1 }));
  return f;
}

/** oserror_parse_args + oserror_init: fill the fields from the constructor arguments; args keeps
 *  only (errno, strerror) when a filename was given. */
function initFields(e: PyBaseException, args: PyValue[]): void {
  const f = fieldsOf(e);
  e.args = args.slice();
  const n = args.length;
  if (n < 2 || n > 5) return;
  f.errno = args[0];
  f.strerror = args[1];
  if (n >= 3) {
    if (e.type.isSubtype(X("BlockingIOError")) && isInstance(args[2], IntType)) {
      f.written = Number(args[2]);
    } else {
      f.filename = args[2];
      if (n >= 5) f.filename2 = args[4];
      e.args = args.slice(0, 2);
    }
  }
}

/** A new OSError of the errno's subclass: what the posix and _io modules raise. */
export function newOSError(errno: number, strerror: string, filename?: PyValue, filename2?: PyValue): PyBaseException {
  const t = SUBCLASS.get(errno) ?? OSErrorType;
  const e = new PyBaseException(t, []);
  const args: PyValue[] = [errno, strerror];
  if (filename !== undefined) args.push(filename, None);
  if (filename2 !== undefined) args.push(filename2);
  initFields(e, args.length === 4 ? args.slice(0, 3) : args);
  return e;
}

for (const [name, t] of EXCEPTION_TYPES) {
  if (!t.isSubtype(OSErrorType)) continue;
  TYPE_CONSTRUCTORS.set(t, (args, kwnames) => {
    if (kwnames && kwnames.length) throw pyError(TypeError, `${name}() takes no keyword arguments`);
    let type = t;
    // OSError(errno, ...) picks the subclass only when called as OSError itself
    if (t === OSErrorType && args.length >= 2 && typeof args[0] === "number") type = SUBCLASS.get(args[0]) ?? t;
    const e = new PyBaseException(type, []);
    initFields(e, args);
    return e;
  });
  INSTANCE_FACTORIES.set(t, (sub) => new PyBaseException(sub, []));
}

defMethod(OSErrorType, "__init__", (self: PyBaseException, args, kwnames) => {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${self.type.name}() takes no keyword arguments`);
  initFields(self, args);
  return None;
});
(OSErrorType.ns.get("__init__") as { type: PyType }).type = WrapperDescrType;

OSErrorType.slots.str = (e: PyBaseException): string => {
  const f = fields.get(e);
  if (f) {
    if (f.filename !== None) {
      if (f.filename2 !== None) return `[Errno ${strOf(f.errno)}] ${strOf(f.strerror)}: ${repr(f.filename)} -> ${repr(f.filename2)}`;
      return `[Errno ${strOf(f.errno)}] ${strOf(f.strerror)}: ${repr(f.filename)}`;
    }
    if (f.errno !== None && f.strerror !== None) return `[Errno ${strOf(f.errno)}] ${strOf(f.strerror)}`;
  }
  const a = e.args;
  return a.length === 0 ? "" : a.length === 1 ? strOf(a[0]) : `(${a.map(repr).join(", ")})`;
};
const strOf = (v: PyValue): string => (typeof v === "string" ? v : typeof v === "number" || typeof v === "bigint" ? String(v) : repr(v));

for (const name of ["errno", "strerror", "filename", "filename2"] as const) {
  defGetSet(OSErrorType, name, (e: PyBaseException) => fieldsOf(e)[name], (e: PyBaseException, v) => {
    fieldsOf(e)[name] = v === undefined ? None : v;
  });
}
const BlockingIOError = X("BlockingIOError");
defGetSet(BlockingIOError, "characters_written", (e: PyBaseException) => {
  const w = fieldsOf(e).written;
  if (w === -1) throw pyError(X("AttributeError"), "characters_written");
  return w;
}, (e: PyBaseException, v) => {
  if (v === undefined) {
    if (fieldsOf(e).written === -1) throw pyError(X("AttributeError"), "characters_written");
    fieldsOf(e).written = -1;
    return;
  }
  if (typeof v !== "number") throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  fieldsOf(e).written = v;
});
