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
public final class History {
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

    /**
     * One run in the trend.
     *
     * @param selection which scenarios it was asked to run ({@link RunSelection#describe()})
     */
    public record Entry(Instant started, Duration duration, int scenarios, int passed, int failed, int skipped,
                        String selection) {
        public Entry {
            selection = selection == null || selection.isBlank() ? RunSelection.ALL.describe() : selection;
        }

        /** A run of every scenario. */
        public Entry(Instant started, Duration duration, int scenarios, int passed, int failed, int skipped) {
            this(started, duration, scenarios, passed, failed, skipped, RunSelection.ALL.describe());
        }

        static Entry of(Run run, RunSelection selection) {
            Run.Totals t = run.totals();
            return new Entry(run.started(), run.duration(), t.scenarios(), t.passed(), t.failed(), t.skipped(),
                    selection.describe());
        }

        /** Green only when scenarios ran and none failed: a run that ran nothing is never green. */
        public boolean green() {
            return scenarios > skipped && failed == 0;
        }
    }

    /** Adds a run of every scenario; see {@link #record(Run, RunSelection)}. */
    public List<Entry> record(Run run) {
        return record(run, RunSelection.ALL);
    }

    /**
     * Adds this run, drops the oldest beyond the limit, and returns the kept runs, oldest first. A run
     * that ran no scenario is not added (it proves nothing); the kept runs are returned all the same.
     */
    public List<Entry> record(Run run, RunSelection selection) {
        try {
            Files.createDirectories(folder);
            if (run.totals().scenarios() == 0) {
                return read();
            }
            Entry entry = Entry.of(run, selection);
            Properties p = new Properties();
            p.setProperty("started", entry.started().toString());
            p.setProperty("durationMillis", Long.toString(entry.duration().toMillis()));
            p.setProperty("scenarios", Integer.toString(entry.scenarios()));
            p.setProperty("passed", Integer.toString(entry.passed()));
            p.setProperty("failed", Integer.toString(entry.failed()));
            p.setProperty("skipped", Integer.toString(entry.skipped()));
            p.setProperty("selection", entry.selection());
            Path file = folder.resolve("run-" + FILE_TIME.format(entry.started()) + ".properties");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                p.store(w, "netspec run totals");
            }
            List<Path> files = files();
            while (files.size() > limit) {
                Files.delete(files.remove(0));
            }
            return read();
        } catch (IOException e) {
            throw NetspecFailure.of("cannot keep the run history in " + folder, e);
        }
    }

    private List<Entry> read() throws IOException {
        List<Entry> entries = new ArrayList<>();
        for (Path f : files()) {
            entries.add(read(f));
        }
        return entries;
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
                    Integer.parseInt(p.getProperty("failed")), Integer.parseInt(p.getProperty("skipped")),
                    p.getProperty("selection"));
        } catch (RuntimeException e) {
            throw new IOException("the run history file " + file + " is damaged (" + e
                    + "); delete it to start the trend afresh", e);
        }
    }
}
