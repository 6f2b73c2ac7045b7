// The compiled-code cache on Node's disk (the role of CPython's __pycache__): host-side, like the
// stdlib zip, not the program's file access (that is HostFS).
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { CodeCache } from "./imports.js";

/**
 * Compiled code kept on disk between processes (the role of CPython's __pycache__), under
 * $XDG_CACHE_HOME/tspy (default ~/.cache/tspy), or $TSPY_CODE_CACHE; TSPY_CODE_CACHE=off turns it
 * off. Entries are keyed by a hash of the compiler's own code, the file name and the source bytes,
 * so an edited source or a changed compiler never reads a stale entry. Failures to read or write
 * only cost a recompile.
 */
export class DiskCodeCache implements CodeCache {
  private readonly dir: string;
  private readonly stamp: string;
  constructor(dir?: string) {
    const env = process.env.TSPY_CODE_CACHE;
    this.dir = dir ?? env ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "tspy");
    this.stamp = compilerStamp() ?? "";
  }
  key(filename: string, source: Uint8Array): string {
    return createHash("sha256").update(this.stamp).update("\0").update(filename).update("\0").update(source).digest("hex");
  }
  get(key: string): string | null {
    try {
      return readFileSync(join(this.dir, key.slice(0, 2), key), "utf8");
    } catch {
      return null;
    }
  }
  set(key: string, data: string): void {
    try {
      const d = join(this.dir, key.slice(0, 2));
      mkdirSync(d, { recursive: true });
      const tmp = join(d, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, data);
      renameSync(tmp, join(d, key));
    } catch {
      // a read-only or full disk only means compiling again next time
    }
  }
}

let stamp: string | null = null;
/** Defined by scripts/bundle.mjs in its bundles; undeclared elsewhere (typeof is then "undefined"). */
declare const __TSPY_COMPILER_STAMP__: string | undefined;
/** A hash of the parser and compiler as they run (dist/interp/{parse,compile}/*.js, or the .ts
 *  sources when run from src by a test runner). */
function compilerStamp(): string | null {
  if (stamp) return stamp;
  // scripts/bundle.mjs's bundles carry the stamp of the compiler they hold (no files to hash beside them)
  if (typeof __TSPY_COMPILER_STAMP__ === "string") return (stamp = __TSPY_COMPILER_STAMP__);
  // another bundle (the VS Code extension's) has no module URL and no compiler files to hash: no cache
  if (typeof import.meta.url !== "string") return null;
  const h = createHash("sha256");
  const root = dirname(dirname(fileURLToPath(import.meta.url)));
  for (const sub of ["parse", "compile"]) {
    const dir = join(root, sub);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => n.endsWith(".js") || n.endsWith(".ts")).sort();
    } catch {
      names = [];
    }
    for (const n of names) h.update(n).update(readFileSync(join(dir, n)));
  }
  return (stamp = h.digest("hex"));
}

/** The default code cache for this process, or null when TSPY_CODE_CACHE=off. */
let diskCache: DiskCodeCache | null | undefined;
export function defaultCodeCache(): DiskCodeCache | null {
  if (diskCache === undefined) diskCache = process.env.TSPY_CODE_CACHE === "off" || compilerStamp() === null ? null : new DiskCodeCache();
  return diskCache;
}
