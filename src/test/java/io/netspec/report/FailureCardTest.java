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
        FailureCard.render(out, s, List.of());
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

    private static Attachment svg(String name, String file) {
        return Attachment.of(name, "image/svg+xml", new byte[10]).writtenTo(file);
    }

    @Test
    void theCardDrawsTheFailingStepsChartThenOnePictureOfEachAfterHookAndLeavesEarlierChartsToThePage() {
        ScenarioResult s = new ScenarioResult(FeaturePath.of("features/packets/timing.feature"), "too slow", 4,
                List.of("@hosts"), "FAILED", Duration.ofSeconds(1), "expected fast", List.of(), 5, List.of(
                step("When ", "\"alice\" measures 10 round trips of \"ping\\n\"", 11, false, "PASSED", "",
                        svg("round trips of \"alice\" (chart)", "s/1.svg")),
                step("Then ", "the median round trip of \"alice\" is between 1 ms and 5 ms", 12, false, "FAILED",
                        "expected fast", svg("round trips of \"alice\" against asserted median (chart)", "s/2.svg")),
                step("After", "PacketHooks.attachCaptures()", 0, true, "PASSED", "",
                        svg("ladder 1", "s/3.svg"), svg("ladder 2", "s/4.svg"), svg("ladder 3", "s/5.svg"),
                        Attachment.of("capture of \"office\" (pcap)", "application/vnd.tcpdump.pcap", new byte[24])
                                .writtenTo("s/6.pcap")),
                step("After", "HostHooks.attachTopology()", 0, true, "PASSED", "", svg("topology", "s/7.svg"))),
                "scenarios/packets-timing-4.html");
        assertThat(FailureCard.pictures(s, s.failingStep()).stream().map(Attachment::name).toList())
                .containsExactly("round trips of \"alice\" against asserted median (chart)", "ladder 1", "topology",
                        "ladder 2");
        StringBuilder out = new StringBuilder();
        FailureCard.render(out, s, List.of());
        assertThat(out.toString()).startsWith("<section class=\"failure\" id=\"packets-timing-4\">")
                .contains("<a href=\"s/6.pcap\" download=\"capture-of-office-pcap.pcap\">")
                .doesNotContain("s/1.svg");

        ScenarioResult noChartInTheFailingStep = new ScenarioResult(s.feature(), s.name(), 4, List.of(), "FAILED",
                Duration.ofSeconds(1), "", List.of(), 5, List.of(s.steps().get(0),
                step("Then ", "\"alice\" receives \"bye\" within 300 ms", 12, false, "FAILED", "expected bye")), "");
        assertThat(FailureCard.pictures(noChartInTheFailingStep, noChartInTheFailingStep.failingStep()))
                .extracting(Attachment::name).containsExactly("round trips of \"alice\" (chart)");
    }

    @Test
    void severalFailuresAreListedAboveTheirCardsWithStepAndTheFirstLineOfTheMessage() {
        List<ScenarioResult> failures = List.of(
                new ScenarioResult(FeaturePath.of("features/smtp/delivery.feature"), "one mail, not two", 4, List.of(),
                        "FAILED", Duration.ofSeconds(1), "", List.of(), 5, List.of(step("Then ", "\"mail\" holds 2 mails",
                        7, false, "FAILED", "expected 2 mails\nthe mailbox holds 1")), "scenarios/smtp-delivery-4.html"),
                new ScenarioResult(FeaturePath.of("features/ip/classes.feature"), "class A", 3, List.of(), "FAILED",
                        Duration.ofSeconds(1), "x".repeat(400), List.of(), 5, List.of(), ""));
        StringBuilder out = new StringBuilder();
        FailureList.render(out, failures);
        assertThat(out.toString()).contains("<a href=\"#smtp-delivery-4\">one mail, not two</a>")
                .contains("<code>Then &quot;mail&quot; holds 2 mails</code>").contains("expected 2 mails</td>")
                .doesNotContain("the mailbox holds 1").contains("x".repeat(159) + "…</td>");
        StringBuilder single = new StringBuilder();
        FailureList.render(single, failures.subList(0, 1));
        assertThat(single).isEmpty();
    }

    @Test
    void aStepNoDefinitionUnderstandsShowsTheClosestPhrasesInItsCard() {
        ScenarioResult s = new ScenarioResult(FeaturePath.of("features/tcp/typo.feature"), "a typo", 3, List.of(),
                "UNDEFINED", Duration.ofMillis(5), "a step is undefined", List.of(), 0, List.of(
                step("Given ", "a TCP client \"alice\" conected to \"echo\"", 5, false, "UNDEFINED",
                        "a step is undefined (no step definition understands it)")), "");
        List<UndefinedStep> undefined = List.of(
                new UndefinedStep("features/tcp/typo.feature:5", "a TCP client \"alice\" conected to \"echo\"",
                        List.of("a TCP client {text} connected to {text}")),
                new UndefinedStep("features/tcp/other.feature:5", "elsewhere", List.of("not this one")));
        StringBuilder out = new StringBuilder();
        FailureCard.render(out, s, undefined);
        assertThat(out.toString()).contains("closest phrases netspec understands")
                .contains("<li><code>a TCP client {text} connected to {text}</code></li>")
                .doesNotContain("not this one");
    }
}
