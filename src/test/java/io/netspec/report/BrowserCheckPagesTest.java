package io.netspec.report;

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
            index.append("<section class=\"failure\"><h3><a href=\"scenarios/ip-").append(i).append(".html\">")
                    .append(i).append("</a></h3><p><a href=\"scenarios/ip-").append(i).append(".html\">all</a></section>");
        }
        index.append("<table><tr><td><a href=\"scenarios/slow-1.html\">slow</a></td></tr></table>");
        Files.writeString(reports.resolve("index.html"), index);
        assertThat(BrowserCheck.scenarioPages(reports)).hasSize(BrowserCheck.SCENARIO_PAGES).first()
                .isEqualTo(new BrowserCheck.Page("scenarios/ip-0.html", "scenarios/ip-0.png", "Steps"));
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
