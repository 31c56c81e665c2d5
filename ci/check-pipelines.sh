#!/usr/bin/env bash
# Checks the example pipelines with real validators, as `mvn verify` does (test phase):
#   - actionlint on ci/github-actions.yml (Go module github.com/rhysd/actionlint, built once with
#     `go install` into the netspec cache folder, like Toxiproxy);
#   - check-jsonschema (PyPI) with its built-in schemas: the GitHub workflow schema on ci/github-actions.yml,
#     the GitLab CI schema on ci/gitlab-ci.yml (installed once into a virtualenv of its own in the cache folder).
# Without Go, or without Python 3 and its venv module, that check is SKIPPED with the reason; where
# netspec.require (or NETSPEC_REQUIRE) names "pipelines", a skip fails instead.
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/require.sh
ACTIONLINT_VERSION="v1.7.12"
JSONSCHEMA_VERSION="0.39.0"
cache="${NETSPEC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netspec}"
status=0

actionlint="$cache/actionlint-$ACTIONLINT_VERSION/actionlint"
if [ ! -x "$actionlint" ] && command -v go >/dev/null 2>&1; then
  echo "[netspec] building actionlint $ACTIONLINT_VERSION with go install (once; cached in $cache)"
  mkdir -p "$cache"
  build="$(mktemp -d)"
  GOBIN="$build" GOFLAGS="${GOFLAGS:-} -mod=mod" go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION"
  mkdir -p "$(dirname "$actionlint")"
  mv "$build/actionlint" "$actionlint.tmp" && mv "$actionlint.tmp" "$actionlint"
  rm -rf "$build"
fi
if [ -x "$actionlint" ]; then
  "$actionlint" ci/github-actions.yml && echo "[netspec] actionlint $ACTIONLINT_VERSION: ci/github-actions.yml ok" || status=1
else
  netspec_skip pipelines "actionlint check of ci/github-actions.yml SKIPPED: no Go toolchain to build actionlint (install Go, https://go.dev/dl/)" || status=1
fi

venv="$cache/check-jsonschema-$JSONSCHEMA_VERSION"
# A virtualenv names its own folder in its scripts, so it is made where it stays; .installed marks it whole.
if [ ! -f "$venv/.installed" ] && command -v python3 >/dev/null 2>&1 && python3 -c 'import venv, ensurepip' 2>/dev/null; then
  echo "[netspec] installing check-jsonschema $JSONSCHEMA_VERSION from PyPI into $venv (once)"
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "check-jsonschema==$JSONSCHEMA_VERSION"
  touch "$venv/.installed"
fi
if [ -f "$venv/.installed" ]; then
  "$venv/bin/check-jsonschema" --builtin-schema vendor.github-workflows ci/github-actions.yml || status=1
  "$venv/bin/check-jsonschema" --builtin-schema vendor.gitlab-ci ci/gitlab-ci.yml || status=1
  [ $status -eq 0 ] && echo "[netspec] check-jsonschema $JSONSCHEMA_VERSION: ci/github-actions.yml (GitHub workflow schema) and ci/gitlab-ci.yml (GitLab CI schema) ok"
else
  netspec_skip pipelines "check-jsonschema checks of ci/github-actions.yml and ci/gitlab-ci.yml SKIPPED: no Python 3 with its venv module (Debian: python3-venv)" || status=1
fi
exit $status
