package io.netspec.socket;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A connection attempt that failed: refused, timed out, unreachable. The message names the target and the OS error. */
public final class ConnectFailure extends UncheckedIOException {
    private final String osError;

    ConnectFailure(String message, String osError, IOException cause) {
        super(message, cause);
        this.osError = osError;
    }

    /** The operating system's words, such as "Connection refused". */
    public String osError() {
        return osError;
    }

    public boolean refused() {
        return getCause() instanceof java.net.ConnectException && osError.toLowerCase(java.util.Locale.ROOT).contains("refused");
    }

    public boolean timedOut() {
        return getCause() instanceof java.net.SocketTimeoutException;
    }
}
