// Dev helper: tspy's compiler vs CPython 3.14's, through the disassembler. For each snippet (the
// built-in list, or the files given as arguments) print MATCH, or the unified diff of CPython's
// `dis.dis` text (---) and tspy's (+++), code object addresses normalized; then a summary with the
// first differing line of each mismatch. Needs `npx tsc -p .` first (imports ../dist).
//   node scripts/dis-compare.mjs [-q] [FILE...]     (-q: summary only)
import { loadPyodide } from "pyodide";
import { readFileSync } from "node:fs";

const { parse, PySyntaxError } = await import("../dist/interp/parse/index.js");
const { compileModule } = await import("../dist/interp/compile/codegen.js");
const { disassemble } = await import("../dist/interp/compile/dis.js");

const SNIPPETS = [
  ["assign", "x = 1\ny = x\n"],
  ["assign-str-float-none", "a = 'hi'\nb = 2.5\nc = None\nd = True\n"],
  ["arith", "x = 2\ny = x * 3 + 4 - x // 2 % 5 ** 2\n"],
  ["unary-compare", "a = 1\nb = -a\nc = not a\nd = a < b\ne = a == b != 3\n"],
  ["augassign", "x = 1\nx += 2\nx *= 3\n"],
  ["tuple-unpack", "a, b = 1, 2\na, b = b, a\n"],
  ["list-dict", "l = [1, 2, 3]\nd = {'a': 1, 'b': l}\ns = l[0]\nl[1] = 5\n"],
  ["if", "x = 1\nif x:\n    y = 2\n"],
  ["if-else", "x = 1\nif x > 0:\n    y = 1\nelif x < 0:\n    y = -1\nelse:\n    y = 0\n"],
  ["bool-ops", "a = 1\nb = a and 2 or 3\n"],
  ["ternary", "a = 1\nb = 2 if a else 3\n"],
  ["while", "i = 0\nwhile i < 10:\n    i += 1\n"],
  ["while-break-continue", "i = 0\nwhile True:\n    i += 1\n    if i == 3:\n        continue\n    if i > 5:\n        break\n"],
  ["for", "for i in range(3):\n    print(i)\n"],
  ["for-else", "for i in [1, 2]:\n    if i:\n        break\nelse:\n    print('no')\n"],
  ["call", "print('hello', 1, sep='-')\n"],
  ["method-call", "s = 'a,b'\nparts = s.split(',')\n"],
  ["attr", "import os\np = os.path\n"],
  ["def", "def f(a, b):\n    return a + b\n"],
  ["def-defaults", "def f(a, b=2, *args, c=3, **kw):\n    return a\nf(1)\n"],
  ["def-call", "def f(x):\n    return x * 2\nprint(f(21))\n"],
  ["global-local", "g = 1\ndef f():\n    global g\n    x = g\n    g = x + 1\n"],
  ["closure", "def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n"],
  ["recursion", "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"],
  ["lambda", "f = lambda x: x + 1\n"],
  ["class", "class C:\n    x = 1\n    def m(self):\n        return self.x\n"],
  ["class-base", "class B:\n    pass\nclass C(B):\n    def __init__(self, v):\n        self.v = v\n"],
  ["try-except", "try:\n    x = 1\nexcept ValueError:\n    x = 2\n"],
  ["try-except-as", "try:\n    x = 1 / 0\nexcept ZeroDivisionError as e:\n    print(e)\n"],
  ["try-finally", "try:\n    x = 1\nfinally:\n    print('done')\n"],
  ["raise", "def f():\n    raise ValueError('bad')\n"],
  ["import", "import sys\nfrom os import path\n"],
  ["fstring", "x = 1\ns = f'{x} and {x!r:>4}'\n"],
  ["del-assert", "x = 1\nassert x, 'msg'\ndel x\n"],
];

let args = process.argv.slice(2);
const quiet = args[0] === "-q";
if (quiet) args = args.slice(1);
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
    got = disassemble(compileModule(parse(src, "snippet.py", "exec"), { filename: "snippet.py", source: src }));
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
