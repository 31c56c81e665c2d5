package io.netspec.packet;

import io.netspec.address.HostPort;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.ScenarioError;
import io.netspec.text.Durations;
import org.awaitility.core.ConditionTimeoutException;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import static org.awaitility.Awaitility.await;

/**
 * What the kernel's TCP did, read from a network's capture: a client's connection in it (waited for),
 * its three-way handshake, a retransmitted data segment, sequence numbers that count bytes. Each check
 * returns the line a report logs, or fails with what the capture holds.
 */
public final class CaptureChecks {
    private static final Duration POLL = Duration.ofMillis(20);

    private CaptureChecks() {
    }

    /**
     * The connection of the client at {@code local} in the capture of {@code network}, once {@code ready}
     * holds of it or {@code wait} ran out (then it is checked as it is, and {@code log} says so).
     */
    public static TcpConnection connection(CaptureRing ring, String network, String clientName, InetSocketAddress local,
                                           Function<TcpConnection, Optional<?>> ready, Duration wait,
                                           Consumer<String> log) {
        if (ring.total() == 0) {
            throw ScenarioError.of("the capture of \"" + network + "\" is empty: no frame crossed it;"
                    + " expected traffic between its hosts first");
        }
        try {
            await("the connection of \"" + clientName + "\" in the capture of \"" + network + "\"")
                    .atMost(wait).pollInterval(POLL)
                    .until(() -> TcpConnections.ofClient(ring.frames(), local).flatMap(ready).isPresent());
        } catch (ConditionTimeoutException e) {
            log.accept("waited " + Durations.format(wait) + " for the capture of \"" + network
                    + "\"; checking what it holds");
        }
        List<Captured> frames = ring.frames();
        return TcpConnections.ofClient(frames, local).orElseThrow(() -> ExpectationFailure.of("expected the capture of \""
                + network + "\" to hold the connection of \"" + clientName + "\" from " + HostPort.show(local)
                + ", but it has none; TCP connections in it: " + TcpConnections.of(frames).stream()
                .map(TcpConnection::describe).toList() + ring.limitNote().map(n -> " (" + n + ")").orElse("")));
    }

    /** The handshake of {@code c} as a log line; fails when the capture shows no SYN, SYN-ACK and ACK. */
    public static String handshake(TcpConnection c, String network, String client) {
        TcpConnection.Handshake h = c.handshake().orElseThrow(() -> ExpectationFailure.of("expected the capture of \""
                + network + "\" to show the three-way handshake of \"" + client + "\" (SYN, SYN-ACK, ACK), but "
                + c.describe() + " has " + c.syns().size() + " SYN(s) and no SYN-ACK answered by an ACK"));
        return "handshake of \"" + client + "\": SYN seq " + h.syn().packet().seq() + ", SYN-ACK seq "
                + h.synAck().packet().seq() + " ack " + h.synAck().packet().ack() + ", ACK ack " + h.ack().packet().ack();
    }

    /** Fails, before anything is waited for, on a data segment number below 1. */
    public static int segmentNumber(int number) {
        if (number < 1) {
            throw ScenarioError.of("data segment " + number + "; expected a segment number of 1 or more"
                    + " (the first data segment is 1)");
        }
        return number;
    }

    /** Ready once the client's data segment {@code number} was sent again. */
    public static Function<TcpConnection, Optional<?>> retransmitted(int number) {
        return conn -> conn.clientSegments().stream()
                .filter(s -> s.number() == number && !s.retransmissions().isEmpty()).findFirst();
    }

    /** How often the client sent data segment {@code number}, as a log line; fails when it was sent once or never. */
    public static String retransmitting(TcpConnection c, String network, String client, int number) {
        List<TcpConnection.Segment> segments = c.clientSegments();
        if (segments.size() < number) {
            throw ExpectationFailure.of("expected the capture of \"" + network + "\" to show \"" + client
                    + "\" retransmitting data segment " + number + ", but it sent only " + segments.size()
                    + " data segment(s) on " + c.describe());
        }
        TcpConnection.Segment s = segments.get(number - 1);
        if (s.retransmissions().isEmpty()) {
            throw ExpectationFailure.of("expected the capture of \"" + network + "\" to show \"" + client
                    + "\" retransmitting data segment " + number + " (seq " + c.relative(s.seq()) + ", " + s.length()
                    + " bytes), but it was sent once (" + s.first().fateText() + ")");
        }
        return "\"" + client + "\" sent data segment " + number + " (seq " + c.relative(s.seq()) + ", " + s.length()
                + " bytes) " + (1 + s.retransmissions().size()) + " times; first " + s.first().fateText();
    }

    /** Ready once the capture holds all {@code sent} bytes of the client. */
    public static Function<TcpConnection, Optional<?>> carried(long sent) {
        return conn -> Optional.of(conn).filter(x -> x.clientBytes() >= sent);
    }

    /** That the client's sequence numbers count the {@code sent} bytes, as a log line; fails on a gap or a miscount. */
    public static String sequenceNumbersCount(TcpConnection c, String client, long sent) {
        List<String> gaps = c.sequenceGaps();
        if (!gaps.isEmpty() || c.clientBytes() != sent) {
            throw ExpectationFailure.of("expected the sequence numbers of \"" + client + "\" to count the " + sent
                    + " bytes it sent, but " + (gaps.isEmpty() ? "they account for " + c.clientBytes() + " bytes"
                    : String.join("; ", gaps)) + " (" + c.describe() + ")");
        }
        return "the sequence numbers of \"" + client + "\" run from ISN + 1 over " + sent + " bytes in "
                + c.clientSegments().size() + " data segments: one number a byte, not a packet";
    }
}
