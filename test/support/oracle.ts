// CPython 3.14 as a test oracle: pyodide (CPython compiled to WebAssembly) runs the Python side
// (test/support/oracle.py) and every answer is cached on disk, so a warm `npm test` never loads
// pyodide at all. See DESIGN.md, "The reference is CPython 3.14" and "Tests, benchmarks, CLI".
//
// Cache: .cache/oracle/ (gitignored). The key of an input is
//   sha256(pyodide version, oracle.py text, kind, meta as JSON, input bytes),
// so a new pyodide or a changed oracle.py invalidates old answers by construction.
// - single inputs / unbundled batches: one file per input, .cache/oracle/<kind>/<key>.json
// - bundled batches (the whole stdlib): one file, .cache/oracle/<bundle>-<key of all inputs>.json
//   holding { pyodide, kind, key, meta, labels, results } (scripts/diff-stdlib.mjs reads these);
//   writing a bundle deletes the stale ones of the same name.
//
// Caution: pyodide's WebAssembly stack is small. Deeply nested input (a thousand-odd levels, e.g.
// "-" * 2000 + "1") overflows it, and that is a *fatal* pyodide error that kills the test process.
// Keep oracle inputs shallow (or run node with a larger --stack-size).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { PyodideAPI } from "pyodide";
import { PYODIDE_VERSION, stdlibPyFiles } from "./stdlib.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ORACLE_CACHE_DIR = join(HERE, "..", "..", ".cache", "oracle");
const ORACLE_PY = readFileSync(join(HERE, "oracle.py"), "utf8");
const ORACLE_PY_SHA = sha256(ORACLE_PY);

/** Fields of an exception CPython raised while compiling (see oracle.py _exception_fields). */
export interface CPythonError {
  /** Class name: "SyntaxError", "IndentationError", "TabError" (or e.g. "MemoryError"). */
  type: string;
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
  /** `''.join(traceback.format_exception_only(e))`: what CPython prints for the uncaught error. */
  report: string;
  /** SyntaxError._metadata: [line of the last statement parsed, its column, decoded source]. */
  metadata: [number, number, string | null] | null;
}

export type AstResult = { ok: true; dump: string } | { ok: false; error: CPythonError };

export type ParseMode = "exec" | "eval" | "single";

export interface AstInput {
  source: string | Uint8Array;
  filename: string;
  mode?: ParseMode;
}

/** Fields of a SyntaxError to build in CPython and format with traceback.format_exception_only. */
export interface SyntaxErrorSpec {
  type: "SyntaxError" | "IndentationError" | "TabError";
  msg: string;
  filename: string | null;
  lineno: number | null;
  offset: number | null;
  end_lineno: number | null;
  end_offset: number | null;
  text: string | null;
}

interface OracleInput {
  meta: Record<string, unknown>;
  data?: Uint8Array;
}

export interface BatchOptions {
  /** Cache the whole batch as one file named `<bundle>-<hash>.json` (e.g. "stdlib"). */
  bundle?: string;
  /** One label per input, stored in the bundle (e.g. file names) for scripts that read it. */
  labels?: string[];
  /** Extra metadata stored in the bundle (e.g. the zip's sha256). Not part of the key. */
  bundleMeta?: Record<string, unknown>;
  /** Cap on input bytes per runPython call, to bound pyodide's memory. */
  chunkBytes?: number;
  /** Compute on a worker thread with a 256 MB stack (oracle-worker.mjs, its own pyodide): for
   *  programs that nest CPython's C stack deeply (recursion through __init__, __repr__, key
   *  functions to the recursion limit). The answers are the same CPython's, cached alike. */
  deepStack?: boolean;
}

/** Counters for tests that want to report what the oracle cost. */
export const oracleStats = { pyodideLoads: 0, pyodideLoadMs: 0, computed: 0, cacheHits: 0, pythonMs: 0 };

let pyodidePromise: Promise<PyodideAPI> | undefined;

/** The process-wide pyodide instance with oracle.py loaded (loaded on first use, ~2 s). */
export function getPyodide(): Promise<PyodideAPI> {
  pyodidePromise ??= (async () => {
    const t0 = performance.now();
    const { loadPyodide } = await import("pyodide");
    const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
    py.FS.mkdirTree("/oracle");
    py.FS.writeFile("/oracle/oracle.py", ORACLE_PY);
    py.runPython("import sys; sys.path.insert(0, '/oracle'); import oracle");
    oracleStats.pyodideLoads++;
    oracleStats.pyodideLoadMs += performance.now() - t0;
    return py;
  })();
  return pyodidePromise;
}

function sha256(...parts: Array<string | Uint8Array>): string {
  const h = createHash("sha256");
  for (const p of parts) {
    const bytes = typeof p === "string" ? Buffer.from(p, "utf8") : p;
    h.update(String(bytes.length)).update(":").update(bytes);
  }
  return h.digest("hex");
}

