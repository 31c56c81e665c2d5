#!/usr/bin/env bash
# Sourced by the ci/install-*.sh scripts: installs Debian packages with apt-get, as root or through
# password-less sudo. Where that cannot be done (no apt-get, not root) or the install fails, it prints a
# notice saying what will be skipped and returns 0, so the build goes on and those checks skip themselves.
#
#   apt_install WHAT PURPOSE SKIPPED HINT PACKAGE...
#     WHAT     what is missing, for the notices ("tcpdump")
#     PURPOSE  why it is installed ("to read captures back")
#     SKIPPED  what is skipped without it ("the tests that read captures with tcpdump will be skipped")
#     HINT     a line to add where apt-get is missing, or ""
# Returns 0 once the packages are installed; 1 after a notice that they were not.

apt_install() {
  local what="$1" purpose="$2" skipped="$3" hint="$4"
  shift 4
  local sudo=""
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "[netspec] NOTICE: no $what and no apt-get here; $skipped."
    if [ -n "$hint" ]; then
      echo "[netspec]         $hint"
    fi
    return 1
  fi
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      sudo="sudo -n"
    else
      echo "[netspec] NOTICE: $what is missing and installing it needs root; $skipped."
      echo "[netspec]         Run as root: apt-get update && apt-get install -y $*"
      return 1
    fi
  fi

  echo "[netspec] installing $what $purpose (apt-get install $*)"
  local log
  log="$(mktemp)"
  # A second build installing at the same time (two clones on one machine) waits for the other's lock.
  if $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq >"$log" 2>&1 \
     && DEBIAN_FRONTEND=noninteractive $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$@" >>"$log" 2>&1; then
    rm -f "$log"
    return 0
  fi
  echo "[netspec] NOTICE: installing $what failed; $skipped. Last lines:"
  tail -n 5 "$log"
  rm -f "$log"
  return 1
}
