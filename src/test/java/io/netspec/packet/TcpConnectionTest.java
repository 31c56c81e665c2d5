package io.netspec.packet;

import io.netspec.testkit.packet.Conversation;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TcpConnectionTest {
    private final List<Captured> frames = Conversation.withSegment3Lost();
    private final TcpConnection connection = TcpConnections.ofClient(frames, Conversation.CLIENT).orElseThrow();

    @Test
    void findsTheClientAndTheHandshake() {
        assertThat(TcpConnections.of(frames)).hasSize(1);
        assertThat(connection.client()).isEqualTo(Conversation.CLIENT);
        assertThat(connection.server()).isEqualTo(Conversation.SERVER);
        TcpConnection.Handshake h = connection.handshake().orElseThrow();
        assertThat(h.syn()).isSameAs(frames.get(0));
        assertThat(h.synAck()).isSameAs(frames.get(1));
        assertThat(h.ack()).isSameAs(frames.get(2));
    }

    @Test
    void numbersDataSegmentsAndFindsTheRetransmission() {
        List<TcpConnection.Segment> segments = connection.clientSegments();
        assertThat(segments).hasSize(5);
        assertThat(segments.get(2).seq()).isEqualTo(1201);
        assertThat(segments.get(2).first().fate()).isEqualTo(Fate.DROPPED);
        assertThat(segments.get(2).retransmissions()).containsExactly(frames.get(9));
        assertThat(segments.stream().filter(s -> s.number() != 3).allMatch(s -> s.retransmissions().isEmpty())).isTrue();
    }

    @Test
    void sequenceNumbersCountBytes() {
        assertThat(connection.sequenceGaps()).isEmpty();
        assertThat(connection.clientBytes()).isEqualTo(500);
        assertThat(connection.relative(1201)).isEqualTo(201);
    }

    @Test
    void aSegmentThatSkipsBytesIsAGap() {
        Conversation c = new Conversation();
        c.client(Packet.SYN, 1000, 0, 0, Fate.PASSED);
        c.client(Packet.ACK, 1001, 1, 100, Fate.PASSED);
        c.client(Packet.ACK, 1102, 1, 100, Fate.PASSED);
        TcpConnection skipped = TcpConnections.of(c.frames()).get(0);
        assertThat(skipped.sequenceGaps()).containsExactly("data segment 2 starts at sequence number 102, expected"
                + " 101 (the bytes before it counted one each)");
    }

    @Test
    void noHandshakeWithoutTheFinalAck() {
        TcpConnection open = TcpConnections.of(frames.subList(0, 2)).get(0);
        assertThat(open.handshake()).isEmpty();
        assertThat(open.syns()).hasSize(1);
    }
}
