// Dev helper: compare tspy's ast dump with CPython's for snippets given as arguments (or files with -f).
import { loadPyodide } from "pyodide";
import { readFileSync } from "node:fs";
const { parse, dump, PySyntaxError } = await import("../dist/interp/parse/index.js");
let args = process.argv.slice(2);
const files = args[0] === "-f";
if (files) args = args.slice(1);
const srcs = args.map((a) => (files ? readFileSync(a, "utf8") : a));
const py = await loadPyodide();
py.globals.set("SRCS", srcs);
const out = py.runPython(`
import ast, json
res = []
for s in SRCS:
    try:
        res.append(ast.dump(ast.parse(s), include_attributes=True))
    except SyntaxError as e:
        res.append(f"{type(e).__name__}: {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}")
json.dumps(res)
`);
const want = JSON.parse(out);
let bad = 0;
srcs.forEach((s, i) => {
  let got;
  try { got = dump(parse(s, "<unknown>"), { includeAttributes: true }); }
  catch (e) { got = e instanceof PySyntaxError ? `${e.kind}: ${e.msg} ${e.lineno} ${e.offset} ${e.end_lineno} ${e.end_offset}` : "JS ERROR " + (e.stack ?? e); }
  if (got === want[i]) { console.log("ok  ", JSON.stringify(s.slice(0, 60))); return; }
  bad++;
  let k = 0; while (k < got.length && got[k] === want[i][k]) k++;
  console.log("FAIL", JSON.stringify(s.slice(0, 80)));
  console.log("  want:", want[i].slice(Math.max(0, k - 80), k + 120));
  console.log("  got :", got.slice(Math.max(0, k - 80), k + 120));
});
process.exit(bad ? 1 : 0);
