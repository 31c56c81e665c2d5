package io.netspec.host;

import io.netspec.address.IpAddress;

/**
 * A host's place on a network: its address there, its interface's MAC address and name inside the host,
 * whether the host is a router, and for a router that translates addresses, which side this is.
 */
public record Attachment(String host, IpAddress address, String mac, String interfaceName, boolean router, Side side) {
    /** The side of a translating router an interface is on; {@link #PLAIN} for every other host and router. */
    public enum Side {
        PLAIN,
        /** A network the router hides behind its address on the outside (its private side). */
        INSIDE,
        /** A network on which the router shows its own address in place of the inside ones (its public side). */
        OUTSIDE
    }

    public Attachment(String host, IpAddress address, String mac, String interfaceName, boolean router) {
        this(host, address, mac, interfaceName, router, Side.PLAIN);
    }
}
