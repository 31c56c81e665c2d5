#!/usr/bin/env bash
# Runs the project's suite whole, then as N shards one after another (as N CI runners would, here on one
# machine), merges the shards with ci/merge-reports.sh and compares the merged report with the whole run's
# in scenarios, statuses, tags and per-capability counts.
#   bash ci/check-shards.sh [N [MAVEN_FLAGS...]]   (N defaults to 4; everything lands in target/shards/)
# e.g. bash ci/check-shards.sh 4 '-Dcucumber.filter.name=^(?!A bandwidth limit sets the transfer time$).*' leaves
# out a timing-sensitive scenario that a busy machine can fail in one run and pass in the other.
set -euo pipefail
n="${1:-4}"
shift || true
cd "$(dirname "$0")/.."
work=target/shards
rm -rf "$work"
mkdir -p "$work"
flags=(-B verify -Dnetspec.skipUnitTests -Dnetspec.skipExample -Dnetspec.skipBrowserCheck "$@")

run() { # name, extra maven flags...
  local name="$1"; shift
  local begun=$SECONDS
  if mvn "${flags[@]}" "$@" > "$work/$name.log" 2>&1; then status=passed; else status="FAILED (see $work/$name.log)"; fi
  rm -rf "$work/$name"
  cp -r reports "$work/$name"
  echo "netspec check-shards: $name: $status in $((SECONDS - begun)) s: $(grep -m1 -o 'Tests run: [0-9]*, Failures: [0-9]*, Errors: [0-9]*, Skipped: [0-9]*' "$work/$name.log" || echo 'no tests line')"
}

run single
for i in $(seq 1 "$n"); do
  run "shard-$i" -Dnetspec.shard="$i/$n"
done
shards=()
for i in $(seq 1 "$n"); do shards+=("$work/shard-$i"); done
begun=$(date +%s%N)
rc=0
bash ci/merge-reports.sh "$work/merged" "${shards[@]}" || rc=$?
echo "netspec check-shards: merge-reports.sh exit $rc in $((($(date +%s%N) - begun) / 1000000)) ms (with Maven's start-up and the multi-page report)"
[ "$rc" -le 1 ] || exit "$rc"
java -cp "target/classes:$(cat target/netspec-merge-classpath.txt)" io.netspec.shard.ReportComparison "$work/single" "$work/merged"
