#!/usr/bin/env node
// CPU profile of tspy running bench programs in-process (after `npm run build`):
//
//   node bench/profile.js [--top=N] PROGRAM...       e.g. node bench/profile.js nbody raytracer
//
// For each program, runs a child `node --cpu-prof bench/profile.js --child FILE` that runs the
// program once in-process (Interpreter.runMain, as bench/run.js times it), then prints self time
// by function (source-mapped to src/*.ts through dist's .js.map files) and by source file.
// Percentages are of the whole child process's samples (startup, parse and compile included:
// small next to a multi-second run).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync, existsSync } from "node:fs";
import { SourceMap } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { programFiles, runTspy } from "./programs.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const args = process.argv.slice(2);

if (args[0] === "--child") {
  const r = await runTspy(args[1]);
  if (r.exitCode !== 0) process.stderr.write(r.err);
  process.stdout.write(`${(r.ms / 1000).toFixed(3)}\n`);
  process.exit(r.exitCode);
}

const top = Number(args.find((a) => a.startsWith("--top="))?.slice(6) ?? 25);
const names = args.filter((a) => !a.startsWith("--"));
if (!names.length) {
  console.error("usage: node bench/profile.js [--top=N] PROGRAM...   (names of bench/programs/*.py)");
  process.exit(2);
}

const maps = new Map();
function sourceMapFor(url) {
  if (!maps.has(url)) {
    let map = null;
    try {
      const file = fileURLToPath(url);
      if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
    } catch { /* not a file: URL, or no map */ }
    maps.set(url, map);
  }
  return maps.get(url);
}

/** "name (src/file.ts:line)" for a profile call frame. */
function location(cf) {
  const name = cf.functionName || "(anonymous)";
  if (!cf.url) return { name, file: cf.functionName.startsWith("(") ? cf.functionName : "(native)", where: "" };
  let file = cf.url.startsWith("file:") ? relative(ROOT, fileURLToPath(cf.url)) : cf.url;
  let line = cf.lineNumber + 1;
  const map = sourceMapFor(cf.url);
  if (map) {
    const e = map.findEntry(cf.lineNumber, cf.columnNumber);
    if (e && e.originalSource) {
      const src = e.originalSource.startsWith("file:") ? fileURLToPath(e.originalSource)
        : resolve(dirname(fileURLToPath(cf.url)), e.originalSource);
      file = relative(ROOT, src);
      line = e.originalLine + 1;
    }
  }
  return { name, file, where: `${file}:${line}` };
}

function summarize(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map(); // node id -> microseconds
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i] ?? 0;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
    total += dt;
  }
  const byFn = new Map(), byFile = new Map(), byLine = new Map();
  let lineTicks = 0;
  for (const [id, us] of self) {
    const node = byId.get(id);
    const loc = location(node.callFrame);
    const key = `${loc.name}  ${loc.where}`.trim();
    byFn.set(key, (byFn.get(key) ?? 0) + us);
    byFile.set(loc.file, (byFile.get(loc.file) ?? 0) + us);
    for (const { line, ticks } of node.positionTicks ?? []) {
      const where = sourceLine(node.callFrame.url, line);
      byLine.set(where, (byLine.get(where) ?? 0) + ticks);
      lineTicks += ticks;
    }
  }
  const sorted = (m) => [...m].sort((a, b) => b[1] - a[1]);
  return { total, byFn: sorted(byFn), byFile: sorted(byFile), byLine: sorted(byLine), lineTicks };
}

/** "src/file.ts:line  <text>" for a 1-based line of a generated file (the line's last mapping). */
function sourceLine(url, line) {
  const map = url ? sourceMapFor(url) : null;
  const e = map?.findEntry(line - 1, 1 << 20);
  if (!e?.originalSource) return `${url}:${line}`;
  const src = e.originalSource.startsWith("file:") ? fileURLToPath(e.originalSource)
    : resolve(dirname(fileURLToPath(url)), e.originalSource);
  let text = "";
  try { text = readFileSync(src, "utf8").split("\n")[e.originalLine]?.trim().slice(0, 100) ?? ""; } catch { /* no source */ }
  return `${relative(ROOT, src)}:${e.originalLine + 1}  ${text}`;
}

const pct = (us, total) => `${((100 * us) / total).toFixed(1).padStart(5)}%`;
for (const file of programFiles(names)) {
  const dir = mkdtempSync(join(tmpdir(), "tspy-prof-"));
  try {
    const secs = execFileSync(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${dir}`, fileURLToPath(import.meta.url), "--child", file],
      { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
    const prof = readdirSync(dir).find((f) => f.endsWith(".cpuprofile"));
    const { total, byFn, byFile, byLine, lineTicks } = summarize(JSON.parse(readFileSync(join(dir, prof), "utf8")));
    console.log(`\n== ${relative(ROOT, file)}: run ${secs} s, ${(total / 1e6).toFixed(2)} s sampled (whole process)`);
    console.log("self time by function:");
    for (const [k, us] of byFn.slice(0, top)) console.log(`  ${pct(us, total)}  ${k}`);
    console.log("self time by file:");
    for (const [k, us] of byFile.slice(0, 12)) console.log(`  ${pct(us, total)}  ${k}`);
    console.log("hottest source lines (share of line-attributed samples):");
    for (const [k, n] of byLine.slice(0, top)) console.log(`  ${pct(n, lineTicks)}  ${k}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
