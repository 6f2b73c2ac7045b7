// The default HostFS on Node: node:fs, synchronously. Node's errors carry the errno name
// (err.code, e.g. "ENOENT"); FsError wants Linux's number, from errno-table.ts. Also the
// standard library's zip from the pyodide package.
import * as fs from "node:fs";
import { createRequire } from "node:module";
import { STDLIB_MOUNT, ZipFS } from "./modulefs.js";
import { ERRNO } from "./errno-table.js";
import { FsError, O, type Handle, type HostFS, type StatInfo } from "./hostfs.js";
import type { Stdio } from "./fdtable.js";

function wrap<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== undefined && ERRNO[code] !== undefined) throw new FsError(ERRNO[code]);
    throw e;
  }
}

function statInfo(s: fs.BigIntStats): StatInfo {
  return {
    mode: Number(s.mode), ino: s.ino, dev: s.dev, nlink: Number(s.nlink), uid: Number(s.uid), gid: Number(s.gid),
    size: Number(s.size), atimeNs: s.atimeNs, mtimeNs: s.mtimeNs, ctimeNs: s.ctimeNs, blksize: Number(s.blksize),
    blocks: Number(s.blocks), rdev: Number(s.rdev),
  };
}

/** Linux O_* bits to this platform's fs.constants. */
function nodeFlags(flags: number): number {
  const c = fs.constants;
  let f = [c.O_RDONLY, c.O_WRONLY, c.O_RDWR, c.O_RDWR][flags & O.ACCMODE];
  const pairs: [number, number | undefined][] = [[O.CREAT, c.O_CREAT], [O.EXCL, c.O_EXCL], [O.TRUNC, c.O_TRUNC],
    [O.APPEND, c.O_APPEND], [O.NOCTTY, c.O_NOCTTY], [O.DIRECTORY, c.O_DIRECTORY], [O.NOFOLLOW, c.O_NOFOLLOW],
    [O.NONBLOCK, c.O_NONBLOCK], [O.SYNC, c.O_SYNC]];
  for (const [linux, node] of pairs) if ((flags & linux) === linux && node !== undefined) f |= node;
  return f;
}

interface OpenFile { fd: number; pos: number; append: boolean }

export class NodeFS implements HostFS {
  private readonly files = new Map<Handle, OpenFile>();
  private next = 1;

