package io.netspec.testkit.report;

import io.netspec.report.Environment;
import io.netspec.report.FeaturePath;
import io.netspec.report.History;
import io.netspec.report.IndexPage;
import io.netspec.report.Run;
import io.netspec.report.ScenarioResult;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds a large made-up run for the index benchmark (io.netspec.bench.IndexPageBenchmark). */
public final class ReportBenchmarkSupport {
    private static final String[] CAPABILITIES = {"ip", "ports", "tcp", "udp", "unix", "faults", "http"};

    private ReportBenchmarkSupport() {
    }

    /** Renders index.html for {@code scenarios} scenarios and {@code runs} earlier runs; returns its length. */
    public static int renderLargeRun(int scenarios, int runs) {
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        List<ScenarioResult> list = new ArrayList<>();
        for (int i = 0; i < scenarios; i++) {
            String capability = CAPABILITIES[i % CAPABILITIES.length];
            boolean failed = i % 97 == 0;
            list.add(new ScenarioResult(FeaturePath.of("features/" + capability + "/f" + (i % 13) + ".feature"),
                    "scenario <" + i + ">", 3 + i % 200, List.of("@" + capability, i % 5 == 0 ? "@slow" : "@fast"),
                    failed ? "FAILED" : "PASSED", Duration.ofMillis(5 + (i * 37L) % 900),
                    failed ? "expected \"alice\" to receive \"hello\" within 500 ms\n".repeat(5) : "",
                    i % 3 == 0 ? List.of(Long.toString(i * 7919L)) : List.of(), i % 4));
        }
        List<History.Entry> history = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            history.add(new History.Entry(t0.plusSeconds(3600L * r), Duration.ofSeconds(40 + r), scenarios,
                    scenarios - r % 3, r % 3, 0));
        }
        Run run = new Run(t0, t0.plusSeconds(45), list, List.of());
        return IndexPage.render(run, new Environment("17", "Linux", "2.12.0"), history).length();
    }
}
