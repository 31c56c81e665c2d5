package io.netspec.host;

import io.netspec.address.AddressClassifier;
import io.netspec.address.IpAddress;
import io.netspec.core.NetspecFailure;
import io.netspec.core.ScenarioError;
import io.netspec.netns.Conntrack;
import io.netspec.socket.Hosts;
import io.netspec.socket.Target;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What makes a router translate addresses (NAT, as a home router does): nftables inside the router's own
 * namespace ({@link TranslationRules}), so connections from its inside (private side) leave with its own
 * address on the outside, answers find their way back through its connection tracking, and nothing from
 * outside gets in but through a port it forwards. Its connection-tracking table is read over netlink
 * inside it ({@link Conntrack}).
 */
public final class Translator {
    /** Connection-tracking entries kept for the report. */
    static final int MAX_ENTRIES = 500;

    private final Host router;
    private final Map<Integer, InetSocketAddress> forwards = new LinkedHashMap<>();

    private Translator(Host router) {
        this.router = router;
    }

    /** Installs the rules on {@code router}, which has joined its networks already. */
    static Translator install(Host router) {
        router.configure(List.of("nft", "-f", "-"), TranslationRules.table(router.attachments()));
        return new Translator(router);
    }

    /**
     * The networks a translating router hides, of those it joins: the one named {@code named}, or (null)
     * the private one among them; refused, naming the rule, when none is or every one is.
     */
    static Set<Network> inside(String router, List<Topology.Join> joins, String named) {
        Set<Integer> families = joins.stream().map(j -> j.address().version()).collect(Collectors.toSet());
        if (families.size() > 1) {
            throw ScenarioError.of("the router \"" + router + "\" cannot translate between an IPv4 and an IPv6 network ("
                    + names(joins) + "): it translates addresses within one family, IPv4 or IPv6");
        }
        if (named != null) {
            return Set.of(joins.stream().map(Topology.Join::network).filter(n -> n.name().equals(named)).findFirst()
                    .orElseThrow(() -> ScenarioError.of("the router \"" + router + "\" cannot translate the addresses of \""
                            + named + "\": it is not on it (it joins " + names(joins) + ")")));
        }
        Set<Network> hidden = new LinkedHashSet<>();
        joins.stream().map(Topology.Join::network).filter(Translator::isPrivate).forEach(hidden::add);
        if (!hidden.isEmpty() && hidden.size() < joins.size()) {
            return hidden;
        }
        throw ScenarioError.of((hidden.isEmpty() ? "neither side of the router \"" + router + "\" is private ("
                : "both sides of the router \"" + router + "\" are private (") + names(joins) + "): a router that translates"
                + " addresses hides a private network (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16, fc00::/7) behind its"
                + " address on a public one. To translate " + (hidden.isEmpty() ? "between two public networks" :
                "between two private networks (as a home router behind a carrier's translating router does)")
                + " anyway, name the side it hides: Given a router \"" + router + "\" at … that translates the addresses of \""
                + joins.get(0).network().name() + "\"");
    }

    /** A network wholly inside a private range (RFC 1918, or fc00::/7 for IPv6). */
    static boolean isPrivate(Network network) {
        AddressClassifier iana = AddressClassifier.iana();
        return iana.classify(network.cidr().first()).isPrivate() && iana.classify(network.cidr().last()).isPrivate();
    }

    private static String names(List<Topology.Join> joins) {
        return String.join(", ", joins.stream().map(j -> "\"" + j.network().name() + "\" on " + j.network().cidr()).toList());
    }

