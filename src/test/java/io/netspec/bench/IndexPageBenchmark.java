package io.netspec.bench;

import io.netspec.testkit.report.ReportBenchmarkSupport;

/**
 * How long reports/index.html takes to build for a large run (2,000 scenarios, 30 earlier runs).
 * Run: {@code mvn -q -B test-compile exec:java -Dexec.mainClass=io.netspec.bench.IndexPageBenchmark -Dexec.classpathScope=test}
 */
public final class IndexPageBenchmark {
    private IndexPageBenchmark() {
    }

    public static void main(String[] args) {
        int scenarios = 2000;
        for (int round = 1; round <= 5; round++) {
            long begun = System.nanoTime();
            int length = ReportBenchmarkSupport.renderLargeRun(scenarios, 30);
            System.out.printf("round %d: index.html for %d scenarios and 30 earlier runs: %d characters in %.1f ms%n",
                    round, scenarios, length, (System.nanoTime() - begun) / 1e6);
        }
    }
}
