// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair: a read-ahead buffer and
// a write buffer over a raw stream. CPython: Modules/_io/bufferedio.c (_io__Buffered_*,
// _bufferedreader_read_generic, _buffered_readline, _bufferedwriter_flush_unlocked,
// buffered_repr, CHECK_CLOSED's messages).
import { None, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import { call, defGetter, defMethod, getattr, repr, toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { AttributeError, PyBaseException, pyError, StopIteration, TypeError, ValueError } from "../../../objects/exceptions.js";
import { noArgs } from "../../../objects/int.js";
import { bufferArg, bufferOf, PyByteArray } from "../../../objects/bytes.js";
import { OSErrorType } from "../../../objects/oserror.js";
import {
  argCount, BufferedIOBaseType, bytesOf, callm, concat, DEFAULT_BUFFER_SIZE, defNew, PyIOBase, sizeArg, unsupported,
} from "./iobase.js";

type Kind = "reader" | "writer" | "random";

export class PyBuffered extends PyIOBase {
  raw: PyValue | null = null;
  ok = false;
  detached = false;
  kind: Kind = "reader";
  bufSize = DEFAULT_BUFFER_SIZE;
  /** read-ahead: rbuf[rpos:] is buffered and unread */
  rbuf: Uint8Array = new Uint8Array(0);
  rpos = 0;
  /** pending writes */
  wparts: Uint8Array[] = [];
  wlen = 0;
}

const mk = (name: string) => new PyType(TypeType, name, [BufferedIOBaseType], new Map(), false, "_io");
export const BufferedReaderType = mk("BufferedReader");
export const BufferedWriterType = mk("BufferedWriter");
export const BufferedRandomType = mk("BufferedRandom");
const KINDS: [PyType, Kind][] = [[BufferedReaderType, "reader"], [BufferedWriterType, "writer"], [BufferedRandomType, "random"]];

function raw(self: PyBuffered): PyValue {
  if (!self.ok) {
    if (self.detached) throw pyError(ValueError, "raw stream has been detached");
    throw pyError(ValueError, "I/O operation on uninitialized object");
  }
  return self.raw!;
}
const rawClosed = (self: PyBuffered): boolean => truthy(getattr(raw(self), "closed"));
function checkClosed(self: PyBuffered, msg: string): void {
  if (rawClosed(self) && self.rbuf.length - self.rpos === 0) throw pyError(ValueError, msg);
}
const avail = (self: PyBuffered): number => self.rbuf.length - self.rpos;
const canWrite = (self: PyBuffered): boolean => self.kind !== "reader";

/** One raw read of up to n bytes: the bytes, or null for EOF, or undefined for "would block". */
function rawRead(self: PyBuffered, n: number): Uint8Array | undefined {
  const r = callm(raw(self), "read", [n]);
  if (r === None) return undefined;
  const b = bufferOf(r);
  if (b === null) throw pyError(TypeError, `read() should return bytes`);
  return b;
}

function take(self: PyBuffered, n: number): Uint8Array {
  const out = self.rbuf.slice(self.rpos, self.rpos + n);
  self.rpos += out.length;
  return out;
}

/** Top up the read-ahead buffer with one raw read; false at EOF or when it would block. */
function fill(self: PyBuffered, want: number): boolean {
  const got = rawRead(self, Math.max(self.bufSize, want));
  if (!got || got.length === 0) return false;
  self.rbuf = concat([self.rbuf.subarray(self.rpos), got]);
  self.rpos = 0;
  return true;
}

function flushWrites(self: PyBuffered): void {
  if (self.wlen === 0) return;
  let data = concat(self.wparts);
  self.wparts = [];
  self.wlen = 0;
  while (data.length > 0) {
    const n = callm(raw(self), "write", [bytesOf(data)]);
    if (n === None) throw new PyBaseException(EXC_BLOCKING(), [11, "write could not complete without blocking", 0]);
    const k = toIndex(n);
    if (k < 0 || k > data.length) throw pyError(OSErrorType, `raw write() returned invalid length ${k} (should have been between 0 and ${data.length})`);
    data = data.subarray(k);
  }
}
import { BlockingIOError } from "./iobase.js";
const EXC_BLOCKING = () => BlockingIOError;

/** Before a write or a seek after reading: put the raw position back where the reader is. */
function rewindReadAhead(self: PyBuffered): void {
  const a = avail(self);
  if (a > 0) callm(raw(self), "seek", [-a, 1]);
  self.rbuf = new Uint8Array(0);
  self.rpos = 0;
}

function read(self: PyBuffered, n: number): PyValue {
  if (n < -1) throw pyError(ValueError, "read length must be non-negative or -1");
  checkClosed(self, "read of closed file");
  if (self.kind === "random") flushWrites(self);
  if (n < 0) {
    const parts = [take(self, avail(self))];
    const rest = callm(raw(self), "readall");
    if (rest !== None) parts.push(bufferOf(rest) ?? new Uint8Array(0));
    else if (parts[0].length === 0) return None;
    return bytesOf(concat(parts));
  }
  while (avail(self) < n) {
    if (!fill(self, n - avail(self))) break;
  }
  return bytesOf(take(self, n));
}

function readline(self: PyBuffered, limit: number): Uint8Array {
  checkClosed(self, "readline of closed file");
  if (self.kind === "random") flushWrites(self);
  for (let start = 0; ;) {
    const a = avail(self);
    const hay = self.rbuf.subarray(self.rpos);
    const i = hay.indexOf(10, start);
    if (i >= 0 && (limit < 0 || i < limit)) return take(self, i + 1);
    if (limit >= 0 && a >= limit) return take(self, limit);
    start = a;
    if (!fill(self, 1)) return take(self, limit < 0 ? avail(self) : Math.min(limit, avail(self)));
  }
}

for (const [t, kind] of KINDS) {
  defNew(t, (cls) => { const b = new PyBuffered(cls); b.kind = kind; return b; });
  defMethod(t, "__init__", (self: PyBuffered, args, kw) => {
    const [rawObj, size] = kwArgs(t.name, args, kw, ["raw", "buffer_size"], 0, 1, 2);
    self.ok = false;
    self.kind = kind;
    if (kind !== "writer") callm(rawObj!, "_checkReadable");
    if (kind !== "reader") callm(rawObj!, "_checkWritable");
    if (kind === "random") callm(rawObj!, "_checkSeekable");
    const n = size === undefined ? DEFAULT_BUFFER_SIZE : toIndex(size);
    if (n <= 0) throw pyError(ValueError, "buffer size must be strictly positive");
    self.raw = rawObj!;
    self.bufSize = n;
    self.rbuf = new Uint8Array(0);
    self.rpos = 0;
    self.wparts = [];
    self.wlen = 0;
    self.detached = false;
    self.ok = true;
    return None;
  });
}

const all = KINDS.map(([t]) => t);
const def = (name: string, fn: (self: PyBuffered, args: PyValue[], kw: readonly string[] | null) => PyValue, types = all): void => {
  for (const t of types) defMethod(t, name, fn);
};
const readers = [BufferedReaderType, BufferedRandomType];
const writers = [BufferedWriterType, BufferedRandomType];

def("read", (self, args, kw) => {
  argCount("read", args, kw, 0, 1);
  return read(self, sizeArg(args[0]));
}, readers);
def("read1", (self, args, kw) => {
  argCount("read1", args, kw, 0, 1);
  let n = sizeArg(args[0]);
  checkClosed(self, "read of closed file");
  if (n < 0) n = self.bufSize;
  if (self.kind === "random") flushWrites(self);
  if (n === 0) return bytesOf(new Uint8Array(0));
  if (avail(self) > 0) return bytesOf(take(self, Math.min(n, avail(self))));
  const got = rawRead(self, Math.max(n, self.bufSize));
  if (!got) return bytesOf(new Uint8Array(0));
  self.rbuf = got;
  self.rpos = 0;
  return bytesOf(take(self, n));
}, readers);
def("peek", (self, args, kw) => {
  argCount("peek", args, kw, 0, 1);
  checkClosed(self, "peek of closed file");
  if (self.kind === "random") flushWrites(self);
  if (avail(self) === 0) fill(self, 1);
  return bytesOf(self.rbuf.slice(self.rpos));
}, readers);
for (const name of ["readinto", "readinto1"]) {
  def(name, (self, args, kw) => {
    argCount(name, args, kw, 1, 1);
    const target = args[0];
    if (!(target instanceof PyByteArray)) throw pyError(TypeError, `${name}() argument must be read-write bytes-like object, not ${typeName(target)}`);
    checkClosed(self, "readinto of closed file");
    const data = bufferOf(name === "readinto" ? read(self, target.len) : callm(self, "read1", [target.len]))!;
    target.buf.set(data, 0);
    return data.length;
  }, readers);
}
def("readline", (self, args, kw) => {
  argCount("readline", args, kw, 0, 1);
  return bytesOf(readline(self, sizeArg(args[0])));
}, readers);
def("__next__", (self) => {
  const line = typeOf(self).heap ? bufferOf(callm(self, "readline"))! : readline(self, -1);
  if (line.length === 0) throw new PyBaseException(StopIteration, []);
  return bytesOf(line);
}, readers);
def("write", (self, args, kw) => {
  argCount("write", args, kw, 1, 1);
  const b = bufferArg(args[0]).slice();
  if (rawClosed(self)) throw pyError(ValueError, "write to closed file");
  if (self.kind === "random" && avail(self) > 0) rewindReadAhead(self);
  // _io__Buffered_write_impl: buffer what fits; else flush, write whole buffer-sized runs
  // straight to the raw stream, and buffer the rest
  if (self.wlen + b.length <= self.bufSize) {
    self.wparts.push(b);
    self.wlen += b.length;
    return b.length;
  }
  flushWrites(self);
  let rest = b;
  while (rest.length >= self.bufSize) {
    const n = callm(raw(self), "write", [bytesOf(rest)]);
    if (n === None) break;
    rest = rest.subarray(toIndex(n));
  }
  if (rest.length) {
    self.wparts.push(rest.slice());
    self.wlen += rest.length;
  }
  return b.length;
}, writers);
def("flush", (self, args, kw) => {
  noArgs("flush", args, kw);
  if (rawClosed(self)) throw pyError(ValueError, "flush of closed file");
  if (canWrite(self)) flushWrites(self);
  if (self.kind === "random") rewindReadAhead(self);
  return None;
});
def("seek", (self, args, kw) => {
  argCount("seek", args, kw, 1, 2);
  const target = args[0];
  if (typeof target !== "number" && typeof target !== "bigint" && typeof target !== "boolean" && typeOf(target).lookup("__index__") === undefined) {
    throw pyError(TypeError, `'${typeName(target)}' object cannot be interpreted as an integer`);
  }
  let pos = toIndex(target);
  const whence = args.length > 1 ? toIndex(args[1]) : 0;
  if (whence < 0 || whence > 2) throw pyError(ValueError, `whence value ${whence} unsupported`);
  checkClosed(self, "seek of closed file");
  if (callm(raw(self), "seekable") !== true) throw unsupported("File or stream is not seekable.");
  if (canWrite(self)) flushWrites(self);
  if (whence === 1) pos -= avail(self);
  self.rbuf = new Uint8Array(0);
  self.rpos = 0;
  const r = callm(raw(self), "seek", [pos, whence]);
  return r;
});
def("tell", (self, args, kw) => {
  noArgs("tell", args, kw);
  const p = toIndex(callm(raw(self), "tell")) - avail(self) + self.wlen;
  if (p < 0) throw pyError(OSErrorType, `Raw stream returned invalid position ${p}`);
  return p;
});
def("truncate", (self, args, kw) => {
  argCount("truncate", args, kw, 0, 1);
  checkClosed(self, "truncate of closed file");
  if (!canWrite(self)) throw unsupported("truncate");
  flushWrites(self);
  const pos = args.length === 0 || args[0] === None ? callm(self, "tell") : args[0];
  rewindReadAhead(self);
  return callm(raw(self), "truncate", [pos]);
}, writers);
def("close", (self, args, kw) => {
  noArgs("close", args, kw);
  const r = raw(self);
  if (truthy(getattr(r, "closed"))) return None;
  let err: unknown = null;
  try { callm(self, "flush"); } catch (e) { err = e; }
  self.rbuf = new Uint8Array(0);
  self.rpos = 0;
  try { callm(r, "close"); } catch (e) {
    if (err instanceof PyBaseException && e instanceof PyBaseException) e.context = err;
    err = e;
  }
  if (err) throw err;
  return None;
});
def("detach", (self, args, kw) => {
  noArgs("detach", args, kw);
  const r = raw(self);
  callm(self, "flush");
  self.raw = null;
  self.ok = false;
  self.detached = true;
  return r;
});
for (const name of ["readable", "writable", "seekable", "fileno", "isatty"]) {
  def(name, (self, args, kw) => {
    noArgs(name, args, kw);
    return callm(raw(self), name);
  });
}
def("_dealloc_warn", () => None);
for (const t of all) {
  defGetter(t, "raw", (self: PyBuffered) => { raw(self); return self.raw!; }, { member: true });
  defGetter(t, "closed", (self: PyBuffered) => getattr(raw(self), "closed"));
  defGetter(t, "name", (self: PyBuffered) => getattr(raw(self), "name"));
  defGetter(t, "mode", (self: PyBuffered) => getattr(raw(self), "mode"));
  defGetter(t, "_finalizing", () => false, { member: true });
  t.slots.repr = (self: PyBuffered): string => {
    const ty = typeOf(self);
    const tn = `${ty.module}.${ty.qualname}`;
    let name: PyValue | undefined;
    try {
      name = getattr(self, "name");
    } catch (e) {
      if (!(e instanceof PyBaseException && (e.type.isSubtype(AttributeError) || e.type.isSubtype(ValueError)))) throw e;
    }
    return name === undefined ? `<${tn}>` : `<${tn} name=${repr(name)}>`;
  };
}
T_NEXT_SLOT();
function T_NEXT_SLOT(): void {
  for (const t of readers) {
    t.slots.next = (self: PyBuffered): PyValue | undefined => {
      const line = readline(self, -1);
      return line.length === 0 ? undefined : bytesOf(line);
    };
  }
}

// ---- BufferedRWPair: a reader and a writer glued together (bufferedio.c bufferedrwpair_*) ----

export const BufferedRWPairType = mk("BufferedRWPair");
class PyRWPair extends PyIOBase {
  reader: PyValue = None;
  writer: PyValue = None;
}
defNew(BufferedRWPairType, (t) => new PyRWPair(t));
defMethod(BufferedRWPairType, "__init__", (self: PyRWPair, args, kw) => {
  if (kw && kw.length) throw pyError(TypeError, "BufferedRWPair() takes no keyword arguments");
  argCount("BufferedRWPair", args, null, 2, 3);
  const size = args[2] ?? DEFAULT_BUFFER_SIZE;
  callm(args[0], "_checkReadable");
  callm(args[1], "_checkWritable");
  self.reader = call(BufferedReaderType, [args[0], size]);
  self.writer = call(BufferedWriterType, [args[1], size]);
  return None;
});
const R = (name: string) => defMethod(BufferedRWPairType, name, (self: PyRWPair, args, kw) => callm(self.reader, name, kw ? args : args));
const W = (name: string) => defMethod(BufferedRWPairType, name, (self: PyRWPair, args) => callm(self.writer, name, args));
for (const n of ["read", "peek", "read1", "readinto", "readinto1", "readable"]) R(n);
for (const n of ["write", "flush", "writable"]) W(n);
defMethod(BufferedRWPairType, "seekable", () => false);
defMethod(BufferedRWPairType, "isatty", (self: PyRWPair) => truthy(callm(self.writer, "isatty")) || truthy(callm(self.reader, "isatty")));
defMethod(BufferedRWPairType, "close", (self: PyRWPair) => {
  try { callm(self.writer, "close"); } finally { callm(self.reader, "close"); }
  return None;
});
defGetter(BufferedRWPairType, "closed", (self: PyRWPair) => getattr(self.writer, "closed"));

