// The host's real files for the import system (Node). Relative paths are relative to the process's
// current directory, as sys.path's '' entry is under CPython.
import { readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { STDLIB_MOUNT, ZipFS, type EntryKind, type ModuleFS } from "./modulefs.js";

export class NodeFS implements ModuleFS {
  kind(path: string): EntryKind | null {
    try {
      const st = statSync(path === "" ? "." : path, { throwIfNoEntry: false });
      return !st ? null : st.isDirectory() ? "dir" : st.isFile() ? "file" : null;
    } catch {
      return null;
    }
  }
  read(path: string): Uint8Array | null {
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  }
}

let stdlib: ZipFS | null | undefined;
/** CPython 3.14's Lib from the pyodide package's python_stdlib.zip, read once per process; null
 *  when the package is not installed. */
export function defaultStdlib(): ZipFS | null {
  if (stdlib === undefined) {
    try {
      const require = createRequire(import.meta.url);
      stdlib = new ZipFS(readFileSync(require.resolve("pyodide/python_stdlib.zip")), STDLIB_MOUNT);
    } catch {
      stdlib = null;
    }
  }
  return stdlib;
}
