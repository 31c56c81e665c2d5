package io.netspec.bench;

import io.netspec.report.FeatureTimes;
import io.netspec.report.Run;
import io.netspec.report.RunData;
import io.netspec.report.ScenarioResult;
import io.netspec.shard.ShardPlan;
import io.netspec.shard.SuiteFeature;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * How evenly {@link ShardPlan} cuts a suite, by simulation from recorded durations: for 2, 4 and 8 shards,
 * the longest shard's predicted time against the ideal (total / N), for the project's own suite (the run
 * data of a whole run, default {@code target/shards/single}, written by {@code ci/check-shards.sh}) and for a
 * generated suite of 2,000 scenarios with skewed (log-normal) durations. Also shows the cut by scenario
 * count judged by the same durations, and the largest single feature (no cut of whole features beats it).
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=io.netspec.bench.ShardBalanceBenchmark
 * -Dexec.classpathScope=test [-Dexec.args=REPORTS_FOLDER]}
 */
public final class ShardBalanceBenchmark {
    private static final int[] SHARDS = {2, 4, 8};

    private ShardBalanceBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/shards/single");
        Run run = RunData.read(folder).orElseThrow(() -> new IllegalArgumentException(folder + " has no "
                + RunData.FILE + ": run bash ci/check-shards.sh (or mvn verify) first, or give a reports folder")).run();
        Map<String, Integer> counts = new TreeMap<>();
        for (ScenarioResult s : run.scenarios()) {
            counts.merge(s.feature().display(), 1, Integer::sum);
        }
        List<SuiteFeature> features = new ArrayList<>();
        counts.forEach((path, n) -> features.add(new SuiteFeature(path, n)));
        report("project suite (" + folder + ": " + features.size() + " features, " + run.scenarios().size() + " scenarios)",
                features, FeatureTimes.of(run));
        generated(2000, 42L);
    }

    /** 2,000 scenarios in features of 1 to 30 scenarios; durations log-normal around 300 ms (a few take seconds). */
    private static void generated(int scenarios, long seed) {
        Random random = new Random(seed);
        List<SuiteFeature> features = new ArrayList<>();
        Map<String, Long> times = new HashMap<>();
        int left = scenarios;
        for (int f = 0; left > 0; f++) {
            int n = Math.min(left, 1 + random.nextInt(30));
            left -= n;
            long ms = 0;
            for (int i = 0; i < n; i++) {
                ms += Math.round(Math.exp(Math.log(300) + 1.2 * random.nextGaussian()));
            }
            String path = String.format(Locale.ROOT, "features/generated/f%03d.feature", f);
            features.add(new SuiteFeature(path, n));
            times.put(path, ms);
        }
        report("generated suite (seed " + seed + ": " + features.size() + " features, " + scenarios
                + " scenarios, log-normal durations, median 300 ms, sigma 1.2)", features, times);
    }

    private static void report(String title, List<SuiteFeature> features, Map<String, Long> times) {
        long total = times.values().stream().mapToLong(Long::longValue).sum();
        long largest = times.values().stream().mapToLong(Long::longValue).max().orElse(0);
        System.out.println(title);
        System.out.printf(Locale.ROOT, "  scenario time in all %.1f s, largest feature %.1f s%n", total / 1000.0, largest / 1000.0);
        System.out.println("  shards | ideal (total/N) | longest by durations | ratio | longest by scenario count | ratio | floor (largest feature) / ideal");
        for (int n : SHARDS) {
            ShardPlan byTime = ShardPlan.of(features, n, times, "recorded");
            ShardPlan byCount = ShardPlan.of(features, n, Map.of(), "");
            long countLongest = 0;
            for (int s = 1; s <= n; s++) {
                countLongest = Math.max(countLongest, byCount.in(s).stream()
                        .mapToLong(p -> times.get(p.feature().path())).sum());
            }
            double ideal = total / (double) n;
            System.out.printf(Locale.ROOT, "  %6d | %13.2f s | %18.2f s | %5.3f | %23.2f s | %5.3f | %.3f%n", n, ideal / 1000,
                    byTime.longest() / 1000.0, byTime.longest() / ideal, countLongest / 1000.0, countLongest / ideal,
                    Math.max(1.0, largest / ideal));
        }
    }
}
