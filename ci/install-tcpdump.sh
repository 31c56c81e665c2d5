#!/usr/bin/env bash
# Installs tcpdump (Debian package tcpdump) so the capture tests read netspec's pcap files back with a
# real reader. Does nothing when tcpdump is already there; prints a clear notice and exits 0 when it
# cannot install (not root, no apt-get): those tests then skip themselves with the same notice (or, where
# netspec.require names tcpdump, this fails).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

if command -v tcpdump >/dev/null 2>&1 || [ -x /usr/bin/tcpdump ] || [ -x /usr/sbin/tcpdump ]; then
  exit 0
fi
if apt_install tcpdump "to read captures back" "the tests that read captures with tcpdump will be skipped" "" tcpdump; then
  echo "[netspec] installed: $(tcpdump --version 2>&1 | head -n 1)"
else
  source "$(dirname "${BASH_SOURCE[0]}")/require.sh"
  netspec_skip tcpdump "going on without tcpdump" || exit 1
fi
