// Dev helper: tspy's compiler vs CPython 3.14's, through the disassembler. For each snippet (the
// built-in list, or the files given as arguments) print MATCH, or the unified diff of CPython's
// `dis.dis` text (---) and tspy's (+++), code object addresses normalized; then a summary with the
// first differing line of each mismatch. Needs `npx tsc -p .` first (imports ../dist).
//   node scripts/dis-compare.mjs [-q] [--full] [FILE...]
//     -q: summary only; --full: also emit what the VM cannot run yet (slice/frozenset constants,
//     LOAD_SUPER_ATTR, inlined all()/any()/tuple() over a generator), as CPython does.
import { loadPyodide } from "pyodide";
import { readFileSync } from "node:fs";

const { parse, PySyntaxError } = await import("../dist/interp/parse/index.js");
const { compileModule } = await import("../dist/interp/compile/codegen.js");
const { disassemble } = await import("../dist/interp/compile/dis.js");
const { reprExtraConst } = await import("../dist/interp/compile/consts.js");

const { SNIPPETS } = await import("./dis-snippets.mjs");

let args = process.argv.slice(2);
const quiet = args.includes("-q");
const full = args.includes("--full");
args = args.filter((a) => a !== "-q" && a !== "--full");
const compileOpts = full ? { sliceAndFrozensetConsts: true, loadSuperAttr: true, builtinGenexpCalls: true, allConstructs: true } : {};
const cases = args.length ? args.map((f) => [f, readFileSync(f, "utf8")]) : SNIPPETS;

const py = await loadPyodide();
py.globals.set("CASES", cases.map(([, src]) => src));
const want = JSON.parse(py.runPython(`
import dis, io, json
out = []
for src in CASES:
    buf = io.StringIO()
    dis.dis(compile(src, "snippet.py", "exec"), file=buf)
    out.append(buf.getvalue())
json.dumps(out)
`));

const normalize = (s) => s.replace(/0x[0-9a-f]+/g, "0x?");

// Lines are compared with runs of blanks collapsed: the width of the line-number column follows from
// the largest line number and from whether some instruction has none ("--"), so one such
// difference would otherwise mark every line as changed and hide the real divergence.
const key = (line) => (line ?? "").replace(/\s+/g, " ").trim();

/** Unified diff of two line arrays (LCS; the texts are small), blank-insensitive (see key). */
function unifiedDiff(a, b, context = 3) {
  const n = a.length, m = b.length;
  const ka = a.map(key), kb = b.map(key);
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) {
    lcs[i][j] = ka[i] === kb[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  }
  const ops = []; // [kind, line, aIndex, bIndex]
  let i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && ka[i] === kb[j]) ops.push([" ", b[j], i++, j++]);
    else if (i < n && (j === m || lcs[i + 1][j] >= lcs[i][j + 1])) ops.push(["-", a[i], i++, j]);
    else ops.push(["+", b[j], i, j++]);
  }
  const out = [];
  let k = 0;
  while (k < ops.length) {
    if (ops[k][0] === " ") { k++; continue; }
    let start = Math.max(0, k - context), end = k;
    // extend the hunk while changes are within 2*context lines of each other
    for (;;) {
      while (end < ops.length && ops[end][0] !== " ") end++;
      let next = end;
      while (next < ops.length && ops[next][0] === " " && next - end < 2 * context) next++;
      if (next < ops.length && ops[next][0] !== " ") end = next;
      else { end = Math.min(ops.length, end + context); break; }
    }
    const hunk = ops.slice(start, end);
    const aLen = hunk.filter((o) => o[0] !== "+").length, bLen = hunk.filter((o) => o[0] !== "-").length;
    out.push(`@@ -${hunk[0][2] + 1},${aLen} +${hunk[0][3] + 1},${bLen} @@`);
    for (const [kind, line] of hunk) out.push(kind + line);
    k = end;
  }
  return out.join("\n");
}

/** The first line that differs other than in blanks (or, failing that, in blanks). */
function firstDifference(a, b) {
  for (const eq of [(x, y) => key(x) === key(y), (x, y) => x === y]) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if (!eq(a[i], b[i])) return { line: i + 1, cpython: a[i], tspy: b[i] };
    }
  }
  return null;
}

let matches = 0;
const summary = [];
cases.forEach(([name, src], i) => {
  let got;
  try {
    got = disassemble(compileModule(parse(src, "snippet.py", "exec"), { filename: "snippet.py", source: src, ...compileOpts }),
      { constRepr: reprExtraConst });
  } catch (e) {
    got = e instanceof PySyntaxError ? `SyntaxError: ${e.msg}\n` : `${e?.constructor?.name ?? "Error"}: ${e?.message ?? e}\n`;
  }
  const a = normalize(want[i]).split("\n"), b = normalize(got).split("\n");
  if (a.join("\n") === b.join("\n")) {
    matches++;
    if (!quiet) console.log(`MATCH ${name}`);
    return;
  }
  const d = firstDifference(a, b);
  summary.push(`${name}: line ${d.line}\n    CPython: ${JSON.stringify(d.cpython ?? "<end>")}\n    tspy:    ${JSON.stringify(d.tspy ?? "<end>")}`);
  if (!quiet) {
    console.log(`DIFF  ${name}  ${JSON.stringify(src)}`);
    console.log("--- CPython\n+++ tspy");
    console.log(unifiedDiff(a, b));
  }
});
console.log(`\n${matches}/${cases.length} snippets disassemble identically`);
if (summary.length) console.log("first differing line of each mismatch:\n  " + summary.join("\n  "));
