package io.netspec.socket;

import java.net.InetAddress;
import java.util.Objects;

/**
 * What the builders of TCP and UDP servers share: the name, the address to bind (127.0.0.1 unless a step
 * names another one) and where the socket is opened (here, or inside a host's own network namespace).
 */
abstract class InetServerBuilder<B extends InetServerBuilder<B>> {
    private InetAddress host = Hosts.loopback();
    private boolean hostGiven;
    private String name;
    private SocketPlace place = SocketPlace.HERE;

    /** The address to bind; 127.0.0.1 unless a step names another one. */
    public B on(InetAddress host) {
        this.host = Objects.requireNonNull(host, "host");
        this.hostGiven = true;
        return self();
    }

    public B named(String name) {
        this.name = Objects.requireNonNull(name, "name");
        return self();
    }

    /**
     * Opens the socket in {@code place} (a host's own network namespace); here by default. Unless
     * {@link #on} named an address, the server binds the place's own ({@link SocketPlace#serverAddress}).
     */
    public B inside(SocketPlace place) {
        this.place = Objects.requireNonNull(place, "place");
        if (!hostGiven) {
            this.host = place.serverAddress(4);
        }
        return self();
    }

    final InetAddress host() {
        return host;
    }

    /** The name given, or {@code otherwise} when none was. */
    final String nameOr(String otherwise) {
        return name == null ? otherwise : name;
    }

    final SocketPlace place() {
        return place;
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
