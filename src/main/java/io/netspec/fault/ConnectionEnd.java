package io.netspec.fault;

import io.netspec.socket.StreamClient;

import java.time.Duration;

/**
 * How a client's connection ended, told apart: a reset (RST: the read failed) or a clean end of
 * stream (FIN). The socket client records which in its transcript; this reads it from there.
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
        String transcript = client.transcript().text();
        return transcript.contains("read() failed") ? RESET : CLOSED_CLEANLY;
    }
}
