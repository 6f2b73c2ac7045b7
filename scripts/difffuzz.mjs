#!/usr/bin/env node
// Differential parser fuzzer: tspy's parser (dist/) vs CPython 3.14 (pyodide) on mutated inputs.
//
//   npx tsc -p . && node scripts/difffuzz.mjs [--count N] [--seed S] [--start I] [--batch B]
//                                             [--budget N] [--corpus W] [--no-minimize] [--no-cache]
//                                             [--out FILE] [--check SNIPPET...]
//
//   --count N      inputs to generate (default 20000); input i of seed S is a pure function of (S, i)
//   --seed S       seed (default 1); --start I: first input index (default 0)
//   --batch B      inputs per CPython call (default 400)
//   --budget N     candidate checks per bucket when minimizing (default 1500); --no-minimize skips it
//   --corpus W     share of seed windows taken from test/corpus/{valid,invalid} instead of the stdlib
//                  (default 0.25; 0 for stdlib only)
//   --no-cache     ignore the CPython answer cache (.cache/difffuzz/oracle-cache.jsonl)
//   --out FILE     report path (default .cache/difffuzz/report.md; a .json copy is written next to it)
//   --check S...   no fuzzing: compare the given snippets (all remaining arguments) and print the verdicts
//
// Inputs: test/fuzz/mutate.js's fuzzInput over a pool of small seed texts (windows of 1-15 lines of
// stdlib files and of test/corpus files, mostly dedented) plus its built-in snippets. Each input goes through
//   CPython: compile(src_bytes, '<fuzz>', 'exec', ast.PyCF_ONLY_AST) -> ast.dump(include_attributes=True)
//            or the exception's (class, msg, lineno, offset)
//   tspy:    parse(src_bytes, '<fuzz>') -> dump(..., {includeAttributes: true}) or PySyntaxError
// and the two are compared: the dump for valid programs; class, lineno, offset and msg for invalid
// ones (end_offset is not compared). Mismatches are bucketed by a signature (message templates with
// numbers and names normalized; for AST differences the node type and field of the first
// difference); the smallest input of each bucket is delta-debugged (remove lines, then characters,
// as long as the signature stays the same) and the report ranks the buckets: tspy accepting what
// CPython rejects (or the reverse), crashes and AST differences first, then class/line/offset
// differences, then message-only ones.
//
// pyodide runs in a child process (one load) so that a fatal pyodide error (WebAssembly stack
// overflow on deeply nested input) only costs a restart: the batch is bisected and the culprit
// skipped. Inputs with very deep operator/bracket nesting are skipped up front for the same reason.
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const SELF = fileURLToPath(import.meta.url);
const ROOT = join(dirname(SELF), "..");
const FILENAME = "<fuzz>";

// ---- the CPython side --------------------------------------------------------------------------

const PY_CODE = String.raw`
import ast, hashlib, json

def _one(data, full):
    try:
        tree = compile(data, '<fuzz>', 'exec', ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        return {'ok': False, 'type': type(e).__name__, 'msg': e.msg, 'lineno': e.lineno,
                'offset': e.offset, 'end_lineno': e.end_lineno, 'end_offset': e.end_offset}
    except Exception as e:  # ValueError, MemoryError, RecursionError, ...
        return {'ok': False, 'type': type(e).__name__, 'msg': str(e), 'lineno': None, 'offset': None,
                'end_lineno': None, 'end_offset': None}
    try:
        d = ast.dump(tree, include_attributes=True)
    except BaseException as e:
        return {'ok': None, 'why': 'ast.dump raised ' + type(e).__name__}
    r = {'ok': True, 'h': hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}
    if full:
        r['dump'] = d
    return r

def run_batch(manifest_path, blob_path, out_path):
    with open(manifest_path, encoding='utf-8') as f:
        manifest = json.load(f)
    with open(blob_path, 'rb') as f:
        blob = f.read()
    out = [_one(blob[a:b], full) for a, b, full in manifest]
    with open(out_path, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=True)
`;

