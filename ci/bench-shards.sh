#!/usr/bin/env bash
# Shard balance, by simulation: for 2, 4 and 8 shards, the longest shard's predicted time against the ideal
# (scenario time added up / N), cut by recorded durations and by scenario count, for the project's suite
# (from the durations of a whole run) and for a generated suite of 2,000 scenarios. Prints figures; record
# them in docs/performance.md (## Shards).
# Usage: ci/bench-shards.sh [REPORTS_FOLDER]   (default: target/shards/single, which
# `bash ci/check-shards.sh 4` writes)
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/run-benchmark.sh
run_benchmark ShardBalanceBenchmark "${1:-target/shards/single}"
