#!/usr/bin/env bash
# Installs what hosts (network namespaces joined by netspec's switch) use besides the JVM: iproute2 (ip),
# util-linux (nsenter, setpriv) and nftables (nft: the rules of routers that translate addresses, and a
# test that checks the machine's own firewall ruleset is left as it was). Does nothing when all are there; prints a notice and exits 0 when
# it cannot install (no apt-get, not root): the @hosts scenarios then skip themselves, saying why.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

missing=()
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
{ command -v nsenter >/dev/null 2>&1 && command -v setpriv >/dev/null 2>&1; } || missing+=(util-linux)
command -v nft >/dev/null 2>&1 || missing+=(nftables)
[ ${#missing[@]} -eq 0 ] && exit 0

apt_install "${missing[*]}" "for hosts" \
  "the @hosts scenarios skip themselves where ip, nsenter or setpriv is missing" "" "${missing[@]}" || true
