// _io.FileIO: raw binary I/O on a file descriptor of the interpreter's FdTable (host files and
// the standard streams). CPython: Modules/_io/fileio.c (_io_FileIO___init___impl, mode_string,
// _io_FileIO_read_impl, _io_FileIO_readall_impl, portable_lseek, fileio_repr, err_closed, err_mode).
import { None, PyType, TypeType, typeOf, type PyValue } from "../../../objects/object.js";
import { call, defGetter, defMethod, getattrOrUndefined, repr, toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { EXCEPTION_TYPES, pyError, TypeError, ValueError, OverflowError } from "../../../objects/exceptions.js";
import { warn } from "../../../objects/warnings.js";
import { noArgs } from "../../../objects/int.js";
import { bufferArg, PyByteArray, PyBytesObject } from "../../../objects/bytes.js";
import { newOSError } from "../../../objects/oserror.js";
import { IOBaseType, argCount, bytesOf, concat, defNew, PyIOBase, RawIOBaseType, sizeArg, unsupported } from "./iobase.js";
import { activeFds, type FdTable } from "../../fdtable.js";
import { FsError, O } from "../../hostfs.js";
import { strerror } from "../../errno-table.js";
import { fsPath } from "./paths.js";
import { flushAbandonedWriters } from "./iobase.js";

const S_IFMT = 0o170000, S_IFDIR = 0o040000;

export class PyFileIO extends PyIOBase {
  fd = -1;
  fds: FdTable | null = null;
  readable = false;
  writable = false;
  created = false;
  appending = false;
  seekable = -1;
  closefd = true;
  blksize = 0;
}

export const FileIOType = new PyType(TypeType, "FileIO", [RawIOBaseType], new Map(), false, "_io");
const T = FileIOType;
defNew(T, (t) => new PyFileIO(t));

/** An FsError as the OSError CPython raises (PyErr_SetFromErrnoWithFilenameObject). */
export function fsError(e: unknown, filename?: PyValue, filename2?: PyValue): unknown {
  if (e instanceof FsError) return newOSError(e.errno, strerror(e.errno), filename, filename2);
  return e;
}

export function withFs<R>(f: () => R, filename?: PyValue, filename2?: PyValue): R {
  try {
    return f();
  } catch (e) {
    throw fsError(e, filename, filename2);
  }
}

const errClosed = () => pyError(ValueError, "I/O operation on closed file");
const errMode = (what: string) => unsupported(`File not open for ${what}`);

function open(self: PyFileIO): FdTable {
  if (self.fd < 0 || !self.fds) throw errClosed();
  return self.fds;
}

export function modeString(self: PyFileIO): string {
  if (self.created) return self.readable ? "xb+" : "xb";
  if (self.appending) return self.readable ? "ab+" : "ab";
  if (self.readable) return self.writable ? "rb+" : "rb";
  return "wb";
}

defMethod(T, "__init__", (self: PyFileIO, args, kw) => {
  const [file, modeObj, closefdObj, opener] = kwArgs("FileIO", args, kw, ["file", "mode", "closefd", "opener"], 0, 1, 4);
  const fds = activeFds();
  if (self.fd >= 0) {
    if (self.closefd) withFs(() => fds.close(self.fd));
    self.fd = -1;
  }
  const mode = modeObj === undefined ? "r" : modeObj;
  if (typeof mode !== "string") throw pyError(TypeError, `FileIO() argument 'mode' must be str, not ${typeName(mode)}`);
  const closefd = closefdObj === undefined ? true : truthy(closefdObj);
  let fd = -1;
  const fileObj = file!;
  if (typeof fileObj === "boolean") warn(EXCEPTION_TYPES.get("RuntimeWarning")!, "bool is used as a file descriptor");
  if (typeof fileObj === "number" || typeof fileObj === "boolean" || typeof fileObj === "bigint") {
    fd = Number(fileObj);
    if (fd < 0) throw pyError(ValueError, "negative file descriptor");
  }
  let rwa = false, plus = false, flags = 0;
  self.readable = self.writable = self.created = self.appending = false;
  for (const c of mode) {
    switch (c) {
      case "x": if (rwa) throw badMode(); rwa = true; self.created = true; self.writable = true; flags |= O.EXCL | O.CREAT; break;
      case "r": if (rwa) throw badMode(); rwa = true; self.readable = true; break;
      case "w": if (rwa) throw badMode(); rwa = true; self.writable = true; flags |= O.CREAT | O.TRUNC; break;
      case "a": if (rwa) throw badMode(); rwa = true; self.writable = true; self.appending = true; flags |= O.APPEND | O.CREAT; break;
      case "b": break;
      case "+": if (plus) throw badMode(); self.readable = self.writable = true; plus = true; break;
      default: throw pyError(ValueError, `invalid mode: ${mode}`);
    }
  }
  if (!rwa) throw badMode();
  flags |= self.readable && self.writable ? O.RDWR : self.readable ? O.RDONLY : O.WRONLY;
  flags |= O.CLOEXEC;
  let nameObj: PyValue | undefined;
  if (fd >= 0) {
    self.closefd = closefd;
  } else {
    self.closefd = true;
    if (!closefd) throw pyError(ValueError, "Cannot use closefd=False with file name");
    nameObj = fileObj;
    const path = fsPath(fileObj, "file");
    flushAbandonedWriters();
    if (opener === undefined || opener === None) {
      fd = withFs(() => fds.open(path, flags, 0o666), fileObj);
    } else {
      const r = call(opener, [fileObj, flags]);
      if (typeof r !== "number") throw pyError(TypeError, "expected integer from opener");
      fd = r;
      if (fd < 0) throw pyError(ValueError, `opener returned ${fd}`);
    }
  }
  self.fd = fd;
  self.fds = fds;
  self.seekable = -1;
  self.blksize = 4096;
  try {
    const st = fds.fstat(fd);
    if ((st.mode & S_IFMT) === S_IFDIR) throw newOSError(21, strerror(21), nameObj ?? fileObj);
    if (st.blksize > 1) self.blksize = st.blksize;
  } catch (e) {
    if (e instanceof FsError) {
      if (e.errno === 9) throw fsError(e);
    } else {
      if (nameObj !== undefined) fds.close(fd);
      self.fd = -1;
      throw e;
    }
  }
  (self.dict ??= new PyDict()).set("name", fileObj);
  if (self.appending) {
    try { fds.lseek(fd, 0, 2); } catch (e) { if (!(e instanceof FsError)) throw e; }
  }
  return None;
});
import { PyDict } from "../../../objects/containers.js";
const badMode = () => pyError(ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");

defMethod(T, "read", (self: PyFileIO, args, kw) => {
  argCount("read", args, kw, 0, 1);
  const n = sizeArg(args[0]);
  const fds = open(self);
  if (!self.readable) throw errMode("reading");
  if (n < 0) return readAll(self, fds);
  return bytesOf(withFs(() => fds.read(self.fd, n)).slice());
});
function readAll(self: PyFileIO, fds: FdTable): PyBytesObject {
  const parts: Uint8Array[] = [];
  for (;;) {
    const chunk = withFs(() => fds.read(self.fd, 65536));
    if (chunk.length === 0) break;
    parts.push(chunk.slice());
  }
  return bytesOf(concat(parts));
}
defMethod(T, "readall", (self: PyFileIO, args, kw) => {
  noArgs("readall", args, kw);
  const fds = open(self);
  return readAll(self, fds);
});
defMethod(T, "readinto", (self: PyFileIO, args, kw) => {
  argCount("readinto", args, kw, 1, 1);
  const target = args[0];
  const fds = open(self);
  if (!self.readable) throw errMode("reading");
  if (!(target instanceof PyByteArray)) throw pyError(TypeError, `readinto() argument must be read-write bytes-like object, not ${typeName(target)}`);
  const data = withFs(() => fds.read(self.fd, target.len));
  target.buf.set(data, 0);
  return data.length;
});
defMethod(T, "write", (self: PyFileIO, args, kw) => {
  argCount("write", args, kw, 1, 1);
  const fds = open(self);
  if (!self.writable) throw errMode("writing");
  const b = bufferArg(args[0]);
  return withFs(() => fds.write(self.fd, b.slice()));
});
defMethod(T, "seek", (self: PyFileIO, args, kw) => {
  argCount("seek", args, kw, 1, 2);
  const fds = open(self);
  const p = args[0];
  if (typeof p !== "number" && typeof p !== "bigint" && typeof p !== "boolean" && typeOf(p).lookup("__index__") === undefined) {
    throw pyError(TypeError, "an integer is required");
  }
  const pos = toIndex(p);
  if (!Number.isSafeInteger(pos)) throw pyError(OverflowError, "Python int too large to convert to C long");
  const whence = args.length > 1 ? toIndex(args[1]) : 0;
  return withFs(() => fds.lseek(self.fd, pos, whence));
});
defMethod(T, "tell", (self: PyFileIO, args, kw) => {
  noArgs("tell", args, kw);
  const fds = open(self);
  return withFs(() => fds.lseek(self.fd, 0, 1));
});
defMethod(T, "truncate", (self: PyFileIO, args, kw) => {
  argCount("truncate", args, kw, 0, 1);
  const fds = open(self);
  if (!self.writable) throw errMode("writing");
  const size = args.length === 0 || args[0] === None ? withFs(() => fds.lseek(self.fd, 0, 1)) : toIndex(args[0]);
  withFs(() => fds.ftruncate(self.fd, size));
  return size;
});
defMethod(T, "seekable", (self: PyFileIO, args, kw) => {
  noArgs("seekable", args, kw);
  const fds = open(self);
  if (self.seekable < 0) {
    try { fds.lseek(self.fd, 0, 1); self.seekable = 1; } catch { self.seekable = 0; }
  }
  return self.seekable === 1;
});
defMethod(T, "readable", (self: PyFileIO, args, kw) => { noArgs("readable", args, kw); open(self); return self.readable; });
defMethod(T, "writable", (self: PyFileIO, args, kw) => { noArgs("writable", args, kw); open(self); return self.writable; });
defMethod(T, "fileno", (self: PyFileIO, args, kw) => { noArgs("fileno", args, kw); open(self); return self.fd; });
defMethod(T, "isatty", (self: PyFileIO, args, kw) => { noArgs("isatty", args, kw); const fds = open(self); return fds.isatty(self.fd); });
defMethod(T, "_isatty_open_only", (self: PyFileIO) => { const fds = open(self); return fds.isatty(self.fd); });
defMethod(T, "close", (self: PyFileIO, args, kw) => {
  noArgs("close", args, kw);
  // _io__IOBase_close (flush, mark closed), then the descriptor
  let err: unknown = null;
  try { callMethodOf(IOBaseType, "close", self); } catch (e) { err = e; }
  if (self.fd >= 0 && self.fds) {
    const fd = self.fd;
    self.fd = -1;
    if (self.closefd) {
      try { self.fds.close(fd); } catch (e) { err ??= fsError(e); }
    }
  }
  if (err) throw err;
  return None;
});
function callMethodOf(t: PyType, name: string, self: PyValue): PyValue {
  const m = t.ns.get(name) as unknown as { fn: (s: PyValue, a: PyValue[], k: null) => PyValue };
  return m.fn(self, [], null);
}
defGetter(T, "closed", (self: PyFileIO) => self.fd < 0);
defGetter(T, "closefd", (self: PyFileIO) => self.closefd);
defGetter(T, "mode", (self: PyFileIO) => modeString(self));
defGetter(T, "_blksize", (self: PyFileIO) => self.blksize, { member: true });
defGetter(T, "_finalizing", () => false, { member: true });
T.slots.repr = (self: PyFileIO): string => {
  const tn = `${typeOf(self).module === "builtins" ? "" : typeOf(self).module + "."}${typeOf(self).qualname}`;
  if (self.fd < 0) return `<${tn} [closed]>`;
  const name = getattrOrUndefined(self, "name");
  const cf = self.closefd ? "True" : "False";
  if (name === undefined) return `<${tn} fd=${self.fd} mode='${modeString(self)}' closefd=${cf}>`;
  return `<${tn} name=${repr(name)} mode='${modeString(self)}' closefd=${cf}>`;
};
