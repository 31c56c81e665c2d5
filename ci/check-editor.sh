#!/usr/bin/env bash
# The editor check: the real Cucumber language server (what the VS Code Cucumber extension runs), set
# up with a project's .vscode/settings.json, must understand every phrase of docs/steps.md and every
# step of the project's feature files (none undefined).
#   bash ci/check-editor.sh                          netspec itself (run by `mvn verify`, test phase)
#   bash ci/check-editor.sh examples/hello-netspec   a project that depends on netspec: its glue is
#       netspec's step sources, unpacked from the installed sources jar into target/netspec-glue by its
#       build (run by ci/check-example.sh right after it built the example)
# Installs the server from npm once (ci/install-language-server.sh). Skipped with the reason, never
# failed, without node and npm, with a node older than 18, or (for a dependent project) while the
# unpacked step sources are missing because netspec is not installed or the project was not built; where
# netspec.require (NETSPEC_REQUIRE) names "editor", such a skip fails instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/require.sh
project="${1:-.}"
label="${1:-netspec}"
if [ ! -f "$project/.vscode/settings.json" ]; then
  echo "[netspec] editor check: $project/.vscode/settings.json does not exist (expected the project's Cucumber settings)" >&2
  exit 2
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  netspec_skip editor "editor check of $label SKIPPED: node and npm are not on PATH (install Node.js 18 or newer to check $project/.vscode/settings.json against the Cucumber language server)"
  exit $?
fi
major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$major" -lt 18 ]; then
  netspec_skip editor "editor check of $label SKIPPED: node $(node --version) is older than 18, which the language server needs"
  exit $?
fi
if [ "$project" != "." ] && [ -z "$(find "$project/target/netspec-glue" -name '*.java' -print -quit 2>/dev/null)" ]; then
  netspec_skip editor "editor check of $label SKIPPED: $project/target/netspec-glue holds no step sources; they are unpacked there from the installed netspec sources jar by the project's build (mvn -B install -DskipTests in netspec, then mvn -B -f $project/pom.xml generate-test-sources)"
  exit $?
fi
dir="$(bash ci/install-language-server.sh --print-dir)"
NETSPEC_EDITOR_CHECK_MILLIS="${NETSPEC_EDITOR_CHECK_MILLIS:-120000}" node ci/check-editor.mjs "$dir" "$project"
