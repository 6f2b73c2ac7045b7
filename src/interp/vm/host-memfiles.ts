// Files the embedder gave the interpreter (Interpreter({ files }), and the __main__ source it was
// asked to run) seen through the one HostFS: where the host has no such file, reading it finds
// the in-memory bytes, so open(__file__), linecache (warnings' and tracebacks' source lines) and
// the import system agree. Real files win; the in-memory ones are read-only.
//
// The folders on the files' paths are directories too (as MemoryFS in modulefs.ts shows them to
// the import system): where the host has no such folder they stat as directories, list their
// in-memory children and open as directories; where the host has the folder, listing it shows
// the host's entries and the in-memory files it lacks. So os.listdir/os.scandir/os.walk, glob
// and pathlib see the files as CPython sees files written to disk (the oracle's harness writes
// them). A sandbox's refusal (EACCES) of a folder stays a PermissionError: only a given file
// itself is read in spite of it.
import { E, FsError, O, type Handle, type HostFS, type StatInfo } from "./hostfs.js";
import { normalizeAbsolute } from "./host-sandbox.js";

interface MemHandle { data: Uint8Array | null; path: string; pos: number }

const S_IFREG = 0o100000, S_IFDIR = 0o040000;

const parentOf = (abs: string): string => abs.slice(0, Math.max(abs.lastIndexOf("/"), 1));

export class MemoryFilesFS implements HostFS {
  private readonly handles = new Map<Handle, MemHandle>();
  private next = -1;
  // the folders the files imply (absolute, normalized) and their children's names, in the order
  // the files were given; an inode number per file and folder (st_ino/st_dev tell files apart:
  // os.path.samefile, shutil's copy checks)
  private readonly seen = new Set<string>();
  private readonly absKey = new Map<string, string>();
  private readonly dirs = new Map<string, Set<string>>();
  private readonly inodes = new Map<string, bigint>();

  constructor(private readonly inner: HostFS, private readonly files: Map<string, Uint8Array>) {}

  private absolute(path: string): string {
    if (path.startsWith("/")) return normalizeAbsolute(path);
    let cwd: string;
    try { cwd = this.inner.getcwd(); } catch { cwd = "/"; }
    return normalizeAbsolute(cwd + "/" + path);
  }
  /** index files given since the last look (runMain adds the __main__ source later) */
  private refresh(): void {
    if (this.seen.size === this.files.size) return;
    for (const key of this.files.keys()) {
      if (this.seen.has(key)) continue;
      this.seen.add(key);
      const abs = this.absolute(key);
      if (!this.absKey.has(abs)) this.absKey.set(abs, key);
      this.inode(abs);
      for (let child = abs; child !== "/";) {
        const dir = parentOf(child);
        let kids = this.dirs.get(dir);
        if (!kids) {
          this.dirs.set(dir, (kids = new Set()));
          this.inode(dir);
        }
        kids.add(child.slice(child.lastIndexOf("/") + 1));
        child = dir;
      }
    }
  }
  private inode(abs: string): bigint {
    let n = this.inodes.get(abs);
    if (n === undefined) this.inodes.set(abs, (n = BigInt(this.inodes.size + 1)));
    return n;
  }

  private mem(path: string): Uint8Array | undefined {
    const direct = this.files.get(path);
    if (direct) return direct;
    this.refresh();
    const key = this.absKey.get(this.absolute(path));
    return key === undefined ? undefined : this.files.get(key);
  }
  /** the names in the in-memory folder at `path`, or undefined */
  private memDir(path: string): Set<string> | undefined {
    this.refresh();
    return this.dirs.get(this.absolute(path));
  }
  /** the inner answer, unless it is "no such file" and memory has the file (or the folder:
   *  only for "no such file", never in place of a refusal) */
  private orMem<T>(path: string, real: () => T, fromMem: (data: Uint8Array) => T, fromDir?: () => T): T {
    try {
      return real();
    } catch (e) {
      if (!(e instanceof FsError)) throw e;
      // (refused by a sandbox counts as absent for a file: the embedder gave these files itself)
      const data = e.errno === E.ENOENT || e.errno === E.EACCES ? this.mem(path) : undefined;
      if (data !== undefined) return fromMem(data);
      if (fromDir && e.errno === E.ENOENT && this.memDir(path)) return fromDir();
      throw this.underFile(e, path);
    }
  }
  /** ENOENT for a path under an in-memory file is ENOTDIR, as a path through a file is on Linux */
  private underFile(e: unknown, path: string): unknown {
    if (!(e instanceof FsError) || e.errno !== E.ENOENT) return e;
    this.refresh();
    for (let p = this.absolute(path); p !== "/";) {
      p = parentOf(p);
      if (this.absKey.has(p)) return new FsError(E.ENOTDIR);
    }
    return e;
  }
  /** a change to an in-memory file or folder (or a new entry in an in-memory-only folder) where
   *  the host has none: refused, they are read-only */
  private readOnly(e: unknown, ...paths: string[]): never {
    if (e instanceof FsError && e.errno === E.ENOENT) {
      for (const p of paths) {
        const parent = parentOf(this.absolute(p));
        if (this.mem(p) !== undefined || this.memDir(p) || this.memDir(parent)) throw new FsError(E.EACCES);
      }
    }
    throw e;
  }
  private statOf(data: Uint8Array, path: string): StatInfo {
    return { mode: S_IFREG | 0o444, ino: this.ino(path), dev: 0n, nlink: 1, uid: 0, gid: 0, size: data.length, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n, blksize: 4096, blocks: Math.ceil(data.length / 512), rdev: 0 };
  }
  private dirStat(path: string): StatInfo {
    const abs = this.absolute(path);
    let subdirs = 0;
    for (const n of this.dirs.get(abs) ?? []) if (this.dirs.has(abs === "/" ? "/" + n : `${abs}/${n}`)) subdirs++;
    return { mode: S_IFDIR | 0o555, ino: this.ino(path), dev: 0n, nlink: 2 + subdirs, uid: 0, gid: 0, size: 4096, atimeNs: 0n, mtimeNs: 0n, ctimeNs: 0n, blksize: 4096, blocks: 8, rdev: 0 };
  }
  private ino(path: string): bigint {
    this.refresh();
    return this.inodes.get(this.absolute(path)) ?? 0n;
  }

