#!/usr/bin/env bash
# Sourced by the ci/bench-*.sh scripts: run_benchmark CLASS [ARGS] runs io.netspec.bench.CLASS from the
# test classes inside Maven's JVM, with the full JIT (.mvn/jvm.config keeps Maven's own JVM to C1 for
# the build's speed; MAVEN_OPTS comes after it, and a later flag wins).
#
# run_both_ways CLASS [ARGS] runs it twice in one run, each in a JVM of its own with the full JIT: as it is
# (root, here), then rootless, as a throwaway ordinary user in a user namespace netspec's launcher makes
# (io.netspec.bench.RootlessSide; needs root to make the user, and says so otherwise).

run_benchmark() {
  local class="$1"
  shift
  MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4" mvn -q -B test-compile \
    org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass="io.netspec.bench.$class" \
    -Dexec.classpathScope=test -Dexec.args="$*"
}

run_both_ways() {
  local class="$1"
  shift
  mvn -q -B test-compile
  local deps
  deps="$(mktemp)"
  mvn -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$deps"
  local cp="target/test-classes:target/classes:$(cat "$deps")"
  rm -f "$deps"
  echo "== $class as $(id -un) (uid $(id -u)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$cp" "io.netspec.bench.$class" "$@"
  echo "== $class rootless, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  java -cp "$cp" io.netspec.bench.RootlessSide "$class" "$@"
}
