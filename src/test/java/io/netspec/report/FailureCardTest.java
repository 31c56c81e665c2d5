package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FailureCardTest {
    private static Attachment text(String name, String text) {
        return Attachment.of(name, "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    private static StepResult step(String keyword, String text, int line, boolean hook, String status, String error,
                                   Attachment... attached) {
        return new StepResult(keyword, text, line, hook, status, Duration.ofMillis(1), error, List.of(attached));
    }

    @Test
    void theCardShowsTheFailingStepItsMessageTheChartsAndWhatTheStepNamesButNotOtherTranscripts() {
        String lines = "line\n".repeat(30) + "last line of alice\n";
        ScenarioResult s = new ScenarioResult(FeaturePath.of("features/faults/latency.feature"), "too slow", 3,
                List.of(), "FAILED", Duration.ofSeconds(1), "expected fast", List.of("42"), 5, List.of(
                step("Given ", "a TCP echo server \"echo\"", 4, false, "PASSED", ""),
                step("When ", "\"alice\" measures 10 round trips of \"ping\\n\"", 8, false, "PASSED", "",
                        Attachment.of("round trips of \"alice\" (chart)", "image/svg+xml", new byte[10]).writtenTo("scenarios/x/1.svg")),
                step("Then ", "the median round trip of \"alice\" is between 1 ms and 5 ms", 9, false, "FAILED",
                        "expected the median round trip of \"alice\" to be between 1 ms and 5 ms, but it was 41 ms"),
                step("After", "FaultHooks.attachLinkSettings()", 0, true, "PASSED", "",
                        text("toxics of the link \"wan\"", "adding 40 ms of latency downstream")),
                step("After", "SocketHooks.attachTranscripts()", 0, true, "PASSED", "",
                        text("transcript of \"alice\"", lines), text("transcript of \"echo\"", "echo's own bytes"))),
                "scenarios/faults-latency-3.html");
        StringBuilder out = new StringBuilder();
        FailureCard.render(out, s);
        String html = out.toString();
        assertThat(html).contains("<span class=\"label\">failing step</span><code>Then the median round trip of"
                        + " &quot;alice&quot; is between 1 ms and 5 ms</code> <span class=\"note\">line 9</span>")
                .contains("<pre class=\"message\">expected the median round trip")
                .contains("<img src=\"scenarios/x/1.svg\"")
                .contains("adding 40 ms of latency downstream")
                .contains("last line of alice").contains("(last 12 lines")
                .doesNotContain("echo's own bytes")
                .contains("replay with: Given the random seed 42")
                .contains("href=\"scenarios/faults-latency-3.html\"");
    }
}
