package io.netspec.socket;

import java.util.ArrayList;
import java.util.List;

/**
 * The system calls an endpoint made, in order, repeats folded (socket, bind, connect, write, read,
 * close, ...); the first {@value #KEPT} are kept. Clients and servers keep one each.
 */
final class CallLog {
    private static final int KEPT = 1000;

    private final List<String> calls = new ArrayList<>();

    /** Notes {@code call}, unless it repeats the one before. */
    synchronized void note(String call) {
        if (calls.size() < KEPT && (calls.isEmpty() || !calls.get(calls.size() - 1).equals(call))) {
            calls.add(call);
        }
    }

    synchronized List<String> list() {
        return List.copyOf(calls);
    }
}
