package io.netspec.report;

import io.netspec.core.ScenarioError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What a sharded run planned, written into its reports folder ({@value #FILE}) before its scenarios run:
 * the shard ({@code 2/4}), an id for this run, the fingerprint of every feature file of the suite, the
 * fingerprint of the whole cut (which feature went to which shard), this shard's features, and the
 * section the index page shows about the cut.
 */
public record ShardNote(String shard, String planId, String fingerprint, String cut, List<String> features, ShardSection section) {
    public static final String FILE = "shard.properties";
    private static final PropertiesFile STORE = new PropertiesFile("the shard plan", FILE);

    public ShardNote {
        features = List.copyOf(features);
    }

    public void write(Path folder) {
        Properties p = new Properties();
        p.setProperty("shard", shard);
        p.setProperty("planId", planId);
        p.setProperty("fingerprint", fingerprint);
        p.setProperty("cut", cut);
        p.setProperty("features", String.join("\n", features));
        p.setProperty("heading", section.heading());
        p.setProperty("paragraphs", String.join("\n", section.paragraphs()));
        p.setProperty("columns", String.join("\t", section.columns()));
        for (int i = 0; i < section.rows().size(); i++) {
            p.setProperty("row." + i, String.join("\t", section.rows().get(i)));
        }
        STORE.write(folder, p);
    }

    /** The note in a reports folder, if a sharded run wrote one. */
    public static Optional<ShardNote> read(Path folder) {
        return STORE.read(folder).map(p -> parse(p, folder.resolve(FILE)));
    }

    /** The note read back from {@code file}; one without its parts is refused. */
    private static ShardNote parse(Properties p, Path file) {
        for (String key : List.of("shard", "planId", "fingerprint", "cut", "heading")) {
            if (p.getProperty(key) == null) {
                throw ScenarioError.of("the shard plan " + file + " has no " + key + ": it is damaged or from"
                        + " another netspec version; run the shard again");
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; p.getProperty("row." + i) != null; i++) {
            rows.add(List.of(p.getProperty("row." + i).split("\t", -1)));
        }
        return new ShardNote(p.getProperty("shard"), p.getProperty("planId"), p.getProperty("fingerprint"),
                p.getProperty("cut"), lines(p.getProperty("features", "")), new ShardSection(p.getProperty("heading"),
                lines(p.getProperty("paragraphs", "")), List.of(p.getProperty("columns", "").split("\t", -1)), rows));
    }

    /** Removes a note an earlier sharded run left, so an unsharded run is not taken for a shard. */
    public static void delete(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old shard plan from " + folder, e);
        }
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n", -1));
    }
}
