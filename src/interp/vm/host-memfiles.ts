// Files the embedder gave the interpreter (Interpreter({ files }), and the __main__ source it was
// asked to run) seen through the one HostFS: where the host has no such file, reading it finds
// the in-memory bytes, so open(__file__), linecache (warnings' and tracebacks' source lines) and
// the import system agree. Real files win; the in-memory ones are read-only.
import { E, FsError, O, type Handle, type HostFS, type StatInfo } from "./hostfs.js";
import { normalizeAbsolute } from "./host-sandbox.js";

interface MemHandle { data: Uint8Array; pos: number }

const S_IFREG = 0o100000;

export class MemoryFilesFS implements HostFS {
  private readonly handles = new Map<Handle, MemHandle>();
  private next = -1;

  constructor(private readonly inner: HostFS, private readonly lookup: (path: string) => Uint8Array | undefined) {}

  private mem(path: string): Uint8Array | undefined {
    const abs = normalizeAbsolute(path.startsWith("/") ? path : this.inner.getcwd() + "/" + path);
    return this.lookup(path) ?? this.lookup(abs);
  }
  /** the inner answer, unless it is "no such file" and memory has the file */
  private orMem<T>(path: string, real: () => T, fromMem: (data: Uint8Array) => T): T {
    try {
      return real();
    } catch (e) {
      // (refused by a sandbox counts as absent: the embedder gave these files itself)
      const data = e instanceof FsError && (e.errno === E.ENOENT || e.errno === E.EACCES) ? this.mem(path) : undefined;
      if (data === undefined) throw e;
      return fromMem(data);
    }
  }
  private statOf(data: Uint8Array): StatInfo {
    return { mode: S_IFREG | 0o444, ino: 0n, dev: 0n, nlink: 1, uid: 0, gid: 0, size: data.length, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n, blksize: 4096, blocks: 0, rdev: 0 };
  }

  open(path: string, flags: number, mode: number): Handle {
    return this.orMem(path, () => this.inner.open(path, flags, mode), (data) => {
      if ((flags & O.ACCMODE) !== O.RDONLY) throw new FsError(E.EACCES);
      const h = this.next--;
      this.handles.set(h, { data, pos: 0 });
      return h;
    });
  }
  close(h: Handle): void {
    if (h < 0) { if (!this.handles.delete(h)) throw new FsError(E.EBADF); return; }
    this.inner.close(h);
  }
  read(h: Handle, n: number): Uint8Array {
    const m = this.handles.get(h);
    if (!m) return this.inner.read(h, n);
    const out = m.data.subarray(m.pos, m.pos + n);
    m.pos += out.length;
    return out;
  }
  write(h: Handle, data: Uint8Array): number {
    if (this.handles.has(h)) throw new FsError(E.EBADF);
    return this.inner.write(h, data);
  }
  lseek(h: Handle, offset: number, whence: number): number {
    const m = this.handles.get(h);
    if (!m) return this.inner.lseek(h, offset, whence);
    const base = whence === 0 ? 0 : whence === 1 ? m.pos : whence === 2 ? m.data.length : NaN;
    if (Number.isNaN(base) || base + offset < 0) throw new FsError(E.EINVAL);
    return (m.pos = base + offset);
  }
  fstat(h: Handle): StatInfo {
    const m = this.handles.get(h);
    return m ? this.statOf(m.data) : this.inner.fstat(h);
  }
  ftruncate(h: Handle, length: number): void {
    if (this.handles.has(h)) throw new FsError(E.EINVAL);
    this.inner.ftruncate(h, length);
  }
  stat(path: string, follow: boolean): StatInfo {
    return this.orMem(path, () => this.inner.stat(path, follow), (data) => this.statOf(data));
  }
  access(path: string, mode: number): boolean {
    return this.inner.access(path, mode) || (this.mem(path) !== undefined && (mode & 2) === 0);
  }
  listdir(path: string): string[] { return this.inner.listdir(path); }
  mkdir(path: string, mode: number): void { this.inner.mkdir(path, mode); }
  rmdir(path: string): void { this.inner.rmdir(path); }
  unlink(path: string): void { this.inner.unlink(path); }
  rename(src: string, dst: string): void { this.inner.rename(src, dst); }
  getcwd(): string { return this.inner.getcwd(); }
  chdir(path: string): void { this.inner.chdir(path); }
  readlink(path: string): string { return this.inner.readlink(path); }
  chmod(path: string, mode: number, follow: boolean): void { this.inner.chmod(path, mode, follow); }
  symlink(target: string, path: string): void { this.inner.symlink(target, path); }
  link(src: string, dst: string): void { this.inner.link(src, dst); }
  utime(path: string, a: bigint, m: bigint, follow: boolean): void { this.inner.utime(path, a, m, follow); }
}
