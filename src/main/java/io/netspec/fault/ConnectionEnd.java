package io.netspec.fault;

import io.netspec.socket.PeerEnd;
import io.netspec.socket.StreamClient;

import java.time.Duration;

/**
 * How a client's connection ended, told apart: a reset (RST: the read failed) or a clean end of
 * stream (FIN), as the socket client itself recorded it from its reads ({@link PeerEnd}).
 */
public enum ConnectionEnd {
    STILL_OPEN("still open"),
    RESET("reset"),
    CLOSED_CLEANLY("closed cleanly (end of stream)");

    private final String words;

    ConnectionEnd(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** Waits at most {@code within} for the connection of {@code client} to end, and says how it did. */
    public static ConnectionEnd await(StreamClient client, Duration within) {
        if (!client.awaitPeerClosed(within)) {
            return STILL_OPEN;
        }
        return of(client.peerEnd());
    }

    /** The words for how the client saw the peer's side end. */
    public static ConnectionEnd of(PeerEnd end) {
        return switch (end) {
            case OPEN -> STILL_OPEN;
            case RESET -> RESET;
            case CLOSED -> CLOSED_CLEANLY;
        };
    }
}
