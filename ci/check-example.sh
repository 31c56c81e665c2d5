#!/usr/bin/env bash
# Checks that netspec works from another Maven project: installs the library into the local Maven
# repository, then builds and runs the example project in examples/hello-netspec against it.
# The example's link scenario needs a Toxiproxy server: installed here first (a no-op when cached).
set -euo pipefail
cd "$(dirname "$0")/.."
bash ci/install-toxiproxy.sh
mvn -B -q install -DskipTests
mvn -B -f examples/hello-netspec/pom.xml verify
test -s examples/hello-netspec/target/reports/index.html
echo "[netspec] the example project passed against the installed artifact"
