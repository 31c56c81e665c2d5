package io.netspec.socket;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** A transcript keeps its first entries and counts every one it left out, whichever way it was added. */
class TranscriptLimitTest {
    @Test
    void everyEntryLeftOutIsCounted() {
        Transcript t = new Transcript();
        byte[] ping = "ping".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < Transcript.MAX_ENTRIES + 50; i++) {
            t.note("received", ping, ping.length);
        }
        t.event("closed");
        t.event(() -> "never made");
        String text = t.text();
        assertThat(text.lines().filter(l -> l.contains("received 4 bytes"))).hasSize(Transcript.MAX_ENTRIES);
        assertThat(text).endsWith("… and 52 more entries not shown\n");
    }
}
