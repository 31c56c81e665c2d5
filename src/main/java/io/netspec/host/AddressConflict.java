package io.netspec.host;

import io.netspec.address.IpAddress;
import io.netspec.core.ExpectationFailure;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.netns.ArpProbe;
import io.netspec.packet.CaptureRing;
import io.netspec.packet.Captured;
import io.netspec.packet.NeighbourDiscovery;
import io.netspec.packet.PacketTable;
import io.netspec.packet.Protocol;
import io.netspec.text.Durations;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A host that finds its address already in use on its network, by the same duplicate-address detection a
 * computer joining a LAN runs: for IPv4 (where the Linux kernel does none by itself) ARP probes as RFC 5227
 * sends them, from inside the host; for IPv6 the kernel's own detection (RFC 4862), which marks the
 * address {@code dadfailed} and never uses it. The answer names the MAC address (and host) that holds it.
 */
public final class AddressConflict {
    private final Host host;
    private final Attachment at;
    private final Network network;
    private final String answeredBy;
    private final String how;

    private AddressConflict(Host host, Attachment at, Network network, String answeredBy, String how) {
        this.host = host;
        this.at = at;
        this.network = network;
        this.answeredBy = answeredBy;
        this.how = how;
    }

    /** Runs the detection for {@code address} of {@code host}, waiting at most {@code wait}; fails when it finds it free. */
    public static AddressConflict find(Host host, String address, Function<Network, CaptureRing> captures, Duration wait) {
        IpAddress a;
        try {
            a = IpAddress.parse(address);
        } catch (IllegalArgumentException e) {
            throw ScenarioError.of("\"" + address + "\" is not an address host \"" + host.name() + "\" could have: "
                    + e.getMessage(), e);
        }
        Attachment at = host.attachments().stream().filter(x -> x.address().equals(a)).findFirst()
                .orElseThrow(() -> ScenarioError.of("host \"" + host.name() + "\" has no address " + a + " (it has "
                        + String.join(", ", host.attachments().stream().map(x -> x.address().toString()).toList())
                        + "); give it the taken address: Given a host \"" + host.name() + "\" at \"" + a
                        + "\" on … despite the address being taken"));
        Network network = host.networks().stream().filter(n -> n.cidr().contains(a)).findFirst().orElseThrow();
        return a.isIpv4() ? probe(host, at, network, wait) : detected(host, at, network, captures.apply(network), wait);
    }

    private static AddressConflict probe(Host host, Attachment at, Network network, Duration wait) {
        Optional<ArpProbe.Answer> answer;
        try {
            answer = host.open(() -> ArpProbe.probe(at.interfaceName(), mac(at.mac()),
                    (Inet4Address) at.address().toInetAddress(), wait));
        } catch (IOException e) {
            throw NetspecFailure.of("an ARP probe from \"" + host.name() + "\" failed: " + e.getMessage(), e);
        }
        ArpProbe.Answer got = answer.orElseThrow(() -> ExpectationFailure.of("expected host \"" + host.name() + "\" to find "
                + at.address() + " already in use, but its ARP probes (RFC 5227) from " + at.mac() + " on " + at.interfaceName()
                + " went unanswered within " + Durations.format(wait) + ": no other host on \"" + network.name()
                + "\" answers for it"));
        return new AddressConflict(host, at, network, got.mac(), "its ARP probe (RFC 5227: sender 0.0.0.0, "
                + got.probesSent() + " sent) was answered after " + Durations.format(got.after()));
    }

    private static AddressConflict detected(Host host, Attachment at, Network network, CaptureRing capture, Duration wait) {
        KernelDad.State state = KernelDad.await(host, at.address(), wait);
        if (state != KernelDad.State.FAILED) {
            throw ExpectationFailure.of("expected host \"" + host.name() + "\" to find " + at.address() + " already in use,"
                    + " but its kernel's duplicate address detection (RFC 4862) " + (state == KernelDad.State.PASSED
                    ? "found it free" : "had not finished within " + Durations.format(wait)));
        }
        InetAddress target = at.address().toInetAddress();
        String mac = capture.frames().stream().filter(c -> !c.from().equals(host.name()))
                .map(c -> NeighbourDiscovery.advertiser(c.frame(), target)).flatMap(Optional::stream).findFirst()
                .orElse("a MAC address the capture did not keep");
        return new AddressConflict(host, at, network, mac, "its kernel's duplicate address detection (RFC 4862) marked"
                + " the address dadfailed, on a neighbour advertisement of it");
    }

    /** In one line: who found what, and who answered. */
    public String summary() {
        return "host \"" + host.name() + "\" found " + at.address() + " already in use on \"" + network.name() + "\": "
                + how + " by " + answeredBy + owner(answeredBy);
    }

    /**
     * What the other hosts on the network then see: each asks for the address (an ICMP echo) and its
     * neighbour table says whose MAC address answered; then the capture's frames about the address.
     */
    public String report(Topology topology, Function<Network, CaptureRing> captures, Duration wait) {
        StringBuilder text = new StringBuilder(summary()).append("\n\nwhat the other hosts on \"").append(network.name())
                .append("\" see when they send to ").append(at.address()).append(":\n");
        InetAddress target = at.address().toInetAddress();
        int sequence = 1;
        for (Attachment other : network.hosts().values()) {
            if (other.address().equals(at.address()) || other.host().equals(host.name())) {
                continue;
            }
            Host h = topology.hosts().stream().filter(x -> x.name().equals(other.host())).findFirst().orElseThrow();
            Optional<Duration> echo = h.echo(target, sequence++, wait);
            String neighbour = Neighbours.entry(h, at.address(), other.interfaceName());
            text.append("  host \"").append(other.host()).append("\": ").append(echo.map(d -> "ICMP echo answered in "
                    + Durations.format(d)).orElse("no ICMP echo answered")).append("; its neighbour table: ")
                    .append(neighbour).append(Neighbours.mac(neighbour).map(this::owner).orElse("")).append('\n');
        }
        List<Captured> about = captures.apply(network).frames().stream().filter(c -> about(c, target)).toList();
        return text.append("\nthe capture of \"").append(network.name()).append("\" about ").append(at.address())
                .append(" (").append(about.size()).append(" frames):\n").append(PacketTable.text(about)).toString();
    }

    /** ", host "original"" for a MAC address on this network, or "" when none of its hosts has it. */
    private String owner(String mac) {
        return network.hosts().values().stream().filter(a -> a.mac().equalsIgnoreCase(mac)).findFirst()
                .map(a -> " (host \"" + a.host() + "\")").orElse("");
    }

    /** An ARP frame for or from the address, or neighbour discovery about it. */
    private static boolean about(Captured c, InetAddress target) {
        if (c.packet().protocol() == Protocol.ARP) {
            return target.equals(c.packet().source()) || target.equals(c.packet().destination());
        }
        return c.packet().protocol() == Protocol.ICMPV6 && NeighbourDiscovery.isAbout(c.frame(), target);
    }

    static byte[] mac(String text) {
        String[] parts = text.split(":");
        byte[] mac = new byte[6];
        for (int i = 0; i < 6; i++) {
            mac[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        return mac;
    }
}
