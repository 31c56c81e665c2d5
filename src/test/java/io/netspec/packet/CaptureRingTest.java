package io.netspec.packet;

import io.netspec.testkit.packet.Conversation;
import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureRingTest {
    @Test
    void keepsTheNewestFramesAndSaysWhenItReachedItsLimit() {
        CaptureRing ring = new CaptureRing(5, 1L << 20);
        assertThat(ring.limitNote()).isEmpty();
        for (int i = 0; i < 8; i++) {
            ring.add(Frames.captured(i, Frames.udp(Conversation.CLIENT, Conversation.SERVER, i), Fate.PASSED));
        }
        assertThat(ring.frames()).extracting(Captured::nanos).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(ring.evicted()).isEqualTo(3);
        assertThat(ring.total()).isEqualTo(8);
        assertThat(ring.limitNote()).contains("the capture keeps at most 5 frames and 1 MiB; it reached that limit,"
                + " so the first 3 of 8 frames are not in it");
    }

    @Test
    void isBoundedInBytesToo() {
        CaptureRing ring = new CaptureRing(1000, 1000);
        for (int i = 0; i < 10; i++) {
            ring.add(Frames.captured(i, Frames.udp(Conversation.CLIENT, Conversation.SERVER, 258), Fate.PASSED));
        }
        assertThat(ring.heldBytes()).isLessThanOrEqualTo(1000);
        assertThat(ring.frames()).hasSize(3);
    }

    @Test
    void refusesAnEmptyLimit() {
        assertThatThrownBy(() -> new CaptureRing(0, 10)).hasMessageContaining("expected at least 1 of each");
    }
}
