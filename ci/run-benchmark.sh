#!/usr/bin/env bash
# Sourced by the ci/bench-*.sh scripts: run_benchmark CLASS [ARGS] runs io.netspec.bench.CLASS from the
# test classes inside Maven's JVM, with the full JIT (.mvn/jvm.config keeps Maven's own JVM to C1 for
# the build's speed; MAVEN_OPTS comes after it, and a later flag wins).

run_benchmark() {
  local class="$1"
  shift
  MAVEN_OPTS="${MAVEN_OPTS:-} -XX:TieredStopAtLevel=4" mvn -q -B test-compile \
    org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.mainClass="io.netspec.bench.$class" \
    -Dexec.classpathScope=test -Dexec.args="$*"
}
