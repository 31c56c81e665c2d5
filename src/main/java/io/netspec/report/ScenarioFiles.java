package io.netspec.report;

import io.netspec.core.FileTrees;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes each finished scenario's page into {@code scenarios/} of the reports folder, with every
 * attachment as a file of its own beside it, and hands back the scenario with only the last lines of
 * its texts kept in memory (a run's pictures and captures stay on disk).
 */
final class ScenarioFiles {
    static final String FOLDER = "scenarios";
    /** Lines of each text kept in memory for the failure cards of the index. */
    static final int KEPT_LINES = 40;

    private final Path reports;
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    ScenarioFiles(Path reports) {
        this.reports = reports;
    }

    /** Removes the pages of an earlier run, so the folder holds only this run's. */
    void clear() {
        Path folder = reports.resolve(FOLDER);
        try {
            FileTrees.delete(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the scenario pages of an earlier run in " + folder, e);
        }
    }

    ScenarioResult write(ScenarioResult scenario) {
        String slug = unique(slug(scenario));
        String page = FOLDER + "/" + slug + ".html";
        AtomicInteger n = new AtomicInteger();
        try {
            Files.createDirectories(reports.resolve(FOLDER).resolve(slug));
            ScenarioResult written = Timeline.withPicture(scenario).withPage(page).mapAttachments(a -> {
                if (a.isLog()) {
                    return a; // a log line shows inline; no file of its own
                }
                String file = FOLDER + "/" + slug + "/" + n.incrementAndGet() + "." + a.extension();
                writeBytes(reports.resolve(file), a.data());
                return a.writtenTo(file);
            });
            Files.writeString(reports.resolve(page), ScenarioPage.render(written), StandardCharsets.UTF_8);
            return written.mapAttachments(a -> a.slim(KEPT_LINES));
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException("cannot write the page of the scenario \"" + scenario.name() + "\" ("
                    + scenario.location() + ") into " + reports.resolve(FOLDER),
                    e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    private static void writeBytes(Path file, byte[] data) {
        try {
            Files.write(file, data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String unique(String slug) {
        String candidate = slug;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = slug + "-" + i;
        }
        return candidate;
    }

    /** {@code features/faults/latency.feature:12} as {@code faults-latency-12}. */
    static String slug(ScenarioResult s) {
        String path = s.feature().display();
        if (path.startsWith("features/")) {
            path = path.substring("features/".length());
        }
        if (path.endsWith(".feature")) {
            path = path.substring(0, path.length() - ".feature".length());
        }
        String slug = (path + "-" + s.line()).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "scenario" : slug;
    }
}
