#!/usr/bin/env bash
# Report benchmark: rendering reports/index.html for 2,000 scenarios and 30 earlier runs, warm, round after
# round. Prints figures; record them in docs/performance.md (## Reports).
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/run-benchmark.sh
run_benchmark IndexPageBenchmark "$@"
