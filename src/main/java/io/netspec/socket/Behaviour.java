package io.netspec.socket;

import java.io.IOException;
import java.nio.ByteBuffer;

/** What a stream server does with each connection: echo, sink, reply, or misbehave. */
public interface Behaviour {
    /** A new connection; a misbehaving server may close it or stop reading here. */
    default void accepted(ServerConnection connection) throws IOException {
    }

    /** How many bytes the server reads from the connection next, at most (a server that stops at a limit says so). */
    default long readAtMost(ServerConnection connection) {
        return Long.MAX_VALUE;
    }

    /** Bytes the connection just read (already counted and added to the connection's digest). */
    void data(ServerConnection connection, ByteBuffer data) throws IOException;

    /** The peer closed its side; by default the server closes too, after writing what is queued. */
    default void endOfStream(ServerConnection connection) throws IOException {
        connection.closeWhenFlushed();
    }

    /** For messages and thread names: "echo", "sink", "reply". */
    String describe();
}
