#!/usr/bin/env bash
# Hosts benchmarks (Linux), as root and then rootless in the same run (a throwaway ordinary user in a user
# namespace netspec's launcher makes; ci/run-benchmark.sh), each beside a kernel veth pair between two namespaces in the same run:
# TCP throughput host to host across netspec's switch, small frames per second with no loss in the switch
# itself, the added round trip of a 1-byte echo (p50/p99), and bring-up time for 2 and 50 hosts.
# Prints figures; record them in docs/performance.md (## Hosts). Optional arguments pick benchmarks:
# throughput rtt frames bringup (default: all). The note's claims under load (NoteLiveBenchmark), run only
# when named: multicast (one sender to 50 member hosts at 5,000 datagrams/s) and translation (a connection
# through a translating router against the same through a plain one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-hosts.sh
source ci/run-benchmark.sh
case " $* " in
  *" multicast "*|*" translation "*) run_both_ways NoteLiveBenchmark "$@" ;;
  *) run_both_ways HostsBenchmark "$@" ;;
esac
