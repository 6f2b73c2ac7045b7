// Dev helper: run a Python file under CPython 3.14 (pyodide) as `python FILE` would, for comparing
// with `tspy run FILE`. Usage: node scripts/pyrun.mjs FILE [ARGS]
import { loadPyodide } from "pyodide";
import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
const file = resolve(process.argv[2]);
const py = await loadPyodide();
py.FS.mkdirTree(dirname(file));
py.FS.writeFile(file, readFileSync(file));
py.setStdout({ write: (b) => { process.stdout.write(b); return b.length; } });
py.setStderr({ write: (b) => { process.stderr.write(b); return b.length; } });
py.runPython(readFileSync(new URL("./pyrun.py", import.meta.url), "utf8"));
py.globals.set("FILE", file);
py.globals.set("ARGV", process.argv.slice(3));
process.exitCode = py.runPython("run(FILE, ARGV)");