  open(path: string, flags: number, mode: number): Handle {
    const h = this.next;
    const opened = (m: MemHandle): Handle => {
      this.next--;
      this.handles.set(h, m);
      return h;
    };
    try {
      return this.orMem(path, () => this.inner.open(path, flags, mode), (data) => {
        if ((flags & (O.CREAT | O.EXCL)) === (O.CREAT | O.EXCL)) throw new FsError(E.EEXIST);
        if ((flags & O.ACCMODE) !== O.RDONLY) throw new FsError(E.EACCES);
        if ((flags & O.DIRECTORY) !== 0) throw new FsError(E.ENOTDIR);
        return opened({ data, path, pos: 0 });
      }, () => {
        // open(2) on a directory: read-only, and reading it is EISDIR
        if ((flags & O.ACCMODE) !== O.RDONLY || (flags & O.CREAT) !== 0) throw new FsError(E.EISDIR);
        return opened({ data: null, path, pos: 0 });
      });
    } catch (e) {
      if ((flags & O.CREAT) !== 0) this.readOnly(e, path);
      throw e;
    }
  }
  close(h: Handle): void {
    if (h < 0) { if (!this.handles.delete(h)) throw new FsError(E.EBADF); return; }
    this.inner.close(h);
  }
  read(h: Handle, n: number): Uint8Array {
    const m = this.handles.get(h);
    if (!m) return this.inner.read(h, n);
    if (!m.data) throw new FsError(E.EISDIR);
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
    const size = m.data?.length ?? 0;
    const base = whence === 0 ? 0 : whence === 1 ? m.pos : whence === 2 ? size : NaN;
    if (Number.isNaN(base) || base + offset < 0) throw new FsError(E.EINVAL);
    return (m.pos = base + offset);
  }
  fstat(h: Handle): StatInfo {
    const m = this.handles.get(h);
    if (!m) return this.inner.fstat(h);
    return m.data ? this.statOf(m.data, m.path) : this.dirStat(m.path);
  }
  ftruncate(h: Handle, length: number): void {
    if (this.handles.has(h)) throw new FsError(E.EINVAL);
    this.inner.ftruncate(h, length);
  }
  stat(path: string, follow: boolean): StatInfo {
    return this.orMem(path, () => this.inner.stat(path, follow), (data) => this.statOf(data, path), () => this.dirStat(path));
  }
  access(path: string, mode: number): boolean {
    if (this.inner.access(path, mode)) return true;
    if ((mode & 2) !== 0) return false;
    if (this.mem(path) !== undefined) return true;
    // a folder only where the host has none (a refusal stays one)
    if (!this.memDir(path)) return false;
    try { this.inner.stat(path, true); return false; } catch (e) { return e instanceof FsError && e.errno === E.ENOENT; }
  }
  listdir(path: string): string[] {
    let names: string[];
    try {
      names = this.inner.listdir(path);
    } catch (e) {
      const kids = e instanceof FsError && e.errno === E.ENOENT ? this.memDir(path) : undefined;
      if (!kids) throw e instanceof FsError && e.errno === E.ENOENT && this.mem(path) !== undefined ? new FsError(E.ENOTDIR) : this.underFile(e, path);
      return [...kids];
    }
    // a host folder that also holds in-memory files: theirs are added (real ones win)
    const kids = this.memDir(path);
    if (!kids) return names;
    const have = new Set(names);
    return names.concat([...kids].filter((n) => !have.has(n)));
  }
  mkdir(path: string, mode: number): void {
    try {
      this.inner.mkdir(path, mode);
    } catch (e) {
      if (e instanceof FsError && e.errno === E.ENOENT && (this.mem(path) !== undefined || this.memDir(path))) throw new FsError(E.EEXIST);
      this.readOnly(e, path);
    }
  }
  rmdir(path: string): void { try { this.inner.rmdir(path); } catch (e) { this.readOnly(e, path); } }
  unlink(path: string): void { try { this.inner.unlink(path); } catch (e) { this.readOnly(e, path); } }
  rename(src: string, dst: string): void { try { this.inner.rename(src, dst); } catch (e) { this.readOnly(e, src, dst); } }
  getcwd(): string { return this.inner.getcwd(); }
  chdir(path: string): void { this.inner.chdir(path); }
  readlink(path: string): string {
    // not a symlink (EINVAL), as readlink(2) says of a file or directory
    return this.orMem(path, () => this.inner.readlink(path), () => { throw new FsError(E.EINVAL); }, () => { throw new FsError(E.EINVAL); });
  }
  chmod(path: string, mode: number, follow: boolean): void { try { this.inner.chmod(path, mode, follow); } catch (e) { this.readOnly(e, path); } }
  symlink(target: string, path: string): void { try { this.inner.symlink(target, path); } catch (e) { this.readOnly(e, path); } }
  link(src: string, dst: string): void { try { this.inner.link(src, dst); } catch (e) { this.readOnly(e, dst); } }
  utime(path: string, a: bigint, m: bigint, follow: boolean): void { try { this.inner.utime(path, a, m, follow); } catch (e) { this.readOnly(e, path); } }
}
