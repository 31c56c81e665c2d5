#!/usr/bin/env bash
# Checks that netspec works from another Maven project: installs the library this build made (and its
# sources jar) into the local Maven repository under a version of this run's own, then builds and runs the
# example project in examples/hello-netspec against that version, and removes it again. Two builds of two
# clones on one machine share ~/.m2: with one version for both, each would install over the other's jar
# while the other's example read it. The example's link scenario needs a Toxiproxy server: installed here first (a no-op when
# cached). Then the editor check of the example: the build unpacked netspec's step sources into
# examples/hello-netspec/target/netspec-glue, and the Cucumber language server set up with the example's
# .vscode/settings.json must understand its features and every phrase of docs/steps.md
# (NETSPEC_SKIP_EDITOR_CHECK=true, set by -Dnetspec.skipEditorCheck, leaves that out).
set -euo pipefail
cd "$(dirname "$0")/.."
source ci/require.sh
# The example's own build reads netspec.require from the environment (-Dnetspec.require does not reach it).
NETSPEC_REQUIRE="$(netspec_require_list)"
export NETSPEC_REQUIRE
bash ci/install-toxiproxy.sh
base=$(sed -n '/<artifactId>netspec<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
jar="target/netspec-$base.jar"
if [ ! -s "$jar" ] || [ ! -s "target/netspec-$base-sources.jar" ]; then
  mvn -B -q package -DskipTests
fi
version="${base%-SNAPSHOT}-run$(date +%s%N)-$$-SNAPSHOT"
repo="${HOME}/.m2/repository/io/netspec/netspec"
trap 'rm -rf "$repo/$version"' EXIT
sed "0,/<version>$base<\/version>/s//<version>$version<\/version>/" pom.xml > "target/netspec-$version.pom"
mvn -B -q org.apache.maven.plugins:maven-install-plugin:2.4:install-file -Dfile="$jar" \
  -DpomFile="target/netspec-$version.pom" -Dsources="target/netspec-$base-sources.jar"
echo "[netspec] netspec installed as $version for the example project (removed when this check ends)"
mvn -B -f examples/hello-netspec/pom.xml verify -Dnetspec.version="$version"
test -s examples/hello-netspec/target/reports/index.html
echo "[netspec] the example project passed against the installed artifact"
if [ "${NETSPEC_SKIP_EDITOR_CHECK:-false}" = "true" ]; then
  echo "[netspec] editor check of examples/hello-netspec skipped (-Dnetspec.skipEditorCheck)"
  exit 0
fi
if [ ! -f examples/hello-netspec/target/netspec-glue/io/netspec/steps/World.java ]; then
  echo "[netspec] the example's build did not unpack netspec's step sources into examples/hello-netspec/target/netspec-glue" >&2
  exit 1
fi
bash ci/check-editor.sh examples/hello-netspec
