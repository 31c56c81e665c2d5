package io.netspec.shard;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Whether a set of shard folders makes one whole run: one count, every shard from 1 to N once, the same
 * features and the same cut, every shard finished. Each problem is said in one line naming the shards.
 */
final class MergeCheck {
    private MergeCheck() {
    }

    static List<String> problems(List<ShardFolder> shards) {
        List<String> problems = new ArrayList<>();
        if (shards.isEmpty()) {
            problems.add("no shard folder could be read");
            return problems;
        }
        Map<Integer, List<ShardFolder>> byCount = group(shards, s -> s.spec().count());
        if (byCount.size() > 1) {
            problems.add("the shards come from cuts into different numbers of shards: " + describe(byCount, "of "));
            return problems;
        }
        int count = byCount.keySet().iterator().next();
        Map<Integer, List<ShardFolder>> byIndex = group(shards, s -> s.spec().index());
        byIndex.forEach((index, list) -> {
            if (list.size() > 1) {
                boolean sameRun = list.stream().map(s -> s.note().planId()).distinct().count() == 1;
                problems.add("shard " + index + "/" + count + " is given " + list.size() + " times"
                        + (sameRun ? " (the same run's folder twice)" : "") + ": "
                        + list.stream().map(s -> s.dir().toString()).collect(Collectors.joining(", "))
                        + "; give each shard once");
            }
        });
        for (int i = 1; i <= count; i++) {
            if (!byIndex.containsKey(i)) {
                problems.add("shard " + i + "/" + count + " is missing: no folder given holds it, so its features did not"
                        + " count; give every shard's reports folder (1 to " + count + ")");
            }
        }
        Map<String, List<ShardFolder>> byFeatures = group(shards, s -> s.note().fingerprint());
        if (byFeatures.size() > 1) {
            problems.add("the shards ran different versions of the features (fingerprint of every feature file): "
                    + describe(byFeatures, "") + "; run every shard from the same commit");
        }
        Map<String, List<ShardFolder>> byCut = group(shards, s -> s.note().cut());
        if (byFeatures.size() == 1 && byCut.size() > 1) {
            problems.add("the shards cut the features differently (different recorded durations on different runners): "
                    + describe(byCut, "") + "; commit a durations file ("
                    + ShardSettings.COMMITTED_DURATIONS + ") or run each shard with the same reports/history/");
        }
        Map<String, List<ShardFolder>> bySelection = group(shards.stream().filter(ShardFolder::finished).toList(),
                s -> s.data().orElseThrow().selection().describe());
        if (bySelection.size() > 1) {
            problems.add("the shards ran with different tag or name filters: " + String.join("; ", bySelection.entrySet()
                    .stream().map(e -> e.getKey() + ": " + e.getValue().stream().map(ShardFolder::name)
                            .collect(Collectors.joining(", "))).toList()) + "; run every shard with the same filter");
        }
        for (ShardFolder s : shards) {
            if (!s.finished()) {
                problems.add(s.name() + " did not finish: it planned " + s.note().features().size() + " features but wrote no"
                        + " results for that plan (" + io.netspec.report.RunData.FILE + "); its run died or was stopped");
            } else if (!s.empty() && !Files.isRegularFile(s.messages())) {
                problems.add(s.name() + " has no " + ShardFolder.MESSAGES + ": its Cucumber messages are needed for the merged"
                        + " cucumber.html, cucumber.json and JUnit XML");
            }
        }
        return problems;
    }

    private static <K extends Comparable<K>> Map<K, List<ShardFolder>> group(List<ShardFolder> shards,
                                                                          java.util.function.Function<ShardFolder, K> key) {
        Map<K, List<ShardFolder>> groups = new TreeMap<>();
        shards.forEach(s -> groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s));
        return groups;
    }

    private static <K> String describe(Map<K, List<ShardFolder>> groups, String prefix) {
        List<String> parts = new ArrayList<>();
        groups.forEach((key, list) -> {
            String shown = key.toString().length() > 12 ? key.toString().substring(0, 12) : key.toString();
            parts.add(prefix + shown + ": " + list.stream().map(ShardFolder::name).collect(Collectors.joining(", ")));
        });
        return String.join("; ", parts);
    }
}