async function oracleChild() {
  const { loadPyodide } = await import("pyodide");
  const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
  py.FS.mkdirTree("/df");
  py.FS.writeFile("/df/difffuzz_oracle.py", PY_CODE);
  py.runPython("import sys; sys.path.insert(0, '/df'); import difffuzz_oracle");
  process.on("message", (m) => {
    try {
      const manifest = [];
      let size = 0;
      for (const it of m.items) {
        manifest.push([size, size + it.data.length, it.full]);
        size += it.data.length;
      }
      py.FS.writeFile("/df/manifest.json", JSON.stringify(manifest));
      py.FS.writeFile("/df/blob.bin", Buffer.concat(m.items.map((it) => Buffer.from(it.data))));
      py.runPython("difffuzz_oracle.run_batch('/df/manifest.json', '/df/blob.bin', '/df/out.json')");
      const out = JSON.parse(py.FS.readFile("/df/out.json", { encoding: "utf8" }));
      py.FS.unlink("/df/out.json");
      process.send({ id: m.id, results: out });
    } catch (e) {
      // a fatal pyodide error leaves it unusable: die, the parent bisects and restarts
      process.stderr.write(`oracle child: ${String(e).slice(0, 200)}\n`);
      process.exit(3);
    }
  });
  process.send({ ready: true });
}

class OracleCrash extends Error {}

/** One pyodide child process; restarted after a crash. */
class Oracle {
  child = null;
  ready = null;
  pending = null;
  nextId = 0;
  loads = 0;
  crashes = 0;
  calls = 0;

  start() {
    this.loads++;
    const child = fork(SELF, ["--oracle-child"], { serialization: "advanced", stdio: ["ignore", "ignore", "pipe", "ipc"] });
    child.stderr.on("data", () => {});
    this.child = child;
    this.ready = new Promise((res, rej) => {
      const onMsg = (m) => { if (m.ready) { child.off("message", onMsg); res(); } };
      child.on("message", onMsg);
      child.once("exit", (code) => rej(new Error(`oracle child exited during load (${code})`)));
    });
    child.on("message", (m) => {
      if (m.id !== undefined && this.pending?.id === m.id) { const p = this.pending; this.pending = null; p.resolve(m.results); }
    });
    child.on("exit", () => {
      if (this.child === child) this.child = null;
      if (this.pending) { const p = this.pending; this.pending = null; p.reject(new OracleCrash("pyodide crashed")); }
    });
  }

  async runRaw(items) {
    if (!this.child) this.start();
    await this.ready;
    this.calls++;
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending = { id, resolve, reject };
      this.child.send({ id, items });
    });
  }

  /** Results for items [{data, full}]; an input that crashes pyodide gets {ok: null}. */
  async run(items) {
    if (!items.length) return [];
    try {
      return await this.runRaw(items);
    } catch (e) {
      if (!(e instanceof OracleCrash)) throw e;
      this.crashes++;
      if (items.length === 1) return [{ ok: null, why: "pyodide crashed" }];
      const mid = items.length >> 1;
      return [...(await this.run(items.slice(0, mid))), ...(await this.run(items.slice(mid)))];
    }
  }

  stop() { this.child?.kill(); this.child = null; }
}

// ---- the tspy side -----------------------------------------------------------------------------

let tspy; // the parser module, imported in main()

function sha256hex(s) { return createHash("sha256").update(s).digest("hex"); }

/** tspy's answer in the oracle's shape, or {crash} when it threw something that is no Python error. */
function tspyResult(bytes) {
  let tree;
  try {
    tree = tspy.parse(bytes, FILENAME);
  } catch (e) {
    if (e instanceof tspy.PySyntaxError || (e && typeof e.kind === "string" && typeof e.msg === "string")) {
      return { ok: false, type: e.kind, msg: e.msg, lineno: e.lineno ?? null, offset: e.offset ?? null, end_lineno: e.end_lineno ?? null, end_offset: e.end_offset ?? null };
    }
    return { crash: e instanceof Error ? `${e.name}: ${e.message}` : `threw ${String(e)}` };
  }
  try {
    const d = tspy.dump(tree, { includeAttributes: true });
    return { ok: true, dump: d, h: sha256hex(d).slice(0, 16) };
  } catch (e) {
    return { crash: `dump: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}` };
  }
}

// ---- signatures --------------------------------------------------------------------------------

const KEYWORDS = new Set(("False None True and as assert async await break class continue def del elif else except " +
  "finally for from global if import in is lambda nonlocal not or pass raise return try while with yield " +
  "match case type _").split(" "));

/** A message with numbers, code points and quoted names/values abstracted. */
function template(msg) {
  return String(msg)
    .replace(/^unknown encoding: .*/s, "unknown encoding: X")
    .replace(/^future feature \S+ is not defined$/, "future feature X is not defined")
    .replace(/U\+[0-9A-Fa-f]{4,6}/g, "U+H")
    .replace(/'((?:[^'\\\n]|\\.){0,80})'/g, (m, inner) => (KEYWORDS.has(inner) || /^[!-/:-@[-`{-~]{1,4}$/.test(inner) ? m : "'X'"))
    .replace(/\d+/g, "N");
}

