package io.netspec.socket;

import java.util.List;
import java.util.function.Supplier;

/**
 * Where a stream server's parts (its loop, its connections) note the system calls they make: the call
 * log and the server's side of the textbook path. The parts are given this, not the server.
 */
final class ServerEvents {
    private final Transcript path = new Transcript();
    private final CallLog calls = new CallLog();

    void event(String step, String line) {
        event(step, () -> line);
    }

    /** Notes a system call; the line is only built while the transcript has room. */
    void event(String step, Supplier<String> line) {
        calls.note(step);
        path.event(line);
    }

    List<String> calls() {
        return calls.list();
    }

    Transcript path() {
        return path;
    }
}
