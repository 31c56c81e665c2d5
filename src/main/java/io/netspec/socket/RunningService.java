package io.netspec.socket;

import java.net.SocketAddress;

/** A service netspec did not start, known by the name a scenario gave it and the address it was given. */
abstract class RunningService implements Target {
    private final String name;
    private final SocketAddress address;
    private final String kind;
    private final SocketPlace place;

    /** {@code place}: where it is reached from, so where clients that reach it are (see {@link Reach}). */
    RunningService(String name, SocketAddress address, String kind, SocketPlace place) {
        this.name = name;
        this.address = address;
        this.kind = kind;
        this.place = place;
    }

    @Override
    public final java.util.Optional<SocketPlace> place() {
        return java.util.Optional.of(place);
    }

    public final String name() {
        return name;
    }

    @Override
    public final SocketAddress address() {
        return address;
    }

    @Override
    public final String describe() {
        return "the " + kind + " service " + Targets.label(name, address);
    }

    @Override
    public final String toString() {
        return describe();
    }
}
