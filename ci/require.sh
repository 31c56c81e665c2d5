#!/usr/bin/env bash
# Sourced by the ci/ scripts: what must run here, by the rule of io.netspec.core.Settings (a system property
# wins over the environment). -Dnetspec.require reaches the scripts the build runs as NETSPEC_REQUIRE_PROPERTY;
# NETSPEC_REQUIRE is the environment's. Names: hosts, toxiproxy, tcpdump, chromium, editor, ss, pipelines, root.
#
#   netspec_require_list          the comma list in force ("" when none)
#   netspec_requires NAME         true when NAME is in it
#   netspec_skip NAME MESSAGE     prints "[netspec] MESSAGE" and returns 0; where NAME is required, prints the
#                                 same reason as a failure on stderr and returns 1

netspec_require_list() {
  if [ -n "${NETSPEC_REQUIRE_PROPERTY:-}" ]; then
    echo "$NETSPEC_REQUIRE_PROPERTY"
  else
    echo "${NETSPEC_REQUIRE:-}"
  fi
}

netspec_requires() {
  local list
  list="$(netspec_require_list | tr '[:upper:]' '[:lower:]' | tr -d ' ')"
  [[ ",$list," == *",$1,"* ]]
}

netspec_skip() {
  if netspec_requires "$1"; then
    echo "[netspec] FAILED: $1 is required here (netspec.require / NETSPEC_REQUIRE names \"$1\"), so this is a failure, not a skip: $2" >&2
    return 1
  fi
  echo "[netspec] $2"
}
