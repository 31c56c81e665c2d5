#!/usr/bin/env bash
# Fault benchmarks on loopback: latency fidelity of a Toxiproxy link (median and p99 against the injected
# latency), Toxiproxy's throughput cost against a direct connection, and the UDP relay's highest datagram
# rate that adds no loss of its own. Prints figures; record them in docs/performance.md (## Faults).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-toxiproxy.sh
source ci/run-benchmark.sh
run_benchmark FaultBenchmark "$@"
