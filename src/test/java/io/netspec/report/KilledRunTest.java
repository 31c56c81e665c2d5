package io.netspec.report;

import io.netspec.testkit.report.IndexedRun;
import io.netspec.testkit.report.KilledRunMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed with SIGKILL never leaves an earlier run's verdict: a run passes and writes its index, then a
 * second run in a JVM of its own is killed with kill -9 in the middle of a scenario, and the index says the
 * run has not finished, and the earlier run's data (what a merge of shards reads) is gone.
 */
class KilledRunTest {
    @Test
    void theIndexOfARunKilledWithSigkillSaysItDidNotFinish(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path passing = Files.createDirectories(dir.resolve("features/demo")).resolve("passing.feature");
        Files.writeString(passing, "Feature: passing\n  Scenario: passes\n    Given the random seed 3\n");
        IndexedRun.run(passing, reports);
        assertThat(reports.resolve("index.html")).content().contains("All 1 scenarios passed");
        assertThat(reports.resolve(RunData.FILE)).exists();

        Path killed = dir.resolve("features/demo/killed.feature");
        Files.writeString(killed, "Feature: killed\n  Scenario: passes first\n    Given the random seed 4\n"
                + "  Scenario: waits\n    Given the scenario waits until its JVM is killed\n");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process jvm = new ProcessBuilder(java, "-cp", classPath, KilledRunMain.class.getName(), killed.toString(),
                reports.toString()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String said;
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8));
            said = CompletableFuture.supplyAsync(() -> ready(out)).get(120, TimeUnit.SECONDS);
        } finally {
            jvm.destroyForcibly(); // SIGKILL on Linux
        }
        assertThat(jvm.waitFor(30, TimeUnit.SECONDS)).as("the killed JVM ended").isTrue();
        assertThat(jvm.exitValue()).as("exit status of a JVM killed by SIGKILL").isEqualTo(128 + 9);
        assertThat(said).as("what the JVM printed before it was killed").isEqualTo("READY");

        String index = Files.readString(reports.resolve("index.html"), StandardCharsets.UTF_8);
        assertThat(index).doesNotContain("All 1 scenarios passed").contains(UnfinishedRun.HEADLINE)
                .contains("in process " + jvm.pid());
        assertThat(reports.resolve(RunData.FILE)).as("the earlier run's data").doesNotExist();
    }

    private static String ready(BufferedReader out) {
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("READY")) {
                    return line;
                }
            }
            return "(the JVM ended without saying READY)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
