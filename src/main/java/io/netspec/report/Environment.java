package io.netspec.report;

import io.netspec.core.NetspecFailure;
import io.netspec.core.ReportsFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/** What the scenarios ran on: JDK, OS and the Toxiproxy server, as the report shows them. */
public record Environment(String jdk, String os, String toxiproxy) {
    public static final String NOT_USED = "not used";

    /**
     * The running JVM and OS; Toxiproxy from
     * {@link ReportsFolder#TOXIPROXY_VERSION} (written by io.netspec.fault.SharedToxiproxy) in {@code reports} when written
     * during this run, else "not used".
     */
    public static Environment current(Path reports, Instant runStarted) {
        String jdk = System.getProperty("java.runtime.version", System.getProperty("java.version"))
                + " (" + System.getProperty("java.vendor", "unknown vendor") + ")";
        String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch");
        return new Environment(jdk, os, toxiproxy(reports, runStarted));
    }

    static String toxiproxy(Path reports, Instant runStarted) {
        Path file = reports.resolve(ReportsFolder.TOXIPROXY_VERSION);
        if (!Files.isRegularFile(file)) {
            return NOT_USED;
        }
        try {
            // A file left by an earlier run says nothing about this one (mtime has 1 s resolution on some file systems).
            if (Files.getLastModifiedTime(file).toInstant().isBefore(runStarted.minusSeconds(1))) {
                return NOT_USED;
            }
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            return text.isEmpty() ? NOT_USED : text;
        } catch (IOException e) {
            throw NetspecFailure.of("cannot read the Toxiproxy version from " + file, e);
        }
    }
}
