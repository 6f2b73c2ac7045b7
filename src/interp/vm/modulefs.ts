// Where the import system reads modules from: a tiny read-only file-system view. One view is
// composed per interpreter from
//   - the standard library, mounted at STDLIB_MOUNT from a zip (pyodide's python_stdlib.zip holds
//     CPython 3.14's own pure-Python Lib; pyodide mounts it at the same path, so __file__ and
//     tracebacks through the stdlib read as they do under CPython-in-WebAssembly),
//   - in-memory files an embedder (or a test) provides,
//   - the host's files through the interpreter's one HostFS (hostfs.ts; the embedder's sandbox
//     applies), unless the embedder says otherwise.
// CPython reads through FileFinder/zipimporter (Lib/importlib/_bootstrap_external.py, Lib/zipimport.py).
import { unzipSync } from "fflate";
import type { HostFS } from "./hostfs.js";

export type EntryKind = "file" | "dir";

export interface ModuleFS {
  /** what is at `path` (absolute, '/'-separated), or null */
  kind(path: string): EntryKind | null;
  /** the bytes of the file at `path`, or null */
  read(path: string): Uint8Array | null;
}

export const STDLIB_MOUNT = "/lib/python314.zip";

/** A zip archive seen as a directory tree under `mount`. Entries are inflated on first read. */
export class ZipFS implements ModuleFS {
  private readonly files = new Set<string>();
  private readonly dirs = new Set<string>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(private readonly data: Uint8Array, private readonly mount: string) {
    this.dirs.add("");
    // list the central directory without inflating anything (fflate filters before inflating)
    unzipSync(data, {
      filter: (f) => {
        const name = f.name.endsWith("/") ? f.name.slice(0, -1) : f.name;
        if (f.name.endsWith("/")) this.dirs.add(name);
        else this.files.add(name);
        // every prefix of a path is a directory, listed or not
        for (let i = name.indexOf("/"); i >= 0; i = name.indexOf("/", i + 1)) this.dirs.add(name.slice(0, i));
        return false;
      },
    });
  }

  private rel(path: string): string | null {
    if (path === this.mount) return "";
    if (!path.startsWith(this.mount + "/")) return null;
    return path.slice(this.mount.length + 1).replace(/\/+$/, "");
  }

  kind(path: string): EntryKind | null {
    const r = this.rel(path);
    if (r === null) return null;
    return this.files.has(r) ? "file" : this.dirs.has(r) ? "dir" : null;
  }

  read(path: string): Uint8Array | null {
    const r = this.rel(path);
    if (r === null || !this.files.has(r)) return null;
    let b = this.cache.get(r);
    if (!b) {
      b = unzipSync(this.data, { filter: (f) => f.name === r })[r];
      if (!b) return null;
      this.cache.set(r, b);
    }
    return b;
  }
}

/** Files held in memory: { "/app/main.py": "print(1)", ... }; their folders exist implicitly. */
export class MemoryFS implements ModuleFS {
  private readonly files = new Map<string, Uint8Array>();
  private readonly dirs = new Set<string>(["/"]);
  constructor(files: Record<string, string | Uint8Array>) {
    for (const [p, v] of Object.entries(files)) {
      this.files.set(p, typeof v === "string" ? new TextEncoder().encode(v) : v);
      for (let i = p.indexOf("/", 1); i > 0; i = p.indexOf("/", i + 1)) this.dirs.add(p.slice(0, i));
    }
  }
  kind(path: string): EntryKind | null {
    const p = path.length > 1 ? path.replace(/\/+$/, "") : path;
    return this.files.has(p) ? "file" : this.dirs.has(p) ? "dir" : null;
  }
  read(path: string): Uint8Array | null {
    return this.files.get(path) ?? null;
  }
}

/** The first view that knows a path answers for it. */
export class LayeredFS implements ModuleFS {
  constructor(private readonly layers: ModuleFS[]) {}
  kind(path: string): EntryKind | null {
    for (const l of this.layers) {
      const k = l.kind(path);
      if (k) return k;
    }
    return null;
  }
  read(path: string): Uint8Array | null {
    for (const l of this.layers) {
      const b = l.read(path);
      if (b) return b;
    }
    return null;
  }
}

/** Join POSIX path parts ('' is the current directory, as on sys.path). */
export function joinPath(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") ? dir + name : `${dir}/${name}`;
}

/** The host's files as the import system sees them: a view over the interpreter's HostFS
 *  (a refused or failed access is simply "not there"). Relative paths are relative to the
 *  current directory, as sys.path's '' entry is under CPython. */
export class HostModuleFS implements ModuleFS {
  constructor(private readonly fs: HostFS) {}
  kind(path: string): EntryKind | null {
    try {
      const mode = this.fs.stat(path === "" ? "." : path, true).mode & 0o170000;
      return mode === 0o040000 ? "dir" : mode === 0o100000 ? "file" : null;
    } catch {
      return null;
    }
  }
  read(path: string): Uint8Array | null {
    let h: number;
    try {
      h = this.fs.open(path, 0, 0);
    } catch {
      return null;
    }
    try {
      const parts: Uint8Array[] = [];
      let n = 0;
      for (;;) {
        const b = this.fs.read(h, 65536);
        if (b.length === 0) break;
        parts.push(b.slice());
        n += b.length;
      }
      const out = new Uint8Array(n);
      let i = 0;
      for (const p of parts) { out.set(p, i); i += p.length; }
      return out;
    } catch {
      return null;
    } finally {
      try { this.fs.close(h); } catch { /* already reported as not there */ }
    }
  }
}
