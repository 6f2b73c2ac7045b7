// Dev helper: tspy's compiler vs CPython 3.14's over pyodide's stdlib, code object by code object (dis text,
// addresses normalized), with the full CPython shapes (slice/frozenset constants, LOAD_SUPER_ATTR, ...).
// Prints the share of identical code objects, compile errors and the most common first differences.
//   node scripts/dis-stdlib.mjs [-v] [NAME-SUBSTRING...]   (needs `npx tsc -p .`; CPython side cached in .cache/)
import { loadPyodide } from "pyodide";
import { readFileSync, existsSync, writeFileSync, mkdirSync } from "node:fs";
const { stdlibPyFiles } = await import("../test/support/stdlib.js");
const { parse } = await import("../dist/interp/parse/index.js");
const { compileModule } = await import("../dist/interp/compile/codegen.js");
const { disassemble } = await import("../dist/interp/compile/dis.js");
const { reprExtraConst } = await import("../dist/interp/compile/consts.js");
const args = process.argv.slice(2);
const verbose = args.includes("-v");
const filter = args.filter((a) => !a.startsWith("-"));

const dec = new TextDecoder();
const SOURCES = new Map(stdlibPyFiles().files.map((f) => [f.name, dec.decode(f.data)]));
let files = [...SOURCES.keys()];
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
mkdirSync(".cache", { recursive: true });
const cachePath = ".cache/dis-stdlib.json";
const cache = existsSync(cachePath) ? JSON.parse(readFileSync(cachePath, "utf8")) : {};
const need = files.filter((f) => !(f in cache));
if (need.length) {
  const py = await loadPyodide();
  py.globals.set("FILES", need.map((f) => [f, SOURCES.get(f)]));
  const res = JSON.parse(py.runPython(`
import dis, io, json, warnings
warnings.simplefilter("ignore")
out = {}
for name, src in FILES:
    try:
        c = compile(src, name, "exec")
    except Exception as e:
        out[name] = None
        continue
    buf = io.StringIO()
    dis.dis(c, file=buf)
    out[name] = buf.getvalue()
json.dumps(out)
`));
  Object.assign(cache, res);
  writeFileSync(cachePath, JSON.stringify(cache));
}
const norm = (s) => s.replace(/0x[0-9a-f]+/g, "0x?");
function sections(text) {
  const parts = text.split(/\n(?=Disassembly of )/);
  return parts.map((p) => { const m = /^Disassembly of (<code object .*?>):/.exec(p); return [m ? m[1] : "<module>", p]; });
}
let total = 0, same = 0, errors = {}, firstDiffs = {};
const perFile = [];
for (const f of files) {
  const want = cache[f];
  if (want == null) continue;
  const src = SOURCES.get(f);
  let got;
  try {
    got = disassemble(compileModule(parse(src, f, "exec"), { filename: f, source: src, sliceAndFrozensetConsts: true, loadSuperAttr: true, builtinGenexpCalls: true, allConstructs: true }), { constRepr: reprExtraConst });
  } catch (e) {
    const k = String(e.message ?? e).replace(/\(line \d+\)/, "").slice(0, 80);
    errors[k] = (errors[k] ?? 0) + 1;
    continue;
  }
  const ws = sections(norm(want)), gs = sections(norm(got));
  const gmap = new Map(); for (const [k, v] of gs) { if (!gmap.has(k)) gmap.set(k, []); gmap.get(k).push(v); }
  let fs = 0;
  for (const [k, v] of ws) {
    total++;
    const g = gmap.get(k)?.shift();
    if (g === v) { same++; fs++; continue; }
    if (g === undefined) { firstDiffs["<missing code object>"] = (firstDiffs["<missing code object>"] ?? 0) + 1; continue; }
    const a = v.split("\n"), b = g.split("\n");
    let i = 0; while (i < a.length && a[i] === b[i]) i++;
    const key = (a[i] ?? "<end>").replace(/\s+/g, " ").replace(/\d+/g, "N").trim() + "  ||  " + (b[i] ?? "<end>").replace(/\s+/g, " ").replace(/\d+/g, "N").trim();
    firstDiffs[key] = firstDiffs[key] ?? [0, `${f} ${k}`]; firstDiffs[key][0]++;
    if (verbose) console.log(`--- ${f} ${k} line ${i}\n  C: ${a[i]}\n  T: ${b[i]}`);
  }
  perFile.push([f, fs, ws.length]);
}
console.log(`code objects: ${same}/${total} identical`);
console.log("compile errors:", errors);
const top = Object.entries(firstDiffs).sort((x, y) => (y[1][0] ?? y[1]) - (x[1][0] ?? x[1])).slice(0, 40);
for (const [k, v] of top) console.log(String(v[0] ?? v).padStart(5), k, "   e.g.", v[1] ?? "");
