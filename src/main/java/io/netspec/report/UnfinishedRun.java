package io.netspec.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static io.netspec.report.Html.escape;

/**
 * What the reports folder says while a run is going on: an index that says the run has not finished (when
 * it started, in which process), and no run data. The index of the finished run replaces it; a run that
 * is killed (kill -9, a crash of its JVM, a CI job cancelled) leaves it, so the folder never shows an earlier
 * run's verdict beside the killed run's partial files, and a merge of shards never takes the killed run's
 * folder for a finished one ({@link RunData} is written last).
 */
final class UnfinishedRun {
    static final String HEADLINE = "This run has not finished";

    private UnfinishedRun() {
    }

    static void write(Path folder, Instant started) {
        long pid = ProcessHandle.current().pid();
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>netspec report: " + HEADLINE + "</title>\n<style>" + ReportStyle.CSS + "</style>\n</head>\n"
                + "<body>\n<main>\n<h1>netspec behaviour report</h1>\n"
                + "<p class=\"verdict fail\">" + HEADLINE + "</p>\n"
                + "<p>The run started at " + escape(started.toString()) + " in process " + pid + " on "
                + escape(RunData.localHost()) + ". netspec writes its verdict here when the run ends. If no run is"
                + " going on, this one was killed or its JVM died before it could: its scenarios have no verdict,"
                + " and the files beside this page (the scenario pages written so far, a partial cucumber.html)"
                + " are what it left.</p>\n</main>\n</body>\n</html>\n";
        try {
            Files.createDirectories(folder);
            Files.deleteIfExists(folder.resolve(RunData.FILE));
            Files.writeString(folder.resolve("index.html"), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot mark the reports folder " + folder + " as a run in progress", e);
        }
    }
}
