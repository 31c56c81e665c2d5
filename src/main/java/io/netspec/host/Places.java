package io.netspec.host;

import io.netspec.socket.SocketPlace;

import java.util.Optional;

/** The places endpoints live in: a host's own namespace, or this machine's. */
public final class Places {
    private Places() {
    }

    /** The host {@code place} is, when it is one. */
    public static Optional<Host> hostOf(SocketPlace place) {
        return place instanceof Host host ? Optional.of(host) : Optional.empty();
    }
}
