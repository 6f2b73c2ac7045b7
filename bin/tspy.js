#!/usr/bin/env node
// tspy command-line entry: the compiled CLI lives in dist/ (built by `npm ci` via the prepare script).
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const cli = new URL("../dist/cli.js", import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  process.stderr.write("tspy: dist/ is missing; run `npm run build` (or `npm ci`) first\n");
  process.exit(2);
}
const { main } = await import(cli.href);
process.exitCode = await main(process.argv.slice(2));