const errStr = (r) => `${r.type}: ${r.msg} (line ${r.lineno}, offset ${r.offset})`;

/** Node type and field of the first difference between two ast.dump strings (scanning `want`). */
function astPath(want, got) {
  let k = 0;
  const n = Math.min(want.length, got.length);
  while (k < n && want.charCodeAt(k) === got.charCodeAt(k)) k++;
  const stack = [{ node: "?", field: "?" }];
  let i = 0;
  while (i < k) {
    const c = want[i];
    if (c === "'" || c === '"') { // repr'd string: skip it (stopping at k)
      i++;
      while (i < k && want[i] !== c) i += want[i] === "\\" ? 2 : 1;
      i++;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < want.length && /\w/.test(want[j])) j++;
      const word = want.slice(i, j);
      if (want[j] === "(" && j < k) { stack.push({ node: word, field: "?" }); i = j + 1; continue; }
      if (want[j] === "=") stack[stack.length - 1].field = word;
      i = j;
      continue;
    }
    if (c === "[") stack.push({ node: stack[stack.length - 1].node, field: stack[stack.length - 1].field, list: true });
    else if ((c === ")" || c === "]") && stack.length > 1) stack.pop();
    i++;
  }
  const top = stack[stack.length - 1];
  return { path: `${top.node}.${top.field}`, at: k };
}

const SAMPLES = 8; // inputs kept per bucket of tiers 0-1, each minimized
const TIER = { accepts: 0, rejects: 0, crash: 0, ast: 1, where: 2, msg: 3, stack: 4 };
const TIER_NAME = ["accept/reject/crash", "AST differs", "class/line/offset differ", "message only",
  "stack limit (MemoryError: depends on the host's stack, pyodide's is small)"];

/** null when tspy agrees with CPython, else { sig, tier, kind }. `want` needs .dump for AST signatures. */
function compare(want, got) {
  if (want.ok === null) return null; // CPython could not answer (dump recursion, pyodide crash)
  if (got.crash) return { kind: "crash", tier: TIER.crash, sig: `CRASH tspy threw ${template(got.crash).slice(0, 160)}` };
  if (want.ok && got.ok) {
    if (want.h === got.h) return null;
    if (want.dump === undefined) return { kind: "ast", tier: TIER.ast, sig: "AST ?", needDump: true };
    return { kind: "ast", tier: TIER.ast, sig: `AST differs at ${astPath(want.dump, got.dump).path}` };
  }
  if (!want.ok && got.ok) return { kind: "accepts", tier: TIER.accepts, sig: `ACCEPTS invalid; want ${want.type}: ${template(want.msg)}` };
  if (want.ok && !got.ok) return { kind: "rejects", tier: TIER.rejects, sig: `REJECTS valid; got ${got.type}: ${template(got.msg)}` };
  if ((want.type === "MemoryError") !== (got.type === "MemoryError")) {
    return { kind: "stack", tier: TIER.stack, sig: `STACK want ${want.type}: ${template(want.msg)} / got ${got.type}: ${template(got.msg)}` };
  }
  const diffs = [];
  if (want.type !== got.type) diffs.push("class");
  if (want.lineno !== got.lineno) diffs.push("line");
  if (want.offset !== got.offset) diffs.push("offset");
  if (want.msg !== got.msg) diffs.push("msg");
  if (!diffs.length) return null;
  const tw = `${want.type}: ${template(want.msg)}`, tg = `${got.type}: ${template(got.msg)}`;
  // same template: which fields differ; different templates: only whether the class/position does
  const where = diffs.some((d) => d !== "msg");
  const sig = tw === tg ? `ERR[${diffs.join(",")}] ${tw}` : `ERR[${where ? "where" : "msg"}] want ${tw} / got ${tg}`;
  return { kind: where ? "where" : "msg", tier: where ? TIER.where : TIER.msg, sig };
}

// ---- inputs ------------------------------------------------------------------------------------

