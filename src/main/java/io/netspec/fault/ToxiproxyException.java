package io.netspec.fault;

import io.netspec.core.NetspecFailure;

/** A Toxiproxy API call failed or did not answer; the message names the link and the operation. */
public final class ToxiproxyException extends NetspecFailure {
    public ToxiproxyException(String message, Throwable cause) {
        super(message, "Toxiproxy", cause);
    }
}
