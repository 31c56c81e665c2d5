package io.netspec.report;

import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * How long each feature's scenarios took, added up, in milliseconds: {@code features/ip/parsing.feature=1234}.
 * Kept in {@code reports/history/}{@value #FILE}; a run updates the features it ran and keeps the others,
 * so shards that each run some features fill it in together. Shards are balanced by it.
 */
public final class FeatureTimes {
    public static final String FILE = "feature-durations.properties";

    private FeatureTimes() {
    }

    /** Each feature of the run and its scenarios' time added up. */
    public static Map<String, Long> of(Run run) {
        Map<String, Long> times = new TreeMap<>();
        for (ScenarioResult s : run.scenarios()) {
            times.merge(s.feature().display(), s.duration().toMillis(), Long::sum);
        }
        return times;
    }

    /** The times in a file; an absent file holds none. A damaged one is refused, naming it. */
    public static Map<String, Long> read(Path file) {
        Map<String, Long> times = new TreeMap<>();
        if (!Files.isRegularFile(file)) {
            return times;
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the feature durations " + file, e);
        }
        for (String feature : p.stringPropertyNames()) {
            String value = p.getProperty(feature).strip();
            try {
                long ms = Long.parseLong(value);
                if (ms < 0) {
                    throw new NumberFormatException("negative");
                }
                times.put(feature, ms);
            } catch (NumberFormatException e) {
                throw ScenarioError.of("the feature durations file " + file + " says " + feature + "=" + value
                        + ": expected a whole number of milliseconds, 0 or more", e);
            }
        }
        return times;
    }

    /** Writes the times, one feature a line in name order. */
    public static void write(Path file, Map<String, Long> times) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("# netspec: each feature's scenario time added up, in ms (balances -Dnetspec.shard)\n");
                for (Map.Entry<String, Long> e : new TreeMap<>(times).entrySet()) {
                    w.write(e.getKey().replace(" ", "\\ ").replace(":", "\\:").replace("=", "\\=") + "=" + e.getValue() + "\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feature durations " + file, e);
        }
    }

    /** Adds this run's features to the history folder's file, replacing their earlier times. */
    public static void record(Path historyFolder, Run run) {
        Path file = historyFolder.resolve(FILE);
        Map<String, Long> times = read(file);
        times.putAll(of(run));
        write(file, times);
    }
}