  open(path: string, flags: number, mode: number): Handle {
    const fd = wrap(() => fs.openSync(path, nodeFlags(flags), mode));
    const h = this.next++;
    this.files.set(h, { fd, pos: 0, append: (flags & O.APPEND) !== 0 });
    return h;
  }
  private file(h: Handle): OpenFile {
    const f = this.files.get(h);
    if (!f) throw new FsError(9);
    return f;
  }
  close(h: Handle): void {
    const f = this.file(h);
    this.files.delete(h);
    wrap(() => fs.closeSync(f.fd));
  }
  read(h: Handle, n: number): Uint8Array {
    const f = this.file(h);
    const buf = new Uint8Array(n);
    const got = wrap(() => fs.readSync(f.fd, buf, 0, n, f.pos));
    f.pos += got;
    return buf.subarray(0, got);
  }
  write(h: Handle, data: Uint8Array): number {
    const f = this.file(h);
    if (f.append) {
      const n = wrap(() => fs.writeSync(f.fd, data));
      f.pos = Number(wrap(() => fs.fstatSync(f.fd)).size);
      return n;
    }
    const n = wrap(() => fs.writeSync(f.fd, data, 0, data.length, f.pos));
    f.pos += n;
    return n;
  }
  lseek(h: Handle, offset: number, whence: number): number {
    const f = this.file(h);
    let base: number;
    if (whence === 0) base = 0;
    else if (whence === 1) base = f.pos;
    else if (whence === 2) base = Number(wrap(() => fs.fstatSync(f.fd)).size);
    else throw new FsError(22);
    if (base + offset < 0) throw new FsError(22);
    f.pos = base + offset;
    return f.pos;
  }
  fstat(h: Handle): StatInfo {
    const f = this.file(h);
    return statInfo(wrap(() => fs.fstatSync(f.fd, { bigint: true })));
  }
  ftruncate(h: Handle, length: number): void {
    const f = this.file(h);
    wrap(() => fs.ftruncateSync(f.fd, length));
  }
  stat(path: string, followSymlinks: boolean): StatInfo {
    return statInfo(wrap(() => (followSymlinks ? fs.statSync(path, { bigint: true }) : fs.lstatSync(path, { bigint: true }))));
  }
  listdir(path: string): string[] {
    return wrap(() => fs.readdirSync(path));
  }
  mkdir(path: string, mode: number): void {
    wrap(() => fs.mkdirSync(path, { mode }));
  }
  rmdir(path: string): void {
    wrap(() => fs.rmdirSync(path));
  }
  unlink(path: string): void {
    wrap(() => fs.unlinkSync(path));
  }
  rename(src: string, dst: string): void {
    wrap(() => fs.renameSync(src, dst));
  }
  getcwd(): string {
    return process.cwd();
  }
  chdir(path: string): void {
    wrap(() => process.chdir(path));
  }
  access(path: string, mode: number): boolean {
    try {
      fs.accessSync(path, mode);
      return true;
    } catch {
      return false;
    }
  }
  readlink(path: string): string {
    return wrap(() => fs.readlinkSync(path));
  }
  chmod(path: string, mode: number, followSymlinks: boolean): void {
    wrap(() => (followSymlinks ? fs.chmodSync(path, mode) : fs.lchmodSync?.(path, mode) ?? fs.chmodSync(path, mode)));
  }
  symlink(target: string, path: string): void {
    wrap(() => fs.symlinkSync(target, path));
  }
  link(src: string, dst: string): void {
    wrap(() => fs.linkSync(src, dst));
  }
  utime(path: string, atimeNs: bigint, mtimeNs: bigint, followSymlinks: boolean): void {
    const a = Number(atimeNs) / 1e9, m = Number(mtimeNs) / 1e9;
    wrap(() => (followSymlinks ? fs.utimesSync(path, a, m) : fs.lutimesSync(path, a, m)));
  }
}

/** The process's own standard streams: stdout/stderr through the given sinks, stdin from fd 0. */
export function nodeStdin(max: number): Uint8Array {
  const buf = new Uint8Array(max);
  for (;;) {
    try {
      return buf.subarray(0, fs.readSync(0, buf, 0, max, null));
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EOF") return new Uint8Array(0);
      if (code !== "EAGAIN") throw e;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10); // a non-blocking tty: wait and retry
    }
  }
}

export function nodeIsatty(fd: number): boolean {
  return process.stdin && fd === 0 ? !!process.stdin.isTTY : fd === 1 ? !!process.stdout?.isTTY : !!process.stderr?.isTTY;
}

export type { Stdio };

/** The real path of `p`, resolving the longest existing prefix (for RootedFS's symlink check). */
export function nodeRealpath(p: string): string {
  let head = p;
  let tail = "";
  for (;;) {
    try {
      const real = fs.realpathSync(head);
      return tail ? (real.endsWith("/") ? real + tail : real + "/" + tail) : real;
    } catch {
      const i = head.lastIndexOf("/");
      if (i <= 0) return p;
      tail = head.slice(i + 1) + (tail ? "/" + tail : "");
      head = head.slice(0, i);
    }
  }
}

let stdlib: ZipFS | null | undefined;
/** CPython 3.14's Lib, read once per process: the zip $TSPY_STDLIB_ZIP names (a bundle such as the
 *  VS Code extension ships one), else the pyodide package's python_stdlib.zip; null when neither. */
export function defaultStdlib(): ZipFS | null {
  if (stdlib === undefined) {
    stdlib = null;
    const candidates: (() => string)[] = [];
    if (process.env.TSPY_STDLIB_ZIP) candidates.push(() => process.env.TSPY_STDLIB_ZIP!);
    if (typeof import.meta.url === "string") candidates.push(() => createRequire(import.meta.url).resolve("pyodide/python_stdlib.zip"));
    for (const where of candidates) {
      try {
        stdlib = new ZipFS(fs.readFileSync(where()), STDLIB_MOUNT);
        break;
      } catch {
        // the next place
      }
    }
  }
  return stdlib;
}

export { HostModuleFS } from "./modulefs.js";
