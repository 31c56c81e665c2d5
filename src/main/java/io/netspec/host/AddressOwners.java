package io.netspec.host;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** Whose an address is, among a scenario's hosts and networks. */
public final class AddressOwners {
    private AddressOwners() {
    }

    /** The host among {@code hosts} that has {@code address} on one of its networks, if any. */
    public static Optional<Host> hostAt(List<Host> hosts, InetAddress address) {
        return hosts.stream().filter(h -> h.attachments().stream()
                .anyMatch(a -> a.address().toInetAddress().equals(address))).findFirst();
    }

    /** The name of the host that has {@code address} on one of {@code networks}, or the address itself. */
    public static String nameOf(List<Network> networks, InetAddress address) {
        for (Network network : networks) {
            for (Attachment a : network.hosts().values()) {
                if (a.address().toInetAddress().equals(address)) {
                    return a.host();
                }
            }
        }
        return address.getHostAddress();
    }
}
