package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ScenarioError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses of one network given to hosts (joined, or reserved while they are made, several at once)
 * and the MAC addresses of their interfaces there: each address has the host that was given it first
 * (a host given a taken address on purpose shares it), each interface a MAC address never given before
 * on this network. Guarded by its network.
 */
final class Reservations {
    private final String network;
    private final int number;
    private final Map<IpAddress, String> holders = new HashMap<>();
    private final Map<String, IpAddress> byHost = new HashMap<>();
    private int macs;

    Reservations(String network, int number) {
        this.network = network;
        this.number = number;
    }

    /** The host given {@code address} first, or null when no host has it. */
    String holder(IpAddress address) {
        return holders.get(address);
    }

    /** Gives {@code address} to {@code host} and returns its interface's MAC address: locally administered, unique here. */
    String reserve(String host, IpAddress address) {
        if (macs == 0xFFFF) {
            throw ScenarioError.of("the network \"" + network + "\" has given out all of its 65,535 MAC addresses");
        }
        holders.putIfAbsent(address, host);
        byHost.put(host, address);
        int k = ++macs;
        return String.format("02:00:%02x:%02x:%02x:%02x", number >> 8 & 0xFF, number & 0xFF, k >> 8 & 0xFF, k & 0xFF);
    }

    boolean isReservedFor(String host, IpAddress address) {
        return address.equals(byHost.get(host));
    }

    /** Takes back what {@code host} was given; a host that shared its address keeps it. */
    void release(String host) {
        IpAddress address = byHost.remove(host);
        if (address != null && host.equals(holders.get(address))) {
            holders.remove(address);
            byHost.forEach((other, a) -> {
                if (a.equals(address)) {
                    holders.putIfAbsent(address, other);
                }
            });
        }
    }

    /** The first {@code count} addresses of {@code range} that no host has, in order; fails when there are fewer. */
    List<IpAddress> free(NetworkRange range, int count) {
        List<IpAddress> free = new ArrayList<>();
        IpAddress last = range.cidr().last();
        for (IpAddress a = NetworkRange.offset(range.cidr().first(), 1); free.size() < count && !a.equals(last);
                a = NetworkRange.offset(a, 1)) {
            if (!holders.containsKey(a)) {
                free.add(a);
            }
        }
        if (free.size() < count) {
            throw ScenarioError.of("the network \"" + network + "\" has room for " + free.size() + " more hosts, not "
                    + count + ": it is " + range.describe() + " and " + holders.size() + " of its addresses are taken");
        }
        return free;
    }
}