function inputKey(kind: string, input: OracleInput): string {
  return sha256(PYODIDE_VERSION, ORACLE_PY_SHA, kind, JSON.stringify(input.meta), input.data ?? "\u0000none");
}

function readJson<T>(path: string): T | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** Write atomically: vitest runs suites in parallel processes that share the cache. */
function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, path);
}

function removeStaleBundles(bundle: string, keep: string): void {
  const pattern = new RegExp(`^${bundle.replace(/[^\w-]/g, "\\$&")}-[0-9a-f]{16}\\.json$`);
  for (const f of readdirSync(ORACLE_CACHE_DIR)) {
    const path = join(ORACLE_CACHE_DIR, f);
    if (pattern.test(f) && path !== keep) rmSync(path, { force: true });
  }
}

/** Run `kind` over all inputs in one pyodide on a worker thread with a large stack. */
async function computeDeep(kind: string, inputs: OracleInput[]): Promise<unknown[]> {
  const manifest: Array<[Record<string, unknown>, number, number | null]> = [];
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const { meta, data } of inputs) {
    manifest.push(data ? [meta, size, (size += data.length)] : [meta, 0, null]);
    if (data) parts.push(data);
  }
  const { Worker } = await import("node:worker_threads");
  const worker = new Worker(new URL("./oracle-worker.mjs", import.meta.url), {
    workerData: { oraclePy: ORACLE_PY, kind, manifest, blob: Buffer.concat(parts) },
    resourceLimits: { stackSizeMb: 256 },
  });
  const t0 = performance.now();
  const out = await new Promise<string>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`the oracle worker exited (${code})`)));
  });
  await worker.terminate();
  oracleStats.pyodideLoads++;
  oracleStats.pythonMs += performance.now() - t0;
  oracleStats.computed += inputs.length;
  return JSON.parse(out) as unknown[];
}

/** Run `kind` over inputs in pyodide, in as few runPython calls as the chunk size allows. */
async function compute(kind: string, inputs: OracleInput[], chunkBytes: number, deepStack = false): Promise<unknown[]> {
  if (deepStack) return computeDeep(kind, inputs);
  const py = await getPyodide();
  const results: unknown[] = [];
  let i = 0;
  while (i < inputs.length) {
    const manifest: Array<[Record<string, unknown>, number, number | null]> = [];
    const parts: Uint8Array[] = [];
    let size = 0;
    do {
      const { meta, data } = inputs[i++];
      if (data) {
        manifest.push([meta, size, size + data.length]);
        parts.push(data);
        size += data.length;
      } else {
        manifest.push([meta, 0, null]);
      }
    } while (i < inputs.length && size < chunkBytes);
    py.FS.writeFile("/oracle/manifest.json", JSON.stringify(manifest));
    py.FS.writeFile("/oracle/blob.bin", Buffer.concat(parts));
    const t0 = performance.now();
    py.runPython(
      `oracle.run_batch(${JSON.stringify(kind)}, '/oracle/manifest.json', '/oracle/blob.bin', '/oracle/out.json')`,
    );
    oracleStats.pythonMs += performance.now() - t0;
    const out = JSON.parse(py.FS.readFile("/oracle/out.json", { encoding: "utf8" }) as string) as unknown[];
    py.FS.unlink("/oracle/out.json");
    results.push(...out);
  }
  oracleStats.computed += inputs.length;
  return results;
}

/** The generic cached batch: results[i] answers inputs[i]. */
async function runCached<R>(kind: string, inputs: OracleInput[], opts: BatchOptions = {}): Promise<R[]> {
  const keys = inputs.map((inp) => inputKey(kind, inp));
  const chunkBytes = opts.chunkBytes ?? 1 << 20;
  if (opts.bundle) {
    const key = sha256(kind, ...keys);
    const path = join(ORACLE_CACHE_DIR, `${opts.bundle}-${key.slice(0, 16)}.json`);
    const hit = readJson<{ key: string; results: R[] }>(path);
    if (hit && hit.key === key && hit.results.length === inputs.length) {
      oracleStats.cacheHits += inputs.length;
      return hit.results;
    }
    const results = (await compute(kind, inputs, chunkBytes, opts.deepStack)) as R[];
    writeJson(path, {
      pyodide: PYODIDE_VERSION, kind, key, meta: opts.bundleMeta ?? {}, labels: opts.labels ?? [], results,
    });
    removeStaleBundles(opts.bundle, path);
    return results;
  }
  const results: R[] = new Array(inputs.length);
  const missing: number[] = [];
  keys.forEach((key, i) => {
    const hit = readJson<{ result: R }>(join(ORACLE_CACHE_DIR, kind, `${key}.json`));
    if (hit) {
      results[i] = hit.result;
      oracleStats.cacheHits++;
    } else {
      missing.push(i);
    }
  });
  if (missing.length) {
    const computed = await compute(kind, missing.map((i) => inputs[i]), chunkBytes, opts.deepStack);
    missing.forEach((i, j) => {
      results[i] = computed[j] as R;
      writeJson(join(ORACLE_CACHE_DIR, kind, `${keys[i]}.json`), { result: computed[j] });
    });
  }
  return results;
}

