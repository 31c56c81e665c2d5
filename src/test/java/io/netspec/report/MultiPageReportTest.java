package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MultiPageReportTest {
    @Test
    void featurePathsBecomeRelativeAndScenariosAreCounted(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("cucumber.json");
        Files.writeString(json, """
                [{"uri":"file:///home/ci/project/features/faults/latency.feature","name":"latency","elements":[
                  {"type":"background","name":""},{"type":"scenario","name":"a"},{"type":"scenario","name":"b"}]}]
                """);
        Path out = dir.resolve("out.json");
        assertThat(MultiPageReport.prepare(json, out)).isEqualTo(2);
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).contains("\"uri\":\"features/faults/latency.feature\"")
                .doesNotContain("file:");
    }

    @Test
    void aRunThatRanNothingLeavesAnEmptyFileAndNoReportIsWritten(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cucumber.json"), "");
        MultiPageReport.main(new String[] {dir.toString()});
        assertThat(dir.resolve("cucumber-html-reports")).doesNotExist();
    }

    @Test
    void aRunWithAFailureGetsAReportWithItsMessageInFull(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("cucumber.json"), """
                [{"uri":"file:///p/features/tcp/echo.feature","id":"echo","name":"echo","keyword":"Feature","line":1,
                  "elements":[{"id":"echo;a","type":"scenario","name":"a","keyword":"Scenario","line":2,
                   "steps":[{"keyword":"Then ","name":"it fails","line":3,
                     "result":{"status":"failed","duration":1000,"error_message":"line one\\nline two"}}]}]}]
                """);
        MultiPageReport.main(new String[] {dir.toString(), "17", "Linux"});
        assertThat(dir.resolve("cucumber-html-reports/overview-features.html")).exists();
        assertThat(Files.readString(dir.resolve(MultiPageReport.CSS), StandardCharsets.UTF_8)).contains("pre-wrap");
        String failures = Files.readString(dir.resolve("cucumber-html-reports/overview-failures.html"),
                StandardCharsets.UTF_8);
        assertThat(failures).contains("line one").contains("line two").contains("css/" + MultiPageReport.CSS);
    }
}
