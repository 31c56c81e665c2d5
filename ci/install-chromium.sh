#!/usr/bin/env bash
# Installs headless Chromium for the report's browser check (Debian packages chromium, chromium-driver).
# Does nothing when a Chromium is already there; prints a clear notice and exits 0 when it cannot install
# (not root, no apt-get): the browser check then skips itself with the same notice.
set -euo pipefail

for name in "${CHROMIUM:-}" chromium chromium-browser google-chrome google-chrome-stable; do
  if [ -n "$name" ] && command -v "$name" >/dev/null 2>&1; then
    exit 0
  fi
done

if ! command -v apt-get >/dev/null 2>&1; then
  echo "[netspec] NOTICE: no Chromium and no apt-get here; the report's browser check will be skipped."
  echo "[netspec]         Install Chromium yourself, or point \$CHROMIUM at a Chrome/Chromium binary."
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    SUDO="sudo -n"
  else
    echo "[netspec] NOTICE: Chromium is missing and installing it needs root; the report's browser check will be skipped."
    echo "[netspec]         Run as root: apt-get update && apt-get install -y chromium chromium-driver"
    exit 0
  fi
else
  SUDO=""
fi

echo "[netspec] installing Chromium for the report's browser check (apt-get install chromium chromium-driver)"
log="$(mktemp)"
if $SUDO apt-get update -qq >"$log" 2>&1 \
   && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium chromium-driver >>"$log" 2>&1; then
  echo "[netspec] installed: $(chromium --version 2>/dev/null || echo chromium)"
else
  echo "[netspec] NOTICE: installing Chromium failed; the report's browser check will be skipped. Last lines:"
  tail -n 5 "$log"
fi
rm -f "$log"
