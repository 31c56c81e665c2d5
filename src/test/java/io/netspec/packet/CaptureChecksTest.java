package io.netspec.packet;

import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.testkit.packet.Conversation;
import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaptureChecksTest {
    private final List<String> log = new ArrayList<>();

    private CaptureRing ring(List<Captured> frames) {
        CaptureRing ring = CaptureRing.withDefaults();
        frames.forEach(ring::add);
        return ring;
    }

    private TcpConnection lost() {
        return CaptureChecks.connection(ring(Conversation.withSegment3Lost()), "office", "web", Conversation.CLIENT,
                Optional::of, Duration.ofSeconds(1), log::add);
    }

    @Test
    void findsTheClientsConnectionWithoutWaitingOnceItIsReady() {
        assertThat(lost().client()).isEqualTo(Conversation.CLIENT);
        assertThat(log).isEmpty();
    }

    @Test
    void anEmptyCaptureIsAScenarioErrorAndAMissingConnectionSaysWhatTheCaptureHolds() {
        assertThatThrownBy(() -> CaptureChecks.connection(CaptureRing.withDefaults(), "office", "web", Conversation.CLIENT,
                Optional::of, Duration.ofMillis(50), log::add)).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("the capture of \"office\" is empty");
        assertThatThrownBy(() -> CaptureChecks.connection(ring(Conversation.withSegment3Lost()), "office", "db",
                Frames.at("192.168.1.30", 40001), Optional::of, Duration.ofMillis(50), log::add))
                .isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("to hold the connection of \"db\" from 192.168.1.30:40001, but it has none");
        assertThat(log).containsExactly("waited 50 ms for the capture of \"office\"; checking what it holds");
    }

    @Test
    void waitsForReadinessAndThenChecksWhatItHas() {
        TcpConnection c = CaptureChecks.connection(ring(Conversation.withSegment3Lost()), "office", "web",
                Conversation.CLIENT, CaptureChecks.carried(501), Duration.ofMillis(50), log::add);
        assertThat(log).hasSize(1);
        assertThatThrownBy(() -> CaptureChecks.sequenceNumbersCount(c, "web", 501))
                .hasMessageStartingWith("expected the sequence numbers of \"web\" to count the 501 bytes it sent, but"
                        + " they account for 500 bytes");
        assertThat(CaptureChecks.sequenceNumbersCount(c, "web", 500)).isEqualTo("the sequence numbers of \"web\" run"
                + " from ISN + 1 over 500 bytes in 5 data segments: one number a byte, not a packet");
    }

    @Test
    void theHandshakeIsLoggedAndItsAbsenceFails() {
        assertThat(CaptureChecks.handshake(lost(), "office", "web"))
                .isEqualTo("handshake of \"web\": SYN seq 1000, SYN-ACK seq 5000 ack 1001, ACK ack 5001");
        TcpConnection open = TcpConnections.of(Conversation.withSegment3Lost().subList(0, 2)).get(0);
        assertThatThrownBy(() -> CaptureChecks.handshake(open, "office", "web")).isInstanceOf(ExpectationFailure.class)
                .hasMessageContaining("has 1 SYN(s) and no SYN-ACK answered by an ACK");
    }

    @Test
    void aRetransmittedSegmentIsFoundAndOneSentOnceOrNeverFails() {
        TcpConnection c = lost();
        assertThat(CaptureChecks.retransmitted(3).apply(c)).isPresent();
        assertThat(CaptureChecks.retransmitted(2).apply(c)).isEmpty();
        assertThat(CaptureChecks.retransmitting(c, "office", "web", 3)).startsWith("\"web\" sent data segment 3"
                + " (seq 201, 100 bytes) 2 times; first ");
        assertThatThrownBy(() -> CaptureChecks.retransmitting(c, "office", "web", 2))
                .hasMessageContaining("retransmitting data segment 2 (seq 101, 100 bytes), but it was sent once");
        assertThatThrownBy(() -> CaptureChecks.retransmitting(c, "office", "web", 6))
                .hasMessageContaining("but it sent only 5 data segment(s)");
        assertThatThrownBy(() -> CaptureChecks.segmentNumber(0)).isInstanceOf(ScenarioError.class)
                .hasMessageContaining("data segment 0; expected a segment number of 1 or more");
    }
}
