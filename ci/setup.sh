#!/usr/bin/env bash
# Set-up for a fresh machine: everything netspec's scenarios and report checks use.
# `mvn verify` installs Toxiproxy by itself when missing; this script does it up front, plus the rest (and the
# validators of the example pipelines, which it runs once).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-toxiproxy.sh
bash ci/install-chromium.sh
bash ci/install-language-server.sh
bash ci/install-tcpdump.sh
bash ci/install-hosts.sh
bash ci/check-pipelines.sh
