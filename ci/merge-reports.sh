#!/usr/bin/env bash
# Merges the reports/ folders of N shards (mvn -B verify -Dnetspec.shard=I/N on N runners) into one report:
#   bash ci/merge-reports.sh OUT SHARD_REPORTS...
# OUT gets index.html (totals, per-capability and per-tag tables, slowest, failures, each shard's host and
# wall time), cucumber.html, cucumber.json, cucumber.ndjson, cucumber-junit.xml, the multi-page report in
# OUT/cucumber-html-reports/ and the trend in OUT/history/ (one entry for the whole run).
# Exit 0: merged, every scenario passed; 1: merged, some scenario failed; 2: no whole run (a shard missing,
# dead, given twice, or from other features), and OUT then holds only a page saying what is wrong.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: bash ci/merge-reports.sh OUT SHARD_REPORTS... (the merged report's folder, then one reports/ folder per shard)" >&2
  exit 2
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
absolute() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s/%s\n' "$(pwd)" "$1" ;; esac; }
args=()
for a in "$@"; do args+=("$(absolute "$a")"); done
out="${args[0]}"

classpath="$root/target/netspec-merge-classpath.txt"
(cd "$root" && mvn -q -B compile org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
  -Dmdep.outputFile="$classpath" -Dmdep.includeScope=runtime)

# From the project folder, so cucumber.json names features as a single run does (file:features/...).
# A short run: the quick JIT compiler alone and the serial collector start it in a third of the time on
# a busy machine (the optimising compiler's threads would compete with the merge for the cores).
set +e
(cd "$root" && java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$root/target/classes:$(cat "$classpath")" io.netspec.shard.MergeReports "${args[@]}")
rc=$?
set -e
if [ "$rc" -le 1 ]; then
  # The multi-page report, as mvn verify writes it, over the merged cucumber.json (every shard's features).
  (cd "$root" && mvn -q -B test-compile org.codehaus.mojo:exec-maven-plugin:java@multi-page-report -Dreports.dir="$out" \
    -Dnetspec.skipReports=false)
  echo "netspec merge: multi-page report in $out/cucumber-html-reports/overview-features.html"
fi
exit "$rc"
