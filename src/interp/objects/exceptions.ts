// The exception hierarchy of CPython 3.14 (Objects/exceptions.c, Lib/test/exception_hierarchy.txt)
// and the way native code raises them: `throw newException(TypeError, msg)`. A Python exception in
// flight is thrown as the exception object itself (a PyBaseException), never wrapped in a JS Error.
import { builtinType, ObjectType, PyObject, PyType, type PyValue } from "./object.js";

export class PyBaseException extends PyObject {
  args: PyValue[];
  /** __traceback__: entries appended as the exception unwinds frames (see vm/traceback.ts) */
  traceback: TracebackEntry[] = [];
  cause: PyBaseException | null = null;
  context: PyBaseException | null = null;
  suppressContext = false;
  constructor(type: PyType, args: PyValue[]) {
    super(type);
    this.args = args;
  }
}

/** One traceback level: the code running, where, and the frame (opaque here). */
export interface TracebackEntry {
  frame: unknown;
  /** code unit index of the instruction that raised */
  lasti: number;
  lineno: number;
  /** its traceback object, once asked for (excobject.ts tracebackAt) */
  tb?: unknown;
}

export const BaseException = builtinType("BaseException");

// [name, base] in definition order; mirrors the 3.14 hierarchy
const HIERARCHY: [string, string][] = [
  ["BaseExceptionGroup", "BaseException"],
  ["GeneratorExit", "BaseException"],
  ["KeyboardInterrupt", "BaseException"],
  ["SystemExit", "BaseException"],
  ["Exception", "BaseException"],
  ["ArithmeticError", "Exception"],
  ["FloatingPointError", "ArithmeticError"],
  ["OverflowError", "ArithmeticError"],
  ["ZeroDivisionError", "ArithmeticError"],
  ["AssertionError", "Exception"],
  ["AttributeError", "Exception"],
  ["BufferError", "Exception"],
  ["EOFError", "Exception"],
  ["ExceptionGroup", "BaseExceptionGroup"],
  ["ImportError", "Exception"],
  ["ModuleNotFoundError", "ImportError"],
  ["LookupError", "Exception"],
  ["IndexError", "LookupError"],
  ["KeyError", "LookupError"],
  ["MemoryError", "Exception"],
  ["NameError", "Exception"],
  ["UnboundLocalError", "NameError"],
  ["OSError", "Exception"],
  ["BlockingIOError", "OSError"],
  ["ChildProcessError", "OSError"],
  ["ConnectionError", "OSError"],
  ["BrokenPipeError", "ConnectionError"],
  ["ConnectionAbortedError", "ConnectionError"],
  ["ConnectionRefusedError", "ConnectionError"],
  ["ConnectionResetError", "ConnectionError"],
  ["FileExistsError", "OSError"],
  ["FileNotFoundError", "OSError"],
  ["InterruptedError", "OSError"],
  ["IsADirectoryError", "OSError"],
  ["NotADirectoryError", "OSError"],
  ["PermissionError", "OSError"],
  ["ProcessLookupError", "OSError"],
  ["TimeoutError", "OSError"],
  ["ReferenceError", "Exception"],
  ["RuntimeError", "Exception"],
  ["NotImplementedError", "RuntimeError"],
  ["PythonFinalizationError", "RuntimeError"],
  ["RecursionError", "RuntimeError"],
  ["StopAsyncIteration", "Exception"],
  ["StopIteration", "Exception"],
  ["SyntaxError", "Exception"],
  ["IndentationError", "SyntaxError"],
  ["TabError", "IndentationError"],
  ["_IncompleteInputError", "SyntaxError"],
  ["SystemError", "Exception"],
  ["TypeError", "Exception"],
  ["ValueError", "Exception"],
  ["UnicodeError", "ValueError"],
  ["UnicodeDecodeError", "UnicodeError"],
  ["UnicodeEncodeError", "UnicodeError"],
  ["UnicodeTranslateError", "UnicodeError"],
  ["Warning", "Exception"],
  ["BytesWarning", "Warning"],
  ["DeprecationWarning", "Warning"],
  ["EncodingWarning", "Warning"],
  ["FutureWarning", "Warning"],
  ["ImportWarning", "Warning"],
  ["PendingDeprecationWarning", "Warning"],
  ["ResourceWarning", "Warning"],
  ["RuntimeWarning", "Warning"],
  ["SyntaxWarning", "Warning"],
  ["UnicodeWarning", "Warning"],
  ["UserWarning", "Warning"],
];

