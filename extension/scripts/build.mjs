// Bundles the extension with esbuild: dist/extension.js (the extension host entry, with the DAP
// session inline), dist/worker.js (the debuggee worker thread: the whole interpreter) and
// dist/adapter.js (the adapter as a stdio process). CommonJS for Node 20 / the extension host; the
// adapter sources come straight from ../src (TypeScript), their npm dependencies from the root
// checkout's node_modules; dist/python_stdlib.zip is CPython's Lib from the pyodide package.
// --production minifies.
import { build } from "esbuild";
import { copyFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const production = process.argv.includes("--production");
rmSync(join(root, "dist"), { recursive: true, force: true });
const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: {
    extension: "src/extension.ts",
    adapter: "src/adapter.ts",
    worker: "../src/adapter/worker.ts",
  },
  outdir: "dist",
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  external: ["vscode"],
  sourcemap: production ? false : "linked",
  minify: production,
  keepNames: true,
  logLevel: "warning",
  // host.ts finds its worker with import.meta.url only when no workerPath is given: the bundles give one
  logOverride: { "empty-import-meta": "silent" },
});
// CPython's Lib for `import` in the debuggee (host-node.ts defaultStdlib reads $TSPY_STDLIB_ZIP)
copyFileSync(createRequire(join(root, "..", "package.json")).resolve("pyodide/python_stdlib.zip"), join(root, "dist", "python_stdlib.zip"));
console.log(`extension: bundled dist/extension.js, dist/worker.js, dist/adapter.js in ${Date.now() - started} ms`);
