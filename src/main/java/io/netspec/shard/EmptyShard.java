package io.netspec.shard;

import io.netspec.report.Environment;
import io.netspec.report.IndexPage;
import io.netspec.report.Run;
import io.netspec.report.RunData;
import io.netspec.report.RunSelection;
import io.netspec.report.ShardNote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The report of a shard with no feature (more shards than features): Cucumber never starts, so the index
 * page, an empty cucumber.json and the run data are written here, saying so; the merge reads them like any shard's.
 */
final class EmptyShard {
    private EmptyShard() {
    }

    static void write(Path reports, ShardNote note) {
        Instant now = Instant.now();
        Run run = new Run(now, now, List.of(), List.of());
        Environment environment = Environment.current(reports, now);
        String html = IndexPage.render(run, environment, List.of(), RunSelection.current(), Optional.of(note.section()));
        try {
            Files.writeString(reports.resolve("index.html"), html, StandardCharsets.UTF_8);
            Files.writeString(reports.resolve("cucumber.json"), "[]\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the empty shard's report into " + reports, e);
        }
        new RunData(run, RunData.localHost(), environment, note.shard(), note.planId(), RunSelection.current()).write(reports);
    }
}
