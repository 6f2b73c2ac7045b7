// Native modules whose body is Python source held in tspy (compiled once per process, run once per
// interpreter): for small modules whose CPython C code is mostly bookkeeping, written in Python
// here rather than in TypeScript. The file name shown in tracebacks is "<frozen NAME>".
import { PyModule } from "../../objects/functions.js";
import { builtinsDict_, Frame, runFrame } from "../eval.js";
import { compileSource } from "../imports.js";

const encoded = new Map<string, Uint8Array>();

export function moduleFromSource(name: string, source: string): PyModule {
  const m = new PyModule(name);
  let bytes = encoded.get(name);
  if (!bytes) encoded.set(name, (bytes = new TextEncoder().encode(source)));
  const code = compileSource(bytes, `<frozen ${name}>`, new Map());
  const b = builtinsDict_();
  m.dict.set("__builtins__", b);
  runFrame(new Frame(code, m.dict, b, m.dict, null));
  return m;
}