/** Deep operator/bracket nesting that could overflow pyodide's stack (see test/support/oracle.ts). */
function tooDeep(bytes) {
  if (process.env.DIFFFUZZ_NO_DEPTH_FILTER) return false;
  const s = Buffer.from(bytes).toString("latin1");
  let depth = 0, max = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[" || c === "{") { if (++depth > max) max = depth; } else if (c === ")" || c === "]" || c === "}") depth = Math.max(0, depth - 1);
  }
  if (max > 1000) return true;
  const chain = /(?:(?:[-+~*([{]|not\b|lambda\s*:|await\b|if\b|else\b|\w+\.|\w+\[|f'\{)\s*)+/g;
  let m;
  while ((m = chain.exec(s))) {
    if (m[0].length < 600) continue;
    const units = m[0].match(/[-+~*([{]|not\b|lambda|await|if\b|else\b|\w+\.|\w+\[|f'\{/g) ?? [];
    if (units.length > 600) return true;
  }
  return false;
}

/** Small seed texts: windows of 1-15 whole lines of stdlib files, usually dedented. */
function buildPool(texts, extra, extraWeight, Rng, seed, size) {
  const nStd = texts.length;
  texts = [...texts, ...extra];
  const lineStarts = texts.map((t) => {
    const starts = [0];
    for (let i = t.indexOf("\n"); i >= 0 && i + 1 < t.length; i = t.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  });
  const pool = [];
  for (let i = 0; i < size; i++) {
    const rng = Rng.forInput(seed ^ 0x5eed1e55, i);
    const f = extra.length && rng.chance(extraWeight) ? nStd + rng.int(extra.length) : rng.int(nStd);
    const t = texts[f], starts = lineStarts[f];
    const a = rng.int(starts.length), nLines = rng.range(1, 15);
    const b = a + nLines < starts.length ? starts[a + nLines] : t.length;
    let w = t.slice(starts[a], b).slice(0, 1500);
    const indent = /^[ \t]*/.exec(w)?.[0] ?? "";
    if (indent && !rng.chance(0.15)) w = w.split("\n").map((l) => (l.startsWith(indent) ? l.slice(indent.length) : l)).join("\n");
    if (w.trim()) pool.push(w);
  }
  return pool;
}

// ---- minimization ------------------------------------------------------------------------------

const utf8 = new TextDecoder("utf-8", { fatal: true });
const encoder = new TextEncoder();

/** Units to delete: lines or characters (code points; bytes when the input is not UTF-8). */
function splitUnits(bytes, mode) {
  let text;
  try { text = utf8.decode(bytes); } catch { text = null; }
  if (text === null) {
    if (mode === "lines") {
      const out = [];
      let s = 0;
      for (let i = 0; i < bytes.length; i++) if (bytes[i] === 10) { out.push(bytes.subarray(s, i + 1)); s = i + 1; }
      if (s < bytes.length) out.push(bytes.subarray(s));
      return out;
    }
    return Array.from(bytes, (b) => Uint8Array.of(b));
  }
  const parts = mode === "lines" ? text.split(/(?<=\n)/) : Array.from(text);
  return parts.filter((p) => p.length).map((p) => encoder.encode(p));
}

const join8 = (units) => Uint8Array.from(Buffer.concat(units.map((u) => Buffer.from(u))));

/**
 * Delta debugging of many inputs at once ({sig, input} jobs): each round, every active job proposes up
 * to LOOKAHEAD deletions (the next positions of a sequential ddmin pass at the current chunk size),
 * all are checked in one CPython call, and each job takes its first candidate that keeps its signature.
 */
async function minimizeAll(jobs, check, budget) {
  const LOOKAHEAD = 12;
  const states = jobs.map((j) => ({ sig: j.sig, cur: j.input, mode: "lines", units: null, chunk: 0, step: 0, pos: 0, spent: 0, progress: false, done: false }));
  // passes: lines (chunks halving down to 1), then characters (likewise), then pairs of adjacent
  // characters at every offset ("{{", "''"), then single characters and pairs again while that helps
  const reset = (st, mode, chunk) => {
    st.mode = mode;
    st.units = splitUnits(st.cur, mode === "lines" ? "lines" : "chars");
    st.chunk = chunk ?? Math.max(1, st.units.length >> 1);
    st.step = mode === "pairs" ? 1 : st.chunk;
    st.pos = 0;
    st.progress = false;
  };
  const nextPass = (st) => {
    if (st.mode !== "pairs" && st.chunk > 1) { st.chunk >>= 1; st.step = st.chunk; st.pos = 0; return; }
    if (st.mode === "lines") reset(st, "chars");
    else if (st.mode === "chars" && st.units.length >= 2) reset(st, "pairs", 2);
    else if (st.mode === "pairs" && st.progress) reset(st, "chars", 1);
    else st.done = true;
  };
  for (const st of states) reset(st, "lines");
  let round = 0;
  for (;;) {
    const proposals = [];
    for (const st of states) {
      if (st.done) continue;
      while (!st.done && st.pos >= st.units.length) nextPass(st);
      if (st.done || st.spent >= budget) { st.done = true; continue; }
      const cands = [];
      for (let p = st.pos, k = 0; p < st.units.length && k < LOOKAHEAD; p += st.step, k++) {
        cands.push({ st, pos: p, input: join8([...st.units.slice(0, p), ...st.units.slice(p + st.chunk)]) });
      }
      st.spent += cands.length;
      proposals.push(...cands);
    }
    if (!proposals.length) break;
    round++;
    const sigs = await check(proposals.map((c) => c.input));
    const taken = new Set();
    proposals.forEach((c, i) => {
      const st = c.st;
      if (taken.has(st)) return;
      if (sigs[i] === st.sig) {
        taken.add(st);
        st.cur = c.input;
        st.units = [...st.units.slice(0, c.pos), ...st.units.slice(c.pos + st.chunk)];
        st.pos = c.pos;
        st.progress = true;
      }
    });
    for (const st of states) {
      if (st.done || taken.has(st)) continue;
      // none of its candidates worked: skip past them
      let k = 0;
      for (const c of proposals) if (c.st === st) k++;
      st.pos += k * st.step;
    }
    if (round % 25 === 0) {
      const active = states.filter((s) => !s.done).length;
      process.stdout.write(`  minimize round ${round}: ${active} bucket(s) active\n`);
    }
  }
  return states.map((st) => st.cur);
}

// ---- rendering ---------------------------------------------------------------------------------

/** A JS string literal for the input (bytes that are not UTF-8 shown as \xNN, flagged). */
function jsLiteral(bytes) {
  try {
    // JSON escapes, plus \u escapes for what does not show (format/control/space/unassigned characters)
    return JSON.stringify(utf8.decode(bytes)).replace(/[^\x20-\x7e\p{L}\p{N}\p{P}\p{S}\p{M}]/gu, (c) => {
      const cp = c.codePointAt(0);
      return cp > 0xffff ? `\\u{${cp.toString(16)}}` : `\\u${cp.toString(16).padStart(4, "0")}`;
    });
  } catch {
    let s = "";
    for (const b of bytes) s += b === 0x22 ? '\\"' : b === 0x5c ? "\\\\" : b === 10 ? "\\n" : b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, "0")}`;
    return `"${s}" (bytes, not UTF-8)`;
  }
}

function resultStr(r) {
  if (r.crash) return `threw ${r.crash}`;
  if (r.ok === null) return `(no answer: ${r.why})`;
  if (r.ok) return `valid`;
  return errStr(r);
}

// ---- main --------------------------------------------------------------------------------------

function parseArgs(argv) {
  const opts = { count: 20000, seed: 1, start: 0, batch: 400, budget: 1500, corpus: 0.25, minimize: true, cache: true, check: [], out: join(ROOT, ".cache", "difffuzz", "report.md") };
  const usage = (m) => { console.error(`${m}\nusage: node scripts/difffuzz.mjs [--count N] [--seed S] [--start I] [--batch B] [--budget N] [--corpus W] [--no-minimize] [--no-cache] [--out FILE] [--check SNIPPET...]`); process.exit(2); };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--no-minimize") opts.minimize = false;
    else if (a === "--no-cache") opts.cache = false;
    else if (a === "--check") opts.check.push(...argv.splice(i + 1));
    else if (a === "--out") opts.out = resolve(argv[++i] ?? usage("--out needs a value"));
    else if (["--count", "--seed", "--start", "--batch", "--budget", "--corpus"].includes(a)) {
      const v = Number(argv[++i]);
      if (!Number.isFinite(v)) usage(`${a} needs a number`);
      opts[a.slice(2)] = v;
    } else usage(`unknown argument ${a}`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  tspy = await import("../dist/interp/parse/index.js");
  const { stdlibPyFiles, PYODIDE_VERSION } = await import("../test/support/stdlib.js");
  const { fuzzInput, Rng } = await import("../test/fuzz/mutate.js");
  const { differenceWindow } = await import("../test/support/diff.js");

  const t0 = performance.now();
  const secs = () => ((performance.now() - t0) / 1000).toFixed(1);
  const outDir = dirname(opts.out);
  mkdirSync(outDir, { recursive: true });

  // CPython answer cache of the fuzzed inputs (not of minimization candidates), one JSON array a line:
  // sha256 of (pyodide version, python code, input) -> the answer without the dump (see pack/unpack)
  const cachePath = join(ROOT, ".cache", "difffuzz", "oracle-cache.jsonl");
  const cacheSalt = sha256hex(`${PYODIDE_VERSION}\0${PY_CODE}\0`);
  const keyOf = (bytes) => createHash("sha256").update(cacheSalt).update(bytes).digest("hex").slice(0, 24);
  const pack = (k, a) => JSON.stringify(a.ok ? [k, 1, a.h] : a.ok === null ? [k, null, a.why] : [k, 0, a.type, a.msg, a.lineno, a.offset, a.end_lineno, a.end_offset]);
  const unpack = (r) => (r[1] === 1 ? { ok: true, h: r[2] } : r[1] === null ? { ok: null, why: r[2] }
    : { ok: false, type: r[2], msg: r[3], lineno: r[4], offset: r[5], end_lineno: r[6], end_offset: r[7] });
  mkdirSync(dirname(cachePath), { recursive: true });
  const cache = new Map();
  if (opts.cache) {
    let size = 0;
    try { size = statSync(cachePath).size; } catch { /* no cache yet */ }
    if (size > 300 << 20) {
      console.log(`CPython answer cache over 300 MB: starting a new one`);
      rmSync(cachePath, { force: true });
    } else if (size) {
      for (const line of readFileSync(cachePath, "utf8").split("\n")) {
        if (!line) continue;
        try { const r = JSON.parse(line); if (Array.isArray(r)) cache.set(r[0], unpack(r)); } catch { /* torn line */ }
      }
    }
  }
  const oracle = new Oracle();
  const memo = new Map(); // key -> full answer (with dump), this run only

  /** CPython's answers; `full[i]` asks for the dump too (needed for AST signatures). */
  async function cpython(inputs, full, persist) {
    const keys = inputs.map(keyOf);
    const out = new Array(inputs.length);
    const missing = [];
    keys.forEach((k, i) => {
      const m = memo.get(k);
      if (m && (!full[i] || m.ok !== true || m.dump !== undefined)) out[i] = m;
      else if (!full[i] && cache.has(k)) out[i] = cache.get(k);
      else missing.push(i);
    });
    const answers = await oracle.run(missing.map((i) => ({ data: inputs[i], full: !!full[i] })));
    let lines = "";
    missing.forEach((i, j) => {
      const a = answers[j];
      out[i] = a;
      if (a.why !== "pyodide crashed") {
        if (full[i]) memo.set(keys[i], a);
        const { dump: _d, ...lean } = a;
        if (!cache.has(keys[i])) {
          cache.set(keys[i], lean);
          if (persist) lines += pack(keys[i], lean) + "\n";
        }
      }
    });
    if (lines && opts.cache) appendFileSync(cachePath, lines);
    return out;
  }

  /** Signature (or null when they agree) of each input; `skip` for inputs the oracle cannot take. */
  async function signatures(inputs, persist = false) {
    const got = inputs.map((b) => (tooDeep(b) ? null : tspyResult(b)));
    const idx = inputs.map((_, i) => i).filter((i) => got[i] !== null);
    const want = await cpython(idx.map((i) => inputs[i]), idx.map((i) => got[i].ok === true), persist);
    const res = inputs.map(() => ({ sig: "skip" }));
    idx.forEach((i, j) => {
      let c = compare(want[j], got[i]);
      res[i] = { want: want[j], got: got[i], cmp: c, sig: c ? c.sig : null };
    });
    // AST differences whose dump was not fetched (cached answers): fetch and re-sign
    const redo = idx.filter((i) => res[i].cmp?.needDump);
    if (redo.length) {
      const w2 = await cpython(redo.map((i) => inputs[i]), redo.map(() => true));
      redo.forEach((i, j) => { const c = compare(w2[j], got[i]); res[i] = { want: w2[j], got: got[i], cmp: c, sig: c ? c.sig : null }; });
    }
    return res;
  }

  if (opts.check.length) { // compare the given snippets only
    const inputs = opts.check.map((c) => encoder.encode(c));
    const res = await signatures(inputs);
    res.forEach((r, i) => {
      console.log(`${jsLiteral(inputs[i])}\n  ${r.sig ?? "agree"}\n  want ${r.want ? resultStr(r.want) : "-"}\n  got  ${r.got ? resultStr(r.got) : "-"}`);
      if (r.want?.dump && r.got?.dump && r.want.h !== r.got.h) console.log(differenceWindow(r.want.dump, r.got.dump, 100, { expected: "CPython", actual: "tspy", indent: "    " }));
    });
    oracle.stop();
    return;
  }

  // ---- the run
  const files = stdlibPyFiles().files;
  const dec = new TextDecoder();
  const texts = files.map((f) => dec.decode(f.data));
  const corpusDirs = [join(ROOT, "test", "corpus", "valid"), join(ROOT, "test", "corpus", "invalid")];
  const corpus = corpusDirs.flatMap((d) => {
    try { return readdirSync(d).filter((f) => f.endsWith(".py")).sort().map((f) => dec.decode(readFileSync(join(d, f)))); } catch { return []; }
  });
  const pool = buildPool(texts, corpus, opts.corpus, Rng, opts.seed, Math.max(5000, Math.min(opts.count, 60000)));
  console.log(`difffuzz: ${opts.count} inputs from #${opts.start}, seed ${opts.seed}; pool of ${pool.length} windows ` +
    `(${Math.round(opts.corpus * 100)}% from ${corpus.length} test/corpus files); ${cache.size} cached CPython answers`);

  const buckets = new Map(); // sig -> { sig, kind, tier, count, smallest: {input, index, want, got} }
  const stats = { inputs: 0, unique: 0, skipped: 0, valid: 0, invalid: 0, agree: 0, differ: 0 };
  const seen = new Set();
  let lastLog = 0;
  for (let s = opts.start; s < opts.start + opts.count; s += opts.batch) {
    const batch = [];
    for (let i = s; i < Math.min(s + opts.batch, opts.start + opts.count); i++) {
      const input = fuzzInput(pool, opts.seed, i);
      stats.inputs++;
      const h = sha256hex(input);
      if (seen.has(h)) continue;
      seen.add(h);
      batch.push({ index: i, input });
    }
    stats.unique += batch.length;
    const res = await signatures(batch.map((b) => b.input), true);
    res.forEach((r, j) => {
      if (r.sig === "skip" || r.want?.ok === null) { stats.skipped++; return; }
      if (r.want.ok) stats.valid++; else stats.invalid++;
      if (!r.sig) { stats.agree++; return; }
      stats.differ++;
      const { input, index } = batch[j];
      let b = buckets.get(r.sig);
      if (!b) buckets.set(r.sig, (b = { sig: r.sig, kind: r.cmp.kind, tier: r.cmp.tier, count: 0, first: index, smallest: null, samples: [] }));
      b.count++;
      if (!b.smallest || input.length < b.smallest.input.length) b.smallest = { input, index, want: r.want, got: r.got };
      // a few more of the smallest, so that a bucket hiding several causes shows them (tiers 0-1)
      if (b.tier <= TIER.ast) {
        b.samples.push({ input, index });
        b.samples.sort((x, y) => x.input.length - y.input.length);
        if (b.samples.length > SAMPLES) b.samples.pop();
      }
    });
    if (performance.now() - lastLog > 15000) {
      lastLog = performance.now();
      console.log(`  ${stats.inputs}/${opts.count} in ${secs()}s: ${stats.differ} differ, ${buckets.size} buckets (pyodide loads ${oracle.loads}, crashes ${oracle.crashes})`);
    }
  }
  console.log(`fuzzed ${stats.inputs} inputs (${stats.unique} unique, ${stats.skipped} skipped) in ${secs()}s: ` +
    `CPython valid ${stats.valid} / invalid ${stats.invalid}; agree ${stats.agree}, differ ${stats.differ} in ${buckets.size} buckets`);

  const list = [...buckets.values()].sort((a, b) => a.tier - b.tier || b.count - a.count || a.sig.localeCompare(b.sig));

  // ---- minimize
  if (opts.minimize && list.length) {
    console.log(`minimizing ${list.length} buckets (budget ${opts.budget} checks each)...`);
    const jobs = list.map((b) => ({ b, sig: b.sig, input: b.smallest.input }));
    for (const b of list) for (const smp of b.samples) if (smp.index !== b.smallest.index) jobs.push({ b, sig: b.sig, input: smp.input, extra: true });
    const mins = await minimizeAll(jobs, async (inputs) => (await signatures(inputs)).map((r) => r.sig), opts.budget);
    jobs.forEach((j, i) => {
      if (!j.extra) { j.b.minimized = mins[i]; return; }
      j.b.variants ??= [];
      const lit = jsLiteral(mins[i]);
      if (!j.b.variants.includes(lit)) j.b.variants.push(lit);
    });
    for (const b of list) if (b.variants) b.variants = b.variants.filter((v) => v !== jsLiteral(b.minimized)).sort((x, y) => x.length - y.length);
    const fin = await signatures(list.map((b) => b.minimized));
    list.forEach((b, i) => { b.min = fin[i]; });
    console.log(`minimized in ${secs()}s`);
  }
  oracle.stop();

  // ---- report
  const md = [];
  md.push(`# difffuzz report`, ``,
    `seed ${opts.seed}, inputs #${opts.start}..#${opts.start + opts.count - 1} (${stats.unique} unique, ${stats.skipped} skipped); ` +
    `CPython valid ${stats.valid}, invalid ${stats.invalid}; tspy agrees on ${stats.agree}, differs on ${stats.differ} ` +
    `(${buckets.size} buckets). Reproduce an input: fuzzInput(pool, seed, index) as in scripts/difffuzz.mjs.`, ``);
  md.push(`| # | tier | count | signature |`, `|---|---|---|---|`);
  list.forEach((b, i) => md.push(`| ${i + 1} | ${TIER_NAME[b.tier]} | ${b.count} | ${b.sig.replace(/\|/g, "\\|")} |`));
  md.push("");
  // roll-up by CPython's message (or tspy's for REJECTS / crashes): one cause often shows as many buckets
  const families = new Map();
  for (const b of list) {
    const w = b.smallest.want, g = b.smallest.got;
    const key = b.kind === "ast" ? b.sig : b.kind === "rejects" || b.kind === "crash" ? `${b.kind}: ${g.crash ? template(g.crash).slice(0, 100) : `${g.type}: ${template(g.msg)}`}` : `want ${w.type}: ${template(w.msg)}`;
    const f = families.get(key) ?? { key, count: 0, buckets: 0 };
    f.count += b.count; f.buckets++;
    families.set(key, f);
  }
  md.push(`## Roll-up by CPython's message`, ``, `| count | buckets | key |`, `|---|---|---|`);
  for (const f of [...families.values()].sort((a, b) => b.count - a.count)) md.push(`| ${f.count} | ${f.buckets} | ${f.key.replace(/\|/g, "\\|")} |`);
  md.push("");
  list.forEach((b, i) => {
    const m = b.min ?? { want: b.smallest.want, got: b.smallest.got };
    const input = b.minimized ?? b.smallest.input;
    md.push(`## ${i + 1}. ${b.sig}`, ``,
      `- tier: ${TIER_NAME[b.tier]}; count ${b.count}; first input #${b.first}; smallest input #${b.smallest.index} (${b.smallest.input.length} bytes)`,
      `- minimized (${input.length} bytes): \`${jsLiteral(input)}\``,
      `- CPython: ${resultStr(m.want)}`,
      `- tspy:    ${resultStr(m.got)}`);
    if (m.want?.ok && m.got?.ok && m.want.dump) md.push("", "```", differenceWindow(m.want.dump, m.got.dump, 100, { expected: "CPython", actual: "tspy" }), "```");
    if (b.variants?.length) md.push(`- other minimized members: ${b.variants.map((v) => `\`${v}\``).join(", ")}`);
    md.push(`- original: \`${jsLiteral(b.smallest.input).slice(0, 600)}\``, "");
  });
  writeFileSync(opts.out, md.join("\n"));
  writeFileSync(opts.out.replace(/\.md$/, "") + ".json", JSON.stringify(list.map((b) => ({
    sig: b.sig, tier: TIER_NAME[b.tier], count: b.count, first: b.first, smallestIndex: b.smallest.index,
    minimized: b.minimized ? jsLiteral(b.minimized) : null, variants: b.variants ?? [],
    want: b.min ? resultStr(b.min.want) : resultStr(b.smallest.want), got: b.min ? resultStr(b.min.got) : resultStr(b.smallest.got),
  })), null, 1));

  // ---- summary
  console.log(`\n${list.length} buckets (report: ${opts.out})`);
  list.slice(0, 40).forEach((b, i) => {
    const m = b.min ?? { want: b.smallest.want, got: b.smallest.got };
    console.log(`${String(i + 1).padStart(2)}. [${b.count}] ${b.sig}\n    ${jsLiteral(b.minimized ?? b.smallest.input)}\n    want ${resultStr(m.want)}\n    got  ${resultStr(m.got)}`);
  });
}

if (process.argv.includes("--oracle-child")) await oracleChild();
else await main();
