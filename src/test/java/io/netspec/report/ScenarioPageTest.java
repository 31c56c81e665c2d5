package io.netspec.report;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioPageTest {
    private static StepResult step(String keyword, String text, boolean hook, String status, Attachment... attached) {
        return new StepResult(keyword, text, hook ? 0 : 5, hook, status, Duration.ofMillis(1), "", List.of(attached));
    }

    @Test
    void quietHooksAreCountedNotShownAndCapturesTablesAndPicturesAreShownOpen() {
        ScenarioResult s = new ScenarioResult(FeaturePath.of("features/packets/timing.feature"), "too slow", 4,
                List.of("@hosts"), "FAILED", Duration.ofSeconds(1), "expected fast", List.of(), 3, List.of(
                step("Before", "Hooks.begin(io.cucumber.java.Scenario)", true, "PASSED"),
                step("Given ", "a network \"office\" on \"192.168.1.0/24\"", false, "PASSED"),
                step("After step", "PacketHooks.captureEveryNetwork()", true, "PASSED"),
                step("After step", "PacketHooks.captureEveryNetwork()", true, "PASSED"),
                step("After", "PacketHooks.attachCaptures()", true, "PASSED",
                        Attachment.of("capture of \"office\" (pcap)", "application/vnd.tcpdump.pcap", new byte[24])
                                .writtenTo("scenarios/packets-timing-4/1.pcap"),
                        Attachment.of("packets of \"office\"", "text/plain", "no. time\n1 0.000".getBytes(StandardCharsets.UTF_8))
                                .writtenTo("scenarios/packets-timing-4/2.txt"),
                        Attachment.of("topology", "image/svg+xml", new byte[10]).writtenTo("scenarios/packets-timing-4/3.svg"))),
                "scenarios/packets-timing-4.html");
        String html = ScenarioPage.render(s);
        assertThat(html).doesNotContain("Hooks.begin").doesNotContain("captureEveryNetwork")
                .contains("3 hooks passed and attached nothing (not shown).")
                .contains("After hook PacketHooks.attachCaptures()")
                .contains("<a href=\"../scenarios/packets-timing-4/1.pcap\" download=\"capture-of-office-pcap.pcap\">")
                .contains("<h5>packets of &quot;office&quot;</h5><pre>no. time\n1 0.000</pre>")
                .contains("<img src=\"../scenarios/packets-timing-4/3.svg\" alt=\"topology\"");
    }
}
