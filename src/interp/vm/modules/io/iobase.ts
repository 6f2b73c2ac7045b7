// The _io base classes: _IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, and the helpers the
// concrete classes share. CPython: Modules/_io/iobase.c, Modules/_io/bufferedio.c
// (_io__BufferedIOBase_*), Modules/_io/textio.c (_io__TextIOBase_*), Modules/_io/_iomodule.c.
import { None, ObjectType, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import {
  call, callMethod, defGetter, defMethod, getattr, getattrOrUndefined, INSTANCE_FACTORIES, iter, next, PyInstance, toIndex, truthy,
  typeName,
} from "../../../objects/abstract.js";
import { PyList } from "../../../objects/containers.js";
import { EXCEPTION_TYPES, PyBaseException, pyError, StopIteration, TypeError, ValueError } from "../../../objects/exceptions.js";
import { OSErrorType } from "../../../objects/oserror.js";
import { PyStaticMethod } from "../../../objects/abstract.js";
import { PyBuiltin } from "../../../objects/functions.js";
import { bufferOf, PyByteArray, PyBytesObject } from "../../../objects/bytes.js";
import { noArgs } from "../../../objects/int.js";

export const DEFAULT_BUFFER_SIZE = 128 * 1024;

/** Every _io object: the iobase "__IOBase_closed" flag lives here instead of in __dict__. */
export class PyIOBase extends PyInstance {
  iobaseClosed = false;
}

const ioType = (name: string, base: PyType, ns = new Map<string, PyValue>()): PyType => {
  const t = new PyType(TypeType, name, [base], ns, false, "_io");
  return t;
};

export const IOBaseType = ioType("_IOBase", ObjectType);
export const RawIOBaseType = ioType("_RawIOBase", IOBaseType);
export const BufferedIOBaseType = ioType("_BufferedIOBase", IOBaseType);
export const TextIOBaseType = ioType("_TextIOBase", IOBaseType);

/** io.UnsupportedOperation: a class made by type() in PyInit__io, hence module "io". */
export const UnsupportedOperation = new PyType(TypeType, "UnsupportedOperation", [OSErrorType, ValueError], new Map(), true, "io");
export const BlockingIOError = EXCEPTION_TYPES.get("BlockingIOError")!;

export const unsupported = (msg: string): PyBaseException => new PyBaseException(UnsupportedOperation, [msg]);
export const closedError = (): PyBaseException => pyError(ValueError, "I/O operation on closed file.");

/** A native __new__ that allocates `make(type)` for the class and any Python subclass of it. */
export function defNew(t: PyType, make: (t: PyType) => PyInstance): void {
  t.ns.set("__new__", new PyStaticMethod(new PyBuiltin("__new__", (args) => {
    const cls = args[0];
    if (!(cls instanceof PyType)) throw pyError(TypeError, `${t.name}.__new__(X): X is not a type object (${typeName(cls)})`);
    if (!cls.isSubtype(t)) throw pyError(TypeError, `${t.name}.__new__(${cls.name}): ${cls.name} is not a subtype of ${t.name}`);
    return make(cls);
  }, null, `${t.name}.__new__`)));
  INSTANCE_FACTORIES.set(t, make);
}

/** obj.name(*args) */
export function callm(obj: PyValue, name: string, args: PyValue[] = []): PyValue {
  const t = typeOf(obj);
  if (!t.heap) {
    const m = t.lookup(name);
    if (m !== undefined) return callMethod(m, obj, args);
  }
  return call(getattr(obj, name), args);
}

/** The "closed" attribute as Python code sees it (a subclass may override it). */
export function isClosed(obj: PyValue): boolean {
  return truthy(getattr(obj, "closed"));
}

export function checkClosed(obj: PyValue): void {
  if (isClosed(obj)) throw closedError();
}

/** _PyIOBase_check_readable and friends: call readable() and raise when it says False. */
function checkAbility(obj: PyValue, what: "readable" | "writable" | "seekable"): void {
  const r = callm(obj, what);
  if (r !== true) {
    if (r === false) {
      const msg = what === "readable" ? "File or stream is not readable." : what === "writable" ? "File or stream is not writable." : "File or stream is not seekable.";
      throw unsupported(msg);
    }
  }
}

/** An optional size argument: None or an int (`_Py_convert_optional_to_ssize_t`). */
export function sizeArg(v: PyValue | undefined, dflt = -1): number {
  if (v === undefined || v === None) return dflt;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") return Number(v);
  if (typeOf(v).lookup("__index__") === undefined) throw pyError(TypeError, `argument should be integer or None, not '${typeName(v)}'`);
  return toIndex(v);
}

export function argCount(qualname: string, args: PyValue[], kwnames: readonly string[] | null, min: number, max: number): void {
  if (kwnames && kwnames.length) throw pyError(TypeError, `${qualname}() takes no keyword arguments`);
  const n = args.length;
  const name = qualname.slice(qualname.lastIndexOf(".") + 1);
  if (n < min) throw pyError(TypeError, `${name} expected ${min === max ? "" : "at least "}${min} argument${min === 1 ? "" : "s"}, got ${n}`);
  if (n > max) {
    if (max === 0) throw pyError(TypeError, `${qualname}() takes no arguments (${n} given)`);
    throw pyError(TypeError, `${name} expected ${min === max ? "" : "at most "}${max} argument${max === 1 ? "" : "s"}, got ${n}`);
  }
}

export const bytesOf = (b: Uint8Array): PyBytesObject => new PyBytesObject(b);

// CPython closes (so flushes) a file the moment its last reference goes, and flushes what is left
// at shutdown; `open(p, "w").write(s)` is common. tspy's objects live in the JS heap, so writers
// are remembered (weakly) and their pending data pushed down before a file is opened and when
// the program ends: text wrappers first (level 0), then buffered writers (level 1).
const abandoned: { ref: WeakRef<PyIOBase>; level: number; flush: (o: PyIOBase) => void }[] = [];
export function rememberWriter<T extends PyIOBase>(o: T, level: number, flush: (o: T) => void): void {
  abandoned.push({ ref: new WeakRef(o), level, flush: flush as (o: PyIOBase) => void });
}
/** The standard streams keep their own buffering (flushed at exit by the interpreter). */
export function forgetWriter(o: PyValue): void {
  for (let i = 0; i < abandoned.length; i++) if (abandoned[i].ref.deref() === o) abandoned.splice(i--, 1);
}
export function flushAbandonedWriters(): void {
  for (const level of [0, 1]) {
    for (let i = 0; i < abandoned.length; i++) {
      const e = abandoned[i];
      const o = e.ref.deref();
      if (!o) { abandoned.splice(i--, 1); continue; }
      if (e.level !== level) continue;
      try {
        e.flush(o);
      } catch {
        // as at CPython's shutdown: a failing flush is not reported here
      }
    }
  }
}

// ---- _IOBase (iobase.c) -----------------------------------------------------------------------------

defNew(IOBaseType, (t) => new PyIOBase(t));
defMethod(IOBaseType, "seek", () => { throw unsupported("seek"); });
defMethod(IOBaseType, "tell", (self) => callm(self, "seek", [0, 1]));
defMethod(IOBaseType, "truncate", () => { throw unsupported("truncate"); });
// iobase_is_closed: flush looks at __IOBase_closed only, not at a subclass's `closed`
defMethod(IOBaseType, "flush", (self: PyIOBase, args, kw) => {
  noArgs("flush", args, kw);
  if (self.iobaseClosed) throw closedError();
  return None;
});
defMethod(IOBaseType, "close", (self: PyIOBase, args, kw) => {
  noArgs("close", args, kw);
  if (self.iobaseClosed) return None;
  let err: unknown = null;
  try { callm(self, "flush"); } catch (e) { err = e; }
  self.iobaseClosed = true;
  if (err) throw err;
  return None;
});
defGetter(IOBaseType, "closed", (self: PyIOBase) => self.iobaseClosed);
defGetter(IOBaseType, "__dict__", (self: PyIOBase) => self.dict ?? None);
for (const what of ["seekable", "readable", "writable"] as const) defMethod(IOBaseType, what, () => false);
defMethod(IOBaseType, "_checkClosed", (self) => { checkClosed(self); return None; });
defMethod(IOBaseType, "_checkSeekable", (self) => { checkAbility(self, "seekable"); return true; });
defMethod(IOBaseType, "_checkReadable", (self) => { checkAbility(self, "readable"); return true; });
defMethod(IOBaseType, "_checkWritable", (self) => { checkAbility(self, "writable"); return true; });
defMethod(IOBaseType, "__enter__", (self) => { checkClosed(self); return self; });
defMethod(IOBaseType, "__exit__", (self) => { callm(self, "close"); return None; });
defMethod(IOBaseType, "__del__", () => None);
defMethod(IOBaseType, "fileno", () => { throw unsupported("fileno"); });
defMethod(IOBaseType, "isatty", (self) => { checkClosed(self); return false; });
defMethod(IOBaseType, "__iter__", (self) => { checkClosed(self); return self; });
defMethod(IOBaseType, "__next__", (self) => {
  const line = callm(self, "readline");
  if ((typeof line === "string" && line.length === 0) || (bufferOf(line)?.length === 0)) throw new PyBaseException(StopIteration, []);
  return line;
});
// _io__IOBase_readline_impl: peek() when there is one, else read(1) byte by byte
defMethod(IOBaseType, "readline", (self, args, kw) => {
  argCount("readline", args, kw, 0, 1);
  const limit = sizeArg(args[0]);
  const peek = getattrOrUndefined(self, "peek");
  const out: number[] = [];
  while (limit < 0 || out.length < limit) {
    let nreadahead = 1;
    if (peek !== undefined) {
      const ahead = call(peek, [1]);
      const b = bufferOf(ahead);
      if (b === null) throw pyError(OSErrorType, `peek() should have returned a bytes object, not '${typeName(ahead)}'`);
      if (b.length > 0) {
        let n = 0;
        while (n < b.length && (limit < 0 || n < limit - out.length)) { if (b[n++] === 10) break; }
        nreadahead = n;
      }
    }
    const got = callm(self, "read", [nreadahead]);
    const b = bufferOf(got);
    if (b === null) throw pyError(OSErrorType, `read() should have returned a bytes object, not '${typeName(got)}'`);
    if (b.length === 0) break;
    for (const x of b) out.push(x);
    if (out[out.length - 1] === 10) break;
  }
  return bytesOf(Uint8Array.from(out));
});
defMethod(IOBaseType, "readlines", (self, args, kw) => {
  argCount("readlines", args, kw, 0, 1);
  const hint = sizeArg(args[0]);
  const lines: PyValue[] = [];
  if (hint <= 0) {
    const it = iter(self);
    for (let v = next(it); v !== undefined; v = next(it)) lines.push(v);
    return new PyList(lines);
  }
  let total = 0;
  const it = iter(self);
  for (let v = next(it); v !== undefined; v = next(it)) {
    lines.push(v);
    total += typeof v === "string" ? v.length : (bufferOf(v)?.length ?? 0);
    if (total >= hint) break;
  }
  return new PyList(lines);
});
defMethod(IOBaseType, "writelines", (self, args, kw) => {
  argCount("writelines", args, kw, 1, 1);
  checkClosed(self);
  const it = iter(args[0]);
  for (let v = next(it); v !== undefined; v = next(it)) callm(self, "write", [v]);
  return None;
});

// ---- _RawIOBase -------------------------------------------------------------------------------------

defMethod(RawIOBaseType, "read", (self, args, kw) => {
  argCount("read", args, kw, 0, 1);
  const n = sizeArg(args[0]);
  if (n < 0) return callm(self, "readall");
  const b = new PyByteArray(new Uint8Array(n));
  const got = callm(self, "readinto", [b]);
  if (got === None) return None;
  const k = toIndex(got);
  if (k < 0 || k > n) throw pyError(ValueError, `readinto returned ${k} outside buffer size ${n}`);
  return bytesOf(b.bytes.slice(0, k));
});
defMethod(RawIOBaseType, "readall", (self) => {
  const parts: Uint8Array[] = [];
  for (;;) {
    const data = callm(self, "read", [DEFAULT_BUFFER_SIZE]);
    if (data === None) {
      if (parts.length === 0) return None;
      break;
    }
    const b = bufferOf(data);
    if (b === null) throw pyError(TypeError, "read() should return bytes");
    if (b.length === 0) break;
    parts.push(b.slice());
  }
  return bytesOf(concat(parts));
});
defMethod(RawIOBaseType, "readinto", () => { throw pyError(EXCEPTION_TYPES.get("NotImplementedError")!); });
defMethod(RawIOBaseType, "write", () => { throw pyError(EXCEPTION_TYPES.get("NotImplementedError")!); });

// ---- _BufferedIOBase --------------------------------------------------------------------------------

for (const name of ["read", "read1", "write", "detach"]) defMethod(BufferedIOBaseType, name, () => { throw unsupported(name); });
for (const name of ["readinto", "readinto1"]) {
  defMethod(BufferedIOBaseType, name, (self, args, kw) => {
    argCount(name, args, kw, 1, 1);
    const target = args[0];
    if (!(target instanceof PyByteArray)) throw pyError(TypeError, `${name}() argument must be read-write bytes-like object, not ${typeName(target)}`);
    const data = callm(self, name === "readinto" ? "read" : "read1", [target.len]);
    const b = bufferOf(data);
    if (b === null) throw pyError(TypeError, "read() should return bytes");
    if (b.length > target.len) throw pyError(ValueError, `read() returned too much data: ${target.len} bytes requested, ${b.length} returned`);
    target.buf.set(b, 0);
    return b.length;
  });
}

// ---- _TextIOBase ------------------------------------------------------------------------------------

for (const name of ["read", "readline", "write", "detach"]) defMethod(TextIOBaseType, name, () => { throw unsupported(name); });
for (const name of ["encoding", "newlines", "errors"]) defGetter(TextIOBaseType, name, () => None);

export function concat(parts: Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let i = 0;
  for (const p of parts) { out.set(p, i); i += p.length; }
  return out;
}

