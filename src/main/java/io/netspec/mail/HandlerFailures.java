package io.netspec.mail;

import java.util.ArrayList;
import java.util.List;

/**
 * The thread group a GreenMail server runs in: its accepting thread is made in this group, and the
 * thread of each connection inherits it. A connection's thread that ends with an exception (a client
 * that reset its connection mid-dialogue makes GreenMail's handler throw) is recorded here for the
 * scenario's report, instead of the JVM printing its stack trace among the build's lines.
 */
final class HandlerFailures extends ThreadGroup {
    private final List<String> failures = new ArrayList<>();

    HandlerFailures(String server) {
        super("netspec-mail-" + server);
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        StringBuilder chain = new StringBuilder(thread.getName()).append(": ").append(e);
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            chain.append(", caused by ").append(cause);
        }
        synchronized (failures) {
            failures.add(chain.toString());
        }
    }

    /** How each connection thread that failed ended, in the order they did. */
    List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }
}
