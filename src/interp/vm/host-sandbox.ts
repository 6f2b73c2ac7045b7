// Embedder-chosen limits on file access (Interpreter({ fs: "none" | { root } })). A refused
// access is EACCES, which Python sees as PermissionError: [Errno 13] Permission denied: 'path'.
// Nothing here reaches the host's file system except through the wrapped HostFS.
import { E, FsError, type Handle, type HostFS, type StatInfo } from "./hostfs.js";

const deny = (): never => { throw new FsError(E.EACCES); };

/** No file access at all (the standard streams still work: they are not files here). */
export class NoFS implements HostFS {
  open = deny; close = (): void => { throw new FsError(E.EBADF); }; read = deny; write = deny; lseek = deny;
  fstat = deny; ftruncate = deny; stat = deny; listdir = deny; mkdir = deny; rmdir = deny; unlink = deny;
  rename = deny; chdir = deny; readlink = deny; chmod = deny; symlink = deny; link = deny; utime = deny;
  getcwd(): string { return "/"; }
  access(): boolean { return false; }
}

/** Lexical normalization of a POSIX path (posixpath.normpath on an absolute path). */
export function normalizeAbsolute(path: string): string {
  const out: string[] = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return "/" + out.join("/");
}

/** Access confined to `root` and below, symlinks included when the host can resolve them. */
export class RootedFS implements HostFS {
  private readonly root: string;
  constructor(private readonly inner: HostFS, root: string, private readonly realpath?: (p: string) => string) {
    this.root = normalizeAbsolute(root);
  }

  private check(path: string): string {
    if (path.includes("\0")) return path; // the host reports its own error for these
    const abs = normalizeAbsolute(path.startsWith("/") ? path : this.inner.getcwd() + "/" + path);
    const inside = (p: string) => this.root === "/" || p === this.root || p.startsWith(this.root + "/");
    if (!inside(abs)) throw new FsError(E.EACCES);
    if (this.realpath && !inside(this.realpath(abs))) throw new FsError(E.EACCES);
    return path;
  }

  open(path: string, flags: number, mode: number): Handle { return this.inner.open(this.check(path), flags, mode); }
  close(h: Handle): void { this.inner.close(h); }
  read(h: Handle, n: number): Uint8Array { return this.inner.read(h, n); }
  write(h: Handle, data: Uint8Array): number { return this.inner.write(h, data); }
  lseek(h: Handle, offset: number, whence: number): number { return this.inner.lseek(h, offset, whence); }
  fstat(h: Handle): StatInfo { return this.inner.fstat(h); }
  ftruncate(h: Handle, length: number): void { this.inner.ftruncate(h, length); }
  stat(path: string, follow: boolean): StatInfo { return this.inner.stat(this.check(path), follow); }
  listdir(path: string): string[] { return this.inner.listdir(this.check(path)); }
  mkdir(path: string, mode: number): void { this.inner.mkdir(this.check(path), mode); }
  rmdir(path: string): void { this.inner.rmdir(this.check(path)); }
  unlink(path: string): void { this.inner.unlink(this.check(path)); }
  rename(src: string, dst: string): void { this.inner.rename(this.check(src), this.check(dst)); }
  getcwd(): string { return this.inner.getcwd(); }
  chdir(path: string): void { this.inner.chdir(this.check(path)); }
  access(path: string, mode: number): boolean {
    try { return this.inner.access(this.check(path), mode); } catch { return false; }
  }
  readlink(path: string): string { return this.inner.readlink(this.check(path)); }
  chmod(path: string, mode: number, follow: boolean): void { this.inner.chmod(this.check(path), mode, follow); }
  // the link itself must be inside root; where it points is checked when it is followed
  symlink(target: string, path: string): void { this.inner.symlink(target, this.check(path)); }
  link(src: string, dst: string): void { this.inner.link(this.check(src), this.check(dst)); }
  utime(path: string, a: bigint, m: bigint, follow: boolean): void { this.inner.utime(this.check(path), a, m, follow); }
}
