#!/usr/bin/env bash
# Installs the Toxiproxy server that netspec's TCP fault scenarios drive, once per machine.
# Order: an existing toxiproxy-server on PATH or in the cache wins; otherwise `go install`
# builds the pinned version from the Go module proxy into the cache folder.
set -euo pipefail

# --if-possible (used by the build): without Go, say what to do and exit 0, so scenarios that need
# no Toxiproxy still run; the ones that use a link then fail with the same instructions. Where netspec.require
# (NETSPEC_REQUIRE) names toxiproxy, going on without it fails instead.
if_possible=false
[ "${1:-}" = "--if-possible" ] && if_possible=true

version="${TOXIPROXY_VERSION:-v2.12.0}"
cache="${NETSPEC_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/netspec}"
target="$cache/toxiproxy-server"

if [ -n "${TOXIPROXY_URL:-}" ]; then
  echo "netspec: TOXIPROXY_URL is set ($TOXIPROXY_URL); using that server, nothing to install"
  exit 0
fi
if command -v toxiproxy-server >/dev/null 2>&1; then
  echo "netspec: toxiproxy-server found on PATH: $(command -v toxiproxy-server)"
  exit 0
fi
# `go install` alone stamps the version as "git"; the build below stamps the real one, so a
# cached binary that does not report the pinned version is rebuilt.
if [ -x "$target" ] && "$target" -version 2>/dev/null | grep -qF "version $version"; then
  echo "netspec: toxiproxy-server $version found in cache: $target"
  exit 0
fi
if ! command -v go >/dev/null 2>&1; then
  cat >&2 <<MSG
netspec: no toxiproxy-server on PATH or in $cache, and no Go toolchain to build one.
Get one of these:
  - install Go (https://go.dev/dl/), then run: bash ci/install-toxiproxy.sh
  - or: go install -ldflags "-X github.com/Shopify/toxiproxy/v2.Version=$version" github.com/Shopify/toxiproxy/v2/cmd/server@$version && cp "\$(go env GOPATH)/bin/server" "$target"
  - or start a server yourself and set TOXIPROXY_URL=http://127.0.0.1:8474
MSG
  if $if_possible; then
    source "$(dirname "${BASH_SOURCE[0]}")/require.sh"
    netspec_skip toxiproxy "going on without Toxiproxy: the tests of links are skipped, scenarios that use a link fail" >&2 || exit 1
    exit 0
  fi
  exit 1
fi

mkdir -p "$cache"
build=$(mktemp -d)
trap 'rm -rf "$build"' EXIT
echo "netspec: building Toxiproxy $version with go install (once; cached in $cache)"
GOBIN="$build" GOFLAGS="${GOFLAGS:-} -mod=mod" go install -ldflags "-X github.com/Shopify/toxiproxy/v2.Version=$version" \
  "github.com/Shopify/toxiproxy/v2/cmd/server@$version"
# A name of this build's own, then one rename: a second build installing at the same time (two clones on one
# machine) replaces the whole file or not at all, and neither build's move fails for the other's.
mv "$build/server" "$target.tmp.$$"
mv "$target.tmp.$$" "$target"
"$target" -version
echo "netspec: installed $target"
