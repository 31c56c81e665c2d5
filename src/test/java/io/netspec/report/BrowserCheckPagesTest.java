package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class BrowserCheckPagesTest {
    @Test
    void theScenarioPagesTheIndexLinksFirstAreChecked(@TempDir Path reports) throws Exception {
        StringBuilder index = new StringBuilder("<a href=\"scenarios/tcp-echo-4.html\">x</a><a href=\"scenarios/tcp-echo-4.html\">again</a>");
        for (int i = 0; i < 20; i++) {
            index.append("<a href=\"scenarios/ip-").append(i).append(".html\">").append(i).append("</a>");
        }
        Files.writeString(reports.resolve("index.html"), index);
        assertThat(BrowserCheck.scenarioPages(reports)).hasSize(BrowserCheck.SCENARIO_PAGES).first()
                .isEqualTo(new BrowserCheck.Page("scenarios/tcp-echo-4.html", "scenarios/tcp-echo-4.png", "Steps"));
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
