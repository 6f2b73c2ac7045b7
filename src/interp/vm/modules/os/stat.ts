// os.stat_result and os.DirEntry / scandir. CPython: Modules/posixmodule.c
// (stat_result_fields, _pystat_fromstructstat, DirEntry_* and ScandirIterator_*).
import { None, PyType, TypeType, ObjectType, type PyValue } from "../../../objects/object.js";
import { defGetter, defMethod, PyInstance, repr, truthy } from "../../../objects/abstract.js";
import { kwArgs } from "../../../objects/args.js";
import { PyBaseException, StopIteration } from "../../../objects/exceptions.js";
import { float } from "../../../objects/numbers.js";
import { normBig } from "../../../objects/numbers.js";
import { PyBytesObject } from "../../../objects/bytes.js";
import { encode } from "../../../objects/codecs.js";
import type { StatInfo } from "../../hostfs.js";
import type { FdTable } from "../../fdtable.js";
import { makeStructSeqType, structSeq } from "../../../objects/structseq.js";
import { fsError } from "../io/fileio.js";

export const StatResultType = makeStructSeqType("os.stat_result", [
  "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
  "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev",
], 10, {
  constructible: true,
  // statresult_new: a float time left None takes the integer one
  fixNew: (v) => { for (let i = 7; i <= 9; i++) if (v[i + 3] === None) v[i + 3] = v[i]; },
});

const big = (n: bigint): PyValue => normBig(n);

/** _pystat_fromstructstat */
export function statResult(s: StatInfo): PyValue {
  const sec = (ns: bigint) => Number(ns / 1000000000n);
  const fsec = (ns: bigint) => float(Number(ns) / 1e9);
  return structSeq(StatResultType, [
    s.mode, big(s.ino), big(s.dev), s.nlink, s.uid, s.gid, s.size, sec(s.atimeNs), sec(s.mtimeNs), sec(s.ctimeNs),
    fsec(s.atimeNs), fsec(s.mtimeNs), fsec(s.ctimeNs), big(s.atimeNs), big(s.mtimeNs), big(s.ctimeNs), s.blksize, s.blocks, s.rdev,
  ]);
}

export const TerminalSizeType = makeStructSeqType("os.terminal_size", ["columns", "lines"], 2, { constructible: true });

// ---- DirEntry -------------------------------------------------------------------------------------

const S_IFMT = 0o170000, S_IFDIR = 0o040000, S_IFREG = 0o100000, S_IFLNK = 0o120000;

export class PyDirEntry extends PyInstance {
  constructor(readonly fds: FdTable, readonly name: PyValue, readonly path: PyValue, readonly hostPath: string) {
    super(DirEntryType);
    this.dict = null;
  }
  lst: StatInfo | null = null;
  st: StatInfo | null = null;
  lstat(): StatInfo {
    try {
      return (this.lst ??= this.fds.fs.stat(this.hostPath, false));
    } catch (e) {
      throw fsError(e, this.path);
    }
  }
  stat(follow: boolean): StatInfo {
    if (!follow) return this.lstat();
    if (!this.st) {
      const l = this.lstat();
      if ((l.mode & S_IFMT) !== S_IFLNK) this.st = l;
      else {
        try { this.st = this.fds.fs.stat(this.hostPath, true); } catch (e) { throw fsError(e, this.path); }
      }
    }
    return this.st;
  }
  /** DirEntry_test_mode: a missing file is simply "not of that kind" */
  isMode(kind: number, follow: boolean): boolean {
    try {
      return (this.stat(follow).mode & S_IFMT) === kind;
    } catch (e) {
      if (e instanceof PyBaseException && e.args[0] === 2) return false;
      throw e;
    }
  }
}

export const DirEntryType = new PyType(TypeType, "DirEntry", [ObjectType], new Map(), false, "posix");
DirEntryType.baseType = false;
defGetter(DirEntryType, "name", (e: PyDirEntry) => e.name, { member: true });
defGetter(DirEntryType, "path", (e: PyDirEntry) => e.path, { member: true });
const followArg = (fname: string, args: PyValue[], kw: readonly string[] | null): boolean => {
  const [f] = kwArgs(fname, args, kw, ["follow_symlinks"], 0, 0, 0);
  return f === undefined ? true : truthy(f);
};
defMethod(DirEntryType, "is_dir", (e: PyDirEntry, args, kw) => e.isMode(S_IFDIR, followArg("is_dir", args, kw)));
defMethod(DirEntryType, "is_file", (e: PyDirEntry, args, kw) => e.isMode(S_IFREG, followArg("is_file", args, kw)));
defMethod(DirEntryType, "is_symlink", (e: PyDirEntry) => e.isMode(S_IFLNK, false));
defMethod(DirEntryType, "is_junction", () => false);
defMethod(DirEntryType, "stat", (e: PyDirEntry, args, kw) => statResult(e.stat(followArg("stat", args, kw))));
defMethod(DirEntryType, "inode", (e: PyDirEntry) => big(e.lstat().ino));
defMethod(DirEntryType, "__fspath__", (e: PyDirEntry) => e.path);
DirEntryType.slots.repr = (e: PyDirEntry) => `<DirEntry ${repr(e.name)}>`;

export const ScandirIteratorType = new PyType(TypeType, "ScandirIterator", [ObjectType], new Map(), false, "posix");
ScandirIteratorType.baseType = false;
export class PyScandir extends PyInstance {
  constructor(readonly entries: PyDirEntry[]) {
    super(ScandirIteratorType);
    this.dict = null;
  }
  i = 0;
  closed = false;
}
ScandirIteratorType.slots.iter = (s: PyScandir) => s;
ScandirIteratorType.slots.next = (s: PyScandir): PyValue | undefined => {
  if (s.closed || s.i >= s.entries.length) { s.closed = true; return undefined; }
  return s.entries[s.i++];
};
defMethod(ScandirIteratorType, "__iter__", (s: PyScandir) => s);
defMethod(ScandirIteratorType, "__next__", (s: PyScandir) => {
  const v = ScandirIteratorType.slots.next!(s);
  if (v === undefined) throw new PyBaseException(StopIteration, []);
  return v;
});
defMethod(ScandirIteratorType, "close", (s: PyScandir) => { s.closed = true; return None; });
defMethod(ScandirIteratorType, "__enter__", (s: PyScandir) => s);
defMethod(ScandirIteratorType, "__exit__", (s: PyScandir) => { s.closed = true; return false; });

/** scandir(path): entries in listdir order; names are bytes when the path was. */
export function scandir(fds: FdTable, pathObj: PyValue, hostPath: string): PyScandir {
  let names: string[];
  try {
    names = fds.fs.listdir(hostPath);
  } catch (e) {
    throw fsError(e, pathObj);
  }
  const asBytes = pathObj instanceof PyBytesObject;
  const base = hostPath === "." && pathObj === None ? "." : hostPath;
  const join = (n: string) => (base.endsWith("/") ? base + n : base + "/" + n);
  const entries = names.map((n) => {
    const p = join(n);
    const conv = (s: string): PyValue => (asBytes ? new PyBytesObject(encode(s, "utf-8", "surrogateescape")) : s);
    return new PyDirEntry(fds, conv(n), conv(pathObj === None ? "./" + n : p), p);
  });
  return new PyScandir(entries);
}

