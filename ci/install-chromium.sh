#!/usr/bin/env bash
# Installs headless Chromium for the report's browser check: Debian's chromium-headless-shell, the
# headless-only build, which starts in about a third of the time of the full browser (docs/performance.md).
# Does nothing when $CHROMIUM or the headless shell is already there. Where the headless shell cannot be
# installed, a full Chromium already on PATH does the same check, only slower to start; with neither it
# installs Debian's chromium. Prints a clear notice and exits 0 when it cannot install (not root, no
# apt-get): the browser check then skips itself with the same notice.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh"

if [ -n "${CHROMIUM:-}" ] && command -v "$CHROMIUM" >/dev/null 2>&1; then
  exit 0
fi
if command -v chromium-headless-shell >/dev/null 2>&1; then
  exit 0
fi

full=""
for name in chromium chromium-browser google-chrome google-chrome-stable; do
  if command -v "$name" >/dev/null 2>&1; then
    full="$name"
    break
  fi
done

if [ -n "$full" ]; then
  skipped="the browser check uses $full, which starts slower"
else
  skipped="a full Chromium is tried instead"
fi
if apt_install "Chromium's headless shell" "for the report's browser check" "$skipped" \
    "Install Chromium yourself, or point \$CHROMIUM at a Chrome/Chromium binary." chromium-headless-shell; then
  echo "[netspec] installed: $(chromium-headless-shell --version 2>/dev/null || echo chromium-headless-shell)"
  exit 0
fi
if [ -n "$full" ]; then
  exit 0
fi
if apt_install Chromium "for the report's browser check" "the report's browser check will be skipped" \
    "Install Chromium yourself, or point \$CHROMIUM at a Chrome/Chromium binary." chromium; then
  echo "[netspec] installed: $(chromium --version 2>/dev/null || echo chromium)"
fi
