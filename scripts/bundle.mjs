// After tsc: bundle the two worker-thread entry points (the debuggee of `tspy dap`, the program
// thread of `tspy run`) into one ES module each, dist/adapter/worker.bundle.js and
// dist/cli-worker.bundle.js. A worker that imports ~200 modules spends ~250 ms resolving, reading and
// linking them before the program can start; one file loads in a fraction of that (`npm run bench`'s
// launch-to-first-stop). host.ts and cli.ts start the bundle when it is at least as new as the
// module it was made from, else the unbundled module (a `tsc` without this step).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");

// the compiler's stamp as host-codecache.ts computes it from dist/interp/{parse,compile}: the bundle
// has no such directories next to it, so it carries the stamp of the compiler it holds
const h = createHash("sha256");
for (const sub of ["parse", "compile"]) {
  const dir = join(dist, "interp", sub);
  for (const n of readdirSync(dir).filter((n) => n.endsWith(".js") || n.endsWith(".ts")).sort()) h.update(n).update(readFileSync(join(dir, n)));
}
const stamp = h.digest("hex");

const started = Date.now();
await build({
  absWorkingDir: root,
  entryPoints: { "adapter/worker.bundle": join(dist, "adapter/worker.js"), "cli-worker.bundle": join(dist, "cli-worker.js") },
  outdir: dist,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // npm packages bundled from CommonJS call require(): give the ES module one
  banner: { js: 'import { createRequire as __tspyRequire } from "node:module"; const require = __tspyRequire(import.meta.url);' },
  define: { __TSPY_COMPILER_STAMP__: JSON.stringify(stamp) },
  sourcemap: "linked",
  logLevel: "warning",
});
console.log(`bundled dist/adapter/worker.bundle.js and dist/cli-worker.bundle.js in ${Date.now() - started} ms`);
