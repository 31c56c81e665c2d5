package io.netspec.report;

import io.netspec.testkit.report.IndexedRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserCheckPagesTest {
    @Test
    void theScenarioPagesTheIndexLinksFirstAreChecked(@TempDir Path reports) throws Exception {
        StringBuilder index = new StringBuilder("<h2>Failed scenarios</h2>");
        for (int i = 0; i < 20; i++) {
            index.append("<section class=\"failure\" id=\"f").append(i).append("\"><h3><a href=\"scenarios/ip-").append(i).append(".html\">")
                    .append(i).append("</a></h3><p><a href=\"scenarios/ip-").append(i).append(".html\">all</a></section>");
        }
        index.append("<table><tr><td><a href=\"scenarios/slow-1.html\">slow</a></td></tr></table>");
        Files.writeString(reports.resolve("index.html"), index);
        assertThat(BrowserCheck.scenarioPages(reports)).hasSize(BrowserCheck.SCENARIO_PAGES).first()
                .isEqualTo(new BrowserCheck.Page("scenarios/ip-0.html", "scenarios/ip-0.png", "Steps"));
    }

    /** The index as netspec writes it: a real run of three failing scenarios and a passing one. */
    @Test
    void thePagesOfEveryFailureCardOfARealIndexAreChecked(@TempDir Path dir) throws Exception {
        Path feature = dir.resolve("features/report/three.feature");
        Files.createDirectories(feature.getParent());
        Files.writeString(feature, """
                Feature: three failures
                  Scenario: passes
                    Given the random seed 1
                  Scenario: first
                    Then the scenario fails with "one"
                  Scenario: second
                    Then the scenario fails with "two"
                  Scenario: third
                    Then the scenario fails with "three"
                """);
        Path reports = dir.resolve("reports");
        IndexedRun.run(feature, reports);
        assertThat(BrowserCheck.scenarioPages(reports)).extracting(BrowserCheck.Page::file)
                .containsExactly("scenarios/report-three-4.html", "scenarios/report-three-6.html",
                        "scenarios/report-three-8.html");
    }

    @Test
    void withoutFailuresTheFirstLinkedScenarioPageIsChecked(@TempDir Path reports) throws Exception {
        Files.writeString(reports.resolve("index.html"),
                "<table><tr><td><a href=\"scenarios/slow-1.html\">slow</a><a href=\"scenarios/b-2.html\">b</a></table>");
        assertThat(BrowserCheck.scenarioPages(reports)).extracting(BrowserCheck.Page::file)
                .containsExactly("scenarios/slow-1.html");
    }

    @Test
    void aPictureWhoseFileIsMissingIsAProblem(@TempDir Path reports) throws Exception {
        Path page = Files.createDirectories(reports.resolve("scenarios")).resolve("a.html");
        Files.createDirectories(reports.resolve("scenarios/a"));
        Files.writeString(reports.resolve("scenarios/a/1.svg"), "<svg/>");
        assertThat(BrowserCheck.missingPictures(page, "<img src=\"../scenarios/a/1.svg\"><img src=\"../scenarios/a/2.svg\">"))
                .containsExactly("../scenarios/a/2.svg");
    }
}