export const EXCEPTION_TYPES = new Map<string, PyType>([["BaseException", BaseException]]);
for (const [name, base] of HIERARCHY) {
  const b = EXCEPTION_TYPES.get(base)!;
  const t = base === "BaseExceptionGroup" && name === "ExceptionGroup"
    ? new PyType(b.type, name, [b, EXCEPTION_TYPES.get("Exception")!])
    : builtinType(name, b);
  EXCEPTION_TYPES.set(name, t);
}
void ObjectType;

const X = (n: string) => EXCEPTION_TYPES.get(n)!;
export const Exception_ = X("Exception");
export const TypeError = X("TypeError");
export const ValueError = X("ValueError");
export const NameError = X("NameError");
export const UnboundLocalError = X("UnboundLocalError");
export const AttributeError = X("AttributeError");
export const IndexError = X("IndexError");
export const KeyError = X("KeyError");
export const ZeroDivisionError = X("ZeroDivisionError");
export const OverflowError = X("OverflowError");
export const RecursionError = X("RecursionError");
export const StopIteration = X("StopIteration");
export const RuntimeError = X("RuntimeError");
export const NotImplementedError = X("NotImplementedError");
export const AssertionError = X("AssertionError");
export const SystemExit = X("SystemExit");
export const KeyboardInterrupt = X("KeyboardInterrupt");
export const MemoryError = X("MemoryError");
export const SystemError = X("SystemError");
export const SyntaxError = X("SyntaxError");
export const ImportError = X("ImportError");
export const ModuleNotFoundError = X("ModuleNotFoundError");
export const LookupError = X("LookupError");
export const GeneratorExit = X("GeneratorExit");
export const UnicodeDecodeError = X("UnicodeDecodeError");

/**
 * Per-type parts of BaseException.__init__ (SyntaxError_init, NameError_init, ImportError_init, ...):
 * the nearest one in the MRO runs after args is set, with the keyword arguments (only these types
 * accept any). CPython: Objects/exceptions.c.
 */
export const EXC_INIT_HOOKS = new Map<PyType, (e: PyBaseException, args: PyValue[], kw: Map<string, PyValue>) => void>();

/** BaseException_init and the type's own init part. */
export function initException(e: PyBaseException, args: PyValue[], kwnames: readonly string[] | null): void {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = nkw ? args.slice(0, args.length - nkw) : args.slice();
  let hook;
  for (const b of e.type.mro) if ((hook = EXC_INIT_HOOKS.get(b))) break;
  if (nkw && !hook) throw pyError(TypeError, `${e.type.name}() takes no keyword arguments`);
  e.args = pos;
  if (hook) {
    const kw = new Map<string, PyValue>();
    for (let i = 0; i < nkw; i++) kw.set(kwnames![i], args[pos.length + i]);
    hook(e, pos, kw);
  }
}

const FIELDS = new WeakMap<PyBaseException, Map<string, PyValue>>();
let NONE: PyValue;
/** A field of an exception beyond args (SyntaxError.msg, NameError.name, ...): None when unset. */
export function excField(e: PyBaseException, name: string): PyValue {
  return FIELDS.get(e)?.get(name) ?? NONE;
}
export function hasExcField(e: PyBaseException, name: string): boolean {
  const v = FIELDS.get(e)?.get(name);
  return v !== undefined && v !== NONE;
}
export function setExcField(e: PyBaseException, name: string, v: PyValue): void {
  let m = FIELDS.get(e);
  if (!m) FIELDS.set(e, (m = new Map()));
  m.set(name, v);
}

/** Create an exception instance of a builtin exception type with a message. */
export function newException(type: PyType, msg?: string): PyBaseException {
  return new PyBaseException(type, msg === undefined ? [] : [msg]);
}

/** `throw pyError(TypeError, "...")` */
export function pyError(type: PyType, msg?: string): PyBaseException {
  return newException(type, msg);
}

export function isException(v: unknown): v is PyBaseException {
  return v instanceof PyBaseException;
}

import { None } from "./object.js";
NONE = None;
import { tuple, PyList } from "./containers.js";

/** The attributes every exception has (Objects/exceptions.c BaseException_getset and members). */
export function exceptionAttribute(e: PyBaseException, name: string): PyValue | undefined {
  switch (name) {
  }
  const t = e.type;
  if (name === "value" && t.isSubtype(StopIteration)) return e.args.length ? e.args[0] : None;
  if (name === "code" && t.isSubtype(SystemExit)) return e.args.length === 0 ? None : e.args.length === 1 ? e.args[0] : tuple(e.args);
  // UnicodeEncodeError / UnicodeDecodeError(encoding, object, start, end, reason)
  if (e.args.length === 5 && (t.isSubtype(UnicodeDecodeError) || t.isSubtype(X("UnicodeEncodeError")))) {
    const i = ["encoding", "object", "start", "end", "reason"].indexOf(name);
    if (i >= 0) return e.args[i];
  }
  return undefined;
}

