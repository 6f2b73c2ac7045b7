#!/usr/bin/env node
// Long parser fuzzing campaign (`npm run fuzz`): by default 1,000,000 inputs from test/fuzz/mutate.js
// over the built parser (dist/), spread over worker threads. Every input must parse or raise
// PySyntaxError. Failing inputs (the first few of each kind) are saved, with a minimized copy and
// the error, under .cache/fuzz-failures/; the exit status is 1 if there was any.
//
//   node test/fuzz/campaign.js [--count N] [--seed S] [--start I] [--jobs J]
//
// Input i of seed S is reproducible on its own: fuzzInput(seedTexts(stdlibPyFiles().files), S, i).
import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { stdlibPyFiles } from "../support/stdlib.js";
import { checkInput, fuzzInput, minimizeFailure, seedTexts, showInput } from "./mutate.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const FAILURE_DIR = join(ROOT, ".cache", "fuzz-failures");
const SAVED_PER_KIND = 3; // per worker
const PROGRESS_EVERY = 2000; // inputs between worker progress messages

function parseArgs(argv) {
  const opts = { count: 1_000_000, seed: Date.now() % 1_000_000_007, start: 0, jobs: Math.max(1, availableParallelism()) };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i].replace(/^--/, "");
    if (!(key in opts) || i + 1 >= argv.length) {
      console.error("usage: node test/fuzz/campaign.js [--count N] [--seed S] [--start I] [--jobs J]");
      process.exit(2);
    }
    opts[key] = Number(argv[++i]);
  }
  return opts;
}

async function worker() {
  const { seed, start, count, jobs, k } = workerData;
  const { parse, PySyntaxError } = await import("../../dist/interp/parse/index.js");
  const seeds = seedTexts(stdlibPyFiles().files);
  const savedPerKind = new Map();
  let stats = { done: 0, parsed: 0, syntax: 0, failed: 0 };
  for (let i = start + k; i < start + count; i += jobs) {
    const input = fuzzInput(seeds, seed, i);
    const outcome = checkInput(parse, PySyntaxError, input);
    stats.done++;
    if (outcome.kind === "parsed") stats.parsed++;
    else if (outcome.kind === "syntax-error") stats.syntax++;
    else {
      stats.failed++;
      const n = savedPerKind.get(outcome.signature) ?? 0;
      savedPerKind.set(outcome.signature, n + 1);
      if (n < SAVED_PER_KIND) {
        const minimized = minimizeFailure(parse, PySyntaxError, input, outcome.signature, 3000);
        parentPort.postMessage({ type: "failure", index: i, signature: outcome.signature, detail: outcome.detail, input, minimized });
      }
    }
    if (stats.done % PROGRESS_EVERY === 0) {
      parentPort.postMessage({ type: "progress", stats });
      stats = { done: 0, parsed: 0, syntax: 0, failed: 0 };
    }
  }
  parentPort.postMessage({ type: "progress", stats });
}

function formatDuration(secs) {
  if (!Number.isFinite(secs)) return "?";
  const s = Math.round(secs), m = Math.floor(s / 60);
  return m ? `${m}m${String(s % 60).padStart(2, "0")}s` : `${s}s`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const jobs = Math.min(opts.jobs, opts.count) || 1;
  console.log(`fuzz campaign: ${opts.count.toLocaleString("en-US")} inputs from #${opts.start}, seed ${opts.seed}, ${jobs} worker(s)`);
  const total = { done: 0, parsed: 0, syntax: 0, failed: 0 };
  const kinds = new Map(); // signature -> saved file names
  const t0 = performance.now();
  let lastReport = 0;
  const report = (final = false) => {
    const secs = (performance.now() - t0) / 1000;
    const rate = total.done / Math.max(secs, 1e-9);
    const pct = ((100 * total.done) / opts.count).toFixed(1);
    console.log(
      `${final ? "done" : "    "} ${total.done.toLocaleString("en-US").padStart(9)}/${opts.count.toLocaleString("en-US")} (${pct}%) ` +
        `${Math.round(rate).toLocaleString("en-US")}/s  parsed ${total.parsed}  SyntaxError ${total.syntax}  ` +
        `failed ${total.failed} (${kinds.size} kinds)  ${final ? `in ${formatDuration(secs)}` : `ETA ${formatDuration((opts.count - total.done) / rate)}`}`,
    );
  };

  await Promise.all(Array.from({ length: jobs }, (_, k) => new Promise((resolve, reject) => {
    const w = new Worker(fileURLToPath(import.meta.url), { workerData: { ...opts, jobs, k } });
    w.on("message", (m) => {
      if (m.type === "progress") {
        for (const key of Object.keys(total)) total[key] += m.stats[key];
        if (performance.now() - lastReport > 10_000) {
          lastReport = performance.now();
          report();
        }
      } else if (m.type === "failure") {
        mkdirSync(FAILURE_DIR, { recursive: true });
        const base = join(FAILURE_DIR, `seed${opts.seed}-input${m.index}`);
        writeFileSync(`${base}.py`, m.input);
        writeFileSync(`${base}.min.py`, m.minimized);
        writeFileSync(`${base}.txt`, `seed ${opts.seed} input ${m.index}\n${m.detail}\n\noriginal  ${showInput(m.input)}\nminimized ${showInput(m.minimized)}\n`);
        if (!kinds.has(m.signature)) {
          kinds.set(m.signature, base);
          console.log(`FAIL input #${m.index}: ${m.detail}\n     minimized ${showInput(m.minimized)}\n     saved ${base}.{py,min.py,txt}`);
        }
      }
    });
    w.on("error", reject);
    w.on("exit", (code) => (code === 0 ? resolve(undefined) : reject(new Error(`worker ${k} exited with ${code}`))));
  })));

  report(true);
  if (total.failed) {
    console.log(`${total.failed} failing inputs of ${kinds.size} kind(s); see ${FAILURE_DIR}`);
    process.exitCode = 1;
  }
}

if (isMainThread) await main();
else await worker();
