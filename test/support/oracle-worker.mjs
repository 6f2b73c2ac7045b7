// The oracle (oracle.ts) on a worker thread with a large stack, for programs whose recursion
// nests CPython's C stack (a recursive __init__, __repr__ or key function to the recursion
// limit): pyodide's C stack is the JS thread's, and overflowing it is a fatal pyodide error that
// would kill the test process. One batch per worker: workerData { oraclePy, kind, manifest, blob }.
import { parentPort, workerData } from "node:worker_threads";
import { loadPyodide } from "pyodide";

const { oraclePy, kind, manifest, blob } = workerData;
const py = await loadPyodide({ stdout: () => {}, stderr: () => {} });
py.FS.mkdirTree("/oracle");
py.FS.writeFile("/oracle/oracle.py", oraclePy);
py.runPython("import sys; sys.path.insert(0, '/oracle'); import oracle");
py.FS.writeFile("/oracle/manifest.json", JSON.stringify(manifest));
py.FS.writeFile("/oracle/blob.bin", blob);
py.runPython(`oracle.run_batch(${JSON.stringify(kind)}, '/oracle/manifest.json', '/oracle/blob.bin', '/oracle/out.json')`);
parentPort.postMessage(py.FS.readFile("/oracle/out.json", { encoding: "utf8" }));
