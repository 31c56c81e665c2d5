#!/usr/bin/env bash
# Checks that netspec works from another Maven project: installs the library into the local Maven
# repository, then builds and runs the example project in examples/hello-netspec against it.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
mvn -B -f examples/hello-netspec/pom.xml verify
test -s examples/hello-netspec/target/reports/index.html
echo "[netspec] the example project passed against the installed artifact"
