package io.netspec.socket;

import java.io.IOException;

/**
 * Where a socket is made. A socket belongs to the network namespace of the thread that creates it and
 * keeps it for life, so a host opens its endpoints' channels on its own thread inside its namespace;
 * the channel then works from any thread. {@link #HERE}: the JVM's own namespace.
 */
public interface SocketPlace {
    /** Makes a socket (or anything else) here, where this place is. */
    <T> T open(Opening<T> opening) throws IOException;

    /** Where a server binds by default in this place (127.0.0.1 here; a host's own address on a host). */
    default String describe() {
        return "this machine";
    }

    /** The making of one socket. */
    @FunctionalInterface
    interface Opening<T> {
        T open() throws IOException;
    }

    /** The namespace this JVM runs in. */
    SocketPlace HERE = new SocketPlace() {
        @Override
        public <T> T open(Opening<T> opening) throws IOException {
            return opening.open();
        }
    };
}
