package io.netspec.socket;

import java.time.Duration;
import java.util.List;

/** What a stream client and a stream server both report about their side of a connection. */
public interface Observed {
    /** The name the scenario gave it, quoted in messages. */
    String name();

    /**
     * The byte counts of the reads behind the latest transfer: a client's latest receive, or the reads
     * of a server's only connection (a server with any other number of connections refuses).
     */
    List<Integer> latestReads();

    /** The system calls it made, in order, repeats folded: socket, bind, listen, accept, connect, read, write, close. */
    List<String> calls();

    /**
     * Waits at most {@code within} until every peer has closed its side of the connection; otherwise
     * throws a {@link SocketExpectationError} that says what is still open.
     */
    void awaitAllPeersClosed(Duration within) throws InterruptedException;
}
