package io.netspec.fault;

/** A Toxiproxy API call failed or did not answer; the message names the link and the operation. */
public final class ToxiproxyException extends RuntimeException {
    public ToxiproxyException(String message, Throwable cause) {
        super(message, cause);
    }
}
