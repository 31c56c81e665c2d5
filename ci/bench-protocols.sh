#!/usr/bin/env bash
# Protocol benchmarks on loopback. Default: mails per second into GreenMail (straight and through a
# Toxiproxy link with no toxics, alternating rounds), a TLS handshake against a plain TCP connect, and a
# whole HTTPS request on a new connection; optional arguments ROUNDS SECONDS_PER_ROUND (default: 5 2).
# "first-request [JVMS]": the first HTTP request of fresh JVMs through netspec's client beside a bare JDK
# client, JVMS of each in turns (default: 7). Prints figures; record them in docs/performance.md (## Protocols).
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/run-benchmark.sh
if [ "${1:-}" = first-request ]; then
  run_benchmark FirstRequestBenchmark "${2:-7}"
else
  bash ci/install-toxiproxy.sh
  run_benchmark ProtocolBenchmark "${1:-5}" "${2:-2}"
fi
