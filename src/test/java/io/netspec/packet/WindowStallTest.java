package io.netspec.packet;

import io.netspec.core.ExpectationFailure;
import io.netspec.testkit.packet.Frames;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.netspec.packet.Packet.ACK;
import static io.netspec.packet.Packet.PSH;
import static io.netspec.packet.Packet.SYN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Windows as the TCP headers of a capture advertise them, and a receiver's zero window found and timed. */
class WindowStallTest {
    private static final InetSocketAddress CLIENT = Frames.at("192.168.1.10", 40000);
    private static final InetSocketAddress SERVER = Frames.at("192.168.1.20", 7000);
    private static final long MS = 1_000_000L;

    private final List<Captured> frames = new ArrayList<>();

    private void segment(long atMs, boolean fromClient, int flags, int payload, int window, int scale) {
        byte[] frame = fromClient ? Frames.tcp(CLIENT, SERVER, flags, 1000, 5000, payload, window, scale)
                : Frames.tcp(SERVER, CLIENT, flags, 5000, 1001, payload, window, scale);
        frames.add(Frames.captured(atMs * MS, frame, Fate.PASSED));
    }

    /** A handshake with window scale 7 both ways; then the client sends, and the server's window closes at 1 s. */
    private void stalledConversation(boolean reopens) {
        segment(0, true, SYN, 0, 64240, 7);
        segment(1, false, SYN | ACK, 0, 65160, 7);
        segment(2, true, ACK, 0, 502, -1);
        segment(10, true, ACK | PSH, 1000, 502, -1);
        segment(11, false, ACK, 0, 256, -1);
        segment(1000, false, ACK, 0, 0, -1);
        segment(1200, true, ACK, 0, 502, -1);
        segment(1201, false, ACK, 0, 0, -1);
        segment(1600, true, ACK, 0, 502, -1);
        segment(1601, false, ACK, 0, 0, -1);
        if (reopens) {
            segment(3000, false, ACK, 0, 300, -1);
        }
    }

    @Test
    void theDecoderReadsTheWindowAndTheScaleOfASyn() {
        Packet syn = PacketDecoder.decode(Frames.tcp(CLIENT, SERVER, SYN, 1, 0, 0, 64240, 7));
        assertThat(syn.window()).isEqualTo(64240);
        assertThat(syn.windowScale()).isEqualTo(7);
        assertThat(PacketDecoder.decode(Frames.tcp(CLIENT, SERVER, ACK, 1, 0, 0, 502, -1)).windowScale()).isEqualTo(-1);
    }

    @Test
    void aSegmentsWindowIsScaledAsTheHandshakeAgreedButASynsIsNot() {
        stalledConversation(true);
        TcpConnection c = TcpConnections.of(frames).get(0);
        assertThat(c.advertisedWindow(frames.get(0))).as("the SYN's own").isEqualTo(64240);
        assertThat(c.advertisedWindow(frames.get(4))).as("256 << 7").isEqualTo(32768);
        assertThat(PacketTable.text(frames)).contains(" win ").contains("32768");
    }

    @Test
    void aZeroWindowIsTimedFromItsFirstSegmentToTheWindowReopeningWithTheProbesMeanwhile() {
        stalledConversation(true);
        WindowStall stall = WindowStall.of(TcpConnections.of(frames).get(0)).orElseThrow();
        assertThat(stall.receiver()).isEqualTo(SERVER);
        assertThat(stall.length()).isEqualTo(Duration.ofMillis(2000));
        assertThat(stall.probes()).isEqualTo(2);
        assertThat(stall.stillZero()).isFalse();
        assertThat(stall.describe(0)).isEqualTo("192.168.1.20:7000 advertised a zero window from 1.000 s for 2.000 s,"
                + " while 192.168.1.10:40000 sent 2 segment(s) into it (zero-window probes): its receiver had stopped reading");
    }

    @Test
    void aStallThatLastsIsTimedUntilTheStepFailed() {
        stalledConversation(false);
        assertThat(WindowStall.explain(frames, CLIENT, SERVER, 9_000 * MS)).contains("192.168.1.20:7000 advertised a zero"
                + " window from 1.000 s for 8.000 s, while 192.168.1.10:40000 sent 2 segment(s) into it (zero-window probes):"
                + " its receiver had stopped reading (still zero when the step failed)");
        assertThat(WindowStall.explain(frames, CLIENT, Frames.at("192.168.1.20", 7001), 0)).as("another connection").isEmpty();
    }

    @Test
    void aRequiredZeroWindowThatIsShorterOrAbsentFails() {
        stalledConversation(true);
        TcpConnection c = TcpConnections.of(frames).get(0);
        assertThat(WindowStall.require(c, Duration.ofSeconds(1), "\"alice\"")).contains("for 2.000 s");
        assertThatThrownBy(() -> WindowStall.require(c, Duration.ofSeconds(3), "\"alice\""))
                .isInstanceOf(ExpectationFailure.class).hasMessageContaining("for at least 3000 ms").hasMessageContaining(", shorter");
        frames.subList(5, frames.size()).clear();
        assertThatThrownBy(() -> WindowStall.require(TcpConnections.of(frames).get(0), Duration.ofMillis(1), "\"alice\""))
                .isInstanceOf(ExpectationFailure.class).hasMessageContaining("every segment of it advertised a window above 0");
    }
}
