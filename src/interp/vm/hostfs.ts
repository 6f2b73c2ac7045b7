// The one file-system interface of the interpreter (DESIGN.md: every source of nondeterminism
// behind one host interface). posix, _io and the import system reach files only through a HostFS;
// a Node host implements it over node:fs (host-node.ts), a browser host over anything it likes,
// and host-sandbox.ts wraps one to refuse or confine access.
//
// Paths are Python str paths. Flags are Linux's O_* numbers (what posix.O_* say). A failed
// operation throws FsError with a Linux errno; the caller turns it into OSError with its filename.

/** What stat() reports (CPython: Modules/posixmodule.c _pystat_fromstructstat). Times in ns. */
export interface StatInfo {
  mode: number; ino: bigint; dev: bigint; nlink: number; uid: number; gid: number; size: number;
  atimeNs: bigint; mtimeNs: bigint; ctimeNs: bigint; blksize: number; blocks: number; rdev: number;
}

export class FsError extends Error {
  constructor(readonly errno: number) {
    super(`errno ${errno}`);
  }
}

/** A host file handle (not a Python fd: FdTable maps those). */
export type Handle = number;

export interface HostFS {
  open(path: string, flags: number, mode: number): Handle;
  close(h: Handle): void;
  /** Up to `n` bytes from the handle's position; empty at end of file. */
  read(h: Handle, n: number): Uint8Array;
  write(h: Handle, data: Uint8Array): number;
  /** whence 0/1/2 = SEEK_SET/CUR/END; the new position. */
  lseek(h: Handle, offset: number, whence: number): number;
  fstat(h: Handle): StatInfo;
  ftruncate(h: Handle, length: number): void;
  stat(path: string, followSymlinks: boolean): StatInfo;
  listdir(path: string): string[];
  mkdir(path: string, mode: number): void;
  rmdir(path: string): void;
  unlink(path: string): void;
  rename(src: string, dst: string): void;
  getcwd(): string;
  chdir(path: string): void;
  /** access(path, mode) for F_OK/R_OK/W_OK/X_OK: true when allowed. */
  access(path: string, mode: number): boolean;
  readlink(path: string): string;
  chmod(path: string, mode: number, followSymlinks: boolean): void;
  symlink(target: string, path: string): void;
  link(src: string, dst: string): void;
  /** times in nanoseconds since the epoch */
  utime(path: string, atimeNs: bigint, mtimeNs: bigint, followSymlinks: boolean): void;
}

/** Linux O_* values (asm-generic/fcntl.h), as posix exposes them. */
export const O = {
  RDONLY: 0, WRONLY: 1, RDWR: 2, CREAT: 0o100, EXCL: 0o200, NOCTTY: 0o400, TRUNC: 0o1000, APPEND: 0o2000,
  NONBLOCK: 0o4000, DSYNC: 0o10000, ASYNC: 0o20000, DIRECT: 0o40000, LARGEFILE: 0, DIRECTORY: 0o200000,
  NOFOLLOW: 0o400000, NOATIME: 0o1000000, CLOEXEC: 0o2000000, SYNC: 0o4010000, PATH: 0o10000000,
  TMPFILE: 0o20200000, ACCMODE: 3,
} as const;

export const E = { EPERM: 1, ENOENT: 2, EBADF: 9, EACCES: 13, EEXIST: 17, ENOTDIR: 20, EISDIR: 21, EINVAL: 22, ESPIPE: 29, ENOTEMPTY: 39, ENOSYS: 38, ENOTTY: 25 } as const;