    /**
     * Forwards {@code port} (TCP and UDP) of the router's outside address to {@code target} on its inside,
     * as people set up a home router: connections to the router's public address and that port reach the
     * target, which sees the client's own address. Returns what it did, for the log.
     */
    public synchronized String forward(long port, Target where) {
        if (!(where.address() instanceof InetSocketAddress target)) {
            throw ScenarioError.of(where.describe() + " cannot be where the router \"" + router.name() + "\" forwards port "
                    + port + ": expected an address and port such as \"192.168.1.10:80\", or a server on a host");
        }
        if (port < 1 || port > 65_535) {
            throw ScenarioError.of("port " + port + " of the router \"" + router.name() + "\" cannot be forwarded:"
                    + " expected 1 to 65535");
        }
        IpAddress to = IpAddress.parse(target.getAddress().getHostAddress());
        Attachment inside = side(Attachment.Side.INSIDE, to).orElseThrow(() -> ScenarioError.of("port " + port
                + " of the router \"" + router.name() + "\" cannot be forwarded to " + Hosts.show(target) + ": a router"
                + " forwards a port only to an address on the side it hides, and " + to + " is not on " + insideNames()));
        Attachment outside = router.attachments().stream().filter(a -> a.side() == Attachment.Side.OUTSIDE
                && a.address().version() == to.version()).findFirst().orElseThrow();
        if (forwards.containsKey((int) port)) {
            throw ScenarioError.of("port " + port + " of the router \"" + router.name() + "\" is already forwarded to "
                    + Hosts.show(forwards.get((int) port)) + "; one port goes to one place");
        }
        router.configure(List.of("nft", "-f", "-"), TranslationRules.forward(outside, (int) port, target));
        forwards.put((int) port, target);
        return "router \"" + router.name() + "\" forwards port " + port + " (TCP and UDP) of " + outside.address()
                + " to " + Hosts.show(target) + " on its inside (" + inside.interfaceName() + ")";
    }

    /** The router's attachment on the side {@code side} whose network holds {@code address}, if any. */
    private Optional<Attachment> side(Attachment.Side side, IpAddress address) {
        return router.networks().stream().filter(n -> n.cidr().contains(address))
                .map(n -> n.hosts().get(router.name())).filter(a -> a != null && a.side() == side).findFirst();
    }

    private String insideNames() {
        return String.join(" or ", router.networks().stream().filter(n -> n.hosts().get(router.name()).side()
                == Attachment.Side.INSIDE).map(n -> "\"" + n.name() + "\" (" + n.cidr() + ")").toList());
    }

    public String name() {
        return router.name();
    }

    /** What it translates, and the ports it forwards, in a line or two. */
    public synchronized String describe() {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (Network n : router.networks()) {
            Attachment a = n.hosts().get(router.name());
            (a.side() == Attachment.Side.INSIDE ? in : out).add("\"" + n.name() + "\" (" + n.cidr() + ")");
            if (a.side() == Attachment.Side.OUTSIDE) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " as " + a.address());
            }
        }
        StringBuilder text = new StringBuilder("router \"" + router.name() + "\" translates the addresses of "
                + String.join(", ", in) + " to its own on " + String.join(", ", out) + "\n");
        forwards.forEach((port, to) -> text.append("  port ").append(port).append(" forwarded to ").append(Hosts.show(to)).append('\n'));
        return text.toString();
    }

    /**
     * The router's connection-tracking table as its kernel hands it over netlink (as {@code conntrack -L}
     * reads it: each connection's original direction, then its reply direction, where the translation
     * shows), at most {@value #MAX_ENTRIES} entries.
     */
    public String connections() {
        List<String> entries;
        try {
            entries = router.open(() -> Conntrack.entries(MAX_ENTRIES, Host.WORK_BOUND));
        } catch (IOException e) {
            throw NetspecFailure.of("the connection-tracking table of router \"" + router.name() + "\" could not be read: "
                    + e.getMessage(), e);
        }
        return "connection tracking of router \"" + router.name() + "\" (" + entries.size() + " entries"
                + (entries.size() == MAX_ENTRIES ? ", the first " + MAX_ENTRIES : "") + ", as conntrack -L shows them"
                + " inside it: protocol, seconds left, state, the connection as it was sent, then as its answers come back)\n"
                + String.join("\n", entries) + "\n";
    }

    /** The router's rules as nft lists them. */
    public String rules() {
        return router.configure(List.of("nft", "list", "table", "inet", TranslationRules.TABLE), "");
    }
}
