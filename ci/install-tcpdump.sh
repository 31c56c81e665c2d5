#!/usr/bin/env bash
# Installs tcpdump (Debian package tcpdump) so the capture tests read netspec's pcap files back with a
# real reader. Does nothing when tcpdump is already there; prints a clear notice and exits 0 when it
# cannot install (not root, no apt-get): those tests then skip themselves with the same notice.
set -euo pipefail

if command -v tcpdump >/dev/null 2>&1 || [ -x /usr/bin/tcpdump ] || [ -x /usr/sbin/tcpdump ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "[netspec] NOTICE: no tcpdump and no apt-get here; the tests that read captures with tcpdump will be skipped."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "[netspec] NOTICE: tcpdump is missing and installing it needs root; the tests that read captures with it will be skipped."
    echo "[netspec]         Run as root: apt-get update && apt-get install -y tcpdump"
    exit 0
  fi
else
  SUDO=""
fi

echo "[netspec] installing tcpdump to read captures back (apt-get install tcpdump)"
log="$(mktemp)"
if $SUDO apt-get update -qq >"$log" 2>&1 \
   && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends tcpdump >>"$log" 2>&1; then
  echo "[netspec] installed: $(tcpdump --version 2>&1 | head -n 1)"
else
  echo "[netspec] NOTICE: installing tcpdump failed; the tests that read captures with it will be skipped. Last lines:"
  tail -n 5 "$log"
fi
rm -f "$log"
