package io.netspec.host;

import io.netspec.core.ScenarioError;
import io.netspec.packet.Between;

import java.util.ArrayList;
import java.util.List;

/**
 * A direction between two hosts as a rule on one network sees it: every pair of their addresses of one
 * family (IPv4 with IPv4, IPv6 with IPv6), so a rule holds whichever address a connection uses, and only
 * after checking that packets from one to the other cross that network (directly, or through routers:
 * they keep their IP addresses there). A rule on a network those packets never cross would never apply,
 * so it fails its step instead, naming the networks they do cross.
 */
public final class Directions {
    private Directions() {
    }

    /** The address pairs from host {@code from} to host {@code to}, checked against {@code network}. */
    public static List<Between> on(Topology topology, String network, String from, String to, String rule) {
        Names names = new Names(topology);
        Network n = names.network(network);
        Host a = names.host(from);
        Host b = names.host(to);
        if (a == b) {
            throw ScenarioError.of("the network \"" + network + "\" cannot " + rule + ": \"" + from + "\" and \"" + to
                    + "\" are the same host, and packets to itself never cross a network");
        }
        requireCrossing(topology, n, a, b, rule);
        List<Between> pairs = new ArrayList<>();
        for (Attachment x : a.attachments()) {
            for (Attachment y : b.attachments()) {
                if (x.address().version() == y.address().version()) {
                    pairs.add(new Between(x.address().toInetAddress(), y.address().toInetAddress()));
                }
            }
        }
        return pairs;
    }

    /** Fails naming {@code rule} unless packets from {@code from} to {@code to} cross {@code network}. */
    static void requireCrossing(Topology topology, Network network, Host from, Host to, String rule) {
        List<String> crossed = topology.crossed(from.name(), to.name());
        if (crossed.isEmpty()) {
            throw ScenarioError.of("the network \"" + network.name() + "\" cannot " + rule + ": \"" + from.name()
                    + "\" cannot reach \"" + to.name() + "\" at all (\"" + from.name() + "\" is on "
                    + Names.quoted(networks(from)) + ", \"" + to.name() + "\" on " + Names.quoted(networks(to))
                    + ", and no router joins them)");
        }
        if (!crossed.contains(network.name())) {
            throw ScenarioError.of("the network \"" + network.name() + "\" cannot " + rule + ": those packets never"
                    + " cross it; they cross " + Names.quoted(crossed) + ", so name one of those");
        }
    }

    private static List<String> networks(Host host) {
        return host.networks().stream().map(Network::name).toList();
    }
}
