#!/usr/bin/env node
// Fast loop for parser work: compare tspy's AST dump of every stdlib file with CPython's, using the
// oracle cache that test/stdlib-ast.test.ts writes (.cache/oracle/stdlib-<hash>.json), so no pyodide.
//
//   npm run build && node scripts/diff-stdlib.mjs [--only SUBSTR] [--limit N] [--show N] [--all]
//
//   --only SUBSTR  check only files whose name contains SUBSTR (repeatable)
//   --limit N      check at most N files (after --only)
//   --show N       print the ±120-char window around the first difference for the first N failures (default 3)
//   --all          also print a line for each passing file
//
// Output: one line per failing file, then the windows, then "pass X/Y". Exit status 1 if any fail.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { stdlibPyFiles, PYODIDE_VERSION } from "../test/support/stdlib.js";
import { differenceWindow, firstDifference } from "../test/support/diff.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CACHE_DIR = join(ROOT, ".cache", "oracle");

function usage(msg) {
  if (msg) console.error(msg);
  console.error("usage: node scripts/diff-stdlib.mjs [--only SUBSTR]... [--limit N] [--show N] [--all]");
  process.exit(2);
}

/** @returns {{ only: string[], limit: number, show: number, all: boolean }} */
function parseArgs(argv) {
  const opts = { only: /** @type {string[]} */ ([]), limit: Infinity, show: 3, all: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === "--only") opts.only.push(String(value()));
    else if (a === "--limit") opts.limit = Number(value());
    else if (a === "--show") opts.show = Number(value());
    else if (a === "--all") opts.all = true;
    else usage(`unknown argument ${a}`);
  }
  return opts;
}

/** The newest stdlib oracle bundle made from this zip by this pyodide: Map name -> result. */
function loadOracle(zipSha256) {
  let candidates = [];
  try {
    candidates = readdirSync(CACHE_DIR).filter((f) => /^stdlib-[0-9a-f]+\.json$/.test(f))
      .map((f) => join(CACHE_DIR, f)).sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  } catch { /* no cache dir yet */ }
  for (const path of candidates) {
    const bundle = JSON.parse(readFileSync(path, "utf8"));
    if (bundle.pyodide === PYODIDE_VERSION && bundle.meta?.zipSha256 === zipSha256 && bundle.kind === "ast") {
      return new Map(bundle.labels.map((name, i) => [name, bundle.results[i]]));
    }
  }
  console.error("No CPython oracle cache for this stdlib yet. Create it once (~15 s) with:\n" +
    "  npx vitest run test/stdlib-ast.test.ts");
  process.exit(2);
}

const describeError = (e) =>
  e?.constructor?.name === "PySyntaxError"
    ? `${e.kind}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`
    : e instanceof Error
      ? `${e.name}: ${e.message} @ ${(e.stack?.split("\n")[1] ?? "").trim()}`
      : `thrown ${String(e)}`;

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const { parse, dump, PySyntaxError } = await import("../dist/interp/parse/index.js");
  const { files, sha256 } = stdlibPyFiles();
  const oracle = loadOracle(sha256);
  const selected = files.filter((f) => !opts.only.length || opts.only.some((s) => f.name.includes(s))).slice(0, opts.limit);

  const t0 = performance.now();
  const windows = [];
  let pass = 0;
  for (const f of selected) {
    const want = oracle.get(f.name);
    let line = "";
    let got;
    try {
      got = { ok: true, dump: dump(parse(f.data, f.name), { includeAttributes: true }) };
    } catch (error) {
      got = { ok: false, error };
    }
    if (!want) line = "not in oracle cache (rerun the vitest suite)";
    else if (want.ok && got.ok) {
      if (want.dump !== got.dump) {
        line = `AST differs at offset ${firstDifference(want.dump, got.dump)}`;
        if (windows.length < opts.show) windows.push(`${f.name}:\n${differenceWindow(want.dump, got.dump)}`);
      }
    } else if (want.ok) line = describeError(got.error);
    else if (got.ok) line = `CPython raised ${want.error.type}: ${want.error.msg}; tspy parsed it`;
    else {
      const e = got.error, w = want.error;
      const same = e instanceof PySyntaxError && e.kind === w.type && e.msg === w.msg && e.lineno === w.lineno && e.offset === w.offset;
      if (!same) line = `CPython ${w.type}: ${w.msg} (line ${w.lineno}, offset ${w.offset}); tspy ${describeError(e)}`;
    }
    if (line) console.log(`FAIL ${f.name}: ${line}`);
    else {
      pass++;
      if (opts.all) console.log(`ok   ${f.name}`);
    }
  }
  if (windows.length) console.log("\n" + windows.join("\n\n"));
  const ms = performance.now() - t0;
  console.log(`\npass ${pass}/${selected.length} (${(ms / 1000).toFixed(2)} s)`);
  process.exitCode = pass === selected.length ? 0 : 1;
}

await main();
