// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair over a raw stream. As in
// CPython, one buffer serves reading and writing: a write into the read-ahead changes it in place,
// and the dirty range is written back on flush. CPython: Modules/_io/bufferedio.c (the buffered
// struct and its macros READAHEAD/RAW_OFFSET/ADJUST_POSITION, _bufferedreader_fill_buffer,
// _bufferedreader_read_generic, _buffered_readline, _bufferedwriter_flush_unlocked,
// _io_BufferedWriter_write_impl, _io__Buffered_seek_impl, buffered_repr, CHECK_CLOSED's messages).
import { None, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import { call, defGetter, defMethod, getattr, getattrOrUndefined, repr, toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { AttributeError, PyBaseException, pyError, StopIteration, TypeError, ValueError } from "../../../objects/exceptions.js";
import { noArgs } from "../../../objects/int.js";
import { bufferArg, bufferOf, PyByteArray } from "../../../objects/bytes.js";
import { OSErrorType } from "../../../objects/oserror.js";
import {
  argCount, BlockingIOError, BufferedIOBaseType, bytesOf, callm, concat, DEFAULT_BUFFER_SIZE, defNew, PyIOBase, rememberWriter, sizeArg,
  unsupported,
} from "./iobase.js";

type Kind = "reader" | "writer" | "random";

export class PyBuffered extends PyIOBase {
  raw: PyValue | null = null;
  ok = false;
  detached = false;
  kind: Kind = "reader";
  readable = false;
  writable = false;
  bufSize = DEFAULT_BUFFER_SIZE;
  buffer: Uint8Array | null = null;
  /** the logical position in the buffer */
  pos = 0;
  /** where the raw stream is, relative to the buffer's start (-1: unknown) */
  rawPos = 0;
  /** the end of valid read-ahead (-1: none) */
  readEnd = -1;
  /** the dirty range to write back (writeEnd -1: none) */
  writePos = 0;
  writeEnd = -1;
  /** the raw stream's absolute position, cached (-1: unknown) */
  absPos = -1;
}

const mk = (name: string) => new PyType(TypeType, name, [BufferedIOBaseType], new Map(), false, "_io");
export const BufferedReaderType = mk("BufferedReader");
export const BufferedWriterType = mk("BufferedWriter");
export const BufferedRandomType = mk("BufferedRandom");
const KINDS: [PyType, Kind][] = [[BufferedReaderType, "reader"], [BufferedWriterType, "writer"], [BufferedRandomType, "random"]];

// ---- the macros ------------------------------------------------------------------------------------

function raw(self: PyBuffered): PyValue {
  if (!self.ok) {
    if (self.detached) throw pyError(ValueError, "raw stream has been detached");
    throw pyError(ValueError, "I/O operation on uninitialized object");
  }
  return self.raw!;
}
const validRead = (self: PyBuffered): boolean => self.readable && self.readEnd !== -1;
const validWrite = (self: PyBuffered): boolean => self.writable && self.writeEnd !== -1;
const readahead = (self: PyBuffered): number => (validRead(self) ? self.readEnd - self.pos : 0);
const rawOffset = (self: PyBuffered): number => ((validRead(self) || validWrite(self)) && self.rawPos >= 0 ? self.rawPos - self.pos : 0);
function adjustPosition(self: PyBuffered, pos: number): void {
  self.pos = pos;
  if (validRead(self) && self.readEnd < self.pos) self.readEnd = self.pos;
}
const isClosed = (self: PyBuffered): boolean => self.buffer === null || truthy(getattr(raw(self), "closed"));
function checkClosed(self: PyBuffered, msg: string): void {
  if (isClosed(self) && readahead(self) === 0) throw pyError(ValueError, msg);
}
const resetRead = (self: PyBuffered): void => { self.readEnd = -1; };
const resetWrite = (self: PyBuffered): void => { self.writePos = 0; self.writeEnd = -1; };
const buf = (self: PyBuffered): Uint8Array => self.buffer ?? (self.buffer = new Uint8Array(self.bufSize));

function position(n: PyValue): number {
  const v = toIndex(n);
  if (v < 0) throw pyError(OSErrorType, `Raw stream returned invalid position ${v}`);
  return v;
}
function rawTell(self: PyBuffered): number {
  const n = position(callm(raw(self), "tell"));
  self.absPos = n;
  return n;
}
function rawSeek(self: PyBuffered, target: number, whence: number): number {
  const n = position(callm(raw(self), "seek", [target, whence]));
  self.absPos = n;
  return n;
}
const rawTellCached = (self: PyBuffered): number => (self.absPos !== -1 ? self.absPos : rawTell(self));

/** _bufferedreader_raw_read: raw.readinto into buffer[start:start+len]; -2 = would block */
function rawRead(self: PyBuffered, into: Uint8Array, start: number, len: number): number {
  const target = new PyByteArray(new Uint8Array(len));
  const res = callm(raw(self), "readinto", [target]);
  if (res === None) return -2;
  const n = toIndex(res);
  if (n < 0 || n > len) throw pyError(OSErrorType, `raw readinto() returned invalid length ${n} (should have been between 0 and ${len})`);
  into.set(target.bytes.subarray(0, n), start);
  if (n > 0 && self.absPos !== -1) self.absPos += n;
  return n;
}
/** _bufferedwriter_raw_write: -2 = would block */
function rawWrite(self: PyBuffered, data: Uint8Array): number {
  const res = callm(raw(self), "write", [bytesOf(data.slice())]);
  if (res === None) return -2;
  const n = toIndex(res);
  if (n < 0 || n > data.length) throw pyError(OSErrorType, `raw write() returned invalid length ${n} (should have been between 0 and ${data.length})`);
  if (n > 0 && self.absPos !== -1) self.absPos += n;
  return n;
}
const blocking = (written: number) => new PyBaseException(BlockingIOError, [11, "write could not complete without blocking", written]);

function fillBuffer(self: PyBuffered): number {
  const start = validRead(self) ? self.readEnd : 0;
  const n = rawRead(self, buf(self), start, self.bufSize - start);
  if (n <= 0) return n;
  self.readEnd = start + n;
  self.rawPos = start + n;
  return n;
}

function flushUnlocked(self: PyBuffered): void {
  if (validWrite(self) && self.writePos !== self.writeEnd) {
    const rewind = rawOffset(self) + (self.pos - self.writePos);
    if (rewind !== 0) {
      rawSeek(self, -rewind, 1);
      self.rawPos -= rewind;
    }
    while (self.writePos < self.writeEnd) {
      const n = rawWrite(self, buf(self).subarray(self.writePos, self.writeEnd));
      if (n === -2) throw blocking(0);
      self.writePos += n;
      self.rawPos = self.writePos;
    }
  }
  resetWrite(self);
}

function flushAndRewind(self: PyBuffered): void {
  flushUnlocked(self);
  if (self.readable) {
    try {
      rawSeek(self, -rawOffset(self), 1);
    } finally {
      resetRead(self);
    }
  }
}

// ---- reading ---------------------------------------------------------------------------------------

function readFast(self: PyBuffered, n: number): Uint8Array | null {
  if (n > readahead(self)) return null;
  const out = buf(self).slice(self.pos, self.pos + n);
  self.pos += n;
  return out;
}

function readAll(self: PyBuffered): PyValue {
  const cur = readahead(self);
  let data: Uint8Array | null = null;
  if (cur) {
    data = buf(self).slice(self.pos, self.pos + cur);
    self.pos += cur;
  }
  if (self.writable) flushAndRewind(self);
  resetRead(self);
  const readall = getattrOrUndefined(raw(self), "readall");
  if (readall !== undefined) {
    const tmp = call(readall, []);
    if (tmp !== None && bufferOf(tmp) === null) throw pyError(TypeError, "readall() should return bytes");
    if (!data) return tmp;
    return bytesOf(tmp === None ? data : concat([data, bufferOf(tmp)!]));
  }
  const chunks: Uint8Array[] = data ? [data] : [];
  for (;;) {
    const d = callm(raw(self), "read");
    if (d !== None && bufferOf(d) === null) throw pyError(TypeError, "read() should return bytes");
    const b = d === None ? null : bufferOf(d)!;
    if (b === null || b.length === 0) {
      if (chunks.length === 0) return d;
      return bytesOf(concat(chunks));
    }
    chunks.push(b.slice());
    if (self.absPos !== -1) self.absPos += b.length;
  }
}

function readGeneric(self: PyBuffered, n: number): PyValue {
  const cur = readahead(self);
  if (n <= cur) return bytesOf(readFast(self, n)!);
  const out = new Uint8Array(n);
  let remaining = n, written = 0;
  if (cur > 0) {
    out.set(buf(self).subarray(self.pos, self.pos + cur), 0);
    remaining -= cur;
    written += cur;
    self.pos += cur;
  }
  if (self.writable) flushAndRewind(self);
  resetRead(self);
  const done = (r: number): PyValue => (r === 0 || written > 0 ? bytesOf(out.slice(0, written)) : None);
  while (remaining > 0) {
    // whole blocks straight into the result, the last partial block through the buffer
    const r0 = self.bufSize * Math.floor(remaining / self.bufSize);
    if (r0 === 0) break;
    const r = rawRead(self, out, written, r0);
    if (r === 0 || r === -2) return done(r);
    remaining -= r;
    written += r;
  }
  self.pos = 0;
  self.rawPos = 0;
  self.readEnd = 0;
  while (remaining > 0 && self.readEnd < self.bufSize) {
    const r = fillBuffer(self);
    if (r === 0 || r === -2) return done(r);
    const k = Math.min(r, remaining);
    out.set(buf(self).subarray(self.pos, self.pos + k), written);
    written += k;
    self.pos += k;
    remaining -= k;
  }
  return bytesOf(out);
}

function peekUnlocked(self: PyBuffered): Uint8Array {
  const have = readahead(self);
  if (have > 0) return buf(self).slice(self.pos, self.pos + have);
  resetRead(self);
  let r = fillBuffer(self);
  if (r === -2) r = 0;
  self.pos = 0;
  return buf(self).slice(0, r);
}

function readinto(self: PyBuffered, target: PyByteArray, one: boolean): PyValue {
  checkClosed(self, "readinto of closed file");
  const len = target.len;
  const dst = new Uint8Array(len);
  let written = 0;
  const n0 = readahead(self);
  if (n0 > 0) {
    if (n0 >= len) {
      target.buf.set(buf(self).subarray(self.pos, self.pos + len), 0);
      self.pos += len;
      return len;
    }
    dst.set(buf(self).subarray(self.pos, self.pos + n0), 0);
    self.pos += n0;
    written = n0;
  }
  if (self.writable) flushAndRewind(self);
  resetRead(self);
  self.pos = 0;
  let result: PyValue | null = null;
  for (let remaining = len - written; remaining > 0;) {
    let n: number;
    if (remaining > self.bufSize) n = rawRead(self, dst, written, remaining);
    else if (!(one && written)) {
      n = fillBuffer(self);
      if (n > 0) {
        const k = Math.min(n, remaining);
        dst.set(buf(self).subarray(self.pos, self.pos + k), written);
        self.pos += k;
        written += k;
        remaining -= k;
        continue;
      }
    } else n = 0;
    if (n === 0 || (n === -2 && written > 0)) break;
    if (n === -2) { result = None; break; }
    written += n;
    remaining -= n;
    if (one) break;
  }
  target.buf.set(dst.subarray(0, written), 0);
  return result ?? written;
}

function readline(self: PyBuffered, limit: number): Uint8Array {
  checkClosed(self, "readline of closed file");
  let n = readahead(self);
  if (limit >= 0 && n > limit) n = limit;
  const b0 = buf(self);
  const i = b0.subarray(self.pos, self.pos + n).indexOf(10);
  if (i >= 0) {
    const out = b0.slice(self.pos, self.pos + i + 1);
    self.pos += i + 1;
    return out;
  }
  if (n === limit) {
    const out = b0.slice(self.pos, self.pos + n);
    self.pos += n;
    return out;
  }
  const chunks: Uint8Array[] = [];
  if (n > 0) {
    chunks.push(b0.slice(self.pos, self.pos + n));
    self.pos += n;
    if (limit >= 0) limit -= n;
  }
  if (self.writable) flushAndRewind(self);
  for (;;) {
    resetRead(self);
    let r = fillBuffer(self);
    if (r <= 0) break;
    if (limit >= 0 && r > limit) r = limit;
    const b = buf(self);
    const k = b.subarray(0, r).indexOf(10);
    if (k >= 0) {
      chunks.push(b.slice(0, k + 1));
      self.pos = k + 1;
      break;
    }
    chunks.push(b.slice(0, r));
    if (r === limit) {
      self.pos = r;
      break;
    }
    if (limit >= 0) limit -= r;
  }
  return concat(chunks);
}

// ---- writing ---------------------------------------------------------------------------------------

function write(self: PyBuffered, data: Uint8Array): number {
  if (isClosed(self)) throw pyError(ValueError, "write to closed file");
  const b = buf(self);
  if (!validRead(self) && !validWrite(self)) {
    self.pos = 0;
    self.rawPos = 0;
  }
  const avail = self.bufSize - self.pos;
  if (data.length <= avail) {
    b.set(data, self.pos);
    if (!validWrite(self) || self.writePos > self.pos) self.writePos = self.pos;
    adjustPosition(self, self.pos + data.length);
    if (self.pos > self.writeEnd) self.writeEnd = self.pos;
    return data.length;
  }
  flushUnlocked(self);
  const offset = rawOffset(self);
  if (offset !== 0) {
    rawSeek(self, -offset, 1);
    self.rawPos -= offset;
  }
  // (CPython 3.14 writes runs of at least a buffer's size straight to the raw stream)
  let remaining = data.length, written = 0;
  while (remaining >= self.bufSize) {
    const n = rawWrite(self, data.subarray(written));
    if (n === -2) {
      if (remaining > self.bufSize) {
        b.set(data.subarray(written, written + self.bufSize), 0);
        self.rawPos = 0;
        adjustPosition(self, self.bufSize);
        self.writeEnd = self.bufSize;
        throw blocking(written + self.bufSize);
      }
      break;
    }
    written += n;
    remaining -= n;
  }
  if (self.readable) resetRead(self);
  if (remaining > 0) b.set(data.subarray(written, written + remaining), 0);
  self.writePos = 0;
  self.writeEnd = remaining;
  adjustPosition(self, remaining);
  self.rawPos = 0;
  return data.length;
}

// ---- the classes -----------------------------------------------------------------------------------

for (const [t, kind] of KINDS) {
  defNew(t, (cls) => { const b = new PyBuffered(cls); b.kind = kind; return b; });
  defMethod(t, "__init__", (self: PyBuffered, args, kw) => {
    const [rawObj, size] = kwArgs(t.name, args, kw, ["raw", "buffer_size"], 0, 1, 2);
    self.ok = false;
    self.detached = false;
    self.kind = kind;
    if (kind !== "writer") callm(rawObj!, "_checkReadable");
    if (kind !== "reader") callm(rawObj!, "_checkWritable");
    if (kind === "random") callm(rawObj!, "_checkSeekable");
    const n = size === undefined ? DEFAULT_BUFFER_SIZE : toIndex(size);
    if (n <= 0) throw pyError(ValueError, "buffer size must be strictly positive");
    self.raw = rawObj!;
    self.readable = kind !== "writer";
    self.writable = kind !== "reader";
    self.bufSize = n;
    self.buffer = new Uint8Array(n);
    self.ok = true;
    // _buffered_init: the raw position, when the raw stream can tell it
    self.absPos = -1;
    try { rawTell(self); } catch (e) { if (!(e instanceof PyBaseException)) throw e; }
    resetRead(self);
    resetWrite(self);
    self.pos = 0;
    self.rawPos = 0;
    if (self.writable) {
      rememberWriter(self, 1, (w: PyBuffered) => {
        if (w.ok && w.buffer !== null && validWrite(w) && w.writePos !== w.writeEnd && !isClosed(w)) flushUnlocked(w);
      });
    }
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
  const n = sizeArg(args[0]);
  raw(self);
  if (n < -1) throw pyError(ValueError, "read length must be non-negative or -1");
  checkClosed(self, "read of closed file");
  if (n === -1) return readAll(self);
  const fast = readFast(self, n);
  return fast ? bytesOf(fast) : readGeneric(self, n);
}, readers);
def("read1", (self, args, kw) => {
  argCount("read1", args, kw, 0, 1);
  let n = sizeArg(args[0]);
  raw(self);
  if (n < 0) n = self.bufSize;
  checkClosed(self, "read of closed file");
  if (n === 0) return bytesOf(new Uint8Array(0));
  const have = readahead(self);
  if (have > 0) return bytesOf(readFast(self, Math.min(have, n))!);
  resetRead(self);
  const out = new Uint8Array(n);
  let r = rawRead(self, out, 0, n);
  if (r === -2) r = 0;
  return bytesOf(out.slice(0, r));
}, readers);
def("peek", (self, args, kw) => {
  argCount("peek", args, kw, 0, 1);
  raw(self);
  checkClosed(self, "peek of closed file");
  if (self.writable) flushAndRewind(self);
  return bytesOf(peekUnlocked(self));
}, readers);
for (const name of ["readinto", "readinto1"]) {
  def(name, (self, args, kw) => {
    argCount(name, args, kw, 1, 1);
    const target = args[0];
    raw(self);
    if (!(target instanceof PyByteArray)) throw pyError(TypeError, `${name}() argument must be read-write bytes-like object, not ${typeName(target)}`);
    return readinto(self, target, name === "readinto1");
  }, readers);
}
def("readline", (self, args, kw) => {
  argCount("readline", args, kw, 0, 1);
  const limit = sizeArg(args[0]);
  raw(self);
  return bytesOf(readline(self, limit));
}, readers);
def("__next__", (self) => {
  raw(self);
  let line: Uint8Array;
  if (typeOf(self).heap) {
    const r = callm(self, "readline");
    const b = bufferOf(r);
    if (b === null) throw pyError(OSErrorType, `readline() should have returned a bytes object, not '${typeName(r)}'`);
    line = b;
  } else line = readline(self, -1);
  if (line.length === 0) throw new PyBaseException(StopIteration, []);
  return bytesOf(line);
}, readers);
for (const t of readers) {
  t.slots.next = (self: PyBuffered): PyValue | undefined => {
    raw(self);
    const line = readline(self, -1);
    return line.length === 0 ? undefined : bytesOf(line);
  };
}
def("write", (self, args, kw) => {
  argCount("write", args, kw, 1, 1);
  const data = bufferArg(args[0]).slice();
  raw(self);
  return write(self, data);
}, writers);
def("flush", (self, args, kw) => {
  noArgs("flush", args, kw);
  if (self.kind === "reader") return callm(raw(self), "flush"); // buffered_simple_flush
  raw(self);
  checkClosed(self, "flush of closed file");
  flushAndRewind(self);
  return None;
});
def("tell", (self, args, kw) => {
  noArgs("tell", args, kw);
  raw(self);
  return rawTell(self) - rawOffset(self);
});
def("seek", (self, args, kw) => {
  argCount("seek", args, kw, 1, 2);
  const targetObj = args[0];
  const whence = args.length > 1 ? toIndex(args[1]) : 0;
  raw(self);
  if (whence < 0 || whence > 2) throw pyError(ValueError, `whence value ${whence} unsupported`);
  checkClosed(self, "seek of closed file");
  callm(raw(self), "_checkSeekable");
  if (typeof targetObj !== "number" && typeof targetObj !== "bigint" && typeof targetObj !== "boolean" && typeOf(targetObj).lookup("__index__") === undefined) {
    throw pyError(TypeError, `'${typeName(targetObj)}' object cannot be interpreted as an integer`);
  }
  let target = toIndex(targetObj);
  if ((whence === 0 || whence === 1) && self.readable) {
    // inside the read-ahead: just move
    const current = rawTellCached(self);
    const avail = readahead(self);
    if (avail > 0) {
      const offset = whence === 0 ? target - (current - rawOffset(self)) : target;
      if (offset >= -self.pos && offset <= avail) {
        self.pos += offset;
        return current - avail + offset;
      }
    }
  }
  if (self.writable) flushUnlocked(self);
  if (whence === 1) target -= rawOffset(self);
  const n = rawSeek(self, target, whence);
  self.rawPos = -1;
  if (self.readable) resetRead(self);
  return n;
});
def("truncate", (self, args, kw) => {
  argCount("truncate", args, kw, 0, 1);
  raw(self);
  checkClosed(self, "truncate of closed file");
  if (!self.writable) throw unsupported("truncate");
  flushAndRewind(self);
  const res = callm(raw(self), "truncate", [args.length ? args[0] : None]);
  try { rawTell(self); } catch (e) { if (!(e instanceof PyBaseException)) throw e; }
  return res;
});
def("close", (self, args, kw) => {
  noArgs("close", args, kw);
  const r = raw(self);
  if (truthy(getattr(r, "closed"))) return None;
  let err: unknown = null;
  try { callm(self, "flush"); } catch (e) { err = e; }
  let res: unknown = null;
  try { callm(r, "close"); } catch (e) { res = e; }
  self.buffer = null;
  self.readEnd = 0;
  self.pos = 0;
  if (res) {
    if (err instanceof PyBaseException && res instanceof PyBaseException) res.context = err;
    throw res;
  }
  if (err) throw err;
  return None;
});
def("detach", (self, args, kw) => {
  noArgs("detach", args, kw);
  const r = raw(self);
  callm(self, "flush");
  self.raw = null;
  self.detached = true;
  self.ok = false;
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

