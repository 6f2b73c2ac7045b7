// _io.BytesIO: an in-memory binary stream. CPython: Modules/_io/bytesio.c (_io_BytesIO_*,
// write_bytes, scan_eol, _io_BytesIO_seek_impl, _io_BytesIO_truncate_impl).
import { None, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import { call, defGetter, defMethod, toIndex, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { PyBaseException, pyError, StopIteration, TypeError, ValueError, OverflowError } from "../../../objects/exceptions.js";
import { noArgs } from "../../../objects/int.js";
import { PyDict, tuple, PyTuple } from "../../../objects/containers.js";
import { bufferArg, bufferOf, PyByteArray } from "../../../objects/bytes.js";
import { MemoryViewType } from "../../../objects/memoryview.js";
import { argCount, BufferedIOBaseType, bytesOf, closedError, defNew, PyIOBase, sizeArg } from "./iobase.js";

export class PyBytesIO extends PyIOBase {
  buf = new Uint8Array(0);
  size = 0;
  pos = 0;
  closed = false;
}

export const BytesIOType = new PyType(TypeType, "BytesIO", [BufferedIOBaseType], new Map(), false, "_io");
const T = BytesIOType;
defNew(T, (t) => new PyBytesIO(t));

function ready(self: PyBytesIO): void {
  if (self.closed) throw closedError();
}

function reserve(self: PyBytesIO, n: number): void {
  if (n <= self.buf.length) return;
  const nb = new Uint8Array(Math.max(n, self.buf.length * 2, 64));
  nb.set(self.buf.subarray(0, self.size));
  self.buf = nb;
}

function writeBytes(self: PyBytesIO, b: Uint8Array): number {
  if (b.length === 0) return 0;
  const end = self.pos + b.length;
  reserve(self, end);
  if (self.pos > self.size) self.buf.fill(0, self.size, self.pos);
  self.buf.set(b, self.pos);
  self.pos = end;
  if (end > self.size) self.size = end;
  return b.length;
}

function readBytes(self: PyBytesIO, n: number): Uint8Array {
  const avail = Math.max(0, self.size - self.pos);
  const k = n < 0 || n > avail ? avail : n;
  const out = self.buf.slice(self.pos, self.pos + k);
  self.pos += k;
  return out;
}

/** scan_eol: the length of the next line (up to and including b"\n"), at most `limit`. */
function lineLength(self: PyBytesIO, limit: number): number {
  if (self.pos >= self.size) return 0;
  let end = self.size;
  if (limit >= 0 && self.pos + limit < end) end = self.pos + limit;
  const i = self.buf.subarray(self.pos, end).indexOf(10);
  return i < 0 ? end - self.pos : i + 1;
}

defMethod(T, "__init__", (self: PyBytesIO, args, kw) => {
  const [initial] = kwArgs("BytesIO", args, kw, ["initial_bytes"], 0, 0, 1);
  self.buf = new Uint8Array(0);
  self.size = 0;
  self.pos = 0;
  self.closed = false;
  if (initial !== undefined && initial !== None) {
    writeBytes(self, bufferArg(initial).slice());
    self.pos = 0;
  }
  return None;
});
defMethod(T, "getvalue", (self: PyBytesIO, args, kw) => {
  noArgs("getvalue", args, kw);
  ready(self);
  return bytesOf(self.buf.slice(0, self.size));
});
defMethod(T, "getbuffer", (self: PyBytesIO, args, kw) => {
  noArgs("getbuffer", args, kw);
  ready(self);
  // a view sharing the stream's memory: writes through it change the stream (CPython also
  // refuses to resize the stream while a view exists; tspy does not track exports)
  return call(MemoryViewType, [new PyByteArray(self.buf.subarray(0, self.size))]);
});
for (const name of ["readable", "writable", "seekable"]) {
  defMethod(T, name, (self: PyBytesIO, args, kw) => {
    noArgs(name, args, kw);
    ready(self);
    return true;
  });
}
defMethod(T, "flush", (self: PyBytesIO, args, kw) => { noArgs("flush", args, kw); ready(self); return None; });
defMethod(T, "isatty", (self: PyBytesIO, args, kw) => { noArgs("isatty", args, kw); ready(self); return false; });
defMethod(T, "tell", (self: PyBytesIO, args, kw) => { noArgs("tell", args, kw); ready(self); return self.pos; });
for (const name of ["read", "read1"]) {
  defMethod(T, name, (self: PyBytesIO, args, kw) => {
    argCount(name, args, kw, 0, 1);
    const n = sizeArg(args[0]);
    ready(self);
    return bytesOf(readBytes(self, n));
  });
}
defMethod(T, "readline", (self: PyBytesIO, args, kw) => {
  argCount("readline", args, kw, 0, 1);
  const n = sizeArg(args[0]);
  ready(self);
  return bytesOf(readBytes(self, lineLength(self, n)));
});
defMethod(T, "readlines", (self: PyBytesIO, args, kw) => {
  argCount("readlines", args, kw, 0, 1);
  const hint = sizeArg(args[0], 0);
  ready(self);
  const lines: PyValue[] = [];
  let total = 0;
  for (let n = lineLength(self, -1); n > 0; n = lineLength(self, -1)) {
    lines.push(bytesOf(readBytes(self, n)));
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return new PyList(lines);
});
import { PyList } from "../../../objects/containers.js";
for (const name of ["readinto", "readinto1"]) {
  defMethod(T, name, (self: PyBytesIO, args, kw) => {
    argCount(name, args, kw, 1, 1);
    const target = args[0];
    ready(self);
    if (!(target instanceof PyByteArray)) throw pyError(TypeError, `${name}() argument must be read-write bytes-like object, not ${typeName(target)}`);
    const data = readBytes(self, target.len);
    target.buf.set(data, 0);
    return data.length;
  });
}
defMethod(T, "truncate", (self: PyBytesIO, args, kw) => {
  argCount("truncate", args, kw, 0, 1);
  ready(self);
  const size = args.length === 0 || args[0] === None ? self.pos : sizeArg(args[0]);
  if (size < 0) throw pyError(ValueError, `negative size value ${size}`);
  if (size < self.size) self.size = size;
  return size;
});
defMethod(T, "seek", (self: PyBytesIO, args, kw) => {
  argCount("seek", args, kw, 1, 2);
  const p = args[0];
  if (typeof p !== "number" && typeof p !== "bigint" && typeof p !== "boolean" && typeOf(p).lookup("__index__") === undefined) {
    throw pyError(TypeError, `'${typeName(p)}' object cannot be interpreted as an integer`);
  }
  const big = typeof p === "bigint" ? p : BigInt(toIndex(p));
  if (big > 9223372036854775807n || big < -9223372036854775808n) throw pyError(OverflowError, "Python int too large to convert to C ssize_t");
  let pos = Number(big);
  const whence = args.length > 1 ? toIndex(args[1]) : 0;
  ready(self);
  if (pos < 0 && whence === 0) throw pyError(ValueError, `negative seek value ${pos}`);
  if (whence === 1) pos = Math.max(0, self.pos + pos);
  else if (whence === 2) pos = Math.max(0, self.size + pos);
  else if (whence !== 0) throw pyError(ValueError, `invalid whence (${whence}, should be 0, 1 or 2)`);
  self.pos = pos;
  return pos;
});
defMethod(T, "write", (self: PyBytesIO, args, kw) => {
  argCount("write", args, kw, 1, 1);
  ready(self);
  return writeBytes(self, bufferArg(args[0]).slice());
});
defMethod(T, "writelines", (self: PyBytesIO, args, kw) => {
  argCount("writelines", args, kw, 1, 1);
  ready(self);
  const it = iter(args[0]);
  for (let v = next(it); v !== undefined; v = next(it)) writeBytes(self, bufferArg(v).slice());
  return None;
});
import { iter, next } from "../../../objects/abstract.js";
defMethod(T, "close", (self: PyBytesIO, args, kw) => {
  noArgs("close", args, kw);
  self.closed = true;
  self.iobaseClosed = true;
  self.buf = new Uint8Array(0);
  return None;
});
defGetter(T, "closed", (self: PyBytesIO) => self.closed);
defMethod(T, "__next__", (self: PyBytesIO) => {
  ready(self);
  const n = lineLength(self, -1);
  if (n === 0) throw new PyBaseException(StopIteration, []);
  return bytesOf(readBytes(self, n));
});
T.slots.next = (self: PyBytesIO): PyValue | undefined => {
  ready(self);
  const n = lineLength(self, -1);
  return n === 0 ? undefined : bytesOf(readBytes(self, n));
};
defMethod(T, "__getstate__", (self: PyBytesIO) => {
  ready(self);
  return tuple([bytesOf(self.buf.slice(0, self.size)), self.pos, self.dict ?? new PyDict()]);
});
defMethod(T, "__setstate__", (self: PyBytesIO, args) => {
  const st = args[0];
  if (!(st instanceof PyTuple) || st.items.length < 3) throw pyError(TypeError, `${typeName(self)}.__setstate__ argument should be 3-tuple, got ${typeName(st)}`);
  const b = bufferOf(st.items[0]) ?? new Uint8Array(0);
  self.buf = b.slice();
  self.size = b.length;
  self.pos = toIndex(st.items[1]);
  return None;
});
