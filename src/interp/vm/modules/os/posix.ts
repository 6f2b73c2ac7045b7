// The posix module: what Lib/os.py builds on, over the interpreter's FdTable and HostFS.
// CPython: Modules/posixmodule.c (path_converter and its messages, os_stat_impl, os_open_impl,
// os_read_impl, os_write_impl, os_listdir_impl, os_mkdir_impl, os_rename_impl, os_urandom_impl,
// convertenviron, all_ins for the constants, have_functions).
import { None, typeOf, type PyValue } from "../../../objects/object.js";
import { toIndex, truthy, typeName } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { NotImplementedError, PyBaseException, pyError, SystemExit, TypeError, ValueError, OverflowError } from "../../../objects/exceptions.js";
import { PyBuiltin, PyModule } from "../../../objects/functions.js";
import { PyDict, PyList, PyTuple } from "../../../objects/containers.js";
import { PyFloat } from "../../../objects/numbers.js";
import { bufferArg, PyBytesObject } from "../../../objects/bytes.js";
import { encode } from "../../../objects/codecs.js";
import { newOSError, OSErrorType } from "../../../objects/oserror.js";
import { hostFn, type Host } from "../../builtins.js";
import { O } from "../../hostfs.js";
import { strerror } from "../../errno-table.js";
import { withFs } from "../io/fileio.js";
import { fspath } from "../io/paths.js";
import { flushAbandonedWriters } from "../io/iobase.js";
import { decode } from "../../../objects/codecs.js";
import { DirEntryType, scandir, StatResultType, statResult, TerminalSizeType } from "./stat.js";

const bytesOf = (s: string): PyBytesObject => new PyBytesObject(encode(s, "utf-8", "surrogateescape"));

