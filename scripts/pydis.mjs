// Dev helper: print CPython 3.14's (pyodide) `dis.dis` of the code given as argument (or -f file).
import { loadPyodide } from "pyodide";
import { readFileSync } from "node:fs";
let args = process.argv.slice(2);
const src = args[0] === "-f" ? readFileSync(args[1], "utf8") : args[0];
const py = await loadPyodide();
py.globals.set("SRC", src);
py.runPython(`
import dis, sys, io
c = compile(SRC, "<dis>", "exec")
dis.dis(c, show_caches=False)
`);
