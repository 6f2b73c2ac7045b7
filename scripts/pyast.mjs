// Dev helper: print CPython 3.14's (pyodide) ast.dump(include_attributes=True) for each argument,
// or the SyntaxError fields. Usage: node scripts/pyast.mjs 'code' ['code' ...]
import { loadPyodide } from "pyodide";
const py = await loadPyodide();
py.globals.set("SRCS", process.argv.slice(2));
py.runPython(`
import ast
for s in SRCS:
    try:
        print(ast.dump(ast.parse(s), include_attributes=True))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
`);
