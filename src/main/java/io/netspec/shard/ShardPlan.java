package io.netspec.shard;

import io.netspec.core.ScenarioError;
import io.netspec.report.Elapsed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The cut of a suite into shards: whole features, each in exactly one shard, the same cut for the same
 * inputs. Features go heaviest first to the lightest shard so far (ties: the lower shard number; equal
 * weights: by path), weighed by recorded time when any is known, by scenario count otherwise.
 */
public record ShardPlan(int count, Basis basis, String source, List<Placement> placements) {
    public ShardPlan {
        placements = List.copyOf(placements);
    }

    /** What the features were weighed by. */
    public enum Basis {
        DURATIONS, SCENARIOS
    }

    /**
     * Plans {@code count} shards. {@code times} are milliseconds by feature path (from {@code source}); a
     * feature without one is weighed at its scenario count times the average time per scenario of those with one.
     */
    public static ShardPlan of(List<SuiteFeature> features, int count, Map<String, Long> times, String source) {
        if (count < 1) {
            throw ScenarioError.of("a shard count must be 1 or more, not " + count);
        }
        long knownMs = 0;
        long knownScenarios = 0;
        for (SuiteFeature f : features) {
            Long ms = times.get(f.path());
            if (ms != null) {
                knownMs += ms;
                knownScenarios += f.scenarios();
            }
        }
        boolean byTime = knownScenarios > 0 || features.stream().anyMatch(f -> times.containsKey(f.path()));
        double perScenario = knownScenarios == 0 ? 1 : (double) knownMs / knownScenarios;
        record Weighed(SuiteFeature feature, long cost, String text) {
        }
        List<Weighed> weighed = new ArrayList<>();
        for (SuiteFeature f : features) {
            Long ms = times.get(f.path());
            if (!byTime) {
                weighed.add(new Weighed(f, f.scenarios(), f.scenarios() + (f.scenarios() == 1 ? " scenario" : " scenarios")));
            } else if (ms != null) {
                weighed.add(new Weighed(f, ms, Elapsed.format(Duration.ofMillis(ms)) + " recorded"));
            } else {
                long estimate = Math.round(f.scenarios() * perScenario);
                weighed.add(new Weighed(f, estimate, "no recorded time: " + f.scenarios() + " scenarios x "
                        + String.format(Locale.ROOT, "%.0f", perScenario) + " ms average = " + Elapsed.format(Duration.ofMillis(estimate))));
            }
        }
        weighed.sort(Comparator.comparingLong(Weighed::cost).reversed().thenComparing(w -> w.feature().path()));
        long[] load = new long[count];
        List<Placement> placements = new ArrayList<>();
        for (Weighed w : weighed) {
            int lightest = 0;
            for (int s = 1; s < count; s++) {
                if (load[s] < load[lightest]) {
                    lightest = s;
                }
            }
            placements.add(new Placement(w.feature(), lightest + 1, w.cost(), w.text(), load[lightest]));
            load[lightest] += w.cost();
        }
        placements.sort(Comparator.comparing(p -> p.feature().path()));
        return new ShardPlan(count, byTime ? Basis.DURATIONS : Basis.SCENARIOS, byTime ? source : "no recorded durations", placements);
    }

    public List<Placement> in(int shard) {
        return placements.stream().filter(p -> p.shard() == shard).toList();
    }

    /** The predicted load of a shard, in the basis' unit. */
    public long load(int shard) {
        return in(shard).stream().mapToLong(Placement::cost).sum();
    }

    public long total() {
        return placements.stream().mapToLong(Placement::cost).sum();
    }

    public long longest() {
        long max = 0;
        for (int s = 1; s <= count; s++) {
            max = Math.max(max, load(s));
        }
        return max;
    }

    /** The longest shard against a perfect split (total / count); 1.0 is perfect. */
    public double imbalance() {
        return total() == 0 ? 1.0 : longest() / ((double) total() / count);
    }

    /** A load as people read it: a time, or a scenario count. */
    public String describe(long load) {
        return basis == Basis.DURATIONS ? Elapsed.format(Duration.ofMillis(load))
                : load + (load == 1 ? " scenario" : " scenarios");
    }

    /** Why a feature landed where it did, in one line. */
    public String reason(Placement p) {
        return p.costText() + "; given to shard " + p.shard() + ", the lightest at " + describe(p.loadBefore())
                + " when its turn came (heaviest features first)";
    }
}
