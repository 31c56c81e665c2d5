#!/usr/bin/env bash
# Installs the Cucumber language server (the one the VS Code Cucumber extension runs) from npm into
# netspec's cache folder, once; ci/check-editor.sh drives it to check that every phrase resolves.
# --print-dir: print the install folder on standard output (the install's own output goes to stderr).
# Without node and npm it says why and exits 0: the editor check is then skipped, not failed.
set -euo pipefail
VERSION="1.7.0"
CACHE="${NETSPEC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netspec}"
DEST="$CACHE/cucumber-language-server-$VERSION"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "netspec: node and npm are not on PATH; the editor check (Cucumber language server) is skipped. Install Node.js 18 or newer to run it." >&2
  exit 0
fi
installed() { [ -f "$DEST/node_modules/@cucumber/language-server/package.json" ]; }
if ! installed; then
  # Into a folder of this build's own, then one rename: a second build installing at the same time (two clones
  # on one machine) never writes into the same folder, and the first to finish keeps its install.
  mkdir -p "$CACHE"
  work=$(mktemp -d "$CACHE/.language-server-XXXXXX")
  trap 'rm -rf "$work"' EXIT
  echo "netspec: installing @cucumber/language-server@$VERSION into $DEST" >&2
  npm install --silent --no-audit --no-fund --prefix "$work" "@cucumber/language-server@$VERSION" >&2
  if ! mv -T "$work" "$DEST" 2>/dev/null && ! installed; then
    rm -rf "$DEST"
    mv -T "$work" "$DEST"
  fi
fi
if [ "${1:-}" = "--print-dir" ]; then
  echo "$DEST"
fi
