#!/usr/bin/env bash
# Installs headless Chromium for the report's browser check (Debian packages chromium, chromium-driver).
# Does nothing when a Chromium is already there; prints a clear notice and exits 0 when it cannot install
# (not root, no apt-get): the browser check then skips itself with the same notice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

for name in "${CHROMIUM:-}" chromium chromium-browser google-chrome google-chrome-stable; do
  if [ -n "$name" ] && command -v "$name" >/dev/null 2>&1; then
    exit 0
  fi
done

if apt_install Chromium "for the report's browser check" "the report's browser check will be skipped" \
    "Install Chromium yourself, or point \$CHROMIUM at a Chrome/Chromium binary." chromium chromium-driver; then
  echo "[netspec] installed: $(chromium --version 2>/dev/null || echo chromium)"
fi
