#!/usr/bin/env bash
# Installs the Cucumber language server (the one the VS Code Cucumber extension runs) from npm into
# netspec's cache folder, once; ci/check-editor.sh drives it to check that every phrase resolves.
# Without node and npm it prints why and exits 0: the editor check is then skipped, not failed.
set -euo pipefail
VERSION="1.7.0"
CACHE="${NETSPEC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netspec}"
DEST="$CACHE/cucumber-language-server-$VERSION"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "netspec: node and npm are not on PATH; the editor check (Cucumber language server) is skipped. Install Node.js 18 or newer to run it."
  exit 0
fi
if [ -x "$DEST/node_modules/.bin/cucumber-language-server" ]; then
  exit 0
fi
mkdir -p "$DEST"
echo "netspec: installing @cucumber/language-server@$VERSION into $DEST"
npm install --silent --no-audit --no-fund --prefix "$DEST" "@cucumber/language-server@$VERSION" >&2
