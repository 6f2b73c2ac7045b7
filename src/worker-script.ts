// Which file a worker thread starts from: scripts/bundle.mjs (run by `npm run build` after tsc)
// bundles the worker entry points into one module each, which loads ~250 ms sooner than the ~200
// modules it holds. The bundle is used when it is at least as new as the module it was made from;
// after a bare `tsc` (a stale or missing bundle) the module itself runs.
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** `url` is the unbundled entry (…/worker.js); its bundle is …/worker.bundle.js beside it. */
export function workerScript(url: URL): string {
  const plain = fileURLToPath(url);
  const bundle = plain.replace(/\.js$/, ".bundle.js");
  try {
    if (statSync(bundle).mtimeMs >= statSync(plain).mtimeMs) return bundle;
  } catch {
    // no bundle (or, run from the TypeScript sources, no .js at all): the module itself
  }
  return plain;
}
