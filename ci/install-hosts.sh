#!/usr/bin/env bash
# Installs what hosts (network namespaces joined by netspec's switch) use besides the JVM: iproute2 (ip),
# util-linux (nsenter, setpriv) and nftables (nft, with which a test checks that the machine's own
# firewall ruleset is left as it was). Does nothing when all are there; prints a notice and exits 0 when
# it cannot install (no apt-get, not root): the @hosts scenarios then skip themselves, saying why.
set -euo pipefail

missing=()
command -v ip >/dev/null 2>&1 || missing+=(iproute2)
{ command -v nsenter >/dev/null 2>&1 && command -v setpriv >/dev/null 2>&1; } || missing+=(util-linux)
command -v nft >/dev/null 2>&1 || missing+=(nftables)
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1 || [ "$(id -u)" -ne 0 ]; then
  echo "[netspec] NOTICE: hosts need ${missing[*]}, which cannot be installed here (needs root and apt-get)."
  echo "[netspec]         The @hosts scenarios skip themselves where ip, nsenter or setpriv is missing."
  exit 0
fi
echo "[netspec] installing ${missing[*]} for hosts (apt-get install)"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
