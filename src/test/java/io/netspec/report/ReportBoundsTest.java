package io.netspec.report;

import io.netspec.testkit.report.IndexedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever a scenario attaches, the report holds at most 1 MiB of each attachment (a longer text keeps its
 * beginning and its end), 16 KiB of each log line, and 4 MiB of one scenario's attachments in all.
 */
class ReportBoundsTest {
    @Test
    void aScenarioThatAttachesTensOfMegabytesLeavesAtMostItsBoundInTheReport(@TempDir Path dir) throws IOException {
        Path feature = Files.createDirectories(dir.resolve("features/demo")).resolve("loud.feature");
        StringBuilder steps = new StringBuilder("Feature: loud\n  Scenario: prints endlessly\n");
        for (int i = 1; i <= 8; i++) {
            steps.append("    Given the scenario attaches 3000000 bytes of text titled \"output ").append(i).append("\"\n");
        }
        steps.append("    And the scenario logs a line of 100000 characters\n");
        Files.writeString(feature, steps);
        Path reports = dir.resolve("reports");

        IndexedRun.run(feature, reports);

        List<Path> files;
        try (Stream<Path> all = Files.walk(reports.resolve("scenarios"))) {
            files = all.filter(Files::isRegularFile).toList();
        }
        long attached = 0;
        for (Path f : files) {
            if (!f.toString().endsWith(".html")) {
                assertThat(Files.size(f)).as(f.toString()).isLessThanOrEqualTo(AttachmentBudget.ATTACHMENT_BYTES);
                attached += Files.size(f);
            }
        }
        assertThat(attached).as("the scenario's attachments in all").isLessThanOrEqualTo(AttachmentBudget.SCENARIO_BYTES + 4096);
        String first = Files.readString(files.stream().filter(f -> f.getFileName().toString().equals("1.txt")).findFirst()
                .orElseThrow(), StandardCharsets.UTF_8);
        assertThat(first).startsWith("line 1 of what a program printed\n").contains(" bytes left out here (an attachment"
                + " holds at most 1048576 bytes) ...\n").endsWith(lastOf(3_000_000, 40));
        String page = Files.readString(files.stream().filter(f -> f.toString().endsWith(".html")).findFirst().orElseThrow(),
                StandardCharsets.UTF_8);
        assertThat(page).contains("output 5 (left out)");
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            all.append(Files.readString(f, StandardCharsets.UTF_8));
        }
        assertThat(all).contains("would go beyond the 4194304 bytes a scenario's attachments hold in all");
    }

    /** The last {@code n} characters of what the test step attaches when asked for {@code bytes}. */
    private static String lastOf(int bytes, int n) {
        StringBuilder text = new StringBuilder();
        for (int line = 1; text.length() < bytes; line++) {
            text.append("line ").append(line).append(" of what a program printed\n");
        }
        text.setLength(bytes);
        return text.substring(bytes - n);
    }

    @Test
    void aLongTextIsCutBetweenWholeCharacters() {
        byte[] text = "é".repeat(2000).getBytes(StandardCharsets.UTF_8);
        String cut = new String(AttachmentBudget.cut(text, 1000, "test"), StandardCharsets.UTF_8);
        assertThat(cut).doesNotContain("\uFFFD").startsWith("é").endsWith("é").contains("bytes left out here (test)");
        assertThat(cut.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(1000);
    }
}
