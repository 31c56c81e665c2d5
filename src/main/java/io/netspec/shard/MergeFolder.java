package io.netspec.shard;

import io.netspec.core.FileTrees;
import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder a merge writes: new, empty, or an earlier merge's (it has {@value #MARKER}); everything in it but
 * {@code history/} (the trend and durations) is replaced, so nothing of an earlier merge passes for this one.
 */
final class MergeFolder {
    static final String MARKER = "merge.properties";
    static final String HISTORY = "history";
    static final String SCENARIOS = "scenarios";

    private MergeFolder() {
    }

    static void prepare(Path out, List<Path> shards) {
        Path target = out.toAbsolutePath().normalize();
        for (Path shard : shards) {
            if (shard.toAbsolutePath().normalize().equals(target)) {
                throw ScenarioError.of("the merged report's folder " + out + " is also a shard folder given;"
                        + " choose another folder for the merged report");
            }
        }
        try {
            if (Files.exists(out) && !Files.isDirectory(out)) {
                throw ScenarioError.of(out + " is a file: expected a folder for the merged report");
            }
            if (Files.isDirectory(out)) {
                try (Stream<Path> entries = Files.list(out)) {
                    List<Path> list = entries.toList();
                    boolean earlierMerge = Files.isRegularFile(out.resolve(MARKER));
                    boolean onlyHistory = list.stream().allMatch(p -> p.getFileName().toString().equals(HISTORY));
                    if (!earlierMerge && !onlyHistory) {
                        throw ScenarioError.of(out + " holds files and is no earlier merged report (no " + MARKER
                                + "): choose a new or empty folder for the merged report");
                    }
                    for (Path p : list) {
                        if (!p.getFileName().toString().equals(HISTORY)) {
                            FileTrees.delete(p);
                        }
                    }
                }
            }
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the merged report's folder " + out, e);
        }
    }

    /**
     * Copies each shard's scenario pages, and what they attached, into the merged folder's {@code scenarios/}, so
     * the merged index links them as the shard's index did (a feature runs in one shard, so no page is in two).
     */
    static void copyScenarioPages(List<Path> shards, Path out) {
        for (Path shard : shards) {
            Path pages = shard.resolve(SCENARIOS);
            if (!Files.isDirectory(pages)) {
                continue;
            }
            try (Stream<Path> all = Files.walk(pages)) {
                for (Path from : all.toList()) {
                    Path to = out.resolve(SCENARIOS).resolve(pages.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy the scenario pages of " + shard + " into " + out, e);
            }
        }
    }
}
