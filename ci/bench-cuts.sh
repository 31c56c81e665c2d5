#!/usr/bin/env bash
# Cut benchmarks (Linux), as root and then rootless in the same run (ci/run-benchmark.sh): how soon a cut
# and a heal take effect after the call a step makes, on the switch's own clock (first frame dropped,
# first frame passed; p50, p99, worst of each pass: the JVM's first 200 while the JIT compiles, then
# passes of 1,000 in that network and in two more, with the hypervisor's steal in each pass, and the p99
# of every change the JVM made), and TCP throughput host to host on one stream with
# a cut rule that matches none of the traffic in and out every 100 ms, capture on and off. Prints
# figures; record them in docs/performance.md (## Faults between hosts).
# Usage: ci/bench-cuts.sh [apply] [latency] [throughput]   (default: all; apply: what a cut and a heal cost
# the step with no traffic)
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-hosts.sh
source ci/run-benchmark.sh
run_both_ways CutBenchmark "$@"
