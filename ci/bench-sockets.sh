#!/usr/bin/env bash
# Socket benchmarks, side by side with references in the same run (loopback only):
# TCP throughput vs iperf3, 1-byte echo p50/p99 vs a plain-JDK ping-pong, UDP datagrams/s vs iperf3 -u,
# and concurrent connections up to 10,000. Prints figures; record them in docs/performance.md (## Sockets).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v iperf3 >/dev/null 2>&1; then
  source ci/apt-install.sh
  apt_install iperf3 "for the reference figures" "the socket benchmarks cannot run without it" "" iperf3
fi

# 10,000 clients and their 10,000 server-side sockets need more than the usual descriptor limit.
if [ "$(ulimit -n)" != "unlimited" ] && [ "$(ulimit -n)" -lt 65536 ]; then
  ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" || true
fi
echo "open files limit: $(ulimit -n)"

# Optional arguments pick benchmarks: throughput rtt udp connections (default: all).
source ci/run-benchmark.sh
run_benchmark SocketBenchmark "$@"
