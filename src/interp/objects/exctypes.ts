// The fields of the exception types that have more than args (CPython: Objects/exceptions.c
// SyntaxError_init/SyntaxError_str, NameError_init, AttributeError_init, ImportError_init and their
// member tables). Fields live in a side table of the exception (CPython's struct members), not in
// its __dict__.
import { None, type PyType, type PyValue } from "./object.js";
import {
  AttributeError, EXC_INIT_HOOKS, EXCEPTION_TYPES, ImportError, initException, NameError, PyBaseException, pyError, SyntaxError, TypeError,
} from "./exceptions.js";
import { defGetSet, iterateToArray, str, repr as reprRef, TYPE_CONSTRUCTORS } from "./abstract.js";
import type { PySyntaxError } from "../parse/errors.js";

export { excField, setExcField } from "./exceptions.js";
import { excField, setExcField } from "./exceptions.js";

function members(t: PyType, names: string[]): void {
  for (const n of names) {
    defGetSet(t, n, (e: PyBaseException) => excField(e, n), (e: PyBaseException, v) => setExcField(e, n, v ?? None));
  }
}

function noUnexpected(t: string, kw: Map<string, PyValue>, allowed: string[]): void {
  for (const k of kw.keys()) if (!allowed.includes(k)) throw pyError(TypeError, `${t}() got an unexpected keyword argument '${k}'`);
}

// ---- SyntaxError --------------------------------------------------------------------------------

const SYNTAX_FIELDS = ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"];
members(SyntaxError, SYNTAX_FIELDS);
members(SyntaxError, ["_metadata"]);
EXC_INIT_HOOKS.set(SyntaxError, (e, args, kw) => {
  if (kw.size) throw pyError(TypeError, `${e.type.name}() takes no keyword arguments`);
  if (args.length >= 1) setExcField(e, "msg", args[0]);
  if (args.length === 2) {
    const info = iterateToArray(args[1]);
    if (info.length < 4) throw pyError(TypeError, `function takes at least 4 arguments (${info.length} given)`);
    if (info.length > 7) throw pyError(TypeError, `function takes at most 7 arguments (${info.length} given)`);
    ["filename", "lineno", "offset", "text", "end_lineno", "end_offset", "_metadata"].forEach((n, i) => {
      if (i < info.length) setExcField(e, n, info[i]);
    });
  }
});
SyntaxError.slots.str = (e: PyBaseException): string => {
  // SyntaxError_str: "msg (file, line N)" with the file's basename
  const fn = excField(e, "filename"), ln = excField(e, "lineno");
  const msg = str(excField(e, "msg"));
  const filename = typeof fn === "string" ? fn.slice(fn.lastIndexOf("/") + 1) : null;
  const haveLine = typeof ln === "number" || typeof ln === "bigint";
  if (filename !== null && haveLine) return `${msg} (${filename}, line ${ln})`;
  if (filename !== null) return `${msg} (${filename})`;
  if (haveLine) return `${msg} (line ${ln})`;
  return msg;
};

/** The Python exception for a parser/compiler error. */
export function newSyntaxError(err: PySyntaxError): PyBaseException {
  const t = EXCEPTION_TYPES.get(err.kind) ?? SyntaxError;
  const e = new PyBaseException(t, []);
  const n = (v: number | null): PyValue => (v === null ? None : v);
  const info = [err.filename ?? None, n(err.lineno), n(err.offset), err.text ?? None, n(err.end_lineno), n(err.end_offset)];
  e.args = [err.msg, tuple(info)];
  setExcField(e, "msg", err.msg);
  ["filename", "lineno", "offset", "text", "end_lineno", "end_offset"].forEach((k, i) => setExcField(e, k, info[i]));
  return e;
}
import { PyDict, tuple } from "./containers.js";

// ---- NameError, AttributeError, ImportError -----------------------------------------------------

