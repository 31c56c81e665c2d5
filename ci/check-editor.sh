#!/usr/bin/env bash
# The editor check: the real Cucumber language server (what the VS Code Cucumber extension runs), set
# up with .vscode/settings.json, must understand every phrase of docs/steps.md (none undefined).
# Installs the server from npm once (ci/install-language-server.sh); without node and npm, or with a
# node older than 18, it is skipped with the reason, never failed. Run by `mvn verify` (test phase).
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "[netspec] editor check SKIPPED: node and npm are not on PATH (install Node.js 18 or newer to check"
  echo "          .vscode/settings.json against the Cucumber language server)"
  exit 0
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 18 ]; then
  echo "[netspec] editor check SKIPPED: node $(node --version) is older than 18, which the language server needs"
  exit 0
fi
dir="$(bash ci/install-language-server.sh --print-dir)"
NETSPEC_EDITOR_CHECK_MILLIS="${NETSPEC_EDITOR_CHECK_MILLIS:-120000}" node ci/check-editor.mjs "$dir"
