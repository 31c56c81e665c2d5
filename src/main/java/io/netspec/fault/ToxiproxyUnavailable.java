package io.netspec.fault;

import io.netspec.core.NetspecFailure;

/**
 * No Toxiproxy server could be found, started or built; the message lists every place that was tried
 * and how to get a server. Tests that need one skip on it, with this reason.
 */
public final class ToxiproxyUnavailable extends NetspecFailure {
    ToxiproxyUnavailable(String message, Throwable cause) {
        super(message, "Toxiproxy", cause);
    }
}