/** path_converter: [host path, the object as given]; an int is an fd when allowFd. */
function pathArg(fname: string, argname: string, v: PyValue | undefined, allowFd: boolean, nullable = false): { path: string; fd: number; obj: PyValue } {
  if (v === undefined || (nullable && v === None)) return { path: ".", fd: -1, obj: None };
  if (allowFd && (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")) {
    return { path: "", fd: Number(v), obj: v };
  }
  let p: PyValue;
  if (typeof v === "string" || v instanceof PyBytesObject) p = v;
  else if (typeOf(v).lookup("__fspath__") !== undefined) p = fspath(v);
  else {
    const what = allowFd ? "string, bytes, os.PathLike or integer" : nullable ? "string, bytes, os.PathLike or None" : "string, bytes or os.PathLike";
    throw pyError(TypeError, `${fname}: ${argname} should be ${what}, not ${typeName(v)}`);
  }
  const s = typeof p === "string" ? p : decode(p as PyBytesObject, (p as PyBytesObject).bytes, "utf-8", "surrogateescape");
  if (s.includes("\0")) throw pyError(ValueError, `${fname}: embedded null character in ${argname}`);
  return { path: s, fd: -1, obj: v };
}

/** dir_fd_unavailable (Modules/posixmodule.c): no directory file descriptors here (DEVIATIONS.md),
 *  so a dir_fd other than None is NotImplementedError, as on a platform without *at() calls. */
function noDirFd(...vals: (PyValue | undefined)[]): void {
  for (const v of vals) if (v !== undefined && v !== None) throw pyError(NotImplementedError, "dir_fd unavailable on this platform");
}

const intArg = (fname: string, v: PyValue): number => {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "bigint") throw pyError(OverflowError, "Python int too large to convert to C int");
  if (typeOf(v).lookup("__index__") === undefined) throw pyError(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  return toIndex(v);
};

export function makePosix(host: Host): PyModule {
  const m = new PyModule("posix");
  const d = m.dict;
  const fds = host.fds;
  const fs = fds.fs;
  const def = (name: string, fn: (args: PyValue[], kw: readonly string[] | null) => PyValue) => d.set(name, new PyBuiltin(name, fn, m));
  d.set("__doc__", "This module provides access to operating system functionality that is\nstandardized by the C Standard and the POSIX standard (a thinly\ndisguised Unix interface).  Refer to the library manual and\ncorresponding Unix manual entries for more information on calls.");
  d.set("error", OSErrorType);
  d.set("stat_result", StatResultType);
  d.set("terminal_size", TerminalSizeType);
  d.set("DirEntry", DirEntryType);

  // ---- constants (Linux values) ----
  const consts: Record<string, number> = {
    F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
    O_RDONLY: O.RDONLY, O_WRONLY: O.WRONLY, O_RDWR: O.RDWR, O_CREAT: O.CREAT, O_EXCL: O.EXCL, O_NOCTTY: O.NOCTTY,
    O_TRUNC: O.TRUNC, O_APPEND: O.APPEND, O_NONBLOCK: O.NONBLOCK, O_NDELAY: O.NONBLOCK, O_DSYNC: O.DSYNC, O_SYNC: O.SYNC,
    O_RSYNC: O.SYNC, O_ASYNC: O.ASYNC, O_DIRECT: O.DIRECT, O_LARGEFILE: O.LARGEFILE, O_DIRECTORY: O.DIRECTORY,
    O_NOFOLLOW: O.NOFOLLOW, O_NOATIME: O.NOATIME, O_CLOEXEC: O.CLOEXEC, O_PATH: O.PATH, O_TMPFILE: O.TMPFILE, O_ACCMODE: O.ACCMODE,
    EX_OK: 0, EX_USAGE: 64, EX_DATAERR: 65, EX_NOINPUT: 66, EX_NOUSER: 67, EX_NOHOST: 68, EX_UNAVAILABLE: 69, EX_SOFTWARE: 70,
    EX_OSERR: 71, EX_OSFILE: 72, EX_CANTCREAT: 73, EX_IOERR: 74, EX_TEMPFAIL: 75, EX_PROTOCOL: 76, EX_NOPERM: 77, EX_CONFIG: 78,
    WNOHANG: 1, WUNTRACED: 2, TMP_MAX: 238328, NGROUPS_MAX: 65536,
  };
  for (const [k, v] of Object.entries(consts)) d.set(k, v);
  d.set("_have_functions", new PyList(["HAVE_FTRUNCATE", "HAVE_LSTAT"]));

  // ---- environment, process ----
  const environ = () => {
    const e = new PyDict();
    for (const [k, v] of Object.entries(host.env())) e.set(bytesOf(k), bytesOf(v));
    return e;
  };
  d.set("environ", environ());
  def("_create_environ", () => environ());
  // the program's environment changes stay in os.environ: the host's is never modified
  // (os_putenv_impl's checks: a name with '=' or empty is illegal)
  // (they are recorded in host.envChanges, which getenv-like readers such as sys.breakpointhook
  // consult: CPython's putenv changes what Py_GETENV sees)
  const envName = (fname: string, v: PyValue | undefined): string => {
    const s = typeof v === "string" ? v : v instanceof PyBytesObject ? decode(v, v.bytes, "utf-8", "surrogateescape") : null;
    if (s === null) throw pyError(TypeError, `${fname}: expected str, bytes or os.PathLike object, not ${typeName(v!)}`);
    if (s.includes("\0")) throw pyError(ValueError, `${fname}: embedded null character in name`);
    if (s === "" || s.includes("=")) throw pyError(ValueError, "illegal environment variable name");
    return s;
  };
  def("putenv", (args, kw) => {
    const [name, value] = kwArgs("putenv", args, kw, ["name", "value"], 2, 2, 2);
    const n = envName("putenv", name);
    if (typeof value !== "string" && !(value instanceof PyBytesObject)) throw pyError(TypeError, `putenv: expected str, bytes or os.PathLike object, not ${typeName(value!)}`);
    host.envChanges?.set(n, typeof value === "string" ? value : decode(value, value.bytes, "utf-8", "surrogateescape"));
    return None;
  });
  def("unsetenv", (args, kw) => {
    const [name] = kwArgs("unsetenv", args, kw, ["name"], 1, 1, 1);
    host.envChanges?.set(envName("unsetenv", name), null);
    return None;
  });
  def("getpid", () => host.pid);
  def("getppid", () => 1);
  // Child processes: tspy starts none (as CPython on emscripten), so waiting always finds no
  // child (ECHILD). The W* status macros decode a wait status as glibc's <sys/wait.h> does
  // (CPython: Modules/posixmodule.c os_WIFEXITED_impl and friends, os_waitstatus_to_exitcode_impl);
  // subprocess and asyncio read them when they are imported.
  for (const n of ["wait", "waitpid"]) def(n, () => { throw newOSError(10, strerror(10)); });
  const status = (fname: string, args: PyValue[], kw: readonly string[] | null) => intArg(fname, kwArgs(fname, args, kw, ["status"], 1, 1, 1)[0]!);
  const macros: Record<string, (s: number) => PyValue> = {
    WIFEXITED: (s) => (s & 0x7f) === 0, WEXITSTATUS: (s) => (s >> 8) & 0xff,
    WIFSIGNALED: (s) => ((s & 0x7f) + 1) << 24 >> 25 > 0, WTERMSIG: (s) => s & 0x7f,
    WIFSTOPPED: (s) => (s & 0xff) === 0x7f, WSTOPSIG: (s) => (s >> 8) & 0xff,
    WIFCONTINUED: (s) => s === 0xffff, WCOREDUMP: (s) => (s & 0x80) !== 0,
  };
  for (const [n, f] of Object.entries(macros)) def(n, (args, kw) => f(status(n, args, kw)));
  def("waitstatus_to_exitcode", (args, kw) => {
    const s = status("waitstatus_to_exitcode", args, kw);
    if ((s & 0x7f) === 0) return (s >> 8) & 0xff;
    if (((s & 0x7f) + 1) << 24 >> 25 > 0) return -(s & 0x7f);
    if ((s & 0xff) === 0x7f) throw pyError(ValueError, `process stopped by delivery of signal ${(s >> 8) & 0xff}`);
    throw pyError(ValueError, `invalid wait status: ${s}`);
  });
  for (const n of ["getuid", "geteuid", "getgid", "getegid"]) def(n, () => 0);
  def("umask", (args, kw) => { kwArgs("umask", args, kw, ["mask"], 1, 1, 1); return 0o022; });
  def("urandom", (args, kw) => {
    const [size] = kwArgs("urandom", args, kw, ["size"], 1, 1, 1);
    const n = toIndex(size!);
    if (n < 0) throw pyError(ValueError, "negative argument not allowed");
    return new PyBytesObject(hostFn(host, "randomBytes")(n));
  });
  def("strerror", (args, kw) => {
    const [code] = kwArgs("strerror", args, kw, ["code"], 1, 1, 1);
    return strerror(intArg("strerror", code!));
  });
  def("fspath", (args, kw) => {
    const [p] = kwArgs("fspath", args, kw, ["path"], 0, 1, 1);
    return fspath(p!);
  });
  def("_exit", (args, kw) => {
    const [status] = kwArgs("_exit", args, kw, ["status"], 1, 1, 1);
    // tspy cannot end the host process: _exit ends the program as an uncatchable SystemExit would
    throw new PyBaseException(SystemExit, [intArg("_exit", status!)]);
  });
  def("device_encoding", (args, kw) => {
    const [fd] = kwArgs("device_encoding", args, kw, ["fd"], 0, 1, 1);
    return fds.isatty(intArg("device_encoding", fd!)) ? "UTF-8" : None;
  });
  def("get_terminal_size", (args, kw) => {
    kwArgs("get_terminal_size", args, kw, ["fd"], 1, 0, 1);
    throw newOSError(25, strerror(25));
  });
  def("isatty", (args, kw) => {
    const [fd] = kwArgs("isatty", args, kw, ["fd"], 1, 1, 1);
    return fds.isatty(intArg("isatty", fd!));
  });
  def("cpu_count", () => 1);

  // ---- file descriptors ----
  def("open", (args, kw) => {
    const [p, flags, mode, dirFd] = kwArgs("open", args, kw, ["path", "flags", "mode", "dir_fd"], 0, 2, 3);
    noDirFd(dirFd);
    const path = pathArg("open", "path", p, false);
    const f = intArg("open", flags!);
    flushAbandonedWriters();
    const md = mode === undefined ? 0o777 : intArg("open", mode);
    return withFs(() => fds.open(path.path, f | O.CLOEXEC, md), path.obj);
  });
  def("close", (args, kw) => {
    const [fd] = kwArgs("close", args, kw, ["fd"], 0, 1, 1);
    withFs(() => fds.close(intArg("close", fd!)));
    return None;
  });
  def("closerange", (args, kw) => {
    const [lo, hi] = kwArgs("closerange", args, kw, ["fd_low", "fd_high"], 2, 2, 2);
    for (let i = intArg("closerange", lo!); i < intArg("closerange", hi!); i++) if (fds.isOpen(i)) fds.close(i);
    return None;
  });
  def("read", (args, kw) => {
    const [fd, n] = kwArgs("read", args, kw, ["fd", "length"], 2, 2, 2);
    const len = toIndex(n!);
    if (len < 0) throw newOSError(22, strerror(22));
    return new PyBytesObject(withFs(() => fds.read(intArg("read", fd!), len)).slice());
  });
  def("write", (args, kw) => {
    const [fd, data] = kwArgs("write", args, kw, ["fd", "data"], 2, 2, 2);
    const b = bufferArg(data!);
    return withFs(() => fds.write(intArg("write", fd!), b.slice()));
  });
  def("lseek", (args, kw) => {
    const [fd, pos, how] = kwArgs("lseek", args, kw, ["fd", "position", "whence"], 3, 3, 3);
    return withFs(() => fds.lseek(intArg("lseek", fd!), toIndex(pos!), intArg("lseek", how!)));
  });
  def("ftruncate", (args, kw) => {
    const [fd, len] = kwArgs("ftruncate", args, kw, ["fd", "length"], 2, 2, 2);
    withFs(() => fds.ftruncate(intArg("ftruncate", fd!), toIndex(len!)));
    return None;
  });
  def("truncate", (args, kw) => {
    const [p, len] = kwArgs("truncate", args, kw, ["path", "length"], 0, 2, 2);
    const path = pathArg("truncate", "path", p, true);
    if (path.fd >= 0) withFs(() => fds.ftruncate(path.fd, toIndex(len!)));
    else {
      const fd = withFs(() => fds.open(path.path, O.WRONLY, 0), path.obj);
      try { withFs(() => fds.ftruncate(fd, toIndex(len!)), path.obj); } finally { fds.close(fd); }
    }
    return None;
  });
  def("fsync", (args, kw) => { const [fd] = kwArgs("fsync", args, kw, ["fd"], 0, 1, 1); withFs(() => fds.fstat(toFd(fd!))); return None; });
  def("fstat", (args, kw) => {
    const [fd] = kwArgs("fstat", args, kw, ["fd"], 0, 1, 1);
    return statResult(withFs(() => fds.fstat(intArg("fstat", fd!))));
  });
  def("get_blocking", () => true);
  def("set_blocking", () => None);
  def("get_inheritable", () => false);
  def("set_inheritable", () => None);

  // ---- paths ----
  const statFn = (name: string, follow0: boolean) => (args: PyValue[], kw: readonly string[] | null) => {
    const [p, dirFd, follow] = kwArgs(name, args, kw, ["path", "dir_fd", "follow_symlinks"], 0, 1, 1);
    noDirFd(dirFd);
    const path = pathArg(name, "path", p, name === "stat");
    if (path.fd >= 0) return statResult(withFs(() => fds.fstat(path.fd)));
    const fl = follow0 && (follow === undefined || truthy(follow));
    return statResult(withFs(() => fs.stat(path.path, fl), path.obj));
  };
  def("stat", statFn("stat", true));
  def("lstat", statFn("lstat", false));
  def("access", (args, kw) => {
    const [p, mode, dirFd] = kwArgs("access", args, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 0, 2, 2);
    noDirFd(dirFd);
    const path = pathArg("access", "path", p, false);
    return fs.access(path.path, intArg("access", mode!));
  });
  def("getcwd", () => withFs(() => fs.getcwd()));
  def("getcwdb", () => bytesOf(withFs(() => fs.getcwd())));
  def("chdir", (args, kw) => {
    const [p] = kwArgs("chdir", args, kw, ["path"], 0, 1, 1);
    const path = pathArg("chdir", "path", p, false);
    withFs(() => fs.chdir(path.path), path.obj);
    return None;
  });
  def("listdir", (args, kw) => {
    const [p] = kwArgs("listdir", args, kw, ["path"], 0, 0, 1);
    const path = pathArg("listdir", "path", p, false, true);
    const names = withFs(() => fs.listdir(path.path), path.obj === None ? "." : path.obj);
    const asBytes = path.obj instanceof PyBytesObject;
    return new PyList(names.map((n) => (asBytes ? bytesOf(n) : n)));
  });
  def("scandir", (args, kw) => {
    const [p] = kwArgs("scandir", args, kw, ["path"], 0, 0, 1);
    const path = pathArg("scandir", "path", p, false, true);
    return scandir(fds, path.obj, path.path);
  });
  def("mkdir", (args, kw) => {
    const [p, mode, dirFd] = kwArgs("mkdir", args, kw, ["path", "mode", "dir_fd"], 0, 1, 2);
    noDirFd(dirFd);
    const path = pathArg("mkdir", "path", p, false);
    withFs(() => fs.mkdir(path.path, mode === undefined ? 0o777 : intArg("mkdir", mode)), path.obj);
    return None;
  });
  for (const name of ["rmdir", "unlink", "remove"]) {
    def(name, (args, kw) => {
      const [p, dirFd] = kwArgs(name, args, kw, ["path", "dir_fd"], 0, 1, 1);
      noDirFd(dirFd);
      const path = pathArg(name, "path", p, false);
      withFs(() => (name === "rmdir" ? fs.rmdir(path.path) : fs.unlink(path.path)), path.obj);
      return None;
    });
  }
  for (const name of ["rename", "replace"]) {
    def(name, (args, kw) => {
      const [s, t, sFd, dFd] = kwArgs(name, args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 0, 2, 2);
      noDirFd(sFd, dFd);
      const src = pathArg(name, "src", s, false), dst = pathArg(name, "dst", t, false);
      withFs(() => fs.rename(src.path, dst.path), src.obj, dst.obj);
      return None;
    });
  }
  def("readlink", (args, kw) => {
    const [p, dirFd] = kwArgs("readlink", args, kw, ["path", "dir_fd"], 0, 1, 1);
    noDirFd(dirFd);
    const path = pathArg("readlink", "path", p, false);
    const r = withFs(() => fs.readlink(path.path), path.obj);
    return path.obj instanceof PyBytesObject ? bytesOf(r) : r;
  });
  def("chmod", (args, kw) => {
    const [p, mode, dirFd, follow] = kwArgs("chmod", args, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 0, 2, 2);
    noDirFd(dirFd);
    const path = pathArg("chmod", "path", p, false);
    withFs(() => fs.chmod(path.path, intArg("chmod", mode!), follow === undefined || truthy(follow)), path.obj);
    return None;
  });
  def("symlink", (args, kw) => {
    const [src, dst, , dirFd] = kwArgs("symlink", args, kw, ["src", "dst", "target_is_directory", "dir_fd"], 0, 2, 3);
    noDirFd(dirFd);
    const s = pathArg("symlink", "src", src, false), t = pathArg("symlink", "dst", dst, false);
    withFs(() => fs.symlink(s.path, t.path), s.obj, t.obj);
    return None;
  });
  def("link", (args, kw) => {
    const [src, dst, sFd, dFd] = kwArgs("link", args, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 0, 2, 2);
    noDirFd(sFd, dFd);
    const s = pathArg("link", "src", src, false), t = pathArg("link", "dst", dst, false);
    withFs(() => fs.link(s.path, t.path), s.obj, t.obj);
    return None;
  });
  // os_utime_impl: times=(atime, mtime) in seconds, or ns=(atime_ns, mtime_ns), or now
  def("utime", (args, kw) => {
    const [p, times, ns, dirFd, follow] = kwArgs("utime", args, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 0, 1, 2);
    noDirFd(dirFd);
    const path = pathArg("utime", "path", p, false);
    let a: bigint, mt: bigint;
    const hasTimes = times !== undefined && times !== None;
    if (hasTimes && ns !== undefined) throw pyError(ValueError, "utime: you may specify either 'times' or 'ns' but not both");
    const pair = (v: PyValue, what: string): PyValue[] => {
      if (!(v instanceof PyTuple) || v.items.length !== 2) throw pyError(TypeError, what === "ns" ? "utime: 'ns' must be a tuple of two ints" : "utime: 'times' must be either a tuple of two ints or None");
      return v.items as PyValue[];
    };
    if (hasTimes) {
      const [x, y] = pair(times!, "times");
      const toNs = (v: PyValue): bigint => BigInt(Math.round((typeof v === "number" ? v : Number(toFloatValue(v))) * 1e9));
      a = toNs(x); mt = toNs(y);
    } else if (ns !== undefined) {
      const [x, y] = pair(ns, "ns");
      a = BigInt(toIndex(x)); mt = BigInt(toIndex(y));
    } else {
      a = mt = BigInt(Date.now()) * 1000000n;
    }
    withFs(() => fs.utime(path.path, a, mt, follow === undefined || truthy(follow)), path.obj);
    return None;
  });
  return m;
}

function toFd(v: PyValue): number {
  if (typeof v === "number") return v;
  throw pyError(TypeError, `argument must be an int, or have a fileno() method.`);
}

function toFloatValue(v: PyValue): number {
  if (v instanceof PyFloat) return v.value;
  if (typeof v === "bigint") return Number(v);
  if (typeof v === "boolean") return v ? 1 : 0;
  throw pyError(TypeError, `utime: 'times' must be a tuple of two numbers`);
}
