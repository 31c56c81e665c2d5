#!/usr/bin/env bash
# What a Toxiproxy link adds to a round trip on loopback and between two hosts (its server inside the
# router between them), each beside the same path without the link, alternating in one run.
# Prints figures; record them in docs/performance.md (## Links on hosts). Runs in a JVM of its own with
# netspec on the class path (exec:exec), as tests run: a Toxiproxy server inside a host needs netspec's
# URL scheme, which the JDK finds on the system class path only.
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-hosts.sh
bash ci/install-toxiproxy.sh
mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:3.5.0:exec -Dexec.executable=java \
  -Dexec.classpathScope=test -Dexec.args="-cp %classpath io.netspec.bench.LinksOnHostsBenchmark $*"
