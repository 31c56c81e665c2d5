#!/usr/bin/env bash
# Programs on hosts (Linux, root): "true" run to completion on a host beside the same program started by
# the JVM in its own namespace (p50/p90/p99, alternating in one run), and the JVM's heap after a
# collection each second while a program on a host prints without end (cat /dev/zero, yes).
# Prints figures; record them in docs/performance.md (## Programs on hosts). Optional arguments pick
# benchmarks: start heap (default: both).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-hosts.sh
source ci/run-benchmark.sh
run_benchmark ProgramsBenchmark "$@"
