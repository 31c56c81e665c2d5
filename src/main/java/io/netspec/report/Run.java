package io.netspec.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Everything one run of the scenarios produced that the reports summarise. */
public record Run(Instant started, Instant finished, List<ScenarioResult> scenarios, List<UndefinedStep> undefined) {
    public Run {
        scenarios = List.copyOf(scenarios);
        undefined = List.copyOf(undefined);
    }

    public Duration duration() {
        return Duration.between(started, finished);
    }

    public Totals totals() {
        return Totals.of(scenarios);
    }

    /** Totals per capability folder, in name order. */
    public Map<String, Totals> byCapability() {
        return group(s -> List.of(s.feature().capability()));
    }

    /** Totals per tag, in name order; a scenario counts under each of its tags. */
    public Map<String, Totals> byTag() {
        return group(ScenarioResult::tags);
    }

    public List<ScenarioResult> slowest(int count) {
        return scenarios.stream()
                .sorted(Comparator.comparing(ScenarioResult::duration).reversed()
                        .thenComparing(IN_FILE_ORDER))
                .limit(count)
                .toList();
    }

    /** By feature file, then by line as a number (line 9 before line 10). */
    static final Comparator<ScenarioResult> IN_FILE_ORDER = Comparator
            .comparing((ScenarioResult s) -> s.feature().display()).thenComparingInt(ScenarioResult::line);

    public List<ScenarioResult> failures() {
        return scenarios.stream().filter(ScenarioResult::failed).sorted(IN_FILE_ORDER).toList();
    }

    /** How many scenarios were skipped for each reason, the most frequent first; a skip without one is "no reason given". */
    public Map<String, Integer> skippedByReason() {
        Map<String, Integer> counts = new TreeMap<>();
        scenarios.stream().filter(ScenarioResult::skipped)
                .forEach(s -> counts.merge(s.error().isBlank() ? "no reason given" : s.error().strip(), 1, Integer::sum));
        Map<String, Integer> ordered = new java.util.LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    private Map<String, Totals> group(Function<ScenarioResult, List<String>> keys) {
        Map<String, List<ScenarioResult>> groups = new TreeMap<>();
        for (ScenarioResult s : scenarios) {
            for (String key : keys.apply(s)) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            }
        }
        Map<String, Totals> totals = new TreeMap<>();
        groups.forEach((k, v) -> totals.put(k, Totals.of(v)));
        return totals;
    }

    /** Counts and summed scenario time of a group of scenarios. */
    public record Totals(int scenarios, int passed, int failed, int skipped, Duration time) {
        public static Totals of(List<ScenarioResult> list) {
            int passed = 0;
            int failed = 0;
            int skipped = 0;
            Duration time = Duration.ZERO;
            for (ScenarioResult s : list) {
                if (s.passed()) {
                    passed++;
                } else if (s.skipped()) {
                    skipped++;
                } else {
                    failed++;
                }
                time = time.plus(s.duration());
            }
            return new Totals(list.size(), passed, failed, skipped, time);
        }
    }
}