members(NameError, ["name"]);
EXC_INIT_HOOKS.set(NameError, (e, _args, kw) => {
  noUnexpected(e.type.name, kw, ["name"]);
  setExcField(e, "name", kw.get("name") ?? None);
});
members(AttributeError, ["name", "obj"]);
EXC_INIT_HOOKS.set(AttributeError, (e, _args, kw) => {
  noUnexpected(e.type.name, kw, ["name", "obj"]);
  setExcField(e, "name", kw.get("name") ?? None);
  setExcField(e, "obj", kw.get("obj") ?? None);
});
// (ImportError's members live in the instance dict, where the import system puts them too)
EXC_INIT_HOOKS.set(ImportError, (e, args, kw) => {
  noUnexpected(e.type.name, kw, ["name", "path", "name_from"]);
  const d = (e.dict ??= new PyDict());
  d.set("name", kw.get("name") ?? None);
  d.set("path", kw.get("path") ?? None);
  d.set("name_from", kw.get("name_from") ?? None);
  d.set("msg", args.length === 1 ? args[0] : None);
});
ImportError.slots.str = (e: PyBaseException): string => {
  const m = e.dict?.get("msg");
  if (m !== undefined && m !== None) return str(m);
  return e.args.length === 0 ? "" : e.args.length === 1 ? str(e.args[0]) : str(tuple(e.args));
};
void AttributeError;

// ---- OSError (exceptions.c oserror_parse_args, oserror_init, OSError_str, the errno map) ----

const OSErrorT = EXCEPTION_TYPES.get("OSError")!;
const BlockingIOErrorT = EXCEPTION_TYPES.get("BlockingIOError")!;
members(OSErrorT, ["errno", "strerror", "filename", "filename2"]);
defGetSet(BlockingIOErrorT, "characters_written", (e: PyBaseException) => {
  const v = excField(e, "characters_written");
  if (v === None) throw pyError(AttributeError, "characters_written");
  return v;
}, (e: PyBaseException, v) => setExcField(e, "characters_written", v ?? None));

// the errno -> subclass map of a Linux build (CPython's native reference platform)
const ERRNO_MAP: [number[], string][] = [
  [[11, 114, 115], "BlockingIOError"], [[10], "ChildProcessError"], [[32, 108], "BrokenPipeError"],
  [[103], "ConnectionAbortedError"], [[111], "ConnectionRefusedError"], [[104], "ConnectionResetError"],
  [[17], "FileExistsError"], [[2], "FileNotFoundError"], [[21], "IsADirectoryError"], [[20], "NotADirectoryError"],
  [[4], "InterruptedError"], [[13, 1], "PermissionError"], [[3], "ProcessLookupError"], [[110], "TimeoutError"],
];

EXC_INIT_HOOKS.set(OSErrorT, (e, args, kw) => {
  if (kw.size) throw pyError(TypeError, `${e.type.name}() takes no keyword arguments`);
  if (args.length < 2 || args.length > 5) return;
  setExcField(e, "errno", args[0]);
  setExcField(e, "strerror", args[1]);
  const third = args[2];
  if (third !== undefined && e.type.isSubtype(BlockingIOErrorT) && (typeof third === "number" || typeof third === "bigint")) {
    setExcField(e, "characters_written", third);
  } else if (third !== undefined && third !== None) {
    setExcField(e, "filename", third);
    if (args[4] !== undefined) setExcField(e, "filename2", args[4]);
    e.args = args.slice(0, 2);
  }
});
OSErrorT.slots.str = (e: PyBaseException): string => {
  const errno = excField(e, "errno"), strerror = excField(e, "strerror");
  const fn = excField(e, "filename"), fn2 = excField(e, "filename2");
  if (fn !== None) {
    return fn2 !== None ? `[Errno ${str(errno)}] ${str(strerror)}: ${reprRef(fn)} -> ${reprRef(fn2)}` : `[Errno ${str(errno)}] ${str(strerror)}: ${reprRef(fn)}`;
  }
  if (errno !== None && strerror !== None) return `[Errno ${str(errno)}] ${str(strerror)}`;
  return e.args.length === 0 ? "" : e.args.length === 1 ? str(e.args[0]) : str(tuple(e.args));
};
// OSError_new: OSError(errno, ...) builds the subclass the errno names
TYPE_CONSTRUCTORS.set(OSErrorT, (args, kwnames) => {
  let t: PyType = OSErrorT;
  const nkw = kwnames ? kwnames.length : 0;
  const n = args.length - nkw;
  if (n >= 2 && n <= 5 && typeof args[0] === "number") {
    const hit = ERRNO_MAP.find(([codes]) => codes.includes(args[0] as number));
    if (hit) t = EXCEPTION_TYPES.get(hit[1])!;
  }
  const e = new PyBaseException(t, []);
  initException(e, args, kwnames);
  return e;
});
