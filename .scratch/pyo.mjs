import { loadPyodide } from "pyodide";
const py = await loadPyodide();
console.log(py.runPython(`
import sys, collections, re, os
repr((sys.path, collections.__file__, collections.__spec__, re.__spec__.origin, os.getcwd(), sys.platform, sys.implementation, sys.flags, collections.__loader__, sys.meta_path, sys.path_hooks))
`));
