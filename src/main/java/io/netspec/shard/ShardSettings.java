package io.netspec.shard;

import io.netspec.core.ScenarioError;
import io.netspec.core.Settings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Where a sharded run finds the project, its reports folder and the feature durations that balance the shards. */
final class ShardSettings {
    /** A feature durations file a team commits, beside the project's pom.xml. */
    static final String COMMITTED_DURATIONS = "shard-durations.properties";
    static final String DURATIONS_PROPERTY = Settings.Knob.SHARD_DURATIONS.property();

    private ShardSettings() {
    }

    static Path project() {
        return Settings.system().projectFolder();
    }

    static Path reports() {
        return Settings.system().get(Settings.Knob.REPORTS_DIR).map(Path::of).orElse(project().resolve("reports"));
    }

    /**
     * The durations file to balance by: {@code -Dnetspec.shard.durations=FILE} (or NETSPEC_SHARD_DURATIONS), which
     * must exist; else {@value #COMMITTED_DURATIONS} in the project; else the reports' history; else none.
     */
    static Optional<Path> durations(Path project, Path reports) {
        String named = Settings.system().get(Settings.Knob.SHARD_DURATIONS).orElse(null);
        if (named != null) {
            Path file = project.resolve(named);
            if (!Files.isRegularFile(file)) {
                throw ScenarioError.of(DURATIONS_PROPERTY + "=" + named + ": no such file (looked at "
                        + file.toAbsolutePath() + "); expected a feature durations file such as reports/history/"
                        + io.netspec.report.FeatureTimes.FILE + " or the one a merge writes");
            }
            return Optional.of(file);
        }
        for (Path file : new Path[] {project.resolve(COMMITTED_DURATIONS),
                reports.resolve("history").resolve(io.netspec.report.FeatureTimes.FILE)}) {
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
