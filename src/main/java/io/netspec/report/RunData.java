package io.netspec.report;

import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A finished run as data ({@value #FILE} in its reports folder), written last, so its presence says the run
 * finished: every scenario result (with its page, and a failure's steps and attachments: {@link ScenarioDetail}),
 * where it ran (host, JDK, OS, Toxiproxy), the tag and name filters it ran with and, for a shard, its plan id.
 * The merge of shards reads it back.
 */
public record RunData(Run run, String host, Environment environment, String shard, String planId,
                      RunSelection selection) {
    public static final String FILE = "run-data.properties";
    private static final String FORMAT = "2";
    private static final PropertiesFile STORE = new PropertiesFile("the run data", FILE);

    public void write(Path folder) {
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("started", run.started().toString());
        p.setProperty("finished", run.finished().toString());
        p.setProperty("host", host);
        p.setProperty("jdk", environment.jdk());
        p.setProperty("os", environment.os());
        p.setProperty("toxiproxy", environment.toxiproxy());
        p.setProperty("shard", shard);
        p.setProperty("planId", planId);
        p.setProperty("selection.tags", selection.tags());
        p.setProperty("selection.name", selection.name());
        List<ScenarioResult> scenarios = run.scenarios();
        for (int i = 0; i < scenarios.size(); i++) {
            ScenarioResult s = scenarios.get(i);
            String k = "scenario." + i + ".";
            p.setProperty(k + "feature", s.feature().display());
            p.setProperty(k + "name", s.name());
            p.setProperty(k + "line", Integer.toString(s.line()));
            p.setProperty(k + "tags", String.join(" ", s.tags()));
            p.setProperty(k + "status", s.status());
            p.setProperty(k + "nanos", Long.toString(s.duration().toNanos()));
            p.setProperty(k + "error", s.error());
            p.setProperty(k + "seeds", String.join(" ", s.seeds()));
            p.setProperty(k + "attachments", Integer.toString(s.attachments()));
            ScenarioDetail.write(p, k, s);
        }
        for (int i = 0; i < run.undefined().size(); i++) {
            UndefinedStep u = run.undefined().get(i);
            p.setProperty("undefined." + i + ".location", u.location());
            p.setProperty("undefined." + i + ".text", u.text());
            p.setProperty("undefined." + i + ".closest", String.join("\n", u.closest()));
        }
        STORE.write(folder, p);
    }

    /** The run data in a folder, or empty when the run never finished there. */
    public static Optional<RunData> read(Path folder) {
        return STORE.read(folder).map(p -> parse(p, folder.resolve(FILE)));
    }

    /** The run data read back from {@code file}; a damaged one or one of another format is refused. */
    private static RunData parse(Properties p, Path file) {
        if (!FORMAT.equals(p.getProperty("format"))) {
            throw ScenarioError.of("the run data " + file + " has format " + p.getProperty("format")
                    + ", expected " + FORMAT + ": written by another netspec version; run it again with this one");
        }
        try {
            List<ScenarioResult> scenarios = new ArrayList<>();
            for (int i = 0; p.getProperty("scenario." + i + ".feature") != null; i++) {
                String k = "scenario." + i + ".";
                scenarios.add(ScenarioDetail.read(p, k, new ScenarioResult(FeaturePath.of(p.getProperty(k + "feature")),
                        p.getProperty(k + "name"), Integer.parseInt(p.getProperty(k + "line")), words(p.getProperty(k + "tags")),
                        p.getProperty(k + "status"), Duration.ofNanos(Long.parseLong(p.getProperty(k + "nanos"))),
                        p.getProperty(k + "error"), words(p.getProperty(k + "seeds")),
                        Integer.parseInt(p.getProperty(k + "attachments")))));
            }
            List<UndefinedStep> undefined = new ArrayList<>();
            for (int i = 0; p.getProperty("undefined." + i + ".location") != null; i++) {
                String closest = p.getProperty("undefined." + i + ".closest");
                undefined.add(new UndefinedStep(p.getProperty("undefined." + i + ".location"), p.getProperty("undefined." + i + ".text"),
                        closest.isEmpty() ? List.of() : List.of(closest.split("\n"))));
            }
            Run run = new Run(Instant.parse(p.getProperty("started")), Instant.parse(p.getProperty("finished")), scenarios, undefined);
            return new RunData(run, p.getProperty("host"), new Environment(p.getProperty("jdk"), p.getProperty("os"),
                    p.getProperty("toxiproxy")), p.getProperty("shard"), p.getProperty("planId"),
                    new RunSelection(p.getProperty("selection.tags"), p.getProperty("selection.name")));
        } catch (RuntimeException e) {
            throw ScenarioError.of("the run data " + file + " is damaged (" + e + "); run it again", e);
        }
    }

    /** This machine's name as the kernel knows it (no lookup), or "unknown host". */
    public static String localHost() {
        String name = System.getenv("HOSTNAME");
        if (name != null && !name.isBlank()) {
            return name.strip();
        }
        for (Path file : List.of(Path.of("/proc/sys/kernel/hostname"), Path.of("/etc/hostname"))) {
            try {
                if (Files.isReadable(file)) {
                    String text = Files.readString(file, StandardCharsets.UTF_8).strip();
                    if (!text.isEmpty()) {
                        return text;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read this machine's name from " + file, e);
            }
        }
        return "unknown host";
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.strip().split(" "));
    }
}