const encoder = new TextEncoder();
const toBytes = (s: string | Uint8Array): Uint8Array => (typeof s === "string" ? encoder.encode(s) : s);

/** CPython's ast.dump(ast.parse(source, filename, mode), include_attributes=True), or its error. */
export async function cpythonAstDump(source: string | Uint8Array, filename: string, mode: ParseMode = "exec"): Promise<AstResult> {
  return (await cpythonAstDumpBatch([{ source, filename, mode }]))[0];
}

/** Many ast dumps in one go (one pyodide call per ~1 MB of source). Strings are passed as UTF-8. */
export function cpythonAstDumpBatch(items: AstInput[], opts: BatchOptions = {}): Promise<AstResult[]> {
  return runCached<AstResult>(
    "ast",
    items.map((it) => ({ meta: { filename: it.filename, mode: it.mode ?? "exec" }, data: toBytes(it.source) })),
    opts,
  );
}

/** `''.join(traceback.format_exception_only(e))` for SyntaxErrors built from the given fields. */
export function cpythonFormatSyntaxErrorBatch(specs: SyntaxErrorSpec[], opts: BatchOptions = {}): Promise<string[]> {
  return runCached<string>("format_syntax_error", specs.map((s) => ({ meta: { ...s } })), opts);
}

/**
 * Whether `codeop.compile_command(code, symbol="exec", flags=PyCF_ONLY_AST)` accepts each code
 * (compiles or is incomplete): true/false, or null when it raised something other than SyntaxError.
 */
export function cpythonCodeopAcceptsBatch(codes: string[], opts: BatchOptions = {}): Promise<Array<boolean | null>> {
  return runCached<boolean | null>("codeop_accepts", codes.map((code) => ({ meta: { code } })), opts);
}

/** NAME tokens ([string, start, end, line]) of tokenize.generate_tokens over each text, until it raises. */
export function cpythonNameTokensBatch(texts: string[], opts: BatchOptions = {}): Promise<Array<Array<[string, [number, number], [number, number], string]>>> {
  return runCached("name_tokens", texts.map((t) => ({ meta: {}, data: toBytes(t) })), opts);
}

/** For each word: _suggestions._generate_suggestions(keyword.kwlist, w) and difflib.get_close_matches(w, kwlist, 3, 0.5). */
export function cpythonKeywordSuggestionsBatch(words: string[], opts: BatchOptions = {}): Promise<Array<{ levenshtein: string | null; close: string[] }>> {
  return runCached("keyword_suggestions", words.map((word) => ({ meta: { word } })), opts);
}

/**
 * Evaluate Python expressions in CPython (cached). Each expression sees `data` (the bytes given,
 * or None) and may `__import__` what it needs; the value must be JSON-serializable.
 */
export function cpythonEvalBatch<R>(items: Array<{ expr: string; data?: Uint8Array }>, opts: BatchOptions = {}): Promise<R[]> {
  return runCached<R>("python", items.map((it) => ({ meta: { expr: it.expr }, data: it.data })), opts);
}

/** Bundle name of the stdlib AST oracle cache (.cache/oracle/stdlib-<hash>.json), read by scripts/diff-stdlib.mjs. */
export const STDLIB_BUNDLE = "stdlib";

/**
 * CPython's AST dump (or error) for every .py file of pyodide's python_stdlib.zip, parsed with the
 * file's archive name as filename. One cache file; cold it costs one pyodide load plus ~10 s.
 */
export async function cpythonStdlibAstDumps(): Promise<{ files: Array<{ name: string; data: Uint8Array }>; results: AstResult[] }> {
  const { files, sha256: zipSha256 } = stdlibPyFiles();
  const results = await cpythonAstDumpBatch(
    files.map((f) => ({ source: f.data, filename: f.name })),
    { bundle: STDLIB_BUNDLE, labels: files.map((f) => f.name), bundleMeta: { zipSha256 } },
  );
  return { files, results };
}

/** What a program printed and how it exited, under CPython (oracle.py kind_run). */
export interface RunOutcome { stdout: string; stderr: string; exit: number }

/** Run programs as `python FILE ARGS` would (cached). `filename` is where the file appears to live. */
export function cpythonRunBatch(items: Array<{ source: Uint8Array; filename: string; argv?: string[]; files?: Record<string, string> }>, opts: BatchOptions = {}): Promise<RunOutcome[]> {
  return runCached<RunOutcome>("run", items.map((it) => ({
    meta: it.files ? { filename: it.filename, argv: it.argv ?? [], files: it.files } : { filename: it.filename, argv: it.argv ?? [] },
    data: it.source,
  })), opts);
}
