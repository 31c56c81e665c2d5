#!/usr/bin/env bash
# Address benchmark: parse + classify of a mixed corpus of 10,000 IPv4 and IPv6 literals beside Guava's
# InetAddresses.forString parsing the same corpus, in alternating rounds. Prints figures; record them in
# docs/performance.md (## Addresses). Optional arguments: ROUNDS SECONDS_PER_ROUND (default: 7 1).
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/run-benchmark.sh
run_benchmark AddressBenchmark "${1:-7}" "${2:-1}"
