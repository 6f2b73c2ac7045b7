// @ts-check
// CPython's pure-Python standard library as shipped by pyodide (node_modules/pyodide/python_stdlib.zip):
// the corpus for the stdlib AST comparison, the fuzzer's seeds and the parser benchmark.
// Plain JS (see zip.js for why) so vitest suites and plain Node scripts share it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { createHash } from "node:crypto";
import { readZipFiles } from "./zip.js";

const require = createRequire(import.meta.url);

/** Absolute path of pyodide's python_stdlib.zip. */
export const STDLIB_ZIP_PATH = require.resolve("pyodide/python_stdlib.zip");

/** The installed pyodide version (part of every oracle cache key). */
export const PYODIDE_VERSION = /** @type {{version: string}} */ (require("pyodide/package.json")).version;

/** @type {{ files: Array<{ name: string, data: Uint8Array }>, sha256: string } | undefined} */
let cached;

/**
 * Every .py file in the stdlib zip, in archive order, plus the zip's sha256.
 * @returns {{ files: Array<{ name: string, data: Uint8Array }>, sha256: string }}
 */
export function stdlibPyFiles() {
  if (!cached) {
    const zip = readFileSync(STDLIB_ZIP_PATH);
    cached = {
      files: readZipFiles(zip, (name) => name.endsWith(".py")),
      sha256: createHash("sha256").update(zip).digest("hex"),
    };
  }
  return cached;
}
