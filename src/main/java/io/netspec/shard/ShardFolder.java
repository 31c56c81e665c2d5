package io.netspec.shard;

import io.netspec.core.ScenarioError;
import io.netspec.report.RunData;
import io.netspec.report.ShardNote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** One shard's reports folder as the merge finds it: its plan, and its results when its run finished. */
record ShardFolder(Path dir, ShardNote note, ShardSpec spec, Optional<RunData> data) {
    static final String MESSAGES = "cucumber.ndjson";

    /** Reads a folder; one that is no shard's reports folder is refused, naming it and what was expected. */
    static ShardFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw ScenarioError.of(dir + ": no such folder (expected a shard's reports/ folder)");
        }
        ShardNote note = ShardNote.read(dir).orElseThrow(() -> ScenarioError.of(dir + " has no "
                + ShardNote.FILE + ": it is not the reports folder of a sharded run (mvn verify -Dnetspec.shard=I/N)"));
        ShardSpec spec;
        try {
            spec = ShardSpec.parse(note.shard());
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of(dir.resolve(ShardNote.FILE) + " is damaged: " + e.getMessage(), e);
        }
        return new ShardFolder(dir, note, spec, RunData.read(dir));
    }

    /** Finished: its run wrote its results for this very plan (not an earlier run's left behind). */
    boolean finished() {
        return data.isPresent() && data.get().planId().equals(note.planId());
    }

    boolean empty() {
        return note.features().isEmpty();
    }

    Path messages() {
        return dir.resolve(MESSAGES);
    }

    String name() {
        return "shard " + spec + " (" + dir + ")";
    }
}
