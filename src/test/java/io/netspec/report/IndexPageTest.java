package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IndexPageTest {
    private static final Instant T0 = Instant.parse("2026-03-01T12:00:00Z");
    private static final String PAYLOAD = "<script>alert(1)</script>";

    @Test
    void everyTextFromAScenarioIsEscaped() {
        ScenarioResult evil = new ScenarioResult(FeaturePath.of("features/tcp/" + "x.feature"), PAYLOAD, 4,
                List.of("@tcp"), "FAILED", Duration.ofMillis(1200),
                "expected \"alice\" to receive \"" + PAYLOAD + "\" within 500 ms, but it had 0 bytes", List.of("42"), 1);
        Run run = new Run(T0, T0.plusSeconds(3), List.of(evil),
                List.of(new UndefinedStep("features/tcp/x.feature:9", PAYLOAD, List.of("{string} sends {payload}"))));
        String html = IndexPage.render(run, new Environment("17 <jdk>", "Linux & co", "2.12.0 \"<b>\""), List.of());

        assertThat(html).doesNotContain(PAYLOAD).doesNotContain("<b>").doesNotContain("<jdk>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("expected &quot;alice&quot; to receive &quot;&lt;script&gt;alert(1)&lt;/script&gt;&quot;"
                        + " within 500 ms, but it had 0 bytes")
                .contains("replay with: Given the random seed 42")
                .contains("Linux &amp; co")
                .contains("1 of 1 scenarios failed");
    }

    @Test
    void longFailuresAreShortenedWithAPointerToTheFullReport() {
        String text = "line\n".repeat(100);
        assertThat(IndexPage.firstLines(text, 30)).endsWith("... (71 more lines in cucumber.html)");
        assertThat(IndexPage.firstLines("short", 30)).isEqualTo("short");
    }

    @Test
    void withNoScenarioItSaysSo() {
        String html = IndexPage.render(new Run(T0, T0, List.of(), List.of()), new Environment("17", "Linux", "not used"),
                List.of());
        assertThat(html).contains("No scenario ran").contains("No scenario used a random seed.");
    }
}
