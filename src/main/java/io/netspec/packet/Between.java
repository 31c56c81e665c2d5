package io.netspec.packet;

import io.netspec.address.HostPort;
import io.netspec.core.ScenarioError;

import java.net.InetAddress;

/** One direction between two hosts on a network, by their IP addresses: packets from {@code from} to {@code to}. */
public record Between(InetAddress from, InetAddress to) {
    public Between {
        if (from == null || to == null) {
            throw ScenarioError.of("a direction between two hosts needs both addresses; got " + from
                    + " -> " + to);
        }
    }

    public boolean matches(Packet p) {
        return from.equals(p.source()) && to.equals(p.destination()) && p.protocol() != Protocol.ARP;
    }

    @Override
    public String toString() {
        return HostPort.show(from) + " -> " + HostPort.show(to);
    }
}
