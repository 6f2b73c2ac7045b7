// Python file descriptors of one interpreter: 0, 1 and 2 are the host's stdin/stdout/stderr (the
// embedder's sinks), the others are HostFS handles. posix.open/read/write/close and _io.FileIO
// work on these numbers, so os.write(1, b"x") and print() reach the same place.
// CPython: the process fd table (Modules/posixmodule.c os_open_impl, os_read_impl, ...).
import { E, FsError, type Handle, type HostFS, type StatInfo } from "./hostfs.js";

/** The host's standard streams as the interpreter sees them. */
export interface Stdio {
  /** Up to `max` bytes of standard input; empty at end of input. */
  readStdin(max: number): Uint8Array;
  writeText(stream: "stdout" | "stderr", text: string): void;
  isatty(fd: 0 | 1 | 2): boolean;
}

type Entry = { kind: "file"; h: Handle; path: string } | { kind: "stdio"; fd: 0 | 1 | 2 };

const S_IFIFO = 0o010000, S_IFCHR = 0o020000;

export class FdTable {
  private readonly fds: (Entry | undefined)[] = [{ kind: "stdio", fd: 0 }, { kind: "stdio", fd: 1 }, { kind: "stdio", fd: 2 }];
  /** One streaming UTF-8 decoder per output stream, so a character split across writes survives. */
  private readonly decoders = { stdout: new TextDecoder("utf-8"), stderr: new TextDecoder("utf-8") };

  constructor(readonly fs: HostFS, readonly stdio: Stdio) {}

  private entry(fd: number): Entry {
    const e = Number.isInteger(fd) && fd >= 0 ? this.fds[fd] : undefined;
    if (!e) throw new FsError(E.EBADF);
    return e;
  }

  /** The lowest free descriptor, as POSIX open() returns. */
  open(path: string, flags: number, mode: number): number {
    const h = this.fs.open(path, flags, mode);
    let fd = 0;
    while (this.fds[fd] !== undefined) fd++;
    this.fds[fd] = { kind: "file", h, path };
    return fd;
  }

  close(fd: number): void {
    const e = this.entry(fd);
    this.fds[fd] = undefined;
    if (e.kind === "file") this.fs.close(e.h);
  }

  read(fd: number, n: number): Uint8Array {
    const e = this.entry(fd);
    if (e.kind === "file") return this.fs.read(e.h, n);
    if (e.fd !== 0) throw new FsError(E.EBADF);
    return this.stdio.readStdin(n);
  }

  write(fd: number, data: Uint8Array): number {
    const e = this.entry(fd);
    if (e.kind === "file") return this.fs.write(e.h, data);
    if (e.fd === 0) throw new FsError(E.EBADF);
    const stream = e.fd === 1 ? "stdout" : "stderr";
    const text = this.decoders[stream].decode(data, { stream: true });
    if (text) this.stdio.writeText(stream, text);
    return data.length;
  }

  lseek(fd: number, offset: number, whence: number): number {
    const e = this.entry(fd);
    if (e.kind === "stdio") throw new FsError(E.ESPIPE);
    return this.fs.lseek(e.h, offset, whence);
  }

  fstat(fd: number): StatInfo {
    const e = this.entry(fd);
    if (e.kind === "file") return this.fs.fstat(e.h);
    const mode = (this.stdio.isatty(e.fd) ? S_IFCHR : S_IFIFO) | 0o600;
    return { mode, ino: 0n, dev: 0n, nlink: 1, uid: 0, gid: 0, size: 0, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n, blksize: 4096, blocks: 0, rdev: 0 };
  }

  ftruncate(fd: number, length: number): void {
    const e = this.entry(fd);
    if (e.kind === "stdio") throw new FsError(E.EINVAL);
    this.fs.ftruncate(e.h, length);
  }

  isatty(fd: number): boolean {
    const e = Number.isInteger(fd) && fd >= 0 ? this.fds[fd] : undefined;
    return e?.kind === "stdio" ? this.stdio.isatty(e.fd) : false;
  }

  isOpen(fd: number): boolean {
    return this.fds[fd] !== undefined;
  }
}

// The running interpreter's table (the VM runs one interpreter at a time, as tstate does).
let active: FdTable | null = null;
export function setActiveFds(f: FdTable): void {
  active = f;
}
export function activeFds(): FdTable {
  if (!active) throw new Error("no interpreter is running");
  return active;
}
