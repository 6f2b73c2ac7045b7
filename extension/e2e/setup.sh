#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs, all of it here and nothing by hand:
#  - Debian packages: chromium (the headless browser playwright-core drives), libkrb5-dev (code-server's
#    'kerberos' native module builds against it), ripgrep (VS Code's search wants an rg binary, which
#    @vscode/ripgrep would otherwise download from GitHub at install time);
#  - code-server (VS Code in a browser) and playwright-core, from this folder's package-lock.json into
#    this folder's node_modules (never the root package.json's).
# Idempotent and quick when everything is already there (a stamp records the lockfile it installed).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here"

# ---- Debian packages -------------------------------------------------------------------------
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
dpkg -s libkrb5-dev >/dev/null 2>&1 || missing+=(libkrb5-dev)
for tool in make g++ python3; do command -v "$tool" >/dev/null 2>&1 || missing+=(build-essential python3); done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup.sh: need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  echo "setup.sh: apt-get install ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# ---- code-server + playwright-core -----------------------------------------------------------
stamp="node_modules/.tspy-e2e-stamp"
want="$(sha256sum package-lock.json | cut -d' ' -f1) $(node --version)"
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -x node_modules/.bin/code-server ]; then
  echo "setup.sh: code-server and playwright-core already installed"
  exit 0
fi

# @vscode/ripgrep's postinstall downloads rg from GitHub unless its cache (under os.tmpdir()) already
# holds the release asset: seed that cache with Debian's rg, packed the way the asset is.
# The versions are the ones code-server 4.100.3's lib/vscode/npm-shrinkwrap.json pins.
export TMPDIR="$here/.tmp"
mkdir -p "$TMPDIR"
case "$(uname -m)" in
  x86_64) rg_target=x86_64-unknown-linux-musl ;;
  aarch64) rg_target=aarch64-unknown-linux-musl ;;
  *) echo "setup.sh: no ripgrep seed for $(uname -m)" >&2; exit 1 ;;
esac
for rg_pkg in 1.15.11; do
  cache="$TMPDIR/vscode-ripgrep-cache-$rg_pkg"
  mkdir -p "$cache/stage"
  cp "$(command -v rg)" "$cache/stage/rg"
  tar -czf "$cache/ripgrep-v13.0.0-10-$rg_target.tar.gz" -C "$cache/stage" rg
done

# code-server's postinstall refuses to run as root without unsafe-perm, builds native modules with
# node-gyp (the headers of the running node: no download), and runs npm without prompts.
export npm_config_unsafe_perm=true
export npm_config_yes=true
export npm_config_nodedir="$(dirname "$(dirname "$(readlink -f "$(command -v node)")")")"
export npm_config_audit=false
export npm_config_fund=false
export npm_config_update_notifier=false
# npm 11 runs a dependency's install scripts only where package.json's allowScripts allows them.
# This package.json allows code-server's and argon2's; code-server's postinstall then runs
# `npm install` in its lib/vscode and lib/vscode/extensions, whose native modules (and rg) need theirs:
# so install without scripts first, allow those by name in the two package.json files, then rebuild.
echo "setup.sh: npm ci (code-server 4.100.3 then builds its native modules: a few minutes)"
npm ci --ignore-scripts
node - <<'JS'
const fs = require("node:fs");
const allow = (file, names) => {
  const p = JSON.parse(fs.readFileSync(file, "utf8"));
  p.allowScripts = Object.fromEntries(names.map((n) => [n, true]));
  fs.writeFileSync(file, JSON.stringify(p, null, 2) + "\n");
};
const cs = "node_modules/code-server/lib/vscode";
allow(`${cs}/package.json`, ["@parcel/watcher", "@vscode/deviceid", "@vscode/ripgrep", "@vscode/spdlog", "kerberos", "native-watchdog", "node-pty"]);
allow(`${cs}/extensions/package.json`, ["@parcel/watcher", "esbuild"]);
JS
npm rebuild
test -x node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg
echo "$want" > "$stamp"
echo "setup.sh: done"
