#!/usr/bin/env bash
# `npm run test:vscode` (from the repository root or extension/): the extension in a real VS Code.
#  1. extension/: npm ci (esbuild, @vscode/vsce), type-check, the unit test through the bundle, and
#     `npm run package` -> extension/tspy-debug.vsix
#  2. e2e/setup.sh: chromium, code-server and playwright-core (apt-get and npm, into extension/e2e)
#  3. e2e/run.mjs: code-server on 127.0.0.1 with the .vsix installed from file, driven by chromium;
#     screenshots in extension/e2e/screenshots/
# Needs the root checkout's `npm ci` first (the bundle takes the adapter's dependencies from it).
set -euo pipefail
ext="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ext"
t0=$SECONDS
stamp() { echo "test:vscode: $1 ($((SECONDS - t0))s)"; }
if [ ! -d ../node_modules/@vscode/debugadapter ] || [ ! -d ../node_modules/typescript ]; then
  echo "test:vscode: run npm ci at the repository root first" >&2
  exit 1
fi
npm ci --no-audit --no-fund
stamp "extension dependencies installed"
npm test
stamp "unit test passed"
npm run package
stamp "packaged tspy-debug.vsix"
bash e2e/setup.sh
stamp "code-server, playwright-core and chromium ready"
stamp "running the end-to-end test"
exec node e2e/run.mjs "$ext/tspy-debug.vsix"
