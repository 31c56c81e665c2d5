package io.netspec.socket;

import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/** What a stream client and a stream server both report about their side of a connection. */
public interface Observed {
    /** The name the scenario gave it, quoted in messages. */
    String name();

    /**
     * The byte counts of the reads behind the latest transfer: a client's latest receive, or the reads
     * of a server's only connection (a server with any other number of connections refuses).
     */
    List<Integer> latestReads();

    /**
     * {@link #latestReads()} once they are complete: a server's only once its one connection has read all its
     * client sent, when {@code sent} knows that client (it gives the bytes sent to a server address from a
     * peer address), waited for at most {@code within}; a client's already are.
     */
    default List<Integer> settledReads(BiFunction<SocketAddress, SocketAddress, OptionalLong> sent, Duration within) {
        return latestReads();
    }

    /** The system calls it made, in order, repeats folded: socket, bind, listen, accept, connect, read, write, close. */
    List<String> calls();

    /**
     * Waits at most {@code within} until every peer has closed its side of the connection; otherwise
     * throws a {@link SocketExpectationError} that says what is still open.
     */
    void awaitAllPeersClosed(Duration within) throws InterruptedException;
}
