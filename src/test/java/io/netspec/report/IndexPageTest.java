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
        assertThat(TextLines.first(text, 30, "on the scenario page")).endsWith("... (71 more lines on the scenario page)");
        assertThat(TextLines.first("short", 30, "on the scenario page")).isEqualTo("short");
        assertThat(TextLines.last("a\nb\nc\n", 2)).isEqualTo("b\nc");
    }

    @Test
    void failedScenariosAreListedInFileOrderWithLinesAsNumbers() {
        List<ScenarioResult> failed = new java.util.ArrayList<>();
        for (int line : new int[] {15, 5, 100, 9}) {
            failed.add(new ScenarioResult(FeaturePath.of("features/tcp/b.feature"), "b" + line, line, List.of("@tcp"),
                    "FAILED", Duration.ofMillis(10), "wrong", List.of(), 1));
        }
        failed.add(new ScenarioResult(FeaturePath.of("features/tcp/a.feature"), "a30", 30, List.of("@tcp"),
                "FAILED", Duration.ofMillis(10), "wrong", List.of(), 1));
        Run run = new Run(T0, T0.plusSeconds(1), failed, List.of());
        assertThat(run.failures()).extracting(ScenarioResult::name).containsExactly("a30", "b5", "b9", "b15", "b100");
        String html = IndexPage.render(run, new Environment("17", "Linux", "not used"), List.of());
        assertThat(html.indexOf("b.feature:9 ")).isLessThan(html.indexOf("b.feature:15 "));
    }

    @Test
    void withNoScenarioItSaysSo() {
        String html = IndexPage.render(new Run(T0, T0, List.of(), List.of()), new Environment("17", "Linux", "not used"),
                List.of());
        assertThat(html).contains("No scenario ran").contains("No scenario used a random seed.");
    }
}
