package io.netspec.testkit.report;

import org.junit.platform.testkit.engine.EngineTestKit;

import java.nio.file.Path;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

/** Runs one feature file with netspec's steps and the report glue, the index plugin writing into a folder. */
public final class IndexedRun {
    private IndexedRun() {
    }

    public static void run(Path feature, Path reports) {
        EngineTestKit.engine("cucumber")
                .configurationParameter("cucumber.glue", "io.netspec.steps,io.netspec.testkit.glue.report")
                .configurationParameter("cucumber.plugin", "io.netspec.report.IndexPlugin:" + reports)
                .configurationParameter("cucumber.execution.parallel.enabled", "false")
                .selectors(selectFile(feature.toFile()))
                .execute();
    }
}
