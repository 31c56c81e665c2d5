package io.netspec.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Any attachment is shown by its media type: pictures drawn, text shown as text, anything else downloaded. */
class AttachmentTest {
    private static final byte[] PCAP = {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0};

    @Test
    void mediaTypesDecideHowAnAttachmentIsShown() {
        assertThat(Attachment.of("chart", "image/svg+xml", new byte[1]).shown()).isEqualTo(Attachment.Shown.PICTURE);
        assertThat(Attachment.of("t", "text/plain; charset=utf-8", new byte[1]).shown()).isEqualTo(Attachment.Shown.TEXT);
        assertThat(Attachment.of("c", "application/vnd.tcpdump.pcap", PCAP).shown()).isEqualTo(Attachment.Shown.DOWNLOAD);
        assertThat(Attachment.of("c", "application/vnd.tcpdump.pcap", PCAP).extension()).isEqualTo("pcap");
        assertThat(Attachment.of("b", "application/octet-stream", PCAP).shown()).isEqualTo(Attachment.Shown.DOWNLOAD);
        assertThat(Attachment.of("h", "text/html", new byte[1]).shown()).as("shown as text, never as markup")
                .isEqualTo(Attachment.Shown.TEXT);
    }

    @Test
    void aScenarioPageDrawsPicturesShowsTextAndOffersCapturesAsDownloads(@TempDir Path reports) throws Exception {
        StepResult step = new StepResult("When ", "\"h1\" captures packets", 7, false, "PASSED", Duration.ofMillis(3), "",
                List.of(Attachment.of("capture on \"lan\"", "application/vnd.tcpdump.pcap", PCAP),
                        Attachment.of("rtt (chart)", "image/svg+xml", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
                                .getBytes(StandardCharsets.UTF_8)),
                        Attachment.of("transcript of \"a\"", "text/html", "<b>bold</b>".getBytes(StandardCharsets.UTF_8))));
        ScenarioResult s = new ScenarioResult(FeaturePath.of("features/packets/capture.feature"), "captures", 3,
                List.of(), "PASSED", Duration.ofMillis(5), "", List.of(), 3, List.of(step), "");
        ScenarioResult written = new ScenarioFiles(reports).write(s);

        assertThat(written.page()).isEqualTo("scenarios/packets-capture-3.html");
        String html = Files.readString(reports.resolve(written.page()), StandardCharsets.UTF_8);
        assertThat(html).contains("<a href=\"../scenarios/packets-capture-3/1.pcap\" download=\"capture-on-lan.pcap\">")
                .contains("application/vnd.tcpdump.pcap, 8 bytes")
                .contains("<img src=\"../scenarios/packets-capture-3/2.svg\"")
                .contains("&lt;b&gt;bold&lt;/b&gt;").doesNotContain("<b>bold</b>");
        assertThat(Files.readAllBytes(reports.resolve("scenarios/packets-capture-3/1.pcap"))).isEqualTo(PCAP);
        assertThat(written.allAttachments()).allSatisfy(a -> assertThat(a.data().length).isLessThanOrEqualTo(11));
        assertThat(written.allAttachments().get(0).data()).isEmpty();
    }
}
