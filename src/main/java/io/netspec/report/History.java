package io.netspec.report;

import io.netspec.core.NetspecFailure;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Earlier runs' totals, one small file per run in {@code reports/history/} (kept by {@code mvn clean}),
 * bounded to the newest {@link #LIMIT} runs.
 */
final class History {
    public static final int LIMIT = 30;
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final int limit;

    public History(Path folder) {
        this(folder, LIMIT);
    }

    History(Path folder, int limit) {
        this.folder = folder;
        this.limit = limit;
    }

    /** One run in the trend. */
    public record Entry(Instant started, Duration duration, int scenarios, int passed, int failed, int skipped) {
        static Entry of(Run run) {
            Run.Totals t = run.totals();
            return new Entry(run.started(), run.duration(), t.scenarios(), t.passed(), t.failed(), t.skipped());
        }
    }

    /** Adds this run, drops the oldest beyond the limit, and returns the kept runs, oldest first. */
    public List<Entry> record(Run run) {
        try {
            Files.createDirectories(folder);
            Entry entry = Entry.of(run);
            Properties p = new Properties();
            p.setProperty("started", entry.started().toString());
            p.setProperty("durationMillis", Long.toString(entry.duration().toMillis()));
            p.setProperty("scenarios", Integer.toString(entry.scenarios()));
            p.setProperty("passed", Integer.toString(entry.passed()));
            p.setProperty("failed", Integer.toString(entry.failed()));
            p.setProperty("skipped", Integer.toString(entry.skipped()));
            Path file = folder.resolve("run-" + FILE_TIME.format(entry.started()) + ".properties");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "netspec run totals");
            }
            List<Path> files = files();
            while (files.size() > limit) {
                Files.delete(files.remove(0));
            }
            List<Entry> entries = new ArrayList<>();
            for (Path f : files) {
                entries.add(read(f));
            }
            return entries;
        } catch (IOException e) {
            throw NetspecFailure.of("cannot keep the run history in " + folder, e);
        }
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.filter(f -> f.getFileName().toString().matches("run-.*\\.properties"))
                    .sorted().toList());
        }
    }

    private static Entry read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        try {
            return new Entry(Instant.parse(p.getProperty("started")),
                    Duration.ofMillis(Long.parseLong(p.getProperty("durationMillis"))),
                    Integer.parseInt(p.getProperty("scenarios")), Integer.parseInt(p.getProperty("passed")),
                    Integer.parseInt(p.getProperty("failed")), Integer.parseInt(p.getProperty("skipped")));
        } catch (RuntimeException e) {
            throw new IOException("the run history file " + file + " is damaged (" + e
                    + "); delete it to start the trend afresh", e);
        }
    }
}
