package io.netspec.core;

import java.io.IOException;
import java.util.concurrent.ExecutionException;

/** What a task that failed on another thread threw, given back to the thread that waited for it. */
public final class Futures {
    private Futures() {
    }

    /**
     * Rethrows the cause of {@code failed} as itself where it is an {@link IOException}, a
     * {@link RuntimeException} or an {@link Error}; returns any other cause for the caller to name.
     */
    public static Throwable causeOf(ExecutionException failed) throws IOException {
        Throwable cause = failed.getCause();
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return cause;
    }
}
