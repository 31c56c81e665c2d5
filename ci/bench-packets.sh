#!/usr/bin/env bash
# Packet benchmarks (Linux), as root and then rootless in the same run (a throwaway ordinary user in a user
# namespace netspec's launcher makes; ci/run-benchmark.sh): delay fidelity of a network of hosts beside a Toxiproxy link, loss
# fidelity (1,000,000 frames through the treatment; 100,000 real datagrams between two hosts), and TCP
# throughput across the network with no treatment, capture off, capture on and 1% loss, with the
# capture ring's memory. Prints figures; record them in docs/performance.md
# (## Impairment and capture on a network of hosts).
# Usage: ci/bench-packets.sh [delay [N]]   (delay: the delay fidelity part only; N: with N more hosts on the network)
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-hosts.sh
bash ci/install-toxiproxy.sh
source ci/run-benchmark.sh
run_both_ways PacketBenchmark "$@"
